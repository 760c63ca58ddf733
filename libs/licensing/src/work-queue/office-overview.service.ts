import { Injectable } from '@nestjs/common';
import type { CompiledWorkflow, Role } from '@bizportal/engine';
import { UserDirectory, type AuthenticatedUser, type UserEntity } from '@bizportal/identity';
import { ApplicationStore, WorkflowFacts } from '../core';
import { HolidayCalendar } from '../holidays';
import { AssignmentService, holderView, OFFICE_ACTORS, type HolderView } from './assignments.service';
import { officeStepsOnTime } from './on-time';
import { queueClock, queueScope, type QueueClock, type QueueScope } from './queue-filter';
import { WorkQueueErrors } from './work-queue-errors';

/** The roles that make someone staff of an office. */
const STAFF_ROLES: readonly Role[] = [...OFFICE_ACTORS, 'head_of_office'];
/** Statuses that mean the office decided an application: its licence issued (or request done), or refused. */
export const DECIDED_STATUSES = ['completed', 'rejected'] as const;
export const ON_TIME_WINDOWS_DAYS = [30, 90] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

interface HeldCounts {
  held: number;
  overdue: number;
  dueSoon: number;
}

/** The office's staff with what they hold, and the head of office's dashboard. */
@Injectable()
export class OfficeOverview {
  constructor(
    private readonly store: ApplicationStore,
    private readonly directory: UserDirectory,
    private readonly facts: WorkflowFacts,
    private readonly assignments: AssignmentService,
    private readonly calendar: HolidayCalendar,
  ) {}

  /** Staff of the caller's office (officers, approvers, the head), by username, with how many open applications each holds. */
  async staff(user: AuthenticatedUser) {
    const scope = queueScope(user);
    const clock = queueClock(new Date(), await this.calendar.dates());
    const [people, held] = await Promise.all([this.staffOf(scope.agencyId), this.heldPerHolder(scope, clock)]);
    return people.map((u) => ({ ...holderView(u)!, roles: u.roles, held: held.get(u.id)?.held ?? 0 }));
  }

  async dashboard(user: AuthenticatedUser) {
    if (!user.roles.includes('head_of_office') || !user.agencyId) throw WorkQueueErrors.create('ONLY_HEAD_SEES_DASHBOARD');
    const scope = queueScope(user);
    const holidays = await this.calendar.dates();
    const clock = queueClock(new Date(), holidays);
    const [people, held, open, oldest, onTime] = await Promise.all([
      this.staffOf(scope.agencyId),
      this.heldPerHolder(scope, clock),
      this.openCounts(scope, clock),
      this.oldestOverdue(scope, clock),
      this.onTime(scope.agencyId, clock.now, holidays),
    ]);
    return {
      generatedAt: clock.now,
      staff: people.map((u) => ({ user: holderView(u)!, roles: u.roles, ...(held.get(u.id) ?? { held: 0, overdue: 0, dueSoon: 0 }) })),
      unassigned: { count: open.unassigned, overdue: open.unassignedOverdue },
      overdue: { count: open.overdue, oldest },
      onTime,
    };
  }

  private async staffOf(agencyId: string): Promise<UserEntity[]> {
    const staff = (await this.directory.usersOfAgency(agencyId)).filter((u) => u.roles.some((r) => STAFF_ROLES.includes(r)));
    // By username in code-point order: the databases' collations disagree on punctuation.
    return staff.sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  }

  private open(scope: QueueScope) {
    return this.store.select().where('a.agencyId = :agencyId', { agencyId: scope.agencyId }).andWhere('a.awaitingActor IN (:...roles)', { roles: [...OFFICE_ACTORS] });
  }

  private async heldPerHolder(scope: QueueScope, clock: QueueClock): Promise<Map<string, HeldCounts>> {
    const rows = await this.open(scope)
      .andWhere('a.assignedTo IS NOT NULL')
      .select('a.assignedTo', 'userId')
      .addSelect('COUNT(*)', 'held')
      .addSelect('SUM(CASE WHEN a.dueAt < :now THEN 1 ELSE 0 END)', 'overdue')
      .addSelect('SUM(CASE WHEN a.dueAt >= :now AND a.dueAt < :dueSoonBefore THEN 1 ELSE 0 END)', 'dueSoon')
      .setParameters({ now: clock.now, dueSoonBefore: clock.dueSoonBefore })
      .groupBy('a.assignedTo')
      .getRawMany<{ userId: string; held: string | number; overdue: string | number; dueSoon: string | number }>();
    return new Map(rows.map((r) => [r.userId, { held: Number(r.held), overdue: Number(r.overdue), dueSoon: Number(r.dueSoon) }]));
  }

  private async openCounts(scope: QueueScope, clock: QueueClock) {
    const raw = await this.open(scope)
      .select('COALESCE(SUM(CASE WHEN a.assignedTo IS NULL THEN 1 ELSE 0 END), 0)', 'unassigned')
      .addSelect('COALESCE(SUM(CASE WHEN a.assignedTo IS NULL AND a.dueAt < :now THEN 1 ELSE 0 END), 0)', 'unassignedOverdue')
      .addSelect('COALESCE(SUM(CASE WHEN a.dueAt < :now THEN 1 ELSE 0 END), 0)', 'overdue')
      .setParameters({ now: clock.now })
      .getRawOne<Record<'unassigned' | 'unassignedOverdue' | 'overdue', string | number>>();
    return { unassigned: Number(raw?.unassigned ?? 0), unassignedOverdue: Number(raw?.unassignedOverdue ?? 0), overdue: Number(raw?.overdue ?? 0) };
  }

  private async oldestOverdue(scope: QueueScope, clock: QueueClock) {
    const rows = await this.open(scope).andWhere('a.dueAt < :now', { now: clock.now }).orderBy('a.dueAt', 'ASC').addOrderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC').take(10).getMany();
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

  /** Per window: the office's applications first decided in it, and how many had every office step on time (see on-time.ts). */
  private async onTime(agencyId: string, now: Date, holidays: ReadonlySet<string>) {
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
