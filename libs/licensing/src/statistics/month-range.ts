import { addMonths, bangkokMonth, monthSpan } from './months';
import { StatisticsErrors } from './statistics-errors';

export const MAX_MONTHS = 120;

/** The months a statistics query asks for: the last 12 by default; refused when reversed or over MAX_MONTHS. */
export function monthRange(from: string | undefined, to: string | undefined, now = new Date()): { from: string; to: string } {
  const last = to ?? bangkokMonth(now);
  const first = from ?? addMonths(last, -11);
  if (first > last) throw StatisticsErrors.create('STATISTICS_MONTH_RANGE_INVALID', { from: first, to: last }, [{ field: 'from', problem: `${first} is after to ${last}` }]);
  const months = monthSpan(first, last);
  if (months > MAX_MONTHS) throw StatisticsErrors.create('STATISTICS_MONTH_RANGE_TOO_LONG', { months, max: MAX_MONTHS }, [{ field: 'from', problem: `at most ${MAX_MONTHS} months` }]);
  return { from: first, to: last };
}
