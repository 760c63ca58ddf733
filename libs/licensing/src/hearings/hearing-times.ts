const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The last millisecond of the Bangkok calendar day `days` days after `from`'s Bangkok date. */
export function hearingClosesAt(from: Date, days: number): Date {
  const local = new Date(from.getTime() + BANGKOK_OFFSET_MS);
  const startOfDay = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(startOfDay + (days + 1) * DAY_MS - BANGKOK_OFFSET_MS - 1);
}
