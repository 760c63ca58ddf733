export const BUDDHIST_ERA_OFFSET = 543;

export function buddhistYear(date: Date, timeZone = 'Asia/Bangkok'): number {
  const gregorian = Number(new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(date));
  return gregorian + BUDDHIST_ERA_OFFSET;
}

/** A long Thai date in the Buddhist era, e.g. "22 พฤศจิกายน 2569". */
export function formatThaiDate(date: Date, timeZone = 'Asia/Bangkok'): string {
  return new Intl.DateTimeFormat('th-TH', { dateStyle: 'long', timeZone }).format(date);
}
