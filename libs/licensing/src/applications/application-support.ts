import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EVENT_VOCABULARY, STATUSES, type CompiledWorkflow, type WorkflowContext } from '@bizportal/engine';
import { actorOf, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApplicationEntity } from '../entities';
import { assertCanSee, seenOnlyAsDirector } from './application-access';
import { ApplicantDataService } from '../applicant-data/applicant-data.service';
import { holderView } from '../applicant-data/holder-view';
import { FormValidator } from './form-validator';
import { HolidayCalendar } from '../holidays/holiday-calendar.service';
import { expectedCompletionAt } from '../work-queue/expected-completion';

/** Loading, access, workflow facts and the response shape: what every application use case shares. */
@Injectable()
export class ApplicationSupport {
  constructor(
    @InjectRepository(ApplicationEntity) readonly applications: Repository<ApplicationEntity>,
    readonly catalogue: CatalogueService,
    readonly forms: FormValidator,
    private readonly identity: UserDirectory,
    readonly applicantData: ApplicantDataService,
    private readonly holidays: HolidayCalendar,
  ) {}

  async load(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    return assertCanSee(user, await this.applications.findOneBy({ id }), id);
  }

  /** For reading only (GET one): a co-director of the juristic person it is for may also see it. */
  async loadForViewing(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    const app = await this.applications.findOneBy({ id });
    return assertCanSee(user, app, id, seenOnlyAsDirector(user, app) ? await this.applicantData.actingFor(user) : undefined);
  }

  workflowOf(app: ApplicationEntity): Promise<CompiledWorkflow> {
    return this.catalogue.workflow(app.licenceType, app.workflowVersion);
  }

  /** The facts the workflow's guards read, computed fresh from the application. */
  contextOf(app: ApplicationEntity, workflow: CompiledWorkflow): WorkflowContext {
    return {
      applicantId: app.applicantId,
      agencyId: app.agencyId,
      formComplete: this.forms.submissionProblems(workflow, app.form).length === 0,
      // Document upload is not built yet; a licence that requires documents cannot pass this guard.
      documentsComplete: workflow.definition.documents.every((d) => !d.required),
      kind: app.kind,
      deliveryMethod: app.deliveryMethod,
    };
  }

  private async staffView(userId: string) {
    const staff = await this.identity.findUser(userId);
    return { id: userId, displayName: staff ? { th: staff.displayNameTh, en: staff.displayNameEn } : null };
  }

  async view(app: ApplicationEntity, user: AuthenticatedUser) {
    const workflow = await this.workflowOf(app);
    const meta = workflow.stateMeta(app.state);
    const [agency, applicant] = await Promise.all([
      app.agencyId ? this.identity.findAgency(app.agencyId) : null,
      this.identity.findUser(app.applicantId),
    ]);
    const availableEvents = workflow
      .availableEvents(app.workflowState, actorOf(user), this.contextOf(app, workflow))
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
      formProblems: editable ? this.forms.submissionProblems(workflow, app.form) : [],
      dueAt: app.dueAt,
      overdue: app.dueAt !== null && app.dueAt.getTime() < Date.now(),
      /** When the applicant can expect a decision and licence: see work-queue/expected-completion.ts. */
      expectedCompletionAt: expectedCompletionAt(workflow.definition.machine, app, new Date(), await this.holidays.dates()),
      /** The office staff member holding the application in the work queue, if any. */
      assignedTo: app.assignedTo ? await this.staffView(app.assignedTo) : null,
      submittedAt: app.submittedAt,
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
    };
  }
}

export type ApplicationView = Awaited<ReturnType<ApplicationSupport['view']>>;
