const DAY_MS = 24 * 60 * 60 * 1000;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Day of week (0 = Sunday) of an instant, as seen in Bangkok. */
function bangkokWeekday(instant: Date): number {
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).getUTCDay();
}

/** The calendar date (YYYY-MM-DD) of an instant in Bangkok: Thai office days are Bangkok days. */
export function bangkokDateKey(instant: Date): string {
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** Monday to Friday in Bangkok and not one of the holidays (YYYY-MM-DD). */
export function isWorkingDay(instant: Date, holidays: ReadonlySet<string> = new Set()): boolean {
  const weekday = bangkokWeekday(instant);
  return weekday !== 0 && weekday !== 6 && !holidays.has(bangkokDateKey(instant));
}

/**
 * Adds working days (Monday to Friday in Bangkok, minus the given holidays as YYYY-MM-DD)
 * to an instant, keeping the time of day. Zero days returns the instant unchanged.
 */
export function addWorkingDays(start: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a non-negative integer: ${days}`);
  let cursor = new Date(start.getTime());
  let remaining = days;
  while (remaining > 0) {
    cursor = new Date(cursor.getTime() + DAY_MS);
    if (isWorkingDay(cursor, holidays)) remaining--;
  }
  return cursor;
}

/**
 * Working days from `from` to `to`, by Bangkok calendar dates: the working days after `from`'s date up to
 * and including `to`'s date. 0 when both fall on the same date (or only weekends and holidays lie between);
 * negative when `to` is earlier (the working days it lies behind).
 */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string> = new Set()): number {
  const sign = to.getTime() < from.getTime() ? -1 : 1;
  const [early, late] = sign === 1 ? [from, to] : [to, from];
  const lastKey = bangkokDateKey(late);
  let count = 0;
  let cursor = new Date(early.getTime());
  while (bangkokDateKey(cursor) < lastKey) {
    cursor = new Date(cursor.getTime() + DAY_MS);
    if (isWorkingDay(cursor, holidays)) count++;
  }
  return sign * count;
}
