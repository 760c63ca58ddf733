import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { buddhistYear } from '@bizportal/common';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import { TransactionRunner, nextSequenceNumber } from '@bizportal/database';
import { issueSignedLicence, type LicenceDocument } from '@bizportal/e-licence';
import { IdentityService } from '@bizportal/identity';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, OutboxEffect, WorkflowTransitions, type ApplicationEntity, type EffectExecutor, type OutboxEntity, type PreparedTransition } from '../core';
import { LicenceEntity, LicenceSequenceEntity } from './licence.entity';
import { LicenceContinuity } from './licence-continuity';
import { licenceHolderOf } from './licence-holding';
import { LicenceSigning } from './licence-signing';


/** Validity from the definition: a licence for one year issued on 22 Nov 2569 is valid until 21 Nov 2570. */
export function validUntil(from: Date, validity: { years?: number; months?: number } | null): Date | null {
  if (!validity || (!validity.years && !validity.months)) return null;
  const until = new Date(from.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + (validity.years ?? 0), until.getUTCMonth() + (validity.months ?? 0));
  return new Date(until.getTime() - 24 * 60 * 60 * 1000);
}

/**
 * The `issue-licence` effect: number the licence (per agency and Buddhist year), render and sign
 * its PDF, store it with its SHA-256, and send LICENCE_ISSUED. Each step finds what an earlier,
 * interrupted run left (the licence row is unique per application), so running it twice issues once.
 */
@OutboxEffect('issue-licence')
@Injectable()
export class IssueLicenceExecutor implements EffectExecutor {
  private readonly logger = new Logger(IssueLicenceExecutor.name);

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly identity: IdentityService,
    private readonly transactions: TransactionRunner,
    private readonly transitions: WorkflowTransitions,
    private readonly signing: LicenceSigning,
    private readonly config: ConfigService,
    private readonly applications: ApplicationStore,
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
  ) {}

  async run(row: OutboxEntity): Promise<void> {
    const app = await this.applications.getById(row.applicationId);
    const licence = (await this.licences.findOneBy({ applicationId: app.id })) ?? (await this.numberLicence(app));
    const issued = licence.pdf ? licence : await this.renderAndSign(licence, app);
    const fresh = await this.applications.getById(app.id);
    if (fresh.state !== 'issuing' && fresh.workflowState.value !== 'issuing') return;
    const issuedEvent = {
      type: 'LICENCE_ISSUED',
      actor: SYSTEM_ACTOR,
      data: { licenceNumber: issued.number, pdfSha256: issued.pdfSha256! },
    };
    const succession = await this.succession(fresh, issued);
    await this.transitions.commitTogether([await this.transitions.prepare(fresh, issuedEvent), ...(succession ? [succession] : [])]);
  }

  /**
   * A renewal or amendment is recorded on the licence it continues (RENEW, or AMEND which replaces it)
   * in the same transaction as LICENCE_ISSUED. If that licence has left force meanwhile (suspended,
   * revoked), the new licence is still issued and the old one is left as it is.
   */
  private async succession(app: ApplicationEntity, licence: LicenceEntity): Promise<PreparedTransition | null> {
    if (!licence.previousNumber || (app.kind !== 'renew' && app.kind !== 'amend')) return null;
    const previous = await this.licences.findOneBy({ number: licence.previousNumber });
    const previousApp = previous ? await this.applications.findById(previous.applicationId) : null;
    if (!previousApp) return null;
    const event = {
      type: app.kind === 'renew' ? 'RENEW' : 'AMEND',
      actor: SYSTEM_ACTOR,
      data: { licenceNumber: licence.number, applicationId: app.id, trackingNumber: app.trackingNumber },
    };
    try {
      return await this.transitions.prepare(previousApp, event);
    } catch (error) {
      this.logger.warn(`Licence ${licence.number} continues ${previous!.number}, which no longer accepts ${event.type}: ${(error as Error).message}`);
      return null;
    }
  }

  private async numberLicence(app: ApplicationEntity): Promise<LicenceEntity> {
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const holder = await this.identity.findUser(app.applicantId);
    const now = new Date();
    const year = buddhistYear(now);
    const previous = app.previousLicenceNumber ? await this.licences.findOneBy({ number: app.previousLicenceNumber }) : null;
    const validity = LicenceContinuity.validityOf(app.kind, previous, now, (from) => validUntil(from, workflow.definition.validity));
    try {
      return await this.transactions.run(async (manager) => {
        const sequence = await nextSequenceNumber(manager, LicenceSequenceEntity, { agencyId: app.agencyId!, year });
        const licence = Object.assign(new LicenceEntity(), {
          id: randomUUID(),
          number: `${app.agencyId!.toUpperCase()}/${year}/${String(sequence).padStart(6, '0')}`,
          applicationId: app.id,
          licenceType: app.licenceType,
          workflowVersion: app.workflowVersion,
          agencyId: app.agencyId!,
          ...licenceHolderOf(app),
          // A company's licence names the company; a person's, her name as the civil registry gave it.
          holderName: app.holderNameTh ?? holder?.displayNameTh ?? app.applicantId,
          status: 'issuing' as const,
          issuedAt: now,
          ...validity,
          previousNumber: previous?.number ?? null,
          replacedBy: null,
          pdf: null,
          pdfSha256: null,
          signerSubject: null,
          statusReason: null,
          statusChangedAt: null,
        });
        await manager.insert(LicenceEntity, licence);
        return licence;
      });
    } catch (error) {
      // Another runner numbered it first (unique application_id): use theirs.
      const existing = await this.licences.findOneBy({ applicationId: app.id });
      if (existing) return existing;
      throw error;
    }
  }

  private async renderAndSign(licence: LicenceEntity, app: ApplicationEntity): Promise<LicenceEntity> {
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const def = workflow.definition;
    const [agency, holder, approval] = await Promise.all([
      this.identity.findAgency(licence.agencyId),
      this.identity.findUser(app.applicantId),
      this.applications.lastEvent(app.id, 'APPROVE'),
    ]);
    const approver = approval ? await this.identity.findUser(approval.actorId) : null;
    const document: LicenceDocument = {
      number: licence.number,
      licenceType: def.name,
      legalBasis: def.legalBasis ? `ออกตามความใน ${def.legalBasis}` : 'ไม่ระบุฐานทางกฎหมาย / legal basis not stated',
      agency: agency ? { th: agency.nameTh, en: agency.nameEn } : { th: licence.agencyId, en: licence.agencyId },
      holder:
        app.holderType === 'juristic' && app.holderId
          ? { name: licence.holderName, idNumber: app.holderId, kind: 'juristic' }
          : { name: licence.holderName, idNumber: holder?.nationalId ? maskId(holder.nationalId) : undefined, kind: 'person' },
      businessName: typeof app.form.businessName === 'string' ? app.form.businessName : licence.holderName,
      premisesAddress: app.premises.address,
      conditions: [
        'ผู้รับใบอนุญาตต้องแสดงใบอนุญาตนี้ไว้ในที่เปิดเผยและเห็นได้ง่าย ณ สถานที่ประกอบกิจการ / Display this licence openly at the premises.',
        `ผู้รับใบอนุญาตต้องปฏิบัติตาม ${def.legalBasis ?? 'กฎหมายที่เกี่ยวข้อง'} และเงื่อนไขที่พนักงานเจ้าหน้าที่กำหนด / Comply with the law named above and the conditions set by the competent official.`,
        'ใบอนุญาตนี้ลงลายมือชื่ออิเล็กทรอนิกส์ ตรวจสอบความถูกต้องได้ด้วยคิวอาร์โค้ด / This licence is digitally signed; verify it with the QR code.',
        ...(licence.previousNumber
          ? [
              app.kind === 'renew'
                ? `ต่ออายุจากใบอนุญาตเลขที่ ${licence.previousNumber} มีผลต่อเนื่องเมื่อฉบับเดิมสิ้นอายุ / Renews licence ${licence.previousNumber}, continuing when it ends.`
                : `แทนใบอนุญาตเลขที่ ${licence.previousNumber} ซึ่งแก้ไขรายการแล้ว / Replaces licence ${licence.previousNumber}, with the amended details.`,
            ]
          : []),
      ],
      validFrom: licence.validFrom,
      validUntil: licence.validUntil,
      issuedAt: licence.issuedAt,
      officer: {
        name: approver?.displayNameTh ?? 'พนักงานเจ้าหน้าที่',
        position: `ผู้มีอำนาจอนุญาต ${agency?.nameTh ?? ''}`.trim(),
      },
      verifyBaseUrl: this.config.getOrThrow<string>('PUBLIC_BASE_URL'),
    };
    const { pdf, sha256 } = await issueSignedLicence(document, this.signing.signer());
    const fields = { pdf, pdfSha256: sha256, signerSubject: this.signing.signer().subject, status: 'valid' as const };
    await this.transactions.run((manager) => manager.update(LicenceEntity, { id: licence.id }, fields));
    this.logger.log(`Issued licence ${licence.number} (${createHash('sha256').update(pdf).digest('hex').slice(0, 12)}…)`);
    return Object.assign(licence, fields);
  }
}

/** 1-1017-00230-70-8 printed as 1-1017-xxxxx-xx-8: enough to recognise, not enough to reuse. */
function maskId(id: string): string {
  return `${id[0]}-${id.slice(1, 5)}-xxxxx-xx-${id[12]}`;
}
