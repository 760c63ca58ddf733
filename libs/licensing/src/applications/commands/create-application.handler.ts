import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService, applicantChoiceOf } from '../../applicant-data';
import { CatalogueService } from '../../catalogue';
import type { Premises } from '../../core';
import { AgentGrants } from '../../grants';
import { LicenceContinuity, applicantChoiceFor } from '../../licences';
import { ApplicationSupport, type ApplicationView } from '../application-support';
import { DraftApplications } from '../draft-applications';
import type { CreateApplicationDto } from '../dto/create-application.dto';

export class CreateApplicationCommand extends Command<ApplicationView> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly request: CreateApplicationDto,
  ) {
    super();
  }
}

@CommandHandler(CreateApplicationCommand)
export class CreateApplicationHandler implements ICommandHandler<CreateApplicationCommand> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly catalogue: CatalogueService,
    private readonly drafts: DraftApplications,
    private readonly transactions: TransactionRunner,
    private readonly continuity: LicenceContinuity,
    private readonly applicantData: ApplicantDataService,
    private readonly grants: AgentGrants,
  ) {}

  async execute({ user, request }: CreateApplicationCommand): Promise<ApplicationView> {
    const kind = request.kind ?? 'new';
    const licenceType = await this.catalogue.licenceTypeNamedInRequest(request.licenceType, 'licenceType');
    const previous = request.previousLicenceNumber
      ? await this.continuity.previousFor(user, request.previousLicenceNumber, licenceType.slug, kind)
      : null;
    const premises: Premises = request.premises ?? previous!.application.premises;
    await this.drafts.checkPremises(premises);

    if (request.business) await this.catalogue.assertBusinessNeeds(request.business, licenceType.slug);
    const workflow = await this.drafts.workflowOffering(licenceType.slug, licenceType.currentVersion, kind);
    // Who applies (herself, a company she directs, or the principal of a grant she holds), from government data
    // exchange instead of uploaded copies.
    const grant = request.onBehalfOf ? await this.grants.forFiling(user, request.onBehalfOf.grantId, licenceType.slug) : null;
    const choice = applicantChoiceOf(request.applicant) ?? (previous ? applicantChoiceFor(previous.licence) : undefined);
    const confirmed = request.confirmApplicantData === true;
    const holder = grant
      ? await this.applicantData.holderOnBehalfOf(user, { type: grant.principalType, id: grant.principalId }, confirmed)
      : await this.applicantData.holderFor(user, choice, confirmed);
    if (previous) LicenceContinuity.assertForHolder(previous, holder, user);
    const app = await this.drafts.draft(user, workflow, licenceType.currentVersion, {
      licenceType: licenceType.slug,
      kind,
      business: request.business ?? previous?.application.business ?? null,
      premises,
      holder,
      // A renewal or amendment starts from the details of the licence it continues.
      form: { ...(previous?.application.form ?? {}), ...(request.form ?? {}) },
      previousLicenceNumber: previous?.licence.number ?? null,
      agentGrantId: grant?.id ?? null,
    });
    await this.transactions.run((manager) => this.support.store.insert(manager, app));
    return this.support.view(app, user);
  }
}
