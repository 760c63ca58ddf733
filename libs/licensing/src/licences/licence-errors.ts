import { defineErrors } from '@bizportal/common';

/** Errors of issued licences: seeing, downloading and verifying them, and requests that continue one. */
export const LicenceErrors = defineErrors('licences', {
  LICENCE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบใบอนุญาต {number}', en: 'No licence {number} that you can see' },
  LICENCE_NOT_ISSUED_YET: { kind: 'not-found', th: 'ใบอนุญาต {number} ยังออกไม่เสร็จ', en: 'Licence {number} is still being issued' },
  LICENCE_NUMBER_UNKNOWN: { kind: 'not-found', th: 'ไม่พบใบอนุญาตเลขที่ {number}', en: 'No licence numbered {number}' },
  LICENCE_PREVIEW_NOT_AVAILABLE: {
    kind: 'conflict',
    th: 'ดูตัวอย่างใบอนุญาตได้เฉพาะเมื่อคำขอรอผู้มีอำนาจลงนามอนุมัติ (สถานะขณะนี้: {state})',
    en: 'The licence preview is available only while the application waits for the authorised signer (now: {state})',
  },
  VERIFY_FILE_MISSING: { kind: 'bad-request', th: 'แนบไฟล์ PDF ในช่อง file', en: 'Attach the PDF as the multipart field "file"' },
  PREVIOUS_LICENCE_NOT_HELD: { kind: 'not-found', th: 'ไม่พบใบอนุญาตเลขที่ {number} ของท่าน', en: 'You hold no licence numbered {number}' },
  PREVIOUS_LICENCE_NOT_FOR_NEW: { kind: 'unprocessable', th: 'คำขอใหม่ไม่ต้องระบุใบอนุญาตเดิม', en: 'A new application does not name a previous licence' },
  PREVIOUS_LICENCE_OTHER_TYPE: { kind: 'unprocessable', th: 'ใบอนุญาต {number} เป็นใบอนุญาตประเภทอื่น', en: 'Licence {number} is a {actual}, not a {wanted}' },
  PREVIOUS_LICENCE_NOT_IN_FORCE: {
    kind: 'unprocessable',
    th: 'ใบอนุญาต {number} ไม่อยู่ในสถานะใช้ได้ ({standing}) จึงยื่นคำขอ{kindTh}ไม่ได้',
    en: 'Licence {number} is {standing}, so it cannot be the subject of a {kind} request',
  },
  PREVIOUS_LICENCE_HAS_OPEN_REQUEST: {
    kind: 'conflict',
    th: 'มีคำขอ{kindTh}สำหรับใบอนุญาต {number} อยู่แล้ว ({trackingNumber})',
    en: 'Licence {number} already has a {kind} request: {trackingNumber}',
  },
  REQUEST_ON_HOLD_LICENCE_SUSPENDED: {
    kind: 'conflict',
    th: 'คำขอ {trackingNumber} ยังอนุมัติหรือออกใบอนุญาตไม่ได้ เพราะใบอนุญาต {number} ที่คำขอนี้อ้างถึงถูกพักใช้อยู่ ดำเนินการต่อได้เมื่อคืนสิทธิ์ใบอนุญาตแล้ว',
    en: 'Request {trackingNumber} cannot be approved or issued while licence {number}, which it concerns, is suspended; it continues once the licence is reinstated',
  },
  REQUEST_LICENCE_REVOKED: {
    kind: 'conflict',
    th: 'คำขอ {trackingNumber} อนุมัติไม่ได้ เพราะใบอนุญาต {number} ที่คำขอนี้อ้างถึงถูกเพิกถอนแล้ว',
    en: 'Request {trackingNumber} cannot be approved: licence {number}, which it concerns, has been revoked',
  },
  REQUEST_NOT_FOR_HOLDER: {
    kind: 'unprocessable',
    th: 'ใบอนุญาต {number} เป็นของ{ownerTh} คำขอต้องยื่นในนามผู้ถือใบอนุญาต',
    en: 'Licence {number} belongs to {ownerEn}; the request must be made for its holder',
  },
});
