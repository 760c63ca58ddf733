import { defineErrors } from '@bizportal/common';

/** Errors of applicants' ratings of the service and of their statistics. */
export const SatisfactionErrors = defineErrors('satisfaction', {
  SATISFACTION_ONLY_APPLICANT: {
    kind: 'forbidden',
    th: 'เฉพาะผู้ยื่นคำขอเท่านั้นที่ประเมินความพึงพอใจต่อบริการของคำขอนี้ได้',
    en: 'Only the applicant who made this application may rate the service',
  },
  SATISFACTION_NOT_YOURS: {
    kind: 'forbidden',
    th: 'ผลการประเมินความพึงพอใจของคำขอนี้เปิดให้เฉพาะผู้ยื่นคำขอ และเจ้าหน้าที่หรือหัวหน้าสำนักงานที่รับผิดชอบ',
    en: 'This application’s rating is shown only to its applicant and to the officers and head of its office',
  },
  SATISFACTION_NOT_FINISHED: {
    kind: 'conflict',
    th: 'ประเมินความพึงพอใจได้เมื่อคำขอเสร็จสิ้นแล้ว (ออกใบอนุญาต ดำเนินการสำเร็จ ปฏิเสธ หรือยกเลิกหลังยื่นคำขอ)',
    en: "The service can be rated once the application is finished (licence issued, completed, rejected, or cancelled after submission); it is '{status}'",
  },
  SATISFACTION_ALREADY_GIVEN: {
    kind: 'conflict',
    th: 'ท่านประเมินความพึงพอใจของคำขอนี้ไปแล้ว ประเมินได้ครั้งเดียว',
    en: 'You have already rated the service for this application; it can be rated once',
  },
  SATISFACTION_CURSOR_INVALID: {
    kind: 'bad-request',
    th: 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง',
    en: '`before` must be the id of a rating of your office that you were given',
  },
  STATISTICS_PERIOD_INVALID: {
    kind: 'bad-request',
    th: 'ช่วงเดือนไม่ถูกต้อง: เดือนเริ่มต้นต้องไม่อยู่หลังเดือนสิ้นสุด และช่วงต้องไม่เกิน {max} เดือน',
    en: 'The period is not valid: from must not be after to, and it may span at most {max} months',
  },
});
