import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { BadGatewayError, NotFoundError, ServiceUnavailableError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { DataExchange, formatThaiAddress, type CitizenRecord, type JuristicPersonRecord } from '@bizportal/data-exchange';
import { isOfficeStaff, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport, ResponsibleOffices } from '../applications';
import { CatalogueService } from '../catalogue';
import {
  ApplicationStore,
  Outbox,
  OutboxEffect,
  TransitionParticipant,
  type ApplicationEntity,
  type EffectExecutor,
  type OutboxEntity,
  type TransitionChange,
  type TransitionParticipantProvider,
} from '../core';
import { DocumentsService } from '../documents';
import { AgentGrants } from '../grants';
import { LicenceRevocations } from '../licences';
import { PrecheckEntity, type PrecheckTrigger } from './precheck.entity';
import { precheckItems, type RecordedHolder, type RegisterAnswer } from './precheck-items';
import { PrecheckErrors } from './prechecks-errors';
import type { PrecheckDto } from './prechecks.dto';

export const PREPARE_PRECHECK = 'prepare-precheck';
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The officer's pre-check (issue 17 part 5): a submission or resubmission records the `prepare-precheck` effect in
 * its transaction; the effect reads the documents, the registers, the office areas and the licence register
 * after the commit (never inside a step's transaction: the registers are remote) and writes the checklist.
 * Owns `application_prechecks`.
 */
@Injectable()
@TransitionParticipant({ order: 60, events: ['SUBMIT', 'RESUBMIT'] })
@OutboxEffect(PREPARE_PRECHECK)
export class PrechecksService implements TransitionParticipantProvider, EffectExecutor {
  constructor(
    @InjectRepository(PrecheckEntity) private readonly prechecks: Repository<PrecheckEntity>,
    private readonly support: ApplicationSupport,
    private readonly applications: ApplicationStore,
    private readonly catalogue: CatalogueService,
    private readonly documents: DocumentsService,
    private readonly exchange: DataExchange,
    private readonly users: UserDirectory,
    private readonly offices: ResponsibleOffices,
    private readonly revocations: LicenceRevocations,
    private readonly grants: AgentGrants,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
  ) {}

  async participate(manager: EntityManager, change: TransitionChange): Promise<void> {
    await this.outbox.record(manager, change.app.id, [{ type: PREPARE_PRECHECK, params: { trigger: change.event.type } }], change.at);
  }

  async run(row: OutboxEntity): Promise<void> {
    const app = await this.applications.getById(row.applicationId);
    const trigger = row.params.trigger === 'RESUBMIT' ? 'RESUBMIT' : 'SUBMIT';
    const precheck = await this.prepare(app, trigger, row.id, null);
    // A second run of the row (after a crash past the insert) writes nothing: its outbox id is unique.
    await this.prechecks.createQueryBuilder().insert().into(PrecheckEntity).values(precheck).orIgnore().execute();
  }

  /** GET /applications/:id/precheck: the newest check, for the staff of the application's office. */
  async latest(user: AuthenticatedUser, applicationId: string): Promise<PrecheckDto> {
    const app = await this.forOffice(user, applicationId);
    const newest = await this.prechecks.findOne({ where: { applicationId: app.id }, order: { preparedAt: 'DESC', id: 'DESC' } });
    if (newest) return viewOf(newest);
    return { state: app.submittedAt ? 'preparing' : 'not-submitted', preparedAt: null, trigger: null, items: [] };
  }

  /** POST /applications/:id/precheck: check again now (a register that was down has answered, the office's areas changed). */
  async recheck(user: AuthenticatedUser, applicationId: string): Promise<PrecheckDto> {
    const app = await this.forOffice(user, applicationId);
    if (!app.submittedAt) throw PrecheckErrors.create('PRECHECK_NOT_SUBMITTED');
    const precheck = await this.prepare(app, 'RECHECK', null, user.id);
    await this.transactions.run((manager) => manager.insert(PrecheckEntity, precheck));
    return viewOf(precheck);
  }

  private async forOffice(user: AuthenticatedUser, applicationId: string): Promise<ApplicationEntity> {
    const app = await this.support.loadForViewing(applicationId, user);
    if (app.agencyId === null || !isOfficeStaff(user, app.agencyId)) throw PrecheckErrors.create('PRECHECK_OFFICE_ONLY');
    return app;
  }

  private async prepare(app: ApplicationEntity, trigger: PrecheckTrigger, outboxId: string | null, requestedBy: string | null): Promise<PrecheckEntity> {
    const at = new Date();
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const declaresCapital = 'capitalBaht' in ((workflow.definition.form as { properties?: object }).properties ?? {});
    const [missingDocuments, register, applicant, serving, revoked] = await Promise.all([
      this.documents.missingRequired(app, workflow),
      this.registerNow(app),
      this.authorityOf(app).then((userId) => this.users.findUser(userId)),
      this.offices.serving(workflow.definition.agency, app.premises),
      this.revocations.ofSameTypeSince(app, new Date(at.getTime() - YEAR_MS)),
    ]);
    const items = precheckItems({
      at,
      missingDocuments,
      requiredDocuments: workflow.definition.documents.filter((d) => d.required).length,
      holder: recordedHolder(app),
      register,
      applicantNationalId: applicant?.nationalId ?? null,
      viaGrant: app.agentGrantId !== null,
      declaredCapitalBaht: declaresCapital && typeof app.form.capitalBaht === 'number' ? app.form.capitalBaht : null,
      application: { officeId: app.agencyId, subdistrictCode: app.subdistrictCode },
      servingNow: { officeId: serving?.id ?? null, officeName: serving ? { th: serving.nameTh, en: serving.nameEn } : null },
      revokedWithinYear: revoked,
    });
    return { id: randomUUID(), applicationId: app.id, outboxId, trigger, requestedBy, preparedAt: at, items };
  }

  /** Whose authority over a company counts: the applicant's, or for an agent's filing the director who granted it. */
  private async authorityOf(app: ApplicationEntity): Promise<string> {
    return (app.agentGrantId && (await this.grants.granterOf(app.agentGrantId))) || app.applicantId;
  }

  /** The holder's record in the register now, or why there is none (a register down is an answer of "unknown", not a failure). */
  private async registerNow(app: ApplicationEntity): Promise<RegisterAnswer<CitizenRecord> | RegisterAnswer<JuristicPersonRecord>> {
    if (!app.holderId) return { unavailable: 'the application records no holder ID' };
    try {
      return app.holderType === 'juristic' ? await this.exchange.juristicPerson(app.holderId) : await this.exchange.citizen(app.holderId);
    } catch (error) {
      if (error instanceof NotFoundError) return { unavailable: 'not found in the register' };
      if (error instanceof ServiceUnavailableError || error instanceof BadGatewayError) return { unavailable: error.message };
      throw error;
    }
  }
}

function recordedHolder(app: ApplicationEntity): RecordedHolder {
  const company = app.applicantData?.juristicPerson?.record;
  const citizen = app.applicantData?.citizen.record;
  const address = app.holderType === 'juristic' ? (company ? formatThaiAddress(company.headOffice) : '') : citizen ? formatThaiAddress(citizen.address) : '';
  return {
    type: app.holderType === 'juristic' ? 'juristic' : 'person',
    id: app.holderId ?? '',
    name: { th: app.holderNameTh ?? '', en: app.holderNameEn ?? '' },
    address,
  };
}

function viewOf(precheck: PrecheckEntity): PrecheckDto {
  return { state: 'prepared', preparedAt: precheck.preparedAt.toISOString(), trigger: precheck.trigger, items: precheck.items };
}
