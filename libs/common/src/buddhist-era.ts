export const BUDDHIST_ERA_OFFSET = 543;

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale, options and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

export function buddhistYear(date: Date, timeZone = 'Asia/Bangkok'): number {
  return Number(formatter('en-GB', { year: 'numeric', timeZone }).format(date)) + BUDDHIST_ERA_OFFSET;
}

/** The month (1–12) of an instant in the given zone. */
export function monthIn(date: Date, timeZone = 'Asia/Bangkok'): number {
  return Number(formatter('en-GB', { month: 'numeric', timeZone }).format(date));
}

/** A long Thai date in the Buddhist era, e.g. "22 พฤศจิกายน 2569". */
export function formatThaiDate(date: Date, timeZone = 'Asia/Bangkok'): string {
  return formatter('th-TH', { dateStyle: 'long', timeZone }).format(date);
}

/** A long Thai date in the Buddhist era with the time of day, e.g. "22 พฤศจิกายน 2569 เวลา 14:05 น.". */
export function formatThaiDateTime(date: Date, timeZone = 'Asia/Bangkok'): string {
  const time = formatter('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  return `${formatThaiDate(date, timeZone)} เวลา ${time} น.`;
}
