import { Injectable } from '@nestjs/common';
import { EVENT_VOCABULARY, STATUSES } from '@bizportal/engine';
import { actorOf, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService, holderView } from '../applicant-data';
import { ApplicationStore, assertCanSee, DueDates, seenOnlyAsDirector, WorkflowFacts, type ApplicationEntity } from '../core';
import { SubmissionConsents } from './consent';

/** Loading for viewing and the response shape: what every application use case shares. */
@Injectable()
export class ApplicationSupport {
  constructor(
    readonly store: ApplicationStore,
    readonly facts: WorkflowFacts,
    private readonly identity: UserDirectory,
    readonly applicantData: ApplicantDataService,
    private readonly dueDates: DueDates,
    private readonly consents: SubmissionConsents,
  ) {}

  /** For reading only (GET one): a co-director of the juristic person it is for may also see it. */
  async loadForViewing(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    const app = await this.store.findById(id);
    return assertCanSee(user, app, id, seenOnlyAsDirector(user, app) ? await this.applicantData.actingFor(user) : undefined);
  }

  private async staffView(userId: string) {
    const staff = await this.identity.findUser(userId);
    return { id: userId, displayName: staff ? { th: staff.displayNameTh, en: staff.displayNameEn } : null };
  }

  async view(app: ApplicationEntity, user: AuthenticatedUser) {
    const workflow = await this.facts.workflowOf(app);
    const meta = workflow.stateMeta(app.state);
    const [agency, applicant, consent] = await Promise.all([
      app.agencyId ? this.identity.findAgency(app.agencyId) : null,
      this.identity.findUser(app.applicantId),
      app.submittedAt ? this.consents.of(app.id) : null,
    ]);
    const availableEvents = workflow
      .availableEvents(app.workflowState, actorOf(user), await this.facts.contextOf(app, workflow))
      .map((type) => ({ type, label: EVENT_VOCABULARY[type].label }));
    const editable = app.status === 'draft' || app.status === 'needs_documents';
    return {
      id: app.id,
      trackingNumber: app.trackingNumber,
      licenceType: { slug: app.licenceType, name: workflow.definition.name, workflowVersion: app.workflowVersion },
      business: app.business,
      kind: app.kind,
      previousLicenceNumber: app.previousLicenceNumber,
      delivery: { method: app.deliveryMethod, address: app.deliveryAddress },
      state: app.state,
      stateLabel: meta.label,
      status: app.status,
      statusLabel: STATUSES[app.status],
      awaiting: app.awaitingActor,
      version: app.version,
      availableEvents,
      applicant: applicant ? { id: applicant.id, displayName: { th: applicant.displayNameTh, en: applicant.displayNameEn } } : null,
      agency: agency ? { id: agency.id, name: { th: agency.nameTh, en: agency.nameEn } } : null,
      holder: holderView(app, user),
      premises: app.premises,
      form: app.form,
      /** What still stops submission, so the applicant can fix the form before pressing submit. */
      formProblems: editable ? this.facts.forms.submissionProblems(workflow, app.form) : [],
      dueAt: app.dueAt,
      overdue: app.dueAt !== null && app.dueAt.getTime() < Date.now(),
      /** When the applicant can expect a decision and licence: see core/due-dates.ts. */
      expectedCompletionAt: await this.dueDates.expectedCompletionAt(workflow.definition.machine, app),
      /** The office staff member holding the application in the work queue, if any. */
      assignedTo: app.assignedTo ? await this.staffView(app.assignedTo) : null,
      submittedAt: app.submittedAt,
      /** The applicant's consent to the privacy notice given at submission (null for drafts and older applications). */
      privacyConsent: consent,
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
    };
  }
}

export type ApplicationView = Awaited<ReturnType<ApplicationSupport['view']>>;
