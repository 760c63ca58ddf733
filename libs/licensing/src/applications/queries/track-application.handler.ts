import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { STATUSES } from '@bizportal/engine';
import { UserDirectory } from '@bizportal/identity';
import { ApplicationErrors, ApplicationStore, DueDates, WorkflowFacts, historyStateLabels } from '../../core';

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
    private readonly identity: UserDirectory,
    private readonly dueDates: DueDates,
  ) {}

  async execute({ trackingNumber }: TrackApplicationQuery) {
    const app = await this.store.findByTrackingNumber(trackingNumber.toUpperCase());
    if (!app || app.status === 'draft') {
      // Drafts are not yet filed with any office, so they are not publicly trackable.
      throw ApplicationErrors.create('TRACKING_NUMBER_NOT_FOUND', { trackingNumber });
    }
    const [workflow, agency, events] = await Promise.all([this.facts.workflowOf(app), app.agencyId ? this.identity.findAgency(app.agencyId) : null, this.store.history(app.id)]);
    const labels = await historyStateLabels(events, app.workflowVersion, (v) => this.facts.catalogue.workflow(app.licenceType, v));
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
        .map((e, i) => ({ e, label: labels[i].to }))
        .filter(({ e }) => e.fromState !== e.toState)
        .map(({ e, label }) => ({ at: e.createdAt, status: e.status, statusLabel: STATUSES[e.status], stateLabel: label })),
    };
  }
}
