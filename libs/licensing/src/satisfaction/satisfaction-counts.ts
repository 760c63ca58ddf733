import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { KeptRead } from '@bizportal/common';
import { FINAL_STATUSES, type Status } from '@bizportal/engine';
import { ApplicationStore } from '../core';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { ABANDONED_AFTER_DAYS, addMonths, bangkokMonth, bangkokMonthStart, type RatingCount, type StartedCount } from './statistics-cells';

/**
 * When an application is finished, for rating and for the completion rate: submitted, and then in a final status
 * (licence issued and in force, or a registration or withdrawal completed; rejected; cancelled or closed; and the
 * licence's later fates, revoked, expired, superseded) or with its licence suspended. A draft cancelled before
 * submission is not: it was abandoned, not served.
 */
export const FINISHED_STATUSES: readonly Status[] = [...FINAL_STATUSES, 'suspended'];
export const MAX_STATISTICS_MONTHS = 24;

export interface CountFilter {
  from: string;
  to: string;
  licenceType?: string;
  office?: string;
}

export interface Counts {
  ratings: RatingCount[];
  started: StartedCount[];
  /** When the counts were read. */
  at: Date;
}

interface Snapshot extends Counts {
  from: string;
  to: string;
}

/**
 * The counts behind the public satisfaction figures: ratings per month, licence type, office and score, and the
 * applications started per month with how many finished or were abandoned. With 1,000,000 applications the grouped
 * read of `applications` takes seconds, so the last 24 months are read for every licence type and office at once
 * and kept (`SATISFACTION_STATISTICS_MAX_AGE_MS`, ten minutes by default), in the manner of a materialized view:
 * an answer filters the snapshot in memory. A stale snapshot is still served while a fresh one is read in the
 * background; a month change, a period outside the window, or a maximum age of 0 reads the database directly.
 */
@Injectable()
export class SatisfactionCounts implements OnApplicationBootstrap {
  private readonly logger = new Logger(SatisfactionCounts.name);
  private readonly window: KeptRead<Snapshot>;

  constructor(
    @InjectRepository(SatisfactionRatingEntity) private readonly ratings: Repository<SatisfactionRatingEntity>,
    private readonly store: ApplicationStore,
    config: ConfigService,
  ) {
    const onError = (error: Error) => this.logger.error(`satisfaction counts: ${error.message}`);
    this.window = new KeptRead((now) => this.readWindow(now), Number(config.get('SATISFACTION_STATISTICS_MAX_AGE_MS') ?? 0), onError);
  }

  onApplicationBootstrap(): void {
    if (this.window.keeps) this.refresh().catch((error: Error) => this.logger.error(`satisfaction counts: ${error.message}`));
  }

  async counts(filter: CountFilter, now = new Date()): Promise<Counts> {
    const to = bangkokMonth(now);
    if (!this.window.keeps || filter.from < addMonths(to, -(MAX_STATISTICS_MONTHS - 1)) || filter.to > to) return this.read(filter, now);
    const { value: snapshot, at } = await this.window.get(now, (kept) => kept.value.to === to);
    const keep = (c: { month: string; licenceType: string; agencyId: string }) =>
      c.month >= filter.from && c.month <= filter.to && (!filter.licenceType || c.licenceType === filter.licenceType) && (!filter.office || c.agencyId === filter.office);
    return { ratings: snapshot.ratings.filter(keep), started: snapshot.started.filter(keep), at };
  }

  /** Reads the window again (one read at a time; callers meanwhile share it). */
  async refresh(now = new Date()): Promise<void> {
    await this.window.refresh(now);
  }

  private async readWindow(now: Date): Promise<Snapshot> {
    const to = bangkokMonth(now);
    const from = addMonths(to, -(MAX_STATISTICS_MONTHS - 1));
    return { ...(await this.read({ from, to }, now)), from, to };
  }

  private async read(filter: CountFilter, now: Date): Promise<Counts> {
    const ratingQuery = this.ratings
      .createQueryBuilder('r')
      .select('r.month', 'month')
      .addSelect('r.licence_type', 'licenceType')
      .addSelect('r.agency_id', 'agencyId')
      .addSelect('r.score', 'score')
      .addSelect('COUNT(*)', 'count')
      .where('r.month >= :from AND r.month <= :to', { from: filter.from, to: filter.to });
    if (filter.licenceType) ratingQuery.andWhere('r.licence_type = :licenceType', { licenceType: filter.licenceType });
    if (filter.office) ratingQuery.andWhere('r.agency_id = :office', { office: filter.office });
    const [ratingRows, started] = await Promise.all([
      ratingQuery.groupBy('r.month').addGroupBy('r.licence_type').addGroupBy('r.agency_id').addGroupBy('r.score').getRawMany<Record<string, string | number>>(),
      this.store.startedPerMonth({
        start: bangkokMonthStart(filter.from),
        end: bangkokMonthStart(addMonths(filter.to, 1)),
        staleBefore: new Date(now.getTime() - ABANDONED_AFTER_DAYS * 86_400_000),
        finished: FINISHED_STATUSES,
        licenceType: filter.licenceType,
        agencyId: filter.office,
      }),
    ]);
    const ratings = ratingRows.map((r) => ({ month: String(r.month), licenceType: String(r.licenceType), agencyId: String(r.agencyId), score: Number(r.score), count: Number(r.count) }));
    return { ratings, started, at: now };
  }
}
