import { defineErrors } from '@bizportal/common';

/** Errors of the officer's pre-check of an application. */
export const PrecheckErrors = defineErrors('prechecks', {
  PRECHECK_OFFICE_ONLY: {
    kind: 'forbidden',
    th: 'ผลการตรวจสอบเบื้องต้นเปิดให้เฉพาะเจ้าหน้าที่ของสำนักงานที่รับผิดชอบคำขอนี้',
    en: 'The pre-check is only for the staff of the office handling this application',
  },
  PRECHECK_NOT_SUBMITTED: {
    kind: 'conflict',
    th: 'คำขอนี้ยังไม่ได้ยื่น จึงยังไม่มีการตรวจสอบเบื้องต้น',
    en: 'This application has not been submitted, so there is nothing to pre-check yet',
  },
});
