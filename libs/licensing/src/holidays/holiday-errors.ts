import { defineErrors } from '@bizportal/common';

/** Errors of the public-holiday calendar. */
export const HolidayErrors = defineErrors('holidays', {
  HOLIDAY_DATE_MALFORMED: { kind: 'bad-request', th: 'วันที่ไม่ถูกต้อง', en: "date must be written YYYY-MM-DD, not '{date}'" },
  HOLIDAY_NOT_A_DATE: { kind: 'unprocessable', th: 'ไม่มีวันที่ {date}', en: '{date} is not a calendar date' },
  HOLIDAY_ON_WEEKEND: {
    kind: 'unprocessable',
    th: '{date} ตรงกับวันเสาร์หรืออาทิตย์',
    en: '{date} is a Saturday or Sunday, already not a working day (did you mean its substitution day?)',
  },
  HOLIDAY_EXISTS: { kind: 'conflict', th: 'มีวันหยุดวันที่ {date} อยู่แล้ว', en: '{date} is already a holiday: {name}' },
  HOLIDAY_NOT_FOUND: { kind: 'not-found', th: 'ไม่มีวันหยุดวันที่ {date}', en: '{date} is not a holiday in the calendar' },
});
