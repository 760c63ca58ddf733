const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Today in Bangkok, YYYY-MM-DD. */
export function bangkokToday(now = new Date()): string {
  return new Date(now.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The instant a grant running through `date` (inclusive) ends: the next midnight in Bangkok. */
export function endOfBangkokDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - BANGKOK_OFFSET_MS + DAY_MS);
}

/** The latest last day a grant made today may have: one year on (28 February for a grant made on 29 February). */
export function latestValidUntil(today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  const sameDay = new Date(Date.UTC(year + 1, month - 1, day));
  return (sameDay.getUTCMonth() === month - 1 ? sameDay : new Date(Date.UTC(year + 1, month, 0))).toISOString().slice(0, 10);
}
