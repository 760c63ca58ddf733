import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { STATUSES } from '@bizportal/engine';
import { IdentityService } from '@bizportal/identity';
import { ApplicationErrors, ApplicationStore, DueDates, WorkflowFacts } from '../../core';

export class TrackApplicationQuery extends Query<object> {
  constructor(readonly trackingNumber: string) {
    super();
  }
}

/** Public status by tracking number: no names, addresses, form data or comments. */
@QueryHandler(TrackApplicationQuery)
export class TrackApplicationHandler implements IQueryHandler<TrackApplicationQuery> {
  constructor(
    private readonly store: ApplicationStore,
    private readonly facts: WorkflowFacts,
    private readonly identity: IdentityService,
    private readonly dueDates: DueDates,
  ) {}

  async execute({ trackingNumber }: TrackApplicationQuery) {
    const app = await this.store.findByTrackingNumber(trackingNumber.toUpperCase());
    if (!app || app.status === 'draft') {
      // Drafts are not yet filed with any office, so they are not publicly trackable.
      throw ApplicationErrors.create('TRACKING_NUMBER_NOT_FOUND', { trackingNumber });
    }
    const workflow = await this.facts.workflowOf(app);
    const agency = app.agencyId ? await this.identity.findAgency(app.agencyId) : null;
    const events = await this.store.history(app.id);
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
      expectedCompletionAt: await this.dueDates.expectedCompletionAt(workflow.definition.machine, app),
      steps: events
        .filter((e) => e.fromState !== e.toState)
        .map((e) => ({ at: e.createdAt, status: e.status, statusLabel: STATUSES[e.status], stateLabel: workflow.stateMeta(e.toState).label })),
    };
  }
}
