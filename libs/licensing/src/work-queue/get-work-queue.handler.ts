import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { workingDaysBetween } from '@bizportal/common';
import type { CompiledWorkflow } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore, WorkflowFacts, type ApplicationEntity } from '../core';
import { HolidayCalendar } from '../holidays';
import { AssignmentService } from './assignments.service';
import { assertConsistent, decodeCursor, encodeCursor, pageAfter, queueClock, queueScope, whereScoped, whereTabs, type QueueClock, type QueueScope } from './queue-filter';
import type { WorkQueueFilterDto, WorkQueueQueryDto } from './work-queue.dto';

export { DUE_SOON_WORKING_DAYS } from './queue-filter';

export class GetWorkQueueQuery extends Query<object> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly filter: WorkQueueQueryDto = {},
  ) {
    super();
  }
}

export const DEFAULT_PAGE_SIZE = 25;

export interface QueueCounts {
  all: number;
  mine: number;
  unassigned: number;
  overdue: number;
  dueSoon: number;
}

/**
 * The office's applications waiting for the user's role (the head of office: for any office role), the
 * oldest deadline first, a page at a time (keyset on due date, creation, id), with who holds each, how many
 * working days are left, and the count behind each tab under the other filters.
 */
@QueryHandler(GetWorkQueueQuery)
export class GetWorkQueueHandler implements IQueryHandler<GetWorkQueueQuery> {
  constructor(
    private readonly store: ApplicationStore,
    private readonly facts: WorkflowFacts,
    private readonly assignments: AssignmentService,
    private readonly calendar: HolidayCalendar,
  ) {}

  async execute({ user, filter }: GetWorkQueueQuery) {
    const scope = queueScope(user);
    assertConsistent(filter);
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const holidays = await this.calendar.dates();
    const clock = queueClock(new Date(), holidays);

    const query = () => whereTabs(whereScoped(this.store.select(), scope, filter), scope, filter, clock);
    const [rows, counts] = await Promise.all([pageAfter(query, cursor, limit + 1), this.counts(scope, filter, clock)]);
    const more = rows.length > limit;
    const shown = rows.slice(0, limit);

    const holders = await this.assignments.holdersOf(shown.map((r) => r.assignedTo));
    const workflows = new Map<string, Promise<CompiledWorkflow>>();
    const workflowOf = (app: ApplicationEntity) => {
      const key = `${app.licenceType}@${app.workflowVersion}`;
      if (!workflows.has(key)) workflows.set(key, this.facts.workflowOf(app));
      return workflows.get(key)!;
    };
    const items = await Promise.all(
      shown.map(async (app) => {
        const workflow = await workflowOf(app);
        const overdue = app.dueAt !== null && app.dueAt.getTime() < clock.now.getTime();
        return {
          id: app.id,
          trackingNumber: app.trackingNumber,
          kind: app.kind,
          licenceType: { slug: app.licenceType, name: workflow.definition.name },
          state: app.state,
          stateLabel: workflow.stateMeta(app.state).label,
          status: app.status,
          awaiting: app.awaitingActor,
          premises: app.premises,
          submittedAt: app.submittedAt,
          waitingSince: app.stateEnteredAt,
          dueAt: app.dueAt,
          workingDaysLeft: app.dueAt ? workingDaysBetween(clock.now, app.dueAt, holidays) : null,
          overdue,
          dueSoon: !overdue && app.dueAt !== null && app.dueAt.getTime() < clock.dueSoonBefore.getTime(),
          assignedTo: app.assignedTo ? holders.get(app.assignedTo)! : null,
          assignedAt: app.assignedAt,
        };
      }),
    );
    const last = shown[shown.length - 1];
    return { items, nextCursor: more && last ? encodeCursor(last) : null, counts };
  }

  /** One COUNT over the office's queue under the non-tab filters, split by tab. */
  async counts(scope: QueueScope, filter: WorkQueueFilterDto, clock: QueueClock): Promise<QueueCounts> {
    const raw = await whereScoped(this.store.select(), scope, filter)
      .select('COUNT(*)', 'all')
      .addSelect('COALESCE(SUM(CASE WHEN a.assignedTo = :me THEN 1 ELSE 0 END), 0)', 'mine')
      .addSelect('COALESCE(SUM(CASE WHEN a.assignedTo IS NULL THEN 1 ELSE 0 END), 0)', 'unassigned')
      .addSelect('COALESCE(SUM(CASE WHEN a.dueAt < :now THEN 1 ELSE 0 END), 0)', 'overdue')
      .addSelect('COALESCE(SUM(CASE WHEN a.dueAt >= :now AND a.dueAt < :dueSoonBefore THEN 1 ELSE 0 END), 0)', 'dueSoon')
      .setParameters({ me: scope.userId, now: clock.now, dueSoonBefore: clock.dueSoonBefore })
      .getRawOne<Record<keyof QueueCounts, string | number>>();
    return { all: Number(raw?.all ?? 0), mine: Number(raw?.mine ?? 0), unassigned: Number(raw?.unassigned ?? 0), overdue: Number(raw?.overdue ?? 0), dueSoon: Number(raw?.dueSoon ?? 0) };
  }
}
