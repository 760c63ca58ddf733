import { defineErrors } from '@bizportal/common';

/** Errors of the office's requests for documents or information (REQUEST_INFO) and the applicant's answers. */
export const InformationRequestErrors = defineErrors('information-requests', {
  INFORMATION_REQUEST_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบคำขอเอกสารหรือข้อมูลเพิ่มเติมรายการนี้',
    en: 'No such request for documents or information on this application',
  },
  INFORMATION_ITEM_NOT_A_QUESTION: {
    kind: 'bad-request',
    th: 'รายการนี้เป็นการขอเอกสาร กรุณาอัปโหลดเอกสารแทนการตอบเป็นข้อความ',
    en: 'This item asks for a document: upload it instead of answering in text',
  },
  INFORMATION_REQUEST_NOT_OPEN: {
    kind: 'conflict',
    th: 'ตอบคำขอนี้ไม่ได้แล้ว ตอบได้เฉพาะระหว่างรอผู้ประกอบการส่งข้อมูลเพิ่มเติมและก่อนส่งกลับ',
    en: 'This request can no longer be answered: answers are taken only while the application waits for them, before it is resubmitted',
  },
  ONLY_APPLICANT_MAY_ANSWER: {
    kind: 'forbidden',
    th: 'เฉพาะผู้ยื่นคำขอเท่านั้นที่ตอบคำขอข้อมูลเพิ่มเติมได้',
    en: 'Only the applicant who made the application may answer',
  },
});
