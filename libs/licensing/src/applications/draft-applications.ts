import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { buddhistYear, type FieldProblem } from '@bizportal/common';
import { AreasService, type AuthenticatedUser } from '@bizportal/identity';
import type { ApplicationKind, CompiledWorkflow } from '@bizportal/engine';
import { prefillFor } from '../applicant-data';
import { CatalogueService } from '../catalogue';
import { ApplicationEntity, ApplicationErrors, formInvalid, holderColumns, type Holder, type Premises } from '../core';
import { ApplicationSupport } from './application-support';
import { ResponsibleOffices } from './responsible-offices';

// Crockford's alphabet: no I, L, O or U, so a number read over the phone is not misheard.
const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `BP2569-XXXXXXXX` for an application; another prefix for other numbers given out the same way (bundles). */
export function newTrackingNumber(now: Date, prefix = 'BP'): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `${prefix}${buddhistYear(now)}-${code}`;
}

/** What a draft is made of once the request has been read: the licence, who applies for whom, where, and the form. */
export interface DraftRequest {
  licenceType: string;
  kind: ApplicationKind;
  business: string | null;
  premises: Premises;
  holder: Holder;
  form: Record<string, unknown>;
  previousLicenceNumber?: string | null;
  bundleId?: string | null;
  /** The grant an agent files under (the holder is then its principal). */
  agentGrantId?: string | null;
}

/**
 * How a draft application is made, for one licence (POST /applications) or several together (bundles): the premises'
 * area checked, the kind offered, the form pre-filled from government records and checked as a draft, the office
 * routed, and the workflow's initial state. Nothing is written here; the caller inserts in its own transaction.
 */
@Injectable()
export class DraftApplications {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly catalogue: CatalogueService,
    private readonly offices: ResponsibleOffices,
    private readonly areas: AreasService,
  ) {}

  /** Codes that name no real area, or do not nest, are refused (400); whether anyone serves the area is the routing's answer. */
  async checkPremises(premises: Premises): Promise<void> {
    const areaProblems: FieldProblem[] = [];
    if (!premises.districtCode.startsWith(premises.provinceCode)) {
      areaProblems.push({ field: 'premises.districtCode', problem: `district ${premises.districtCode} is not in province ${premises.provinceCode}` });
    }
    if (!premises.subdistrictCode.startsWith(premises.districtCode)) {
      areaProblems.push({ field: 'premises.subdistrictCode', problem: `subdistrict ${premises.subdistrictCode} is not in district ${premises.districtCode}` });
    }
    if (areaProblems.length > 0) {
      throw ApplicationErrors.create('PREMISES_AREA_MISMATCH', {}, areaProblems);
    }
    await this.areas.assertPremisesArea(premises);
  }

  /** The current workflow of a licence type, refusing a kind it does not offer (KIND_NOT_OFFERED). */
  async workflowOffering(licenceType: string, currentVersion: number, kind: ApplicationKind): Promise<CompiledWorkflow> {
    const workflow = await this.catalogue.workflow(licenceType, currentVersion);
    const offered = workflow.definition.kinds ?? ['new'];
    if (!offered.includes(kind)) {
      throw ApplicationErrors.create('KIND_NOT_OFFERED', { kind, licenceType, offered: offered.join(', ') }, [
        { field: 'kind', problem: `must be one of ${offered.join(', ')} for this licence type` },
      ]);
    }
    return workflow;
  }

  /** The draft, routed and in its initial state, for a licence type whose `workflow` is current at `version`. */
  async draft(user: AuthenticatedUser, workflow: CompiledWorkflow, version: number, request: DraftRequest): Promise<ApplicationEntity> {
    const form = { ...request.form };
    // Identity fields the form declares and the applicant left empty are filled from the records.
    Object.assign(form, prefillFor(workflow, form, request.holder, (fields) => this.support.facts.forms.draftProblems(workflow, fields)));
    const formProblems = this.support.facts.forms.draftProblems(workflow, form);
    if (formProblems.length > 0) throw formInvalid(formProblems);

    const agency = await this.offices.officeFor(workflow.definition.agency, request.premises);
    const now = new Date();
    const app = Object.assign(new ApplicationEntity(), {
      id: randomUUID(),
      trackingNumber: newTrackingNumber(now),
      licenceType: request.licenceType,
      workflowVersion: version,
      business: request.business,
      kind: request.kind,
      previousLicenceNumber: request.previousLicenceNumber ?? null,
      bundleId: request.bundleId ?? null,
      applicantId: user.id,
      agentGrantId: request.agentGrantId ?? null,
      ...holderColumns(request.holder),
      agencyId: agency,
      form,
      premises: { ...request.premises },
      subdistrictCode: request.premises.subdistrictCode,
      version: 1,
      stateEnteredAt: now,
      submittedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const initial = workflow.initial(await this.support.facts.contextOf(app, workflow));
    return Object.assign(app, {
      state: initial.state.value,
      status: initial.meta.status,
      awaitingActor: initial.meta.actor,
      workflowState: initial.state,
      dueAt: null,
    });
  }

  /** The fields of `shared` that the workflow's form declares and accepts as given (each checked on its own). */
  sharedFieldsFor(workflow: CompiledWorkflow, shared: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(shared).filter(([field, value]) => this.support.facts.forms.draftProblems(workflow, { [field]: value }).length === 0));
  }
}
