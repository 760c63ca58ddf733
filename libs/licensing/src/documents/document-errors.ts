import { defineErrors } from '@bizportal/common';

/** Errors of the documents an applicant attaches to an application. */
export const DocumentErrors = defineErrors('documents', {
  DOCUMENT_FILE_MISSING: { kind: 'bad-request', th: 'ไม่พบไฟล์ที่แนบ', en: "Attach the document as the multipart field 'file'" },
  DOCUMENT_UPLOAD_INVALID: { kind: 'bad-request', th: 'รูปแบบการส่งไฟล์ไม่ถูกต้อง', en: 'The multipart upload is malformed: {detail}' },
  DOCUMENT_CODE_UNKNOWN: {
    kind: 'bad-request',
    th: 'ใบอนุญาตนี้ไม่มีเอกสารรหัส {code}',
    en: "'{code}' is not a document of {licenceType}; its documents are: {codes}",
  },
  DOCUMENT_EMPTY: { kind: 'bad-request', th: 'ไฟล์ว่างเปล่า', en: 'The file is empty (0 bytes)' },
  DOCUMENT_TOO_LARGE: { kind: 'payload-too-large', th: 'ไฟล์มีขนาดใหญ่เกิน {limit}', en: 'A document may be at most {limit}' },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    kind: 'unsupported-media-type',
    th: 'รับเฉพาะไฟล์ PDF, JPEG หรือ PNG',
    en: 'Only PDF, JPEG and PNG documents are accepted; the content of this file is {detected}',
  },
  DOCUMENT_ACTIVE_CONTENT: {
    kind: 'unprocessable',
    th: 'ไฟล์ PDF มีสคริปต์ คำสั่งอัตโนมัติ หรือไฟล์ฝัง ซึ่งไม่อนุญาต',
    en: 'The PDF contains JavaScript, automatic actions, launch actions or embedded files ({names}); print it to a plain PDF and upload that',
  },
  DOCUMENT_NOT_CHECKABLE: {
    kind: 'unprocessable',
    th: 'ไม่สามารถตรวจสอบเนื้อหาไฟล์ PDF ได้ (เข้ารหัสหรือเสียหาย)',
    en: 'The PDF cannot be checked: {reason}; upload an unencrypted, undamaged PDF',
  },
  DOCUMENT_POLYGLOT: {
    kind: 'unprocessable',
    th: 'ไฟล์มีเนื้อหาของไฟล์ประเภทอื่นปะปน',
    en: 'The file is a {type} that also carries other content ({reason}); save it again as a plain {type}',
  },
  ONLY_APPLICANT_MAY_UPLOAD: { kind: 'forbidden', th: 'เฉพาะผู้ยื่นคำขอแนบเอกสารได้', en: 'Only the applicant who made the application may upload its documents' },
  DOCUMENTS_NOT_EDITABLE: {
    kind: 'conflict',
    th: 'แนบหรือเปลี่ยนเอกสารได้เฉพาะเมื่อคำขอเป็นแบบร่าง หรือเมื่อเจ้าหน้าที่ขอเอกสารเพิ่มเติม',
    en: "Documents can be uploaded or replaced only while the application is a draft or the office has asked for more information; it is in state '{state}'",
  },
  DOCUMENT_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบเอกสาร', en: 'Application {applicationId} has no document {documentId}' },
  DOCUMENT_CONTENT_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ไม่สามารถอ่านหรือจัดเก็บไฟล์เอกสารได้ในขณะนี้',
    en: 'The document store could not be reached or answered badly: {detail}',
  },
  DOCUMENT_INTEGRITY_FAILED: {
    kind: 'internal',
    th: 'ไฟล์เอกสารที่จัดเก็บไม่ตรงกับที่ได้รับ',
    en: 'The stored content of document {documentId} no longer matches its SHA-256; the incident has been logged',
  },
});
