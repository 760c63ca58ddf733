import { bangkokDateKey } from '@bizportal/common';

/** Months written YYYY-MM, reckoned in Bangkok (UTC+7 all year): the statistics' and the open data's unit. */

/** The Bangkok month of an instant. */
export function bangkokMonth(at: Date): string {
  return bangkokDateKey(at).slice(0, 7);
}

/** The instant a Bangkok month begins. */
export function bangkokMonthStart(month: string): Date {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1, 1) - 7 * 3_600_000);
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** How many months from `from` to `to`, both included (0 or less when `from` is after `to`). */
export function monthSpan(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The months from `from` to `to`, both included, oldest first. */
export function monthList(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, monthSpan(from, to)) }, (_, i) => addMonths(from, i));
}
