import { defineErrors } from '@bizportal/common';

/** Errors of the government data exchange, as our callers see them. */
export const DataExchangeErrors = defineErrors('data-exchange', {
  NATIONAL_ID_INVALID: { kind: 'bad-request', th: '{field}: {problemTh}', en: '{problemEn}' },
  REGISTRATION_NUMBER_INVALID: { kind: 'bad-request', th: '{field}: {problemTh}', en: '{problemEn}' },
  CITIZEN_NOT_FOUND: {
    kind: 'not-found',
    th: 'ไม่พบข้อมูลทะเบียนราษฎรของเลขประจำตัวประชาชน {nationalId}',
    en: 'The civil registry has no record of national ID {nationalId}',
  },
  JURISTIC_PERSON_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบนิติบุคคลเลขทะเบียน {registrationNumber}', en: 'No juristic person is registered under {registrationNumber}' },
  DATA_EXCHANGE_UNAVAILABLE: {
    kind: 'unavailable',
    th: 'ระบบเชื่อมโยงข้อมูลภาครัฐไม่พร้อมให้บริการ กรุณาลองใหม่ภายหลัง',
    en: 'The government data exchange is unavailable; please try again later',
  },
  DATA_EXCHANGE_CREDENTIALS_REFUSED: {
    kind: 'bad-gateway',
    th: 'ระบบเชื่อมโยงข้อมูลภาครัฐปฏิเสธการเข้าถึงของระบบนี้',
    en: 'The government data exchange refused this system’s credentials (check DATA_EXCHANGE_API_KEY)',
  },
  DATA_EXCHANGE_BAD_ANSWER: { kind: 'bad-gateway', th: 'ระบบเชื่อมโยงข้อมูลภาครัฐตอบกลับข้อมูลที่ใช้ไม่ได้', en: 'The government data exchange answered with data we cannot use' },
});
