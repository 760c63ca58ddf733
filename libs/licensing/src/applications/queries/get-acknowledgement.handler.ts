import { ConfigService } from '@nestjs/config';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { FINAL_STATUSES } from '@bizportal/engine';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors, DueDates } from '../../core';
import { ApplicationSupport } from '../application-support';
import { renderAcknowledgementPdf, type AcknowledgementDocument } from '../acknowledgement-pdf';

export interface Acknowledgement {
  trackingNumber: string;
  pdf: Buffer;
}

/** The acknowledgement of receipt (ใบรับคำขอ) of a submitted application, for whoever may see the application. */
export class GetAcknowledgementQuery extends Query<Acknowledgement> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
  ) {
    super();
  }
}

/** States of the intake check: the expected completion date is given only once the office has found the application complete. */
const INTAKE_STATUSES = new Set(['submitted', 'checking', 'needs_documents']);

@QueryHandler(GetAcknowledgementQuery)
export class GetAcknowledgementHandler implements IQueryHandler<GetAcknowledgementQuery> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly dueDates: DueDates,
    private readonly identity: UserDirectory,
    private readonly config: ConfigService,
  ) {}

  async execute({ user, id }: GetAcknowledgementQuery): Promise<Acknowledgement> {
    const app = await this.support.loadForViewing(id, user);
    if (app.submittedAt === null) throw ApplicationErrors.create('ACKNOWLEDGEMENT_NOT_AVAILABLE', { status: app.status }, { status: app.status });
    const workflow = await this.support.facts.workflowOf(app);
    const definition = workflow.definition;
    const [agency, applicant, accepted] = await Promise.all([
      app.agencyId ? this.identity.findAgency(app.agencyId) : null,
      this.identity.findUser(app.applicantId),
      this.support.store.lastEvent(app.id, 'ACCEPT'),
    ]);
    const afterIntake = accepted !== null || !INTAKE_STATUSES.has(app.status);
    const holder = { th: app.holderNameTh ?? applicant?.displayNameTh ?? '', en: app.holderNameEn ?? applicant?.displayNameEn ?? '' };
    const document: AcknowledgementDocument = {
      trackingNumber: app.trackingNumber,
      kind: app.kind,
      licenceType: definition.name,
      agency: agency ? { th: agency.nameTh, en: agency.nameEn } : definition.agency.name ?? { th: '—', en: '—' },
      holder,
      // A director for her company, or an agent under a grant (section 24) for a person or a company.
      filedBy: !applicant ? null : app.agentGrantId ? { th: `${applicant.displayNameTh} ผู้รับมอบอำนาจ`, en: `${applicant.displayNameEn}, agent under a grant` } : app.holderType === 'juristic' ? { th: applicant.displayNameTh, en: applicant.displayNameEn } : null,
      submittedAt: app.submittedAt,
      processingDays: definition.processingDays,
      completion: afterIntake
        ? {
            afterIntake: true,
            expected: await this.dueDates.expectedCompletionAt(definition.machine, app),
            concluded: FINAL_STATUSES.includes(app.status) || app.status === 'completed',
          }
        : { afterIntake: false },
      documents: definition.documents,
      trackingUrl: `${this.config.getOrThrow<string>('PUBLIC_BASE_URL')}/track/${encodeURIComponent(app.trackingNumber)}`,
      printedAt: new Date(),
    };
    return { trackingNumber: app.trackingNumber, pdf: await renderAcknowledgementPdf(document) };
  }
}
