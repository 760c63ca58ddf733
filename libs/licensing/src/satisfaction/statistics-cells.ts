export { addMonths, bangkokMonth, bangkokMonthStart, monthList, monthSpan } from '../statistics/months';

/**
 * The public figures of the satisfaction statistics, per Bangkok month, licence type and office, from counts
 * read in SQL: pure, so the suppression rule is tested alone (statistics-cells.spec.ts).
 */

/** Counts from 1 to MINIMUM_CELL_SIZE − 1 are withheld, so that no one's rating or application can be told. */
export const MINIMUM_CELL_SIZE = 5;
/** A draft unchanged for this long counts as abandoned. */
export const ABANDONED_AFTER_DAYS = 30;

export interface RatingCount {
  month: string;
  licenceType: string;
  agencyId: string;
  score: number;
  count: number;
}

export interface StartedCount {
  month: string;
  licenceType: string;
  agencyId: string;
  started: number;
  completed: number;
  abandoned: number;
}

export interface SatisfactionFigures {
  ratings: number | null;
  meanScore: number | null;
  distribution: { score: number; count: number }[] | null;
  suppressed: boolean;
}

export interface CompletionFigures {
  started: number | null;
  completed: number | null;
  abandoned: number | null;
  inProgress: number | null;
  rate: number | null;
  suppressed: boolean;
}

export interface StatisticsCell {
  month: string;
  licenceType: string;
  agencyId: string;
  satisfaction: SatisfactionFigures;
  completion: CompletionFigures;
}

const SCORES = [1, 2, 3, 4, 5];
const withheld = (n: number) => n > 0 && n < MINIMUM_CELL_SIZE;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export function satisfactionFigures(counts: readonly { score: number; count: number }[]): SatisfactionFigures {
  const ratings = counts.reduce((sum, c) => sum + c.count, 0);
  if (withheld(ratings)) return { ratings: null, meanScore: null, distribution: null, suppressed: true };
  if (ratings === 0) return { ratings: 0, meanScore: null, distribution: null, suppressed: false };
  const distribution = SCORES.map((score) => ({ score, count: counts.filter((c) => c.score === score).reduce((sum, c) => sum + c.count, 0) }));
  const total = distribution.reduce((sum, d) => sum + d.score * d.count, 0);
  return { ratings, meanScore: round(total / ratings, 2), distribution, suppressed: false };
}

export function completionFigures(counts: Pick<StartedCount, 'started' | 'completed' | 'abandoned'> | undefined): CompletionFigures {
  const { started, completed, abandoned } = counts ?? { started: 0, completed: 0, abandoned: 0 };
  if (withheld(started)) return { started: null, completed: null, abandoned: null, inProgress: null, rate: null, suppressed: true };
  return { started, completed, abandoned, inProgress: started - completed - abandoned, rate: started === 0 ? null : round(completed / started, 4), suppressed: false };
}

/** One cell per month, licence type and office found in either count, ordered by month, licence type, office. */
export function statisticsCells(ratings: readonly RatingCount[], started: readonly StartedCount[]): StatisticsCell[] {
  const key = (c: { month: string; licenceType: string; agencyId: string }) => `${c.month}\u0000${c.licenceType}\u0000${c.agencyId}`;
  const cells = new Map<string, { month: string; licenceType: string; agencyId: string; ratings: RatingCount[]; started?: StartedCount }>();
  const cellOf = (c: { month: string; licenceType: string; agencyId: string }) => {
    const k = key(c);
    let cell = cells.get(k);
    if (!cell) cells.set(k, (cell = { month: c.month, licenceType: c.licenceType, agencyId: c.agencyId, ratings: [] }));
    return cell;
  };
  for (const r of ratings) cellOf(r).ratings.push(r);
  for (const s of started) cellOf(s).started = s;
  return [...cells.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.licenceType.localeCompare(b.licenceType) || a.agencyId.localeCompare(b.agencyId))
    .map((c) => ({ month: c.month, licenceType: c.licenceType, agencyId: c.agencyId, satisfaction: satisfactionFigures(c.ratings), completion: completionFigures(c.started) }));
}

export interface PeriodFigures {
  satisfaction: SatisfactionFigures;
  completion: CompletionFigures;
}

/**
 * The figures of the whole period and of each month, over every licence type and office counted: summed from the
 * counts before any cell is withheld, then withheld by the same rule, so a total is exact where its cells are small.
 * Every month of the period has its row, zeros included, so a chart's axis has no gaps.
 */
export function periodFigures(ratings: readonly RatingCount[], started: readonly StartedCount[], months: readonly string[]): { overall: PeriodFigures; months: (PeriodFigures & { month: string })[] } {
  type Tally = { ratings: Map<number, number>; started: number; completed: number; abandoned: number };
  const tally = (): Tally => ({ ratings: new Map(), started: 0, completed: 0, abandoned: 0 });
  const overall = tally();
  const byMonth = new Map(months.map((m) => [m, tally()]));
  for (const r of ratings) {
    for (const t of [overall, byMonth.get(r.month)]) t?.ratings.set(r.score, (t.ratings.get(r.score) ?? 0) + r.count);
  }
  for (const s of started) {
    for (const t of [overall, byMonth.get(s.month)]) {
      if (!t) continue;
      t.started += s.started;
      t.completed += s.completed;
      t.abandoned += s.abandoned;
    }
  }
  const figures = (t: Tally): PeriodFigures => ({ satisfaction: satisfactionFigures([...t.ratings].map(([score, count]) => ({ score, count }))), completion: completionFigures(t) });
  return { overall: figures(overall), months: months.map((month) => ({ month, ...figures(byMonth.get(month)!) })) };
}
