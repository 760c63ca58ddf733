const DAY_MS = 24 * 60 * 60 * 1000;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Day of week (0 = Sunday) of an instant, as seen in Bangkok. */
function bangkokWeekday(instant: Date): number {
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).getUTCDay();
}

function bangkokDateKey(instant: Date): string {
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
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
    const weekday = bangkokWeekday(cursor);
    if (weekday !== 0 && weekday !== 6 && !holidays.has(bangkokDateKey(cursor))) remaining--;
  }
  return cursor;
}
