/** Largest JSON body the API reads; larger ones are answered with 413. */
export const JSON_BODY_LIMIT = '1mb';
export const JSON_BODY_LIMIT_TEXT = '1 MB';
