import { defineErrors } from '@bizportal/common';

const START_AGAIN_TH = 'กรุณาเริ่มเข้าสู่ระบบใหม่';
const START_AGAIN_EN = 'start again at /api/v1/auth/digital-id/login';

/** Sign-in with the national Digital ID: 400 for our own sign-in record, 401 when the provider or its answer refuses, 503 when it cannot be asked. */
export const DigitalIdErrors = defineErrors('digital-id', {
  DIGITAL_ID_NOT_CONFIGURED: {
    kind: 'unavailable',
    th: 'ยังไม่ได้ตั้งค่าการเข้าสู่ระบบด้วย Digital ID',
    en: 'Digital ID not configured: set DIGITAL_ID_ISSUER, DIGITAL_ID_CLIENT_ID and DIGITAL_ID_CLIENT_SECRET',
  },
  DIGITAL_ID_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ระบบ Digital ID ไม่พร้อมให้บริการ กรุณาลองใหม่ภายหลัง',
    en: 'Digital ID is unavailable: try again later',
  },
  DIGITAL_ID_STATE_UNKNOWN: {
    kind: 'bad-request',
    th: `ไม่พบการเข้าสู่ระบบที่ตรงกับ state นี้ ${START_AGAIN_TH}`,
    en: `No sign-in was started with this state: ${START_AGAIN_EN}`,
  },
  DIGITAL_ID_STATE_USED: {
    kind: 'bad-request',
    th: `การเข้าสู่ระบบนี้ถูกใช้ไปแล้ว ${START_AGAIN_TH}`,
    en: `This sign-in was already used: ${START_AGAIN_EN}`,
  },
  DIGITAL_ID_STATE_EXPIRED: {
    kind: 'bad-request',
    th: `การเข้าสู่ระบบหมดเวลาแล้ว (10 นาที) ${START_AGAIN_TH}`,
    en: `This sign-in expired after 10 minutes: ${START_AGAIN_EN}`,
  },
  DIGITAL_ID_BROWSER_MISMATCH: {
    kind: 'bad-request',
    th: `การเข้าสู่ระบบนี้ไม่ได้เริ่มจากเบราว์เซอร์นี้ (หรือเบราว์เซอร์ไม่รับคุกกี้) ${START_AGAIN_TH}`,
    en: `This sign-in was not started in this browser, or the browser refused its cookie: ${START_AGAIN_EN}`,
  },
  DIGITAL_ID_RETURN_TO_INVALID: {
    kind: 'bad-request',
    th: 'หน้าที่จะกลับไปหลังเข้าสู่ระบบไม่ถูกต้อง ต้องเป็นหน้าในเว็บไซต์นี้',
    en: 'returnTo must be a path on this site, starting with a single / (e.g. /applications)',
  },
  DIGITAL_ID_SIGN_IN_CANCELLED: {
    kind: 'unauthorized',
    th: 'ผู้ใช้ยกเลิกหรือไม่อนุญาตการเข้าสู่ระบบด้วย Digital ID',
    en: 'Digital ID refused the sign-in: the citizen cancelled or did not allow it',
  },
  DIGITAL_ID_SIGN_IN_REFUSED: {
    kind: 'unauthorized',
    th: 'Digital ID ปฏิเสธการเข้าสู่ระบบ',
    en: 'Digital ID refused the sign-in: {reason}',
  },
  DIGITAL_ID_CODE_REFUSED: {
    kind: 'unauthorized',
    th: 'Digital ID ปฏิเสธรหัสยืนยัน',
    en: 'Digital ID refused the code: {reason}',
  },
  DIGITAL_ID_CLIENT_REFUSED: {
    kind: 'unauthorized',
    th: 'Digital ID ไม่ยอมรับการยืนยันตัวตนของระบบนี้ ไม่สามารถเข้าสู่ระบบได้ เจ้าหน้าที่ได้รับแจ้งแล้ว',
    en: "Digital ID refused this portal's client credentials, so the sign-in cannot be finished; the error has been logged",
  },
  DIGITAL_ID_ANSWER_INVALID: {
    kind: 'unauthorized',
    th: 'การยืนยันตัวตนจาก Digital ID ไม่ผ่านการตรวจสอบ',
    en: 'The Digital ID answer failed verification: {detail}',
  },
  DIGITAL_ID_NO_ID_TOKEN: {
    kind: 'unauthorized',
    th: 'Digital ID ไม่ได้ส่งโทเค็นยืนยันตัวตน',
    en: 'Digital ID sent no ID token',
  },
  DIGITAL_ID_INVALID_NATIONAL_ID: {
    kind: 'unauthorized',
    th: 'Digital ID ส่งเลขประจำตัวประชาชนที่ไม่ถูกต้อง ไม่สามารถเข้าสู่ระบบได้',
    en: 'Digital ID sent an invalid national ID (pid), so the sign-in is refused: {problem}',
  },
  DIGITAL_ID_NO_NAME: {
    kind: 'unauthorized',
    th: 'Digital ID ไม่ได้ส่งชื่อผู้ใช้',
    en: 'Digital ID sent no name: ask for the profile scope (DIGITAL_ID_SCOPE)',
  },
});
