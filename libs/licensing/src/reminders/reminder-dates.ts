import { formatThaiDate, formatThaiDateTime } from '@bizportal/common';

/** A date for a template: Thai in the Buddhist era, English in the Gregorian calendar, both in Bangkok. */
export function dateVars(prefix: string, date: Date, withTime = false): Record<string, string> {
  const en = date.toLocaleString('en-GB', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}) });
  return { [`${prefix}Th`]: withTime ? formatThaiDateTime(date) : formatThaiDate(date), [`${prefix}En`]: en };
}
