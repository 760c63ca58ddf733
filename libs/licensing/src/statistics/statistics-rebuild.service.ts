import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { RECORDED_EVENTS, type CompiledWorkflow, type StateActor, type Status } from '@bizportal/engine';
import { CatalogueService } from '../catalogue';
import { ApplicationEntity, ApplicationEventEntity, historyVersions } from '../core';
import { HolidayCalendar } from '../holidays';
import { StatisticsBuildEntity } from './statistics.entities';
import { stepClock, type Clock } from './statistics-clock';
import { LedgerInMemory } from './statistics-ledger';

/** Applications whose history is read at a time. */
const BATCH = 500;
export const AGGREGATES_BUILD = 'aggregates';

export interface RebuildResult {
  applications: number;
  events: number;
  monthlyRows: number;
  ms: number;
}

/**
 * Rebuilds every statistics aggregate from the applications and their history, replaying each application's steps
 * through the same rule as the live participant (statistics-clock.ts); the awaited actor of each step is read from
 * the workflow version the history row was written under. One transaction: on PostgreSQL the statistics tables are
 * locked first (steps committing meanwhile wait, then add themselves on top). Runs at start when the aggregates were
 * never built (`statistics_builds` empty: an existing database gets its figures), and as `npm run statistics:rebuild`
 * (after a holiday added to the past, say, since processing days are counted with the calendar as it was).
 */
@Injectable()
export class StatisticsRebuild implements OnApplicationBootstrap {
  private readonly logger = new Logger(StatisticsRebuild.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly catalogue: CatalogueService,
    private readonly calendar: HolidayCalendar,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const built = await this.transactions.run((manager) => manager.findOneBy(StatisticsBuildEntity, { id: AGGREGATES_BUILD }));
    if (built) return;
    const result = await this.rebuild();
    this.logger.log(`Statistics built from ${result.applications} applications (${result.events} history rows) in ${result.ms} ms`);
  }

  async rebuild(): Promise<RebuildResult> {
    const started = Date.now();
    const holidays = await this.calendar.dates();
    return this.transactions.run(async (manager) => {
      if (manager.connection.options.type === 'postgres') {
        await manager.query('LOCK TABLE statistics_monthly, statistics_backlog, statistics_clocks IN EXCLUSIVE MODE');
      }
      const ledger = new LedgerInMemory();
      let applications = 0;
      let events = 0;
      let after = '';
      for (;;) {
        const apps = await manager
          .createQueryBuilder(ApplicationEntity, 'a')
          .select(['a.id', 'a.licenceType', 'a.workflowVersion', 'a.agencyId'])
          .where('a.submittedAt IS NOT NULL AND a.id > :after', { after })
          .orderBy('a.id', 'ASC')
          .take(BATCH)
          .getMany();
        if (apps.length === 0) break;
        after = apps[apps.length - 1].id;
        const history = await manager
          .createQueryBuilder(ApplicationEventEntity, 'e')
          .where('e.applicationId IN (:...ids)', { ids: apps.map((a) => a.id) })
          .orderBy('e.applicationId', 'ASC')
          .addOrderBy('e.seq', 'ASC')
          .getMany();
        const byApp = new Map<string, ApplicationEventEntity[]>(apps.map((a) => [a.id, []]));
        for (const e of history) byApp.get(e.applicationId)!.push(e);
        for (const app of apps) {
          await this.replay(app, byApp.get(app.id)!, holidays, ledger);
          applications++;
        }
        events += history.length;
      }
      await ledger.writeAll(manager);
      await this.markBuilt(manager, applications);
      return { applications, events, monthlyRows: ledger.monthly.size, ms: Date.now() - started };
    });
  }

  /** Replays one application's history into the ledger. */
  async replay(app: Pick<ApplicationEntity, 'id' | 'licenceType' | 'workflowVersion' | 'agencyId'>, events: readonly ApplicationEventEntity[], holidays: ReadonlySet<string>, ledger: LedgerInMemory): Promise<void> {
    const versions = historyVersions(events, app.workflowVersion);
    const workflows = new Map<number, CompiledWorkflow>();
    const workflowAt = async (version: number) => {
      let w = workflows.get(version);
      if (!w) workflows.set(version, (w = await this.catalogue.workflow(app.licenceType, version)));
      return w;
    };
    let clock: Clock | null = null;
    let submitted = false;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      // A history entry that is no step (a payment held or refunded) keeps the state: no participant saw it.
      if (RECORDED_EVENTS[e.type]) continue;
      const after = await workflowAt(versions[i].to);
      const before = await workflowAt(versions[i].from);
      const awaiting = (after.definition.machine.states[e.toState]?.meta.actor ?? null) as StateActor | null;
      const firstSubmission = e.type === 'SUBMIT' && !submitted;
      if (e.type === 'SUBMIT') submitted = true;
      const result = stepClock(
        clock,
        {
          applicationId: app.id,
          licenceType: app.licenceType,
          agencyId: app.agencyId ?? '',
          event: e.type,
          firstSubmission,
          status: e.status as Status,
          awaiting,
          at: e.createdAt,
          statutoryDays: before.definition.processingDays,
          paymentMethod: typeof e.data?.method === 'string' ? e.data.method : undefined,
        },
        holidays,
      );
      ledger.apply(clock, result);
      clock = result.clock;
    }
  }

  async markBuilt(manager: EntityManager, applications: number): Promise<void> {
    await manager.delete(StatisticsBuildEntity, { id: AGGREGATES_BUILD });
    await manager.insert(StatisticsBuildEntity, { id: AGGREGATES_BUILD, builtAt: new Date(), applications });
  }
}

