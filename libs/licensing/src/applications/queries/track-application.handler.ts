import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '@bizportal/common';
import { STATUSES } from '@bizportal/engine';
import { UserDirectory } from '@bizportal/identity';
import { ApplicationEventEntity } from '../../entities';
import { ApplicationSupport } from '../application-support';
import { HolidayCalendar } from '../../holidays/holiday-calendar.service';
import { expectedCompletionAt } from '../../work-queue/expected-completion';

export class TrackApplicationQuery extends Query<object> {
  constructor(readonly trackingNumber: string) {
    super();
  }
}

/** Public status by tracking number: no names, addresses, form data or comments. */
@QueryHandler(TrackApplicationQuery)
export class TrackApplicationHandler implements IQueryHandler<TrackApplicationQuery> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly identity: UserDirectory,
    private readonly holidays: HolidayCalendar,
    @InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>,
  ) {}

  async execute({ trackingNumber }: TrackApplicationQuery) {
    const app = await this.support.applications.findOneBy({ trackingNumber: trackingNumber.toUpperCase() });
    if (!app || app.status === 'draft') {
      // Drafts are not yet filed with any office, so they are not publicly trackable.
      throw new NotFoundError(`ไม่พบเลขติดตาม ${trackingNumber} / No submitted application has tracking number ${trackingNumber}`);
    }
    const workflow = await this.support.workflowOf(app);
    const agency = app.agencyId ? await this.identity.findAgency(app.agencyId) : null;
    const events = await this.events.find({ where: { applicationId: app.id }, order: { seq: 'ASC' } });
    return {
      trackingNumber: app.trackingNumber,
      licenceType: { slug: app.licenceType, name: workflow.definition.name },
      agency: agency ? { name: { th: agency.nameTh, en: agency.nameEn } } : null,
      status: app.status,
      statusLabel: STATUSES[app.status],
      stateLabel: workflow.stateMeta(app.state).label,
      submittedAt: app.submittedAt,
      updatedAt: app.updatedAt,
      dueAt: app.dueAt,
      expectedCompletionAt: expectedCompletionAt(workflow.definition.machine, app, new Date(), await this.holidays.dates()),
      steps: events
        .filter((e) => e.fromState !== e.toState)
        .map((e) => ({ at: e.createdAt, status: e.status, statusLabel: STATUSES[e.status], stateLabel: workflow.stateMeta(e.toState).label })),
    };
  }
}
