import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { In } from 'typeorm';
import { ForbiddenError } from '@bizportal/common';
import type { StateActor } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport } from '../application-support';

export class GetWorkQueueQuery extends Query<object> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}

const DUE_SOON_MS = 2 * 24 * 60 * 60 * 1000;

/** The office's applications waiting for the user's role, the oldest deadline first. */
@QueryHandler(GetWorkQueueQuery)
export class GetWorkQueueHandler implements IQueryHandler<GetWorkQueueQuery> {
  constructor(private readonly support: ApplicationSupport) {}

  async execute({ user }: GetWorkQueueQuery) {
    const roles = user.roles.filter((r): r is StateActor => r === 'officer' || r === 'approver');
    if (roles.length === 0 || !user.agencyId) {
      throw new ForbiddenError('คิวงานสำหรับเจ้าหน้าที่ของหน่วยงานเท่านั้น / The work queue is for office staff');
    }
    const rows = await this.support.applications.find({
      where: { agencyId: user.agencyId, awaitingActor: In(roles) },
      order: { dueAt: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' },
      take: 500,
    });
    const now = Date.now();
    const items = await Promise.all(
      rows.map(async (app) => {
        const workflow = await this.support.workflowOf(app);
        const due = app.dueAt?.getTime() ?? null;
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
          overdue: due !== null && due < now,
          dueSoon: due !== null && due >= now && due - now <= DUE_SOON_MS,
        };
      }),
    );
    return { items, total: items.length, overdue: items.filter((i) => i.overdue).length };
  }
}
