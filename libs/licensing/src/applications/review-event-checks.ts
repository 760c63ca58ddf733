import { bangkokDateKey, defineErrors, isUpuS10, type DomainError } from '@bizportal/common';
import type { UserDirectory } from '@bizportal/identity';
import type { ApplicationEntity } from '../core';

/** Refusals of office events whose data the engine cannot judge alone: they need the clock, the post's rules or the staff list. */
export const ReviewEventErrors = defineErrors('review-events', {
  INFORMATION_REQUEST_DOCUMENT_UNKNOWN: {
    kind: 'bad-request',
    th: 'รหัสเอกสาร {code} ไม่ใช่เอกสารของใบอนุญาตประเภทนี้ (ที่ใช้ได้: {codes})',
    en: "Document code '{code}' is not a document of this licence type (known: {codes})",
  },
  INSPECTION_PHOTOS_INVALID: {
    kind: 'bad-request',
    th: 'รูปถ่ายการตรวจที่ระบุไม่ใช่รูปของคำขอนี้ หรือถูกใช้บันทึกผลการตรวจแล้ว ({photoIds})',
    en: 'These photos are not inspection photos of this application, or were already used in a recorded result: {photoIds}',
  },
  DELIVERY_TRACKING_NUMBER_INVALID: {
    kind: 'bad-request',
    th: 'เลขพัสดุ {trackingNumber} ไม่ถูกต้องตามมาตรฐาน UPU S10 (ตัวอักษร 2 ตัว ตัวเลข 8 หลัก หลักตรวจสอบ และรหัสประเทศ 2 ตัว เช่น EE123456785TH)',
    en: "Tracking number '{trackingNumber}' is not a valid UPU S10 number (2 letters, 8 digits, a check digit and a 2-letter country, e.g. EE123456785TH)",
  },
  INSPECTION_DATE_IN_PAST: {
    kind: 'bad-request',
    th: 'วันนัดตรวจ {date} เป็นวันที่ผ่านมาแล้ว (วันนี้ {today} เวลาประเทศไทย)',
    en: 'The inspection date {date} is in the past (today is {today} in Bangkok)',
  },
  INSPECTION_DATE_TOO_FAR: {
    kind: 'bad-request',
    th: 'วันนัดตรวจ {date} เกิน 365 วันนับจากวันนี้',
    en: 'The inspection date {date} is more than 365 days ahead',
  },
  INSPECTION_WINDOW_INVALID: {
    kind: 'bad-request',
    th: 'ช่วงเวลานัดตรวจต้องเริ่มก่อนเวลาสิ้นสุด ({from}–{to})',
    en: 'The inspection window must start before it ends ({from}–{to})',
  },
  INSPECTION_WINDOW_OUTSIDE_HOURS: {
    kind: 'bad-request',
    th: 'ช่วงเวลานัดตรวจต้องอยู่ระหว่าง 06:00–20:00 น. ({from}–{to})',
    en: 'The inspection window must lie within 06:00–20:00 ({from}–{to})',
  },
  INSPECTION_INSPECTOR_NOT_STAFF: {
    kind: 'bad-request',
    th: 'ผู้ตรวจที่ระบุไม่ใช่เจ้าหน้าที่ของหน่วยงานที่รับผิดชอบคำขอนี้',
    en: 'The inspector is not an officer of the office responsible for this application',
  },
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const INSPECTION_HOURS = { from: '06:00', to: '20:00' } as const;
export const INSPECTION_MAX_DAYS_AHEAD = 365;

/** Days since 1970-01-01 of a calendar date, for any four-digit year (no two-digit-year quirk of Date.UTC). */
function dayNumber(key: string): number | null {
  const m = DATE.exec(key);
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return Math.round(d.getTime() / 86_400_000);
}

/**
 * Checks SCHEDULE_INSPECTION's date and window against `today` (a Bangkok calendar date, YYYY-MM-DD). Values the
 * vocabulary's schema refuses (malformed date or time) are left to it; this only judges well-formed ones.
 */
export function inspectionScheduleProblem(data: Record<string, unknown> | undefined, today: string): DomainError | null {
  const date = data?.date;
  const day = typeof date === 'string' ? dayNumber(date) : null;
  const todayNumber = dayNumber(today);
  if (day !== null && todayNumber !== null) {
    if (day < todayNumber) return ReviewEventErrors.create('INSPECTION_DATE_IN_PAST', { date: date as string, today }, [{ field: 'data.date', problem: `is before today (${today})` }]);
    if (day > todayNumber + INSPECTION_MAX_DAYS_AHEAD) {
      return ReviewEventErrors.create('INSPECTION_DATE_TOO_FAR', { date: date as string }, [{ field: 'data.date', problem: `is more than ${INSPECTION_MAX_DAYS_AHEAD} days after ${today}` }]);
    }
  }
  const window = data?.window as { from?: unknown; to?: unknown } | undefined;
  if (window && typeof window.from === 'string' && typeof window.to === 'string' && TIME.test(window.from) && TIME.test(window.to)) {
    const { from, to } = window;
    if (from >= to) return ReviewEventErrors.create('INSPECTION_WINDOW_INVALID', { from, to }, [{ field: 'data.window', problem: 'from must be before to' }]);
    if (from < INSPECTION_HOURS.from || to > INSPECTION_HOURS.to) {
      return ReviewEventErrors.create('INSPECTION_WINDOW_OUTSIDE_HOURS', { from, to }, [{ field: 'data.window', problem: 'must lie within 06:00–20:00' }]);
    }
  }
  return null;
}

/**
 * The checks of an office event that need the clock (Bangkok's today), the post's S10 rule or the staff list;
 * run before the engine, which stays pure. Nothing is stored when one fails.
 */
export async function reviewEventProblem(
  event: { type: string; data?: Record<string, unknown> },
  app: ApplicationEntity,
  users: UserDirectory,
  now = new Date(),
): Promise<DomainError | null> {
  if (event.type === 'RECORD_DELIVERY' && typeof event.data?.trackingNumber === 'string' && !isUpuS10(event.data.trackingNumber)) {
    const trackingNumber = event.data.trackingNumber;
    return ReviewEventErrors.create('DELIVERY_TRACKING_NUMBER_INVALID', { trackingNumber }, [{ field: 'data.trackingNumber', problem: 'is not a UPU S10 number' }]);
  }
  if (event.type !== 'SCHEDULE_INSPECTION') return null;
  const schedule = inspectionScheduleProblem(event.data, bangkokDateKey(now));
  if (schedule) return schedule;
  const inspectorId = event.data?.inspectorId;
  if (typeof inspectorId === 'string' && inspectorId.length > 0) {
    const inspector = await users.findUser(inspectorId);
    if (!inspector || app.agencyId === null || inspector.agencyId !== app.agencyId || !inspector.roles.includes('officer')) {
      return ReviewEventErrors.create('INSPECTION_INSPECTOR_NOT_STAFF', {}, [{ field: 'data.inspectorId', problem: 'is not an officer of the responsible office' }]);
    }
  }
  return null;
}
