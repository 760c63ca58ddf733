import { defineErrors } from '@bizportal/common';

/** Errors of complaints about licensed premises. */
export const ComplaintErrors = defineErrors('complaints', {
  COMPLAINT_LICENCE_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบใบอนุญาตเลขที่ {number} ที่ยังมีผลหรือถูกพักใช้',
    en: 'No licence {number} in force or suspended',
  },
  COMPLAINT_SEARCH_INVALID: {
    kind: 'bad-request',
    th: 'ระบุเลขที่ใบอนุญาต หรือที่อยู่อย่างน้อย 4 ตัวอักษร อย่างใดอย่างหนึ่ง',
    en: 'Give either a licence number or at least 4 characters of an address',
  },
  COMPLAINT_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบเรื่องร้องเรียนนี้',
    en: 'No such complaint',
  },
  COMPLAINT_PHOTOS_INVALID: {
    kind: 'unprocessable',
    th: 'รูปถ่ายที่แนบไม่ใช่รูปที่ท่านอัปโหลดไว้และยังไม่ได้ใช้: {photoIds}',
    en: 'These photos are not unused photos you uploaded: {photoIds}',
  },
  COMPLAINT_PHOTO_TYPE_NOT_ALLOWED: {
    kind: 'unsupported-media-type',
    th: 'รูปถ่ายต้องเป็นไฟล์ JPEG หรือ PNG',
    en: 'A photo must be a JPEG or PNG image',
  },
  COMPLAINT_PHOTO_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบรูปถ่ายนี้ในเรื่องร้องเรียนนี้',
    en: 'No such photo on this complaint',
  },
  COMPLAINT_OWN_LICENCE: {
    kind: 'unprocessable',
    th: 'ร้องเรียนใบอนุญาตของตนเองไม่ได้',
    en: 'You cannot complain about your own licence',
  },
  COMPLAINT_OFFICE_ONLY: {
    kind: 'forbidden',
    th: 'เฉพาะเจ้าหน้าที่ของหน่วยงานที่ออกใบอนุญาตเท่านั้นที่ดำเนินการเรื่องร้องเรียนนี้ได้',
    en: 'Only staff of the office that issued the licence may act on this complaint',
  },
  COMPLAINT_APPROVER_ONLY: {
    kind: 'forbidden',
    th: 'การพักใช้หรือเพิกถอนใบอนุญาตต้องดำเนินการโดยผู้อนุมัติของหน่วยงานที่ออกใบอนุญาต',
    en: 'Only an approver of the issuing office may suspend or revoke the licence',
  },
  COMPLAINT_ACTION_NOT_ALLOWED: {
    kind: 'conflict',
    th: 'เรื่องร้องเรียนที่มีสถานะ "{status}" ดำเนินการ {action} ไม่ได้',
    en: 'A complaint that is {status} does not take {action}',
  },
  COMPLAINT_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    th: 'เรื่องร้องเรียนนี้เพิ่งถูกเปลี่ยนแปลงโดยผู้อื่น กรุณาโหลดใหม่แล้วลองอีกครั้ง',
    en: 'The complaint was changed by someone else meanwhile: reload it and try again',
  },
  COMPLAINT_HOLDER_ONLY: {
    kind: 'forbidden',
    th: 'เฉพาะผู้รับใบอนุญาตเท่านั้นที่ชี้แจงเรื่องร้องเรียนนี้ได้',
    en: 'Only the licence holder may answer this complaint',
  },
  COMPLAINT_RESPONSE_NOT_OPEN: {
    kind: 'conflict',
    th: 'ชี้แจงได้ครั้งเดียว หลังจากหน่วยงานรับเรื่องแล้ว',
    en: 'The holder answers once, after the office has accepted the complaint',
  },
  COMPLAINT_WARNING_DEADLINE_INVALID: {
    kind: 'bad-request',
    th: 'คำเตือนต้องมีกำหนดแก้ไขเป็นวันที่ในอนาคต ไม่เกิน 180 วัน',
    en: 'A warning needs a deadline, a date in the future at most 180 days ahead',
  },
  COMPLAINT_LICENCE_NOT_OPERATING: {
    kind: 'conflict',
    th: 'ใบอนุญาต {number} ไม่อยู่ในสถานะที่ {action} ได้ (สถานะ: {status})',
    en: 'Licence {number} cannot be {action} now (it is {status})',
  },
});
