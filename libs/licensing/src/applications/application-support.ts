import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EVENT_VOCABULARY, STATUSES, type CompiledWorkflow, type WorkflowContext } from '@bizportal/engine';
import { actorOf, IdentityService, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ApplicationEntity } from '../entities';
import { assertCanSee } from './application-access';
import { FormValidator } from './form-validator';

/** Loading, access, workflow facts and the response shape: what every application use case shares. */
@Injectable()
export class ApplicationSupport {
  constructor(
    @InjectRepository(ApplicationEntity) readonly applications: Repository<ApplicationEntity>,
    readonly catalogue: CatalogueService,
    readonly forms: FormValidator,
    private readonly identity: IdentityService,
  ) {}

  async load(id: string, user: AuthenticatedUser): Promise<ApplicationEntity> {
    return assertCanSee(user, await this.applications.findOneBy({ id }), id);
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
    };
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
      state: app.state,
      stateLabel: meta.label,
      status: app.status,
      statusLabel: STATUSES[app.status],
      awaiting: app.awaitingActor,
      version: app.version,
      availableEvents,
      applicant: applicant ? { id: applicant.id, displayName: { th: applicant.displayNameTh, en: applicant.displayNameEn } } : null,
      agency: agency ? { id: agency.id, name: { th: agency.nameTh, en: agency.nameEn } } : null,
      premises: app.premises,
      form: app.form,
      /** What still stops submission, so the applicant can fix the form before pressing submit. */
      formProblems: editable ? this.forms.submissionProblems(workflow, app.form) : [],
      dueAt: app.dueAt,
      overdue: app.dueAt !== null && app.dueAt.getTime() < Date.now(),
      submittedAt: app.submittedAt,
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
    };
  }
}

export type ApplicationView = Awaited<ReturnType<ApplicationSupport['view']>>;
