import { defineErrors } from '@bizportal/common';

// The gateway timed out, could not be reached (503) or answered garbage (502): the payer hears the same.
const NOTHING_CHARGED = {
  th: 'ระบบชำระเงินไม่พร้อมให้บริการ ยังไม่มีการตัดเงิน กรุณาลองใหม่ภายหลัง',
  en: 'The payment gateway is not available ({reason}); nothing was charged, please try again later',
};

/** Errors of fees, payments, receipts and the gateway's webhook. */
export const PaymentErrors = defineErrors('payments', {
  NOT_AWAITING_PAYMENT: { kind: 'conflict', th: 'คำขอนี้ไม่อยู่ในขั้นตอนชำระค่าธรรมเนียม', en: "The application is not awaiting payment (it is '{status}')" },
  NO_OPEN_FEE: { kind: 'conflict', th: 'ยังไม่มีค่าธรรมเนียมที่ต้องชำระ กรุณาลองใหม่อีกครั้ง', en: 'No fee is open for payment yet; try again in a moment' },
  ONLY_APPLICANT_PAYS_ONLINE: { kind: 'forbidden', th: 'เฉพาะผู้ยื่นคำขอชำระค่าธรรมเนียมได้', en: 'Only the applicant pays the fee online' },
  CARD_TOKEN_REQUIRED: { kind: 'bad-request', th: 'ต้องระบุโทเค็นบัตร', en: 'A card payment needs card.token from the gateway vault' },
  PAYMENT_ALREADY_OPEN: {
    kind: 'conflict',
    th: 'มีการชำระด้วย {method} ค้างอยู่',
    en: 'A {method} payment is still open{until}: finish it or wait for it to expire',
  },
  PAYMENT_FAILED: {
    kind: 'unprocessable',
    th: 'ชำระเงินไม่สำเร็จ: {reason} กรุณาลองใหม่',
    en: 'The payment failed ({failureCode}): {failureMessage}. You can try again with another card or PromptPay',
  },
  PAYMENT_REFUSED_BY_GATEWAY: { kind: 'unprocessable', th: 'ระบบชำระเงินปฏิเสธรายการ', en: 'The payment gateway refused the payment ({failureCode}): {reason}' },
  PAYMENT_GATEWAY_UNAVAILABLE: { kind: 'unavailable', ...NOTHING_CHARGED },
  PAYMENT_GATEWAY_BAD_RESPONSE: { kind: 'bad-gateway', ...NOTHING_CHARGED },
  PAYMENT_CHECK_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ยังตรวจสอบผลไม่ได้',
    en: 'The gateway cannot be asked right now ({reason}); the payment will be checked again',
  },
  PAYMENT_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบรายการชำระเงิน', en: 'No payment {id}' },
  PAYMENT_HAS_NO_QR: { kind: 'not-found', th: 'รายการชำระเงินนี้ไม่มีคิวอาร์โค้ด', en: 'This payment has no QR code' },
  RECEIPT_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบใบเสร็จ {receiptNumber}', en: 'No receipt {receiptNumber}' },
  RECEIPT_SIGNING_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ยังลงลายมือชื่อใบเสร็จไม่ได้ เนื่องจากบริการประทับเวลาไม่พร้อม กรุณาลองใหม่ภายหลัง',
    en: 'The receipt cannot be signed now: the time-stamping service is not available ({reason}); please try again later',
  },
  COUNTER_STAFF_ONLY: { kind: 'forbidden', th: 'เฉพาะเจ้าหน้าที่ของหน่วยงานที่รับผิดชอบ', en: 'Only staff of the responsible office record counter payments' },
  COUNTER_AMOUNT_MISMATCH: { kind: 'bad-request', th: 'จำนวนเงินไม่ตรงกับค่าธรรมเนียม', en: 'The amount {amount} differs from the fee due, {due}' },
  WEBHOOK_SIGNATURE_MISSING: {
    kind: 'unauthorized',
    th: 'ลายมือชื่อ webhook ไม่ถูกต้อง',
    en: 'Webhook refused: the Omise-Signature and Omise-Signature-Timestamp headers are missing',
  },
  WEBHOOK_SIGNATURE_STALE: {
    kind: 'unauthorized',
    th: 'ลายมือชื่อ webhook ไม่ถูกต้อง',
    en: 'Webhook refused: the signature timestamp is more than {toleranceSeconds} s away from now',
  },
  WEBHOOK_SIGNATURE_MISMATCH: { kind: 'unauthorized', th: 'ลายมือชื่อ webhook ไม่ถูกต้อง', en: 'Webhook refused: the signature does not match' },
  WEBHOOK_BODY_NOT_JSON: { kind: 'bad-request', th: 'เนื้อหา webhook ไม่ใช่ JSON', en: 'The webhook body is not JSON' },
  WEBHOOK_NOT_AN_EVENT: { kind: 'bad-request', th: 'เนื้อหา webhook ไม่ใช่เหตุการณ์ของ Omise', en: 'The webhook body is not an Omise event' },
  WEBHOOK_CHARGE_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ยังดึงรายการชำระเงินจากระบบชำระเงินไม่ได้',
    en: 'Could not fetch {chargeId} from the gateway: {reason}',
  },
  PAYMENT_HELD_FOR_REVIEW: {
    kind: 'conflict',
    th: 'เงิน {amount} ที่ท่านชำระถูกพักไว้ให้เจ้าหน้าที่ตรวจสอบ ไม่ต้องชำระซ้ำ เจ้าหน้าที่จะคืนเงินหรือรับเป็นค่าธรรมเนียม และจะแจ้งให้ท่านทราบ',
    en: 'Your payment of {amount} is held for the office to review ({reason}). Do not pay again: the office will refund it or accept it as the fee, and you will be notified',
  },
  COUNTER_PAYMENT_HELD_FOR_REVIEW: {
    kind: 'conflict',
    th: 'มีเงิน {amount} ของค่าธรรมเนียมนี้ถูกพักไว้ กรุณาคืนเงินหรือรับเป็นค่าธรรมเนียมที่หน้า “เงินที่พักไว้” ก่อนรับเงินสด',
    en: 'A payment of {amount} for this fee is held ({reason}): refund it or accept it on the held payments page before taking cash',
  },
  COUNTER_RECEIPT_NUMBER_USED: {
    kind: 'conflict',
    th: 'เลขที่ใบเสร็จ {receiptNumber} ของสำนักงานนี้ใช้แล้วกับคำขอ {trackingNumber} กรุณาตรวจสอบเลขที่บนใบเสร็จกระดาษ',
    en: 'Receipt number {receiptNumber} was already used by this office for {trackingNumber}; check the number on the paper receipt. Nothing was recorded',
  },
  COUNTER_PAID_ONLINE_MEANWHILE: {
    kind: 'conflict',
    th: 'ผู้ยื่นคำขอชำระออนไลน์สำเร็จแล้วเมื่อสักครู่ ไม่ได้บันทึกเงินสด กรุณาคืนเงินสดและยกเลิกใบเสร็จกระดาษ',
    en: 'The applicant paid online ({method}) a moment ago and the fee is paid: the cash was not recorded. Give the cash back and void the paper receipt',
  },
  COUNTER_GATEWAY_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ยังปิดรายการชำระเงินออนไลน์ที่เปิดอยู่ไม่ได้ จึงยังไม่บันทึกเงินสด กรุณาลองใหม่อีกครั้ง',
    en: 'The open online payment could not be closed at the gateway ({reason}), so the cash was not recorded (the applicant could still pay online); try again in a moment',
  },
  HELD_PAYMENT_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบรายการเงินที่พักไว้', en: 'No held payment {id} in your office' },
  HELD_PAYMENT_NOT_HELD: {
    kind: 'conflict',
    th: 'รายการนี้ไม่ได้ถูกพักไว้แล้ว (สถานะ {status}) อาจมีผู้ดำเนินการไปแล้ว',
    en: 'This payment is not held any more (it is {status}): someone has resolved it already',
  },
  HELD_PAYMENT_CANNOT_BE_ACCEPTED: {
    kind: 'conflict',
    th: 'รับเงินนี้เป็นค่าธรรมเนียมไม่ได้: {whyTh} กรุณาคืนเงินแทน',
    en: 'This money cannot be accepted as the fee: {why}. Refund it instead',
  },
  HELD_PAYMENT_REFUND_REFERENCE_REQUIRED: {
    kind: 'bad-request',
    th: 'เงินนี้ไม่ได้ชำระผ่านระบบชำระเงินออนไลน์ ต้องระบุเลขอ้างอิงการคืนเงินของสำนักงาน',
    en: 'This money did not come through the gateway: give refundReference, the office’s reference of how it paid the money back',
  },
  PAYMENT_REFUND_REFUSED: {
    kind: 'unprocessable',
    th: 'ระบบชำระเงินปฏิเสธการคืนเงิน รายการยังคงพักไว้',
    en: 'The gateway refused the refund ({failureCode}): {reason}. The payment stays held',
  },
  BUNDLE_NOTHING_TO_PAY: {
    kind: 'conflict',
    th: 'ยังไม่มีคำขอในคำขอรวมนี้ที่รอชำระค่าธรรมเนียม',
    en: 'No application of this bundle is awaiting payment',
  },
  AMOUNT_BELOW_GATEWAY_MINIMUM: {
    kind: 'unprocessable',
    th: 'ค่าธรรมเนียม {amountTh} ต่ำกว่ายอดขั้นต่ำ {minimumTh} ที่ชำระออนไลน์ด้วยพร้อมเพย์หรือบัตรได้ กรุณาชำระผ่านเคาน์เตอร์ธนาคาร (ใบแจ้งชำระเงิน บาร์โค้ดหรือคิวอาร์โค้ด) หรือที่สำนักงาน',
    en: 'The fee of {amountEn} is below the online gateway’s minimum of {minimumEn}: pay it by bill payment (the payment slip’s barcode or QR code at a bank counter or in a banking app) or at the office counter',
  },
  BILL_PAYMENT_NOT_OFFERED: {
    kind: 'conflict',
    th: 'สำนักงานนี้ยังไม่เปิดรับชำระผ่านเคาน์เตอร์ธนาคาร กรุณาชำระที่สำนักงาน',
    en: 'This office is not registered as a bill-payment biller yet: pay at the office counter',
  },
  BILL_STATEMENT_FILE_REQUIRED: { kind: 'bad-request', th: 'กรุณาแนบไฟล์รายการรับชำระของธนาคาร', en: 'Send the bank’s statement file as the multipart part `file` (or as a text/plain body)' },
  BILL_STATEMENT_TOO_LARGE: { kind: 'payload-too-large', th: 'ไฟล์ใหญ่เกิน {limit}', en: 'The statement file is larger than {limit}' },
  BILL_STATEMENT_EMPTY: { kind: 'bad-request', th: 'ไฟล์ไม่มีข้อมูล', en: 'The statement file is empty' },
  BILL_STATEMENT_LINE_LENGTH: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line} ยาว {length} ไบต์ แต่ทุกบรรทัดต้องยาว 256 ไบต์ ไม่ได้นำเข้ารายการใด',
    en: 'Line {line} is {length} bytes long; every record is 256 bytes (TIS-620){hint}. Nothing was imported',
  },
  BILL_STATEMENT_RECORD_TYPE: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line}: ประเภทระเบียน “{found}” ไม่ถูกต้อง ต้องเป็น {expected} ไม่ได้นำเข้ารายการใด',
    en: 'Line {line}: record type “{found}” where {expected} is expected. Nothing was imported',
  },
  BILL_STATEMENT_FIELD_INVALID: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line} ช่อง {field} (คอลัมน์ {columns}): {problemTh} ไม่ได้นำเข้ารายการใด',
    en: 'Line {line}, {field} (columns {columns}): {problem}. Nothing was imported',
  },
  BILL_STATEMENT_DATE_INVALID: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line} ช่อง {field} (คอลัมน์ {columns}): วันที่หรือเวลา “{value}” ไม่ถูกต้อง ({problemTh}) ไม่ได้นำเข้ารายการใด',
    en: 'Line {line}, {field} (columns {columns}): “{value}” {problem}. Nothing was imported',
  },
  BILL_STATEMENT_AMOUNT_INVALID: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line} ช่อง {field} (คอลัมน์ {columns}): จำนวนเงิน “{value}” ไม่ถูกต้อง ({problemTh}) ไม่ได้นำเข้ารายการใด',
    en: 'Line {line}, {field} (columns {columns}): amount “{value}” {problem}. Nothing was imported',
  },
  BILL_STATEMENT_TRAILER_MISMATCH: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line} (ระเบียนสรุป): {field} ระบุ {stated} แต่รายการในไฟล์รวมได้ {counted} ไฟล์อาจไม่ครบ ไม่ได้นำเข้ารายการใด',
    en: 'Line {line} (trailer): {field} says {stated}, the detail records add up to {counted}; the file may be cut short. Nothing was imported',
  },
  BILL_STATEMENT_BILLER_UNKNOWN: {
    kind: 'unprocessable',
    th: 'บรรทัดที่ {line}: บัญชี {bankCode}-{accountNumber} ไม่ใช่บัญชีรับชำระที่ลงทะเบียนไว้ ไม่ได้นำเข้ารายการใด',
    en: 'Line {line}: account {bankCode}-{accountNumber} is not a registered biller account. Nothing was imported',
  },
  BILL_STATEMENT_OTHER_OFFICE: {
    kind: 'forbidden',
    th: 'ไฟล์นี้เป็นรายการรับชำระของบัญชีสำนักงานอื่น นำเข้าได้เฉพาะไฟล์ของสำนักงานของท่าน',
    en: 'Line {line}: this statement is for another office’s account ({bankCode}-{accountNumber}); you import your own office’s statements only. Nothing was imported',
  },
  BILL_PAYMENT_STAFF_ONLY: { kind: 'forbidden', th: 'เฉพาะเจ้าหน้าที่หรือหัวหน้าสำนักงานที่ลงทะเบียนรับชำระ', en: 'Only officers and heads of an office registered as a biller import bill payments' },
  BILL_ENTRY_PAID_AT_INVALID: {
    kind: 'bad-request',
    th: 'เวลาที่ชำระต้องไม่อยู่ในอนาคต และไม่เก่ากว่า 1 ปี',
    en: 'paidAt must not be in the future, nor more than a year ago',
  },
  BILL_IMPORT_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบรายการนำเข้า', en: 'No bill payment import {id} in your office' },
  FEE_NOT_PRICED: { kind: 'internal', th: 'ไม่พบอัตราค่าธรรมเนียม', en: "{licenceType} v{workflowVersion} has no priced fee '{fee}'" },
});
