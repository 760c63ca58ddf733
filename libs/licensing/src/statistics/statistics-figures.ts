import { PAYMENT_METHODS, type StatisticsPaymentMethod } from './statistics-clock';

/**
 * Figures for the public: sums of monthly rows turned into counts, percentiles and shares, with small cells
 * suppressed so that no applicant can be singled out. The rule (the same for the API and the open data):
 * - a count from 1 to 4 is suppressed (shown as null and named in `suppressed`); 0 and 5 or more are shown;
 * - a figure derived from fewer than 5 applications (the median and 90th percentile of fewer than 5 decisions, the
 *   on-time share of fewer than 5 judged decisions, the payment shares of fewer than 5 payments) is suppressed too.
 * Secondary suppression (hiding further cells so that a suppressed one cannot be worked out from totals) is not
 * done: a total minus the shown cells can reveal a suppressed count.
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface Sums {
  received: number;
  completed: number;
  rejected: number;
  withdrawn: number;
  judged: number;
  onTime: number;
  paid: Record<StatisticsPaymentMethod, number>;
  /** Working days → decisions. */
  histogram: Map<number, number>;
}

export function emptySums(): Sums {
  return { received: 0, completed: 0, rejected: 0, withdrawn: 0, judged: 0, onTime: 0, paid: { promptpay: 0, card: 0, counter: 0, billpay: 0 }, histogram: new Map() };
}

/** A monthly row as read from the database (counts may come back as strings from PostgreSQL). */
export interface MonthlyRowLike {
  received: number | string;
  completed: number | string;
  rejected: number | string;
  withdrawn: number | string;
  judged: number | string;
  on_time: number | string;
  paid_promptpay: number | string;
  paid_card: number | string;
  paid_counter: number | string;
  paid_billpay: number | string;
  durations: string;
}

export function addRow(sums: Sums, row: MonthlyRowLike): Sums {
  sums.received += Number(row.received);
  sums.completed += Number(row.completed);
  sums.rejected += Number(row.rejected);
  sums.withdrawn += Number(row.withdrawn);
  sums.judged += Number(row.judged);
  sums.onTime += Number(row.on_time);
  sums.paid.promptpay += Number(row.paid_promptpay);
  sums.paid.card += Number(row.paid_card);
  sums.paid.counter += Number(row.paid_counter);
  sums.paid.billpay += Number(row.paid_billpay);
  if (row.durations.length > 2) {
    for (const [days, n] of Object.entries(JSON.parse(row.durations) as Record<string, number>)) {
      const d = Number(days);
      sums.histogram.set(d, (sums.histogram.get(d) ?? 0) + n);
    }
  }
  return sums;
}

/**
 * The nearest-rank percentile of a histogram (value → how many): the smallest value with at least ⌈p·n⌉ values at
 * or below it. Exact for whole working days; null when empty. The median is p = 0.5 (the lower middle for an even n).
 */
export function percentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = values.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, n] of values) {
    seen += n;
    if (seen >= rank) return value;
  }
  return values[values.length - 1][0];
}

export interface ChannelFigure {
  method: StatisticsPaymentMethod;
  payments: number | null;
  share: number | null;
}

export interface Figures {
  received: number | null;
  completed: number | null;
  rejected: number | null;
  withdrawn: number | null;
  decided: number | null;
  medianProcessingDays: number | null;
  p90ProcessingDays: number | null;
  judged: number | null;
  onTime: number | null;
  onTimeShare: number | null;
  payments: number | null;
  paymentChannels: ChannelFigure[];
  suppressed: string[];
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function figuresOf(sums: Sums): Figures {
  const suppressed: string[] = [];
  const count = (name: string, n: number): number | null => {
    if (n > 0 && n < SUPPRESSION_THRESHOLD) {
      suppressed.push(name);
      return null;
    }
    return n;
  };
  const derived = <T>(name: string, base: number, value: () => T | null): T | null => {
    if (base < SUPPRESSION_THRESHOLD) {
      if (base > 0) suppressed.push(name);
      return null;
    }
    return value();
  };
  const decided = sums.completed + sums.rejected;
  const payments = PAYMENT_METHODS.reduce((s, m) => s + sums.paid[m], 0);
  const figures: Figures = {
    received: count('received', sums.received),
    completed: count('completed', sums.completed),
    rejected: count('rejected', sums.rejected),
    withdrawn: count('withdrawn', sums.withdrawn),
    decided: count('decided', decided),
    medianProcessingDays: derived('medianProcessingDays', decided, () => percentile(sums.histogram, 0.5)),
    p90ProcessingDays: derived('p90ProcessingDays', decided, () => percentile(sums.histogram, 0.9)),
    judged: count('judged', sums.judged),
    onTime: count('onTime', sums.onTime),
    onTimeShare: derived('onTimeShare', sums.judged, () => round(sums.onTime / sums.judged)),
    payments: count('payments', payments),
    paymentChannels: [],
    suppressed,
  };
  figures.paymentChannels = PAYMENT_METHODS.map((method) => ({
    method,
    payments: count(`paymentChannels.${method}.payments`, sums.paid[method]),
    share: derived(`paymentChannels.${method}.share`, payments, () => round(sums.paid[method] / payments)),
  }));
  return figures;
}

/** In-progress count as the public sees it (the same rule as every count). */
export function publicCount(n: number, name: string, suppressed: string[]): number | null {
  if (n > 0 && n < SUPPRESSION_THRESHOLD) {
    suppressed.push(name);
    return null;
  }
  return n;
}
