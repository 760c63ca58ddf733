import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type FindOptionsWhere, Repository } from 'typeorm';
import { isUniqueViolation } from '@bizportal/database';
import { FINAL_STATUSES, type Status } from '@bizportal/engine';
import { isOfficeStaff, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport } from '../applications';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, type ApplicationEntity } from '../core';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SatisfactionErrors } from './satisfaction-errors';
import type { ApplicationSatisfactionView, OfficeRatingListView, SatisfactionCellsView, SatisfactionRatingView, SatisfactionStatisticsView } from './satisfaction.views';
import { FINISHED_STATUSES, MAX_STATISTICS_MONTHS, SatisfactionCounts } from './satisfaction-counts';
import { ABANDONED_AFTER_DAYS, addMonths, bangkokMonth, MINIMUM_CELL_SIZE, monthList, monthSpan, periodFigures, statisticsCells, type StatisticsCell } from './statistics-cells';

const CELLS_MEMO_SIZE = 16;
/** The office roles that read their applications' ratings with the comments. */
const FEEDBACK_READERS = ['officer', 'head_of_office'] as const;

export function isFinished(app: Pick<ApplicationEntity, 'submittedAt' | 'status'>): boolean {
  return app.submittedAt !== null && FINISHED_STATUSES.includes(app.status);
}

/**
 * Applicants' ratings of the service, once per finished application (owns `satisfaction_ratings`): the applicant
 * rates; she and the officers and head of the application's office read it with its comment; the public reads
 * only the statistics, per month, licence type and office, with small counts withheld.
 */
@Injectable()
export class Satisfaction {
  private readonly cellsMemo = new Map<string, StatisticsCell[]>();
  constructor(
    @InjectRepository(SatisfactionRatingEntity) private readonly ratings: Repository<SatisfactionRatingEntity>,
    private readonly applications: ApplicationSupport,
    private readonly store: ApplicationStore,
    private readonly catalogue: CatalogueService,
    private readonly directory: UserDirectory,
    private readonly counts: SatisfactionCounts,
  ) {}

  async rate(applicationId: string, user: AuthenticatedUser, score: number, comment: string | undefined): Promise<SatisfactionRatingView> {
    const app = await this.applications.loadForViewing(applicationId, user);
    if (app.applicantId !== user.id) throw SatisfactionErrors.create('SATISFACTION_ONLY_APPLICANT');
    if (!isFinished(app)) throw SatisfactionErrors.create('SATISFACTION_NOT_FINISHED', { status: app.status }, { status: app.status, submitted: app.submittedAt !== null });
    if (await this.ratings.existsBy({ applicationId: app.id })) throw SatisfactionErrors.create('SATISFACTION_ALREADY_GIVEN');
    const at = new Date();
    const row: SatisfactionRatingEntity = {
      id: randomUUID(),
      applicationId: app.id,
      licenceType: app.licenceType,
      agencyId: app.agencyId!,
      month: bangkokMonth(at),
      score,
      comment: comment ? comment : null,
      ratedAt: at,
    };
    try {
      await this.ratings.insert(row);
    } catch (error) {
      // Two ratings at once: the unique key keeps the first.
      if (isUniqueViolation(error)) throw SatisfactionErrors.create('SATISFACTION_ALREADY_GIVEN');
      throw error;
    }
    return ratingView(row);
  }

  /** The applicant's own rating and whether she may rate; for officers and the head of its office, the rating with its comment. */
  async forApplication(applicationId: string, user: AuthenticatedUser): Promise<ApplicationSatisfactionView> {
    const app = await this.applications.loadForViewing(applicationId, user);
    const applicant = user.roles.includes('applicant') && app.applicantId === user.id;
    const office = isOfficeStaff(user, app.agencyId) && user.roles.some((r) => (FEEDBACK_READERS as readonly string[]).includes(r));
    if (!applicant && !office) throw SatisfactionErrors.create('SATISFACTION_NOT_YOURS');
    const row = await this.ratings.findOneBy({ applicationId: app.id });
    const finished = isFinished(app);
    return { finished, canRate: applicant && finished && !row, rating: row ? ratingView(row) : null };
  }

  /** The caller's office's ratings with their comments, newest first, a page at a time. */
  async ofOffice(user: AuthenticatedUser, limit: number, before?: string): Promise<OfficeRatingListView> {
    const agencyId = user.agencyId!;
    let where: FindOptionsWhere<SatisfactionRatingEntity>[] = [{ agencyId }];
    if (before) {
      const last = await this.ratings.findOneBy({ id: before, agencyId });
      if (!last) throw SatisfactionErrors.create('SATISFACTION_CURSOR_INVALID', {}, [{ field: 'before', problem: 'not a rating of your office' }]);
      // (rated_at, id) before the last one seen: IDX_satisfaction_ratings_office.
      where = [
        { agencyId, ratedAt: LessThan(last.ratedAt) },
        { agencyId, ratedAt: last.ratedAt, id: LessThan(last.id) },
      ];
    }
    const rows = await this.ratings.find({ where, order: { ratedAt: 'DESC', id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    const apps = new Map((await this.store.findByIds(page.map((r) => r.applicationId))).map((a) => [a.id, a]));
    return {
      items: page.map((r) => ({ id: r.id, applicationId: r.applicationId, trackingNumber: apps.get(r.applicationId)?.trackingNumber ?? '', licenceType: r.licenceType, ...ratingView(r) })),
      nextBefore: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /** The public figures of the period and of each month, over the licence types and offices asked for, small counts withheld. */
  async statistics(query: SatisfactionQuery, now = new Date()): Promise<SatisfactionStatisticsView> {
    const { envelope, counts } = await this.countsOf(query, now);
    const period = periodFigures(counts.ratings, counts.started, monthList(envelope.from, envelope.to));
    return { ...envelope, overall: period.overall, months: period.months };
  }

  /** The public figures per Bangkok month, licence type and office, small counts withheld, a page at a time after the cell `after` (month|licence type|office). */
  async cells(query: SatisfactionQuery, limit: number, after?: string, now = new Date()): Promise<SatisfactionCellsView> {
    const { envelope, counts } = await this.countsOf(query, now);
    // The cells change only when the kept counts are read again: made once per query and reading, then paged.
    const memoKey = JSON.stringify([envelope.from, envelope.to, query.licenceType ?? null, query.office ?? null, envelope.generatedAt]);
    let all = this.cellsMemo.get(memoKey);
    if (!all) {
      all = statisticsCells(counts.ratings, counts.started);
      this.cellsMemo.set(memoKey, all);
      if (this.cellsMemo.size > CELLS_MEMO_SIZE) this.cellsMemo.delete(this.cellsMemo.keys().next().value!);
    }
    const keyOf = (c: { month: string; licenceType: string; agencyId: string }) => `${c.month}|${c.licenceType}|${c.agencyId}`;
    const start = after ? all.findIndex((c) => compareToKey(c, after) > 0) : 0;
    const cells = start < 0 ? [] : all.slice(start, start + limit);
    const nextAfter = start >= 0 && start + limit < all.length ? keyOf(cells[cells.length - 1]) : null;
    const [types, offices] = await Promise.all([
      this.catalogue.licenceTypesNamed([...new Set(cells.map((c) => c.licenceType))]),
      this.directory.findAgencies([...new Set(cells.map((c) => c.agencyId))]),
    ]);
    const typeNames = new Map(types.map((t) => [t.slug, { th: t.nameTh, en: t.nameEn }]));
    const officeNames = new Map(offices.map((o) => [o.id, { th: o.nameTh, en: o.nameEn }]));
    return {
      ...envelope,
      nextAfter,
      cells: cells.map((c) => ({
        month: c.month,
        licenceType: { slug: c.licenceType, name: typeNames.get(c.licenceType) ?? { th: c.licenceType, en: c.licenceType } },
        office: { id: c.agencyId, name: officeNames.get(c.agencyId) ?? { th: c.agencyId, en: c.agencyId } },
        satisfaction: c.satisfaction,
        completion: c.completion,
      })),
    };
  }

  private async countsOf(query: SatisfactionQuery, now: Date) {
    const to = query.to ?? bangkokMonth(now);
    const from = query.from ?? addMonths(to, -11);
    const span = monthSpan(from, to);
    if (span < 1 || span > MAX_STATISTICS_MONTHS) {
      throw SatisfactionErrors.create('STATISTICS_PERIOD_INVALID', { max: MAX_STATISTICS_MONTHS }, [{ field: span < 1 ? 'from' : 'to', problem: span < 1 ? 'is after to' : `spans more than ${MAX_STATISTICS_MONTHS} months` }]);
    }
    const counts = await this.counts.counts({ from, to, licenceType: query.licenceType, office: query.office }, now);
    const envelope = { from, to, minimumCellSize: MINIMUM_CELL_SIZE, abandonedAfterDays: ABANDONED_AFTER_DAYS, generatedAt: counts.at.toISOString() };
    return { envelope, counts };
  }
}

/** A cell against a key month|licence type|office, in the cells' order (statisticsCells sorts the same way). */
function compareToKey(cell: { month: string; licenceType: string; agencyId: string }, key: string): number {
  const [month, licenceType, agencyId] = key.split('|');
  return cell.month.localeCompare(month) || cell.licenceType.localeCompare(licenceType) || cell.agencyId.localeCompare(agencyId);
}

type SatisfactionQuery = { from?: string; to?: string; licenceType?: string; office?: string };

function ratingView(row: SatisfactionRatingEntity): SatisfactionRatingView {
  return { score: row.score, comment: row.comment, ratedAt: row.ratedAt.toISOString() };
}
