import { defineErrors } from '@bizportal/common';

/** Errors of public hearings (issue 18). */
export const HearingErrors = defineErrors('hearings', {
  HEARING_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบการรับฟังความคิดเห็นนี้', en: 'No such public hearing' },
  HEARING_NOT_OPEN: {
    kind: 'conflict',
    th: 'การรับฟังความคิดเห็นนี้ไม่ได้เปิดรับความคิดเห็นในขณะนี้ ({when})',
    en: 'This hearing is not open for comments now ({when})',
  },
  COMMENT_EMPTY: {
    kind: 'bad-request',
    th: 'กรุณาพิมพ์ความคิดเห็น ข้อความว่างหรือมีแต่อักขระที่มองไม่เห็นไม่ได้',
    en: 'Write a comment: an empty text, or one of invisible characters only, is not a comment',
  },
  HEARING_COMMENT_LIMIT: {
    kind: 'conflict',
    th: 'แสดงความคิดเห็นในการรับฟังความคิดเห็นหนึ่งเรื่องได้ไม่เกิน {limit} ครั้งต่อคน',
    en: 'One person may comment at most {limit} times on a hearing',
  },
  HEARING_PHOTO_TYPE_NOT_ALLOWED: { kind: 'unsupported-media-type', th: 'รูปถ่ายต้องเป็นไฟล์ JPEG หรือ PNG', en: 'A photo must be a JPEG or PNG image' },
  HEARING_PHOTO_TOO_LARGE: { kind: 'payload-too-large', th: 'รูปถ่ายต้องมีขนาดไม่เกิน 5 MB', en: 'A photo may be at most 5 MB' },
  HEARING_FILE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบไฟล์นี้ในการรับฟังความคิดเห็นนี้', en: 'No such published file on this hearing' },
  HEARING_NOT_ANSWERING: {
    kind: 'conflict',
    th: 'ชี้แจงความคิดเห็นได้เฉพาะเมื่อปิดรับฟังความคิดเห็นแล้วและยังไม่ได้ส่งคำชี้แจง',
    en: 'Answers are taken only after the hearing has closed and before the answers are submitted',
  },
  HEARING_APPLICANT_ONLY: { kind: 'forbidden', th: 'เฉพาะผู้ยื่นคำขอนี้เท่านั้นที่ชี้แจงความคิดเห็นได้', en: 'Only the applicant of this application may answer the comments' },
  HEARING_ANSWERS_MISSING: {
    kind: 'conflict',
    th: 'ยังไม่ได้ชี้แจงความคิดเห็นลำดับที่ {numbers}',
    en: 'Comments {numbers} have no answer yet',
  },
  HEARING_DOCUMENTS_INVALID: {
    kind: 'unprocessable',
    th: 'เอกสารที่จะเผยแพร่ต้องเป็นเอกสารฉบับปัจจุบันของคำขอนี้: {documentIds}',
    en: 'Published documents must be current documents of this application: {documentIds}',
  },
  COMMENT_ALREADY_HIDDEN: { kind: 'conflict', th: 'ความคิดเห็นนี้ถูกซ่อนไว้แล้ว', en: 'This comment is already hidden' },
  HEARING_COMMENT_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบความคิดเห็นนี้ในการรับฟังความคิดเห็นนี้', en: 'No such comment on this hearing' },
  HEARING_LIST_BAD_CURSOR: { kind: 'bad-request', th: 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง', en: 'The before cursor is not one this list gave' },
  HEARING_AREA_UNKNOWN: { kind: 'not-found', th: 'ไม่พบตำบล/แขวงรหัส {code}', en: 'No subdistrict {code}' },
  HEARING_FOLLOW_NOT_FOUND: { kind: 'not-found', th: 'ท่านไม่ได้ติดตามตำบล/แขวงรหัส {code}', en: 'You do not follow subdistrict {code}' },
});
