import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { KeptRead } from '@bizportal/common';
import { UserDirectory } from '@bizportal/identity';
import { CatalogueService } from '../catalogue';
import { ApplicationStore } from '../core';
import { ALL, StatisticsBacklogEntity, StatisticsMonthlyEntity } from './statistics.entities';
import { addMonths, bangkokMonth } from './months';
import { monthRange } from './month-range';
import { addRow, emptySums, figuresOf, publicCount, type MonthlyRowLike, type Sums } from './statistics-figures';
import { StatisticsErrors } from './statistics-errors';
import type { StatisticsQueryDto } from './statistics.dto';
import { MEASUREMENT } from './statistics.views';

const NAMES_TTL_MS = 60_000;
/** Who the office is: a step waiting for one of them past its due date is overdue. */
const OFFICE_ACTORS = ['officer', 'approver', 'signer'];

export interface Resolved {
  licenceType: string | null;
  office: string | null;
  from: string;
  to: string;
}

type Row = MonthlyRowLike & { licence_type: string; agency_id: string; month: string };

/**
 * The public statistics: sums of the monthly aggregate rows over a month range (a few hundred rows at most for one
 * answer: the `'*'` rows stand for every office or every licence type), the backlog now from its counters, and the
 * overdue applications now from the applications themselves (IDX_applications_overdue: only live steps have a due
 * date). Every figure goes through the suppression rule of statistics-figures.ts.
 */
@Injectable()
export class StatisticsQueries {
  private names: { at: number; licenceTypes: Map<string, { th: string; en: string }> } | null = null;
  private readonly agencyNames = new Map<string, { th: string; en: string }>();
  private readonly logger = new Logger(StatisticsQueries.name);
  /** The overdue counts change with the clock, not only with steps: read per licence type and office, kept a minute. */
  private readonly overdueCells: KeptRead<OverdueCell[]>;

  constructor(
    @InjectRepository(StatisticsMonthlyEntity) private readonly monthly: Repository<StatisticsMonthlyEntity>,
    @InjectRepository(StatisticsBacklogEntity) private readonly backlog: Repository<StatisticsBacklogEntity>,
    private readonly store: ApplicationStore,
    private readonly catalogue: CatalogueService,
    private readonly directory: UserDirectory,
    config: ConfigService,
  ) {
    const onError = (error: Error) => this.logger.error(`overdue counts: ${error.message}`);
    this.overdueCells = new KeptRead((now) => this.readOverdueCells(now), Number(config.get('STATISTICS_OVERDUE_MAX_AGE_MS') ?? 0), onError);
  }

  async resolve(query: StatisticsQueryDto, now = new Date()): Promise<Resolved> {
    const { from, to } = monthRange(query.from, query.to, now);
    if (query.licenceType && !(await this.licenceTypeNames()).has(query.licenceType)) {
      throw StatisticsErrors.create('STATISTICS_LICENCE_TYPE_UNKNOWN', { slug: query.licenceType }, [{ field: 'licenceType', problem: 'is not a licence type' }]);
    }
    if (query.office && !(await this.agencyNamesOf([query.office])).has(query.office)) {
      throw StatisticsErrors.create('STATISTICS_OFFICE_UNKNOWN', { agency: query.office }, [{ field: 'office', problem: 'is not an office' }]);
    }
    return { licenceType: query.licenceType ?? null, office: query.office ?? null, from, to };
  }

  async summary(query: StatisticsQueryDto) {
    const q = await this.resolve(query);
    const now = new Date();
    const [rows, backlog, overdue] = await Promise.all([this.rowsOfCell(q, q.from, q.to), this.backlogOfCell(q), this.overdue(q, now, 'none')]);
    const sums = rows.reduce(addRow, emptySums());
    return {
      ...this.envelope(q, now),
      statutoryDays: q.licenceType ? await this.statutoryDays(q.licenceType) : null,
      figures: figuresOf(sums),
      now: nowView(backlog, overdue.get('') ?? 0),
    };
  }

  async months(query: StatisticsQueryDto) {
    const q = await this.resolve(query);
    const now = new Date();
    const current = bangkokMonth(now);
    // Months after the period too (up to now): the backlog at each month's end is worked back from the backlog now.
    const [rows, backlog] = await Promise.all([this.rowsOfCell(q, q.from, current > q.to ? current : q.to), this.backlogOfCell(q)]);
    const byMonth = new Map<string, Sums>();
    for (const row of rows) addRow(byMonth.get(row.month) ?? byMonth.set(row.month, emptySums()).get(row.month)!, row);
    const net = (s: Sums | undefined) => (s ? s.received - s.completed - s.rejected - s.withdrawn : 0);
    let open = backlog;
    for (const month of [...byMonth.keys()].filter((m) => m > q.to)) open -= net(byMonth.get(month));
    const months = [];
    for (let month = q.to; month >= q.from; month = addMonths(month, -1)) {
      const sums = byMonth.get(month) ?? emptySums();
      const figures = figuresOf(sums);
      const inProgressAtMonthEnd = month > current ? null : publicCount(open, 'inProgressAtMonthEnd', figures.suppressed);
      months.unshift({ month, figures, inProgressAtMonthEnd });
      open -= net(byMonth.get(month));
    }
    return { ...this.envelope(q, now), months };
  }

  async byLicenceType(query: StatisticsQueryDto) {
    const q = await this.resolve(query);
    const now = new Date();
    const agency = q.office ?? ALL;
    const rowsQuery = this.monthly
      .createQueryBuilder('m')
      .select(ROW_COLUMNS)
      .where('m.agencyId = :agency AND m.month >= :from AND m.month <= :to AND m.licenceType <> :all', { agency, from: q.from, to: q.to, all: ALL });
    if (q.licenceType) rowsQuery.andWhere('m.licenceType = :lt', { lt: q.licenceType });
    const backlogQuery = this.backlog.createQueryBuilder('b').where('b.agencyId = :agency AND b.licenceType <> :all', { agency, all: ALL });
    if (q.licenceType) backlogQuery.andWhere('b.licenceType = :lt', { lt: q.licenceType });
    const [rows, backlog, overdue, names] = await Promise.all([rowsQuery.getRawMany<Row>(), backlogQuery.getMany(), this.overdue(q, now, 'licenceType'), this.licenceTypeNames()]);
    const sums = groupSums(rows, (r) => r.licence_type);
    const open = new Map(backlog.map((b) => [b.licenceType, Number(b.open)]));
    const slugs = [...new Set([...sums.keys(), ...open.keys(), ...overdue.keys()])].sort();
    const items = [];
    for (const slug of slugs) {
      items.push({
        licenceType: { slug, name: names.get(slug) ?? { th: slug, en: slug } },
        statutoryDays: names.has(slug) ? await this.statutoryDays(slug) : null,
        figures: figuresOf(sums.get(slug) ?? emptySums()),
        now: nowView(open.get(slug) ?? 0, overdue.get(slug) ?? 0),
      });
    }
    return { ...this.envelope(q, now), items };
  }

  async byOffice(query: StatisticsQueryDto) {
    const q = await this.resolve(query);
    const now = new Date();
    const licenceType = q.licenceType ?? ALL;
    const rowsQuery = this.monthly
      .createQueryBuilder('m')
      .select(ROW_COLUMNS)
      .where('m.licenceType = :lt AND m.month >= :from AND m.month <= :to AND m.agencyId <> :all', { lt: licenceType, from: q.from, to: q.to, all: ALL });
    if (q.office) rowsQuery.andWhere('m.agencyId = :agency', { agency: q.office });
    const backlogQuery = this.backlog.createQueryBuilder('b').where('b.licenceType = :lt AND b.agencyId <> :all', { lt: licenceType, all: ALL });
    if (q.office) backlogQuery.andWhere('b.agencyId = :agency', { agency: q.office });
    const [rows, backlog, overdue] = await Promise.all([rowsQuery.getRawMany<Row>(), backlogQuery.getMany(), this.overdue(q, now, 'office')]);
    const sums = groupSums(rows, (r) => r.agency_id);
    const open = new Map(backlog.map((b) => [b.agencyId, Number(b.open)]));
    const ids = [...new Set([...sums.keys(), ...open.keys(), ...overdue.keys()])].sort();
    const names = await this.agencyNamesOf(ids);
    const items = ids.map((id) => ({
      office: { id, name: names.get(id) ?? { th: id || 'ไม่ระบุหน่วยงาน', en: id || 'No office' } },
      figures: figuresOf(sums.get(id) ?? emptySums()),
      now: nowView(open.get(id) ?? 0, overdue.get(id) ?? 0),
    }));
    return { ...this.envelope(q, now), items };
  }

  /** Names of the licence types with a published workflow (kept a minute). */
  async licenceTypeNames(): Promise<Map<string, { th: string; en: string }>> {
    if (!this.names || Date.now() - this.names.at > NAMES_TTL_MS) {
      const types = await this.catalogue.publishedLicenceTypes();
      this.names = { at: Date.now(), licenceTypes: new Map(types.map((t) => [t.slug, { th: t.nameTh, en: t.nameEn }])) };
    }
    return this.names.licenceTypes;
  }

  /** Offices' names (kept for the process's life: an office is never deleted; a renamed one shows after a restart). */
  async agencyNamesOf(ids: readonly string[]): Promise<Map<string, { th: string; en: string }>> {
    const missing = ids.filter((id) => !this.agencyNames.has(id));
    if (missing.length > 0) for (const a of await this.directory.findAgencies(missing)) this.agencyNames.set(a.id, { th: a.nameTh, en: a.nameEn });
    return new Map(ids.filter((id) => this.agencyNames.has(id)).map((id) => [id, this.agencyNames.get(id)!]));
  }

  async statutoryDays(slug: string): Promise<number | null> {
    try {
      return (await this.catalogue.workflow(slug)).definition.processingDays;
    } catch {
      return null;
    }
  }

  private envelope(q: Resolved, now: Date) {
    return { period: { from: q.from, to: q.to }, filters: { licenceType: q.licenceType, office: q.office }, measurement: MEASUREMENT, generatedAt: now.toISOString() };
  }

  /** The rows of the one cell the filters name (every office: the licence types' rows; neither: every licence type's). */
  private rowsOfCell(q: Resolved, from: string, to: string): Promise<Row[]> {
    const qb = this.monthly.createQueryBuilder('m').select(ROW_COLUMNS).where('m.month >= :from AND m.month <= :to', { from, to });
    if (q.licenceType) qb.andWhere('m.licenceType = :lt AND m.agencyId = :agency', { lt: q.licenceType, agency: q.office ?? ALL });
    else if (q.office) qb.andWhere('m.licenceType = :all AND m.agencyId = :agency', { all: ALL, agency: q.office });
    else qb.andWhere('m.agencyId = :all AND m.licenceType <> :all', { all: ALL });
    return qb.getRawMany<Row>();
  }

  private async backlogOfCell(q: Resolved): Promise<number> {
    const qb = this.backlog.createQueryBuilder('b').select('COALESCE(SUM(b.open), 0)', 'open');
    if (q.licenceType) qb.where('b.licenceType = :lt AND b.agencyId = :agency', { lt: q.licenceType, agency: q.office ?? ALL });
    else if (q.office) qb.where('b.licenceType = :all AND b.agencyId = :agency', { all: ALL, agency: q.office });
    else qb.where('b.agencyId = :all AND b.licenceType <> :all', { all: ALL });
    return Number((await qb.getRawOne<{ open: string | number }>())?.open ?? 0);
  }

  /** Live applications waiting for the office past their step's due date, now, grouped as asked ('' for no grouping). */
  private async overdue(q: Resolved, now: Date, by: 'none' | 'licenceType' | 'office'): Promise<Map<string, number>> {
    const { value: cells } = await this.overdueCells.get(now);
    const out = new Map<string, number>();
    for (const c of cells) {
      if ((q.licenceType && c.licenceType !== q.licenceType) || (q.office && c.agencyId !== q.office)) continue;
      const key = by === 'licenceType' ? c.licenceType : by === 'office' ? (c.agencyId ?? '') : '';
      out.set(key, (out.get(key) ?? 0) + c.count);
    }
    return out;
  }

  /** Every overdue application counted per licence type and office: one grouped read over IDX_applications_overdue. */
  private async readOverdueCells(now: Date): Promise<OverdueCell[]> {
    const rows = await this.store
      .select()
      .select('a.licenceType', 'licenceType')
      .addSelect('a.agencyId', 'agencyId')
      .addSelect('COUNT(*)', 'n')
      .where('a.dueAt < :now AND a.awaitingActor IN (:...actors)', { now, actors: OFFICE_ACTORS })
      .groupBy('a.licenceType')
      .addGroupBy('a.agencyId')
      .getRawMany<{ licenceType: string; agencyId: string | null; n: string | number }>();
    return rows.map((r) => ({ licenceType: r.licenceType, agencyId: r.agencyId, count: Number(r.n) }));
  }
}

interface OverdueCell {
  licenceType: string;
  agencyId: string | null;
  count: number;
}

const ROW_COLUMNS = [
  'm.licence_type AS licence_type',
  'm.agency_id AS agency_id',
  'm.month AS month',
  'm.received AS received',
  'm.completed AS completed',
  'm.rejected AS rejected',
  'm.withdrawn AS withdrawn',
  'm.judged AS judged',
  'm.on_time AS on_time',
  'm.paid_promptpay AS paid_promptpay',
  'm.paid_card AS paid_card',
  'm.paid_counter AS paid_counter',
  'm.paid_billpay AS paid_billpay',
  'm.durations AS durations',
];

function groupSums(rows: readonly Row[], key: (r: Row) => string): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const row of rows) {
    const k = key(row);
    addRow(out.get(k) ?? out.set(k, emptySums()).get(k)!, row);
  }
  return out;
}

function nowView(inProgress: number, overdue: number) {
  const suppressed: string[] = [];
  return { inProgress: publicCount(inProgress, 'inProgress', suppressed), overdue: publicCount(overdue, 'overdue', suppressed), suppressed };
}
