import { defineErrors } from '@bizportal/common';

/** Errors of the public statistics and open data. */
export const StatisticsErrors = defineErrors('statistics', {
  STATISTICS_MONTH_RANGE_INVALID: {
    kind: 'bad-request',
    th: 'ช่วงเดือนไม่ถูกต้อง: เดือนเริ่มต้น {from} อยู่หลังเดือนสุดท้าย {to}',
    en: 'The month range is invalid: the first month {from} comes after the last month {to}',
  },
  STATISTICS_MONTH_RANGE_TOO_LONG: {
    kind: 'bad-request',
    th: 'ช่วงเดือนยาวเกินไป ({months} เดือน) ขอได้ไม่เกิน {max} เดือนต่อครั้ง',
    en: 'The month range is too long ({months} months); at most {max} months can be asked for at a time',
  },
  STATISTICS_LICENCE_TYPE_UNKNOWN: {
    kind: 'not-found',
    th: 'ไม่พบประเภทใบอนุญาต {slug} (ดูรายการที่ GET /api/v1/licence-types)',
    en: 'There is no licence type {slug} (see GET /api/v1/licence-types)',
  },
  STATISTICS_OFFICE_UNKNOWN: {
    kind: 'not-found',
    th: 'ไม่พบหน่วยงาน {agency}',
    en: 'There is no office {agency}',
  },
});
