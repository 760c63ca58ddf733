/** The injection token of the documents' DocumentSettings (read from the environment in DocumentsModule). */
export const DOCUMENT_SETTINGS = Symbol('DOCUMENT_SETTINGS');
