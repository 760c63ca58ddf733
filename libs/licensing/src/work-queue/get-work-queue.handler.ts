import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { In, IsNull, LessThan, type FindOptionsWhere } from 'typeorm';
import { workingDaysBetween } from '@bizportal/common';
import type { StateActor } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore, WorkflowFacts, type ApplicationEntity } from '../core';
import { HolidayCalendar } from '../holidays';
import { AssignmentService, OFFICE_ACTORS } from './assignments.service';
import { WorkQueueErrors } from './work-queue-errors';
import type { WorkQueueQueryDto } from './work-queue.dto';

export class GetWorkQueueQuery extends Query<object> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly filter: WorkQueueQueryDto = {},
  ) {
    super();
  }
}

/** Due within this many working days (and not yet overdue): flagged `dueSoon`. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The office's applications waiting for the user's role (the head of office: for any office role), the
 * oldest deadline first, with who holds each and how many working days are left.
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
    const isHead = user.roles.includes('head_of_office');
    const roles = isHead ? [...OFFICE_ACTORS] : user.roles.filter((r): r is StateActor => OFFICE_ACTORS.includes(r as StateActor));
    if (roles.length === 0 || !user.agencyId) {
      throw WorkQueueErrors.create('WORK_QUEUE_STAFF_ONLY');
    }
    if (filter.mine && filter.unassigned) {
      throw WorkQueueErrors.create('WORK_QUEUE_FILTER_CONFLICT', {}, [{ field: 'unassigned', problem: 'cannot be combined with mine=true' }]);
    }
    const now = new Date();
    const where: FindOptionsWhere<ApplicationEntity> = {
      agencyId: user.agencyId,
      awaitingActor: In(roles),
      ...(filter.mine ? { assignedTo: user.id } : {}),
      ...(filter.unassigned ? { assignedTo: IsNull() } : {}),
      ...(filter.overdue ? { dueAt: LessThan(now) } : {}),
    };
    const rows = await this.store.find({
      where,
      order: { dueAt: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' },
      take: 500,
    });
    const holidays = await this.calendar.dates();
    const items = await Promise.all(
      rows.map(async (app) => {
        const workflow = await this.facts.workflowOf(app);
        const due = app.dueAt?.getTime() ?? null;
        const overdue = due !== null && due < now.getTime();
        const workingDaysLeft = app.dueAt ? workingDaysBetween(now, app.dueAt, holidays) : null;
        return {
          id: app.id,
          trackingNumber: app.trackingNumber,
          licenceType: { slug: app.licenceType, name: workflow.definition.name },
          state: app.state,
          stateLabel: workflow.stateMeta(app.state).label,
          status: app.status,
          awaiting: app.awaitingActor,
          premises: app.premises,
          waitingSince: app.stateEnteredAt,
          dueAt: app.dueAt,
          workingDaysLeft,
          overdue,
          dueSoon: !overdue && workingDaysLeft !== null && workingDaysLeft <= DUE_SOON_WORKING_DAYS,
          assignedTo: await this.assignments.holderOf(app.assignedTo),
          assignedAt: app.assignedAt,
        };
      }),
    );
    return {
      items,
      total: items.length,
      overdue: items.filter((i) => i.overdue).length,
      dueSoon: items.filter((i) => i.dueSoon).length,
      unassigned: items.filter((i) => i.assignedTo === null).length,
    };
  }
}
