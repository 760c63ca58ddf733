import type { EntityManager } from 'typeorm';
import { placeholderOf } from '@bizportal/database';
import { ALL, StatisticsBacklogEntity, StatisticsClockEntity, StatisticsMonthlyEntity } from './statistics.entities';
import type { Clock, ClockResult, StatisticsPaymentMethod, Tally } from './statistics-clock';

const PAID_COLUMN: Record<StatisticsPaymentMethod, 'paidPromptpay' | 'paidCard' | 'paidCounter' | 'paidBillpay'> = {
  promptpay: 'paidPromptpay',
  card: 'paidCard',
  counter: 'paidCounter',
  billpay: 'paidBillpay',
};
const COUNT_COLUMNS = ['received', 'completed', 'rejected', 'withdrawn', 'judged', 'on_time', 'paid_promptpay', 'paid_card', 'paid_counter', 'paid_billpay'] as const;

/** The three rows a cell's figures go into, always in this order (so concurrent steps lock them in one order). */
export function levelsOf(licenceType: string, agencyId: string): [string, string][] {
  return [
    [licenceType, agencyId],
    [licenceType, ALL],
    [ALL, agencyId],
  ];
}

function countsOf(tally: Tally): number[] {
  const paid = (m: StatisticsPaymentMethod) => (tally.paymentMethod === m ? 1 : 0);
  return [tally.received, tally.completed, tally.rejected, tally.withdrawn, tally.judged, tally.onTime, paid('promptpay'), paid('card'), paid('counter'), paid('billpay')];
}

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/**
 * Writes what a step adds: each of the cell's three monthly rows by one atomic upsert (counters added, the
 * decision's processing days added to the JSON histogram in SQL), the backlog likewise, and the application's clock.
 * Runs in the step's transaction; the rows it locks (PostgreSQL) are held until it commits.
 */
export async function applyStep(manager: EntityManager, before: Clock | null, result: ClockResult): Promise<void> {
  if (result.tally) await addTally(manager, result.tally);
  if (result.clockChanged) {
    if (result.clock === null) {
      if (before) await manager.delete(StatisticsClockEntity, { applicationId: before.applicationId });
    } else if (before === null) await manager.insert(StatisticsClockEntity, result.clock);
    else await manager.update(StatisticsClockEntity, { applicationId: result.clock.applicationId }, { pausedSince: result.clock.pausedSince, pausedDays: result.clock.pausedDays });
  }
}

export async function addTally(manager: EntityManager, tally: Tally): Promise<void> {
  const pg = isPostgres(manager);
  const counts = countsOf(tally);
  const days = tally.durationDays === null ? null : String(tally.durationDays);
  const histogram = days === null ? '{}' : JSON.stringify({ [days]: 1 });
  const p = placeholderOf(manager);
  const columns = ['licence_type', 'agency_id', 'month', ...COUNT_COLUMNS, 'durations'];
  const values = columns.map((_, i) => p(i + 1)).join(', ');
  const sums = COUNT_COLUMNS.map((c) => `${c} = statistics_monthly.${c} + excluded.${c}`);
  const n = columns.length;
  if (days !== null) {
    sums.push(
      pg
        ? `durations = jsonb_set(statistics_monthly.durations::jsonb, ARRAY[$${n + 1}::text], to_jsonb(COALESCE((statistics_monthly.durations::jsonb ->> $${n + 1}::text)::integer, 0) + 1))::text`
        : `durations = json_set(statistics_monthly.durations, '$."' || ? || '"', COALESCE(json_extract(statistics_monthly.durations, '$."' || ? || '"'), 0) + 1)`,
    );
  }
  const sql = `INSERT INTO statistics_monthly (${columns.join(', ')}) VALUES (${values}) ON CONFLICT (licence_type, agency_id, month) DO UPDATE SET ${sums.join(', ')}`;
  for (const [licenceType, agencyId] of levelsOf(tally.licenceType, tally.agencyId)) {
    const params: unknown[] = [licenceType, agencyId, tally.month, ...counts, histogram];
    if (days !== null) params.push(...(pg ? [days] : [days, days]));
    await manager.query(sql, params);
  }
  if (tally.backlog !== 0) {
    const backlogSql = `INSERT INTO statistics_backlog (licence_type, agency_id, open) VALUES (${p(1)}, ${p(2)}, ${p(3)}) ON CONFLICT (licence_type, agency_id) DO UPDATE SET open = statistics_backlog.open + excluded.open`;
    for (const [licenceType, agencyId] of levelsOf(tally.licenceType, tally.agencyId)) await manager.query(backlogSql, [licenceType, agencyId, tally.backlog]);
  }
}

type MonthlyRow = Omit<StatisticsMonthlyEntity, 'durations'> & { histogram: Map<number, number> };

/** The aggregates built in memory (the rebuild, a bench), written at the end in bulk. */
export class LedgerInMemory {
  readonly monthly = new Map<string, MonthlyRow>();
  readonly backlog = new Map<string, StatisticsBacklogEntity>();
  readonly clocks = new Map<string, Clock>();

  apply(before: Clock | null, result: ClockResult): void {
    if (result.tally) this.add(result.tally);
    if (result.clockChanged) {
      if (result.clock === null) {
        if (before) this.clocks.delete(before.applicationId);
      } else this.clocks.set(result.clock.applicationId, result.clock);
    }
  }

  add(tally: Tally): void {
    for (const [licenceType, agencyId] of levelsOf(tally.licenceType, tally.agencyId)) {
      const key = `${licenceType}\u0000${agencyId}\u0000${tally.month}`;
      let row = this.monthly.get(key);
      if (!row) {
        row = { licenceType, agencyId, month: tally.month, received: 0, completed: 0, rejected: 0, withdrawn: 0, judged: 0, onTime: 0, paidPromptpay: 0, paidCard: 0, paidCounter: 0, paidBillpay: 0, histogram: new Map() };
        this.monthly.set(key, row);
      }
      row.received += tally.received;
      row.completed += tally.completed;
      row.rejected += tally.rejected;
      row.withdrawn += tally.withdrawn;
      row.judged += tally.judged;
      row.onTime += tally.onTime;
      if (tally.paymentMethod) row[PAID_COLUMN[tally.paymentMethod]]++;
      if (tally.durationDays !== null) row.histogram.set(tally.durationDays, (row.histogram.get(tally.durationDays) ?? 0) + 1);
      if (tally.backlog !== 0) {
        const bkey = `${licenceType}\u0000${agencyId}`;
        const b = this.backlog.get(bkey) ?? { licenceType, agencyId, open: 0 };
        b.open += tally.backlog;
        this.backlog.set(bkey, b);
      }
    }
  }

  /** Replaces every aggregate row with these (the caller's transaction). */
  async writeAll(manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder().delete().from(StatisticsMonthlyEntity).execute();
    await manager.createQueryBuilder().delete().from(StatisticsBacklogEntity).execute();
    await manager.createQueryBuilder().delete().from(StatisticsClockEntity).execute();
    const monthly = [...this.monthly.values()].map(({ histogram, ...row }) => ({ ...row, durations: histogramJson(histogram) }));
    for (let i = 0; i < monthly.length; i += 500) await manager.insert(StatisticsMonthlyEntity, monthly.slice(i, i + 500));
    const backlog = [...this.backlog.values()].filter((b) => b.open !== 0);
    for (let i = 0; i < backlog.length; i += 500) await manager.insert(StatisticsBacklogEntity, backlog.slice(i, i + 500));
    const clocks = [...this.clocks.values()];
    for (let i = 0; i < clocks.length; i += 500) await manager.insert(StatisticsClockEntity, clocks.slice(i, i + 500));
  }
}

export function histogramJson(histogram: ReadonlyMap<number, number>): string {
  const out: Record<string, number> = {};
  for (const [days, n] of [...histogram].sort((a, b) => a[0] - b[0])) out[String(days)] = n;
  return JSON.stringify(out);
}
