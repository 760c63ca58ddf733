import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { KeptRead } from '@bizportal/common';
import type { CompiledWorkflow, Role } from '@bizportal/engine';
import { UserDirectory, type AuthenticatedUser, type UserEntity } from '@bizportal/identity';
import { ApplicationStore, WorkflowFacts } from '../core';
import { HolidayCalendar } from '../holidays';
import { AssignmentService, holderView, OFFICE_ACTORS, type HolderView } from './assignments.service';
import { officeStepsOnTime } from './on-time';
import { queueClock, queueScope, type QueueClock, type QueueScope } from './queue-filter';
import { WorkQueueErrors } from './work-queue-errors';

/** The roles that make someone staff of an office. */
const STAFF_ROLES: readonly Role[] = [...(OFFICE_ACTORS as readonly Role[]), 'head_of_office'];
/** Statuses that mean the office decided an application: its licence issued (or request done), or refused. */
export const DECIDED_STATUSES = ['completed', 'rejected'] as const;
export const ON_TIME_WINDOWS_DAYS = [30, 90] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Waiting for office staff, with the actors as literals: the condition of the partial index
 * IDX_applications_office_open, which SQLite uses only for a query that states it (a bound list would not match).
 */
export const WAITING_FOR_OFFICE = `a.awaitingActor IN (${OFFICE_ACTORS.map((actor) => `'${actor}'`).join(', ')})`;

interface DashboardOnTime {
  days: number;
  completed: number;
  withinTime: number;
  share: number | null;
}

interface HeldCounts {
  held: number;
  overdue: number;
  dueSoon: number;
}

/** The office's staff with what they hold, and the head of office's dashboard. */
@Injectable()
export class OfficeOverview {
  private readonly logger = new Logger(OfficeOverview.name);
  /**
   * The on-time shares judge every decision of the last 90 days step by step (thousands of histories in a big office),
   * so they are kept per office for DASHBOARD_ON_TIME_MAX_AGE_MS and read again behind the answer once older.
   */
  private readonly onTimeKept = new Map<string, KeptRead<DashboardOnTime[]>>();
  private readonly onTimeMaxAgeMs: number;

  constructor(
    private readonly store: ApplicationStore,
    private readonly directory: UserDirectory,
    private readonly facts: WorkflowFacts,
    private readonly assignments: AssignmentService,
    private readonly calendar: HolidayCalendar,
    config: ConfigService,
  ) {
    this.onTimeMaxAgeMs = Number(config.get('DASHBOARD_ON_TIME_MAX_AGE_MS') ?? 0);
  }

  /** Staff of the caller's office (officers, approvers, the head), by username, with how many open applications each holds. */
  async staff(user: AuthenticatedUser) {
    const scope = queueScope(user);
    const clock = queueClock(new Date(), await this.calendar.dates());
    const [people, { held }] = await Promise.all([this.staffOf(scope.agencyId), this.openPerHolder(scope, clock)]);
    return people.map((u) => ({ ...holderView(u)!, roles: u.roles, held: held.get(u.id)?.held ?? 0 }));
  }

  async dashboard(user: AuthenticatedUser) {
    if (!user.roles.includes('head_of_office') || !user.agencyId) throw WorkQueueErrors.create('ONLY_HEAD_SEES_DASHBOARD');
    const scope = queueScope(user);
    const holidays = await this.calendar.dates();
    const clock = queueClock(new Date(), holidays);
    const [people, { held, ...open }, oldest, onTime] = await Promise.all([
      this.staffOf(scope.agencyId),
      this.openPerHolder(scope, clock),
      this.oldestOverdue(scope, clock),
      this.keptOnTime(scope.agencyId, clock.now),
    ]);
    return {
      generatedAt: clock.now,
      staff: people.map((u) => ({ user: holderView(u)!, roles: u.roles, ...(held.get(u.id) ?? { held: 0, overdue: 0, dueSoon: 0 }) })),
      unassigned: { count: open.unassigned, overdue: open.unassignedOverdue },
      overdue: { count: open.overdue, oldest },
      onTime: onTime.value,
      onTimeAsOf: onTime.at,
    };
  }

  private async staffOf(agencyId: string): Promise<UserEntity[]> {
    const staff = (await this.directory.usersOfAgency(agencyId)).filter((u) => u.roles.some((r) => STAFF_ROLES.includes(r)));
    // By username in code-point order: the databases' collations disagree on punctuation.
    return staff.sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  }

  private open(scope: QueueScope) {
    return this.store.select().where('a.agencyId = :agencyId', { agencyId: scope.agencyId }).andWhere(WAITING_FOR_OFFICE);
  }

  /**
   * The office's open applications counted per holder (the unassigned as one more group), in one pass over them.
   * Due soon is counted as due before its end less overdue: two date comparisons a row instead of three (on SQLite
   * each compares the bound instant with the column's numeric affinity, a large share of the pass).
   */
  private async openPerHolder(scope: QueueScope, clock: QueueClock) {
    const rows = await this.open(scope)
      .select('a.assignedTo', 'userId')
      .addSelect('COUNT(*)', 'held')
      .addSelect('SUM(CASE WHEN a.dueAt < :now THEN 1 ELSE 0 END)', 'overdue')
      .addSelect('SUM(CASE WHEN a.dueAt < :dueSoonBefore THEN 1 ELSE 0 END)', 'dueBeforeSoonEnds')
      .setParameters({ now: clock.now, dueSoonBefore: clock.dueSoonBefore })
      .groupBy('a.assignedTo')
      .getRawMany<{ userId: string | null; held: string | number; overdue: string | number | null; dueBeforeSoonEnds: string | number | null }>();
    const counts = rows.map((r) => {
      const overdue = Number(r.overdue ?? 0);
      return { userId: r.userId, held: Number(r.held), overdue, dueSoon: Number(r.dueBeforeSoonEnds ?? 0) - overdue };
    });
    const unassigned = counts.find((c) => c.userId === null);
    return {
      held: new Map<string, HeldCounts>(counts.flatMap((c) => (c.userId === null ? [] : [[c.userId, { held: c.held, overdue: c.overdue, dueSoon: c.dueSoon }] as const]))),
      unassigned: unassigned?.held ?? 0,
      unassignedOverdue: unassigned?.overdue ?? 0,
      overdue: counts.reduce((sum, c) => sum + c.overdue, 0),
    };
  }

  private async oldestOverdue(scope: QueueScope, clock: QueueClock) {
    const rows = await this.open(scope)
      .select(['a.id', 'a.trackingNumber', 'a.licenceType', 'a.workflowVersion', 'a.dueAt', 'a.assignedTo'])
      .andWhere('a.dueAt < :now', { now: clock.now })
      .orderBy('a.dueAt', 'ASC')
      .addOrderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(10)
      .getMany();
    const holders = await this.assignments.holdersOf(rows.map((r) => r.assignedTo));
    const names = await this.workflowNames(rows);
    return rows.map((app) => ({
      id: app.id,
      trackingNumber: app.trackingNumber,
      licenceType: { slug: app.licenceType, name: names.get(`${app.licenceType}@${app.workflowVersion}`)!.definition.name },
      dueAt: app.dueAt!,
      assignedTo: app.assignedTo ? (holders.get(app.assignedTo) as HolderView) : null,
    }));
  }

  private keptOnTime(agencyId: string, now: Date) {
    let kept = this.onTimeKept.get(agencyId);
    if (!kept) {
      kept = new KeptRead(
        async (at) => this.onTime(agencyId, at, await this.calendar.dates()),
        this.onTimeMaxAgeMs,
        (error) => this.logger.error(`on-time shares of ${agencyId}: ${error.message}`),
      );
      this.onTimeKept.set(agencyId, kept);
    }
    return kept.get(now);
  }

  /** Per window: the office's applications first decided in it, and how many had every office step on time (see on-time.ts). */
  private async onTime(agencyId: string, now: Date, holidays: ReadonlySet<string>): Promise<DashboardOnTime[]> {
    const widest = Math.max(...ON_TIME_WINDOWS_DAYS);
    const decided = await this.store.reachedSince(agencyId, DECIDED_STATUSES, new Date(now.getTime() - widest * DAY_MS));
    const workflows = await this.workflowNames(decided.map((d) => d.app));
    const judged = decided.map((d) => {
      const workflow = workflows.get(`${d.app.licenceType}@${d.app.workflowVersion}`)!;
      const metaOf = (state: string) => (workflow.definition.machine.states[state] ? workflow.stateMeta(state) : undefined);
      const steps = d.events.filter((e) => e.createdAt.getTime() <= d.reachedAt.getTime());
      return { reachedAt: d.reachedAt, onTime: officeStepsOnTime(steps, metaOf, holidays, d.reachedAt) };
    });
    return ON_TIME_WINDOWS_DAYS.map((days) => {
      const inWindow = judged.filter((j) => j.reachedAt.getTime() >= now.getTime() - days * DAY_MS);
      const withinTime = inWindow.filter((j) => j.onTime).length;
      return { days, completed: inWindow.length, withinTime, share: inWindow.length === 0 ? null : withinTime / inWindow.length };
    });
  }

  private async workflowNames(apps: readonly { licenceType: string; workflowVersion: number }[]): Promise<Map<string, CompiledWorkflow>> {
    const keys = new Map(apps.map((a) => [`${a.licenceType}@${a.workflowVersion}`, a]));
    const entries = await Promise.all([...keys].map(async ([key, a]) => [key, await this.facts.catalogue.workflow(a.licenceType, a.workflowVersion)] as const));
    return new Map(entries);
  }
}
