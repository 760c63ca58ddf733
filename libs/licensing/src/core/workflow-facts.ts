import { Injectable } from '@nestjs/common';
import type { CompiledWorkflow, WorkflowContext } from '@bizportal/engine';
import { CatalogueService } from '../catalogue/catalogue.service';
import { FormValidator } from '../catalogue/form-validator';
import type { ApplicationEntity } from './application.entities';

/** An application's compiled workflow and the facts its guards read, computed fresh from the row. */
@Injectable()
export class WorkflowFacts {
  constructor(
    readonly catalogue: CatalogueService,
    readonly forms: FormValidator,
  ) {}

  workflowOf(app: ApplicationEntity): Promise<CompiledWorkflow> {
    return this.catalogue.workflow(app.licenceType, app.workflowVersion);
  }

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
}
