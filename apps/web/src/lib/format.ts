/** Dates in the Buddhist era in both languages: "5 มีนาคม 2569" and "5 March 2569 BE". */
const LOCALE = { th: 'th-TH', en: 'en-GB-u-ca-buddhist' } as const;
const ZONE = 'Asia/Bangkok';

function localeOf(language: string) {
  return language === 'en' ? LOCALE.en : LOCALE.th;
}

export function formatDate(value: string | Date | null | undefined, language: string): string {
  if (!value) return '';
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + 'T00:00:00+07:00') : new Date(value);
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE }).format(date);
}

export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(value));
}

/** Amounts arrive in satang (integers); shown in baht. */
export function formatBaht(satang: number | null | undefined, language: string): string {
  if (satang == null) return '';
  const amount = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(satang / 100);
  return language === 'en' ? `THB ${amount}` : `${amount} บาท`;
}

/** A bilingual label from the API ({th, en}) in the current language. */
export function pick(label: { th: string; en?: string } | string | null | undefined, language: string): string {
  if (!label) return '';
  if (typeof label === 'string') return label;
  return language === 'en' && label.en ? label.en : label.th;
}

/** "ชื่อสถานประกอบการ / Business name" → the part in the current language (a " / " inside brackets stays). */
export function splitBilingual(text: string | undefined, language: string): string {
  if (!text) return '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(' / ', i)) return language === 'en' ? text.slice(i + 3).trim() : text.slice(0, i).trim();
  }
  return text;
}

/** A calendar month "2026-04" in the Buddhist era: "เม.ย. 2569", "Apr 2569 BE" (`long`: "เมษายน 2569"). */
export function formatMonth(month: string, language: string, style: 'short' | 'long' = 'short'): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return new Intl.DateTimeFormat(localeOf(language), { month: style, year: 'numeric', timeZone: ZONE }).format(new Date(`${month}-15T12:00:00+07:00`));
}
