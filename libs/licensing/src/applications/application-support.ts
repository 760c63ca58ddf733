import { Injectable } from '@nestjs/common';
import { EVENT_VOCABULARY, STATUSES, type CompiledWorkflow } from '@bizportal/engine';
import { actorOf, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService, holderView } from '../applicant-data';
import { ApplicationStore, assertCanSee, DueDates, seenOnlyAsHolder, WorkflowFacts, type ApplicationEntity, type GuardFacts } from '../core';
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

  /**
   * For reading (GET one, and the checks before the applicant's own actions): a co-director of the juristic person it
   * is for, or the person an agent filed it for, may also see it; the agent only while her grant lets her act.
   */
  async loadForViewing(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    const app = await this.store.findById(id);
    if (!seenOnlyAsHolder(user, app)) {
      const seen = assertCanSee(user, app, id);
      await this.store.assertAgentMayAct(user, seen);
      return seen;
    }
    const [actingFor, nationalId] = await Promise.all([app.holderType === 'juristic' ? this.applicantData.actingFor(user) : undefined, this.applicantData.nationalIdOf(user)]);
    return assertCanSee(user, app, id, actingFor, nationalId);
  }

  /**
   * A list page's items: what a list shows of each application, with the names of the whole page's people and
   * offices in one read (the full view, with forms and available events, costs several queries an item).
   */
  async summaries(apps: readonly ApplicationEntity[]) {
    const names = await this.namesFor(apps);
    return Promise.all(apps.map(async (app) => this.summaryOf(app, await this.facts.workflowOf(app), names)));
  }

  /** The office's, the applicants' and the holders' names of some applications, in one read. */
  private namesFor(apps: readonly ApplicationEntity[]) {
    return this.identity.namesOf(
      apps.flatMap((a) => (a.agencyId ? [a.agencyId] : [])),
      apps.flatMap((a) => (a.assignedTo ? [a.applicantId, a.assignedTo] : [a.applicantId])),
    );
  }

  /** The fields a list shows; the full view adds its own to these. */
  private async summaryOf(app: ApplicationEntity, workflow: CompiledWorkflow, names: Awaited<ReturnType<ApplicationSupport['namesFor']>>) {
    const applicant = names.users.get(app.applicantId);
    return {
      id: app.id,
      trackingNumber: app.trackingNumber,
      licenceType: { slug: app.licenceType, name: workflow.definition.name, workflowVersion: app.workflowVersion },
      kind: app.kind,
      state: app.state,
      stateLabel: workflow.stateMeta(app.state).label,
      status: app.status,
      statusLabel: STATUSES[app.status],
      awaiting: app.awaitingActor,
      version: app.version,
      applicant: applicant ? { id: applicant.id, displayName: applicant.name } : null,
      /** Filed by an agent under a grant: she is the applicant, the holder is the grant's principal (section 24). */
      onBehalfOf: app.agentGrantId
        ? { grantId: app.agentGrantId, agentName: applicant?.name ?? null, principal: { type: app.holderType, name: { th: app.holderNameTh ?? '', en: app.holderNameEn ?? '' } } }
        : null,
      agency: (app.agencyId && names.agencies.get(app.agencyId)) || null,
      dueAt: app.dueAt,
      overdue: app.dueAt !== null && app.dueAt.getTime() < Date.now(),
      /** When the applicant can expect a decision and licence: see core/due-dates.ts. */
      expectedCompletionAt: await this.dueDates.expectedCompletionAt(workflow.definition.machine, app),
      /** The office staff member holding the application in the work queue, if any. */
      assignedTo: app.assignedTo ? { id: app.assignedTo, displayName: names.users.get(app.assignedTo)?.name ?? null } : null,
      submittedAt: app.submittedAt,
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
    };
  }

  /**
   * `known`: guard facts the caller read that still hold (after a step that left them); the available events then read
   * only what their guards need beyond those. Without, every fact is read.
   */
  async view(app: ApplicationEntity, user: AuthenticatedUser, known?: GuardFacts) {
    const workflow = await this.facts.workflowOf(app);
    // A licence type with a public hearing: the hearing its OPEN_HEARING step made (recorded in the history), for its pages.
    const hasHearing = Boolean(workflow.definition.template?.params.hearing);
    const [names, consent, opened] = await Promise.all([
      this.namesFor([app]),
      app.submittedAt ? this.consents.of(app.id) : null,
      hasHearing && app.submittedAt ? this.store.lastEvent(app.id, 'OPEN_HEARING') : null,
    ]);
    const actor = actorOf(user);
    const context = known ? (await this.facts.factsFor(app, workflow, { state: app.workflowState.value }, known)).context : await this.facts.contextOf(app, workflow);
    const availableEvents = workflow.availableEvents(app.workflowState, actor, context).map((type) => {
      const range = workflow.feeRangeOf(app.workflowState, type, actor, context);
      return { type, label: EVENT_VOCABULARY[type].label, feeRange: range ? { code: range.code, label: range.label, ...range.range! } : null };
    });
    const editable = app.status === 'draft' || app.status === 'needs_documents';
    return {
      ...(await this.summaryOf(app, workflow, names)),
      business: app.business,
      previousLicenceNumber: app.previousLicenceNumber,
      delivery: { method: app.deliveryMethod, address: app.deliveryAddress },
      availableEvents,
      holder: holderView(app, user),
      premises: app.premises,
      form: app.form,
      /** What still stops submission, so the applicant can fix the form before pressing submit. */
      formProblems: editable ? this.facts.forms.submissionProblems(workflow, app.form) : [],
      /** The applicant's consent to the privacy notice given at submission (null for drafts and older applications). */
      privacyConsent: consent,
      /** The public hearing of a licence type that holds one, once opened (null otherwise). */
      hearingId: typeof opened?.data?.hearingId === 'string' ? opened.data.hearingId : null,
    };
  }

}

export type ApplicationView = Awaited<ReturnType<ApplicationSupport['view']>>;
export type ApplicationSummary = Awaited<ReturnType<ApplicationSupport['summaries']>>[number];
