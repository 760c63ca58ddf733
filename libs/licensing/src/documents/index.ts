export { DocumentsModule } from './documents.module';
export { DocumentsService, uploadStates, type UploadedDocumentFile } from './documents.service';
export { DocumentUploadInterceptor } from './document-upload.interceptor';
export { DocumentErrors } from './document-errors';
export { ApplicationDocumentEntity, type DocumentContentType } from './application-document.entity';
export { DocumentScanner, ContentChecks, ACTIVE_PDF_NAMES, type ScannedDocument } from './document-scanner';
export { DocumentStorage, LocalDiskStorage, S3Storage, documentSettings, DEFAULT_DOCUMENT_MAX_BYTES, DEFAULT_DOCUMENTS_DIR, type S3Settings, type DocumentSettings } from './document-storage';
