import { randomInt, randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { buddhistYear, type FieldProblem } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { AreasService, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import type { WorkflowDefinition } from '@bizportal/engine';
import { ApplicantDataService, applicantChoiceOf, prefillFor } from '../../applicant-data';
import { CatalogueService, provincialOfficeId } from '../../catalogue';
import { ApplicationEntity, ApplicationErrors, formInvalid, holderColumns, type Premises } from '../../core';
import { LicenceContinuity, applicantChoiceFor } from '../../licences';
import { ApplicationSupport, type ApplicationView } from '../application-support';
import type { CreateApplicationDto } from '../dto/create-application.dto';

export class CreateApplicationCommand extends Command<ApplicationView> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly request: CreateApplicationDto,
  ) {
    super();
  }
}

// Crockford's alphabet: no I, L, O or U, so a number read over the phone is not misheard.
const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTrackingNumber(now: Date): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `BP${buddhistYear(now)}-${code}`;
}

@CommandHandler(CreateApplicationCommand)
export class CreateApplicationHandler implements ICommandHandler<CreateApplicationCommand> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly catalogue: CatalogueService,
    private readonly identity: UserDirectory,
    private readonly transactions: TransactionRunner,
    private readonly areas: AreasService,
    private readonly continuity: LicenceContinuity,
    private readonly applicantData: ApplicantDataService,
  ) {}

  async execute({ user, request }: CreateApplicationCommand): Promise<ApplicationView> {
    const kind = request.kind ?? 'new';
    const licenceType = await this.catalogue.licenceTypeNamedInRequest(request.licenceType, 'licenceType');
    const previous = request.previousLicenceNumber
      ? await this.continuity.previousFor(user, request.previousLicenceNumber, licenceType.slug, kind)
      : null;
    const premises: Premises = request.premises ?? previous!.application.premises;
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
    // Codes that name no real area are refused here (400); whether anyone serves the area is the routing's answer.
    await this.areas.assertPremisesArea(premises);

    if (request.business) await this.catalogue.assertBusinessNeeds(request.business, licenceType.slug);
    const workflow = await this.catalogue.workflow(licenceType.slug, licenceType.currentVersion);
    const offered = workflow.definition.kinds ?? ['new'];
    if (!offered.includes(kind)) {
      throw ApplicationErrors.create('KIND_NOT_OFFERED', { kind, licenceType: licenceType.slug, offered: offered.join(', ') }, [
        { field: 'kind', problem: `must be one of ${offered.join(', ')} for this licence type` },
      ]);
    }
    // Who applies (herself or a company she directs), from government data exchange instead of uploaded copies.
    const choice = applicantChoiceOf(request.applicant) ?? (previous ? applicantChoiceFor(previous.licence) : undefined);
    const holder = await this.applicantData.holderFor(user, choice, request.confirmApplicantData === true);
    if (previous) LicenceContinuity.assertForHolder(previous, holder, user);
    // A renewal or amendment starts from the details of the licence it continues.
    const form = { ...(previous?.application.form ?? {}), ...(request.form ?? {}) };
    // Identity fields the form declares and the applicant left empty are filled from the records.
    Object.assign(form, prefillFor(workflow, form, holder, (fields) => this.support.facts.forms.draftProblems(workflow, fields)));
    const formProblems = this.support.facts.forms.draftProblems(workflow, form);
    if (formProblems.length > 0) throw formInvalid(formProblems);

    const agency = await this.routeTo(workflow.definition.agency, premises);
    const now = new Date();
    const app = Object.assign(new ApplicationEntity(), {
      id: randomUUID(),
      trackingNumber: newTrackingNumber(now),
      licenceType: licenceType.slug,
      workflowVersion: licenceType.currentVersion,
      business: request.business ?? previous?.application.business ?? null,
      kind,
      previousLicenceNumber: previous?.licence.number ?? null,
      applicantId: user.id,
      ...holderColumns(holder),
      agencyId: agency,
      form,
      premises: { ...premises },
      subdistrictCode: premises.subdistrictCode,
      version: 1,
      stateEnteredAt: now,
      submittedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const initial = workflow.initial(await this.support.facts.contextOf(app, workflow));
    Object.assign(app, {
      state: initial.state.value,
      status: initial.meta.status,
      awaitingActor: initial.meta.actor,
      workflowState: initial.state,
      dueAt: null,
    });
    await this.transactions.run((manager) => this.support.store.insert(manager, app));
    return this.support.view(app, user);
  }

  /**
   * Local licences go to the office serving the premises' subdistrict, provincial ones to the agency's
   * office in the premises' province, central ones to the agency itself.
   */
  private async routeTo(agency: WorkflowDefinition['agency'], premises: Premises): Promise<string> {
    const unrouted = (where: string) =>
      ApplicationErrors.create('NO_RESPONSIBLE_OFFICE', { where }, [{ field: 'premises', problem: `no responsible office for ${where}` }]);
    if (agency.level === 'local') {
      const office = await this.identity.localOfficeServing(premises.subdistrictCode);
      if (!office) {
        throw ApplicationErrors.create('NO_LOCAL_OFFICE', { subdistrict: premises.subdistrictCode }, [
          { field: 'premises.subdistrictCode', problem: `no local office serves ${premises.subdistrictCode}` },
        ]);
      }
      return office.id;
    }
    if (!agency.code) throw unrouted('this licence type (its definition names no agency code)');
    const id = agency.level === 'provincial' ? provincialOfficeId(agency.code, premises.provinceCode) : agency.code;
    const office = await this.identity.findAgency(id);
    if (!office) throw unrouted(agency.level === 'provincial' ? `province ${premises.provinceCode}` : `agency ${agency.code}`);
    return office.id;
  }
}
