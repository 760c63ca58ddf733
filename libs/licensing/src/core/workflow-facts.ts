import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { eventTypesOf, leafGuards, transitionsOf, type CompiledWorkflow, type DocumentRequirement, type WorkflowContext } from '@bizportal/engine';
import { CatalogueService } from '../catalogue/catalogue.service';
import { FormValidator } from '../catalogue/form-validator';
import type { ApplicationEntity } from './application.entities';

/**
 * Where the documents attached to applications are kept (libs/licensing/src/documents): the core asks it
 * which required documents an application still lacks, for the `documentsComplete` guard. Declared here and
 * discovered at start, so the core never imports the module that owns the documents.
 */
export interface DocumentRequirementsProvider {
  /** The required documents of the application's licence type that have no current upload. */
  missingRequired(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<DocumentRequirement[]>;
}

/** Marks the one provider that answers for the stored documents. */
export const DocumentRequirements = DiscoveryService.createDecorator<Record<string, never>>();

/** An item of the office's open request for documents or information that the applicant has not answered. */
export interface UnansweredInformationItem {
  requestId: string;
  itemId: string;
  kind: 'document' | 'information';
  /** The document's label or the question, for the refusal's details. */
  text: string;
}

/**
 * Where the office's requests for documents or information are kept (libs/licensing/src/information-requests):
 * the core asks it which items of the open request are unanswered, for the `informationAnswered` guard.
 * Discovered at start like the documents, so the core never imports that module.
 */
export interface InformationRequestsProvider {
  unansweredItems(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<UnansweredInformationItem[]>;
}

/** Marks the one provider that answers for the office's information requests. */
export const InformationRequests = DiscoveryService.createDecorator<Record<string, never>>();

/** Which of the facts kept outside the application row a set of guards reads. */
export interface StoredFactsNeeded {
  /** `documentsComplete`: the application's documents. */
  documents: boolean;
  /** `informationAnswered`: the office's open information request. */
  information: boolean;
}

/**
 * A context and which of its stored facts were read. A fact not read is false and no guard in the scope it was read
 * for reads it (the read of the documents or the information request is skipped on the steps that need neither).
 */
export interface GuardFacts {
  context: WorkflowContext;
  read: StoredFactsNeeded;
}

/** An application's compiled workflow and the facts its guards read, computed fresh from the row. */
@Injectable()
export class WorkflowFacts implements OnModuleInit {
  private documents: DocumentRequirementsProvider | null = null;
  private information: InformationRequestsProvider | null = null;
  private readonly needed = new WeakMap<CompiledWorkflow, Map<string, StoredFactsNeeded>>();

  constructor(
    readonly catalogue: CatalogueService,
    readonly forms: FormValidator,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    const found = this.discovery.getProviders({ metadataKey: DocumentRequirements.KEY });
    if (found.length > 1) throw new Error(`More than one @DocumentRequirements provider: ${found.map((w) => w.name).join(', ')}`);
    this.documents = (found[0]?.instance as DocumentRequirementsProvider | undefined) ?? null;
    const requests = this.discovery.getProviders({ metadataKey: InformationRequests.KEY });
    if (requests.length > 1) throw new Error(`More than one @InformationRequests provider: ${requests.map((w) => w.name).join(', ')}`);
    this.information = (requests[0]?.instance as InformationRequestsProvider | undefined) ?? null;
  }

  workflowOf(app: ApplicationEntity): Promise<CompiledWorkflow> {
    return this.catalogue.workflow(app.licenceType, app.workflowVersion);
  }

  /** Required documents without a current upload; without a document store every required one is missing. */
  missingDocuments(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<DocumentRequirement[]> {
    if (this.documents) return this.documents.missingRequired(app, workflow);
    return Promise.resolve(workflow.definition.documents.filter((d) => d.required));
  }

  /** Unanswered items of the open information request; none without a provider (nothing was asked). */
  unansweredInformation(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<UnansweredInformationItem[]> {
    return this.information ? this.information.unansweredItems(app, workflow) : Promise.resolve([]);
  }

  /**
   * The facts after a step, from those read to decide it, when the step left the documents and information requests
   * as they were (WorkflowTransitions.step says so): only the row's own fields are taken again. The form does not
   * change in a step.
   */
  factsAfterStep(app: ApplicationEntity, before: GuardFacts): GuardFacts {
    return { read: before.read, context: { ...before.context, applicantId: app.applicantId, agencyId: app.agencyId, kind: app.kind, deliveryMethod: app.deliveryMethod } };
  }

  /** Which stored facts the guards of `state`'s transitions read (only `event`'s, when given); from the definition, kept per workflow. */
  storedFactsNeeded(workflow: CompiledWorkflow, state: string, event?: string): StoredFactsNeeded {
    let byScope = this.needed.get(workflow);
    if (!byScope) this.needed.set(workflow, (byScope = new Map()));
    const key = event === undefined ? state : `${state}\u0000${event}`;
    let needed = byScope.get(key);
    if (!needed) {
      const machine = workflow.definition.machine;
      const guards = (event === undefined ? eventTypesOf(machine, state) : [event])
        .flatMap((type) => transitionsOf(machine, state, type))
        .flatMap((t) => leafGuards(t.guard))
        .map((g) => g.type);
      needed = { documents: guards.includes('documentsComplete'), information: guards.includes('informationAnswered') };
      byScope.set(key, needed);
    }
    return needed;
  }

  /**
   * The context for the guards of `scope` (a state's transitions, or only one event's): the documents and the
   * information request are read only when one of those guards reads them and `known` does not hold them already.
   */
  async factsFor(app: ApplicationEntity, workflow: CompiledWorkflow, scope: { state: string; event?: string }, known?: GuardFacts): Promise<GuardFacts> {
    const needed = this.storedFactsNeeded(workflow, scope.state, scope.event);
    const documents = known?.read.documents ? known.context.documentsComplete : needed.documents ? (await this.missingDocuments(app, workflow)).length === 0 : null;
    const information = known?.read.information
      ? known.context.informationAnswered
      : needed.information
        ? (await this.unansweredInformation(app, workflow)).length === 0
        : null;
    return {
      read: { documents: documents !== null, information: information !== null },
      context: {
        applicantId: app.applicantId,
        agencyId: app.agencyId,
        formComplete: known ? known.context.formComplete : this.forms.submissionProblems(workflow, app.form).length === 0,
        documentsComplete: documents ?? false,
        informationAnswered: information ?? false,
        kind: app.kind,
        deliveryMethod: app.deliveryMethod,
      },
    };
  }

  async contextOf(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<WorkflowContext> {
    return {
      applicantId: app.applicantId,
      agencyId: app.agencyId,
      formComplete: this.forms.submissionProblems(workflow, app.form).length === 0,
      documentsComplete: (await this.missingDocuments(app, workflow)).length === 0,
      informationAnswered: (await this.unansweredInformation(app, workflow)).length === 0,
      kind: app.kind,
      deliveryMethod: app.deliveryMethod,
    };
  }
}
