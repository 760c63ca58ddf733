import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { LicenceDocument } from '@bizportal/e-licence';
import { UserDirectory } from '@bizportal/identity';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, type ApplicationEntity } from '../core';
import { LicenceContinuity } from './licence-continuity';
import { LicenceEntity } from './licence.entity';

/** What the licence record says (or, for a preview, would say) that the application does not. */
export type LicenceFacts = Pick<LicenceEntity, 'number' | 'agencyId' | 'holderName' | 'validFrom' | 'validUntil' | 'issuedAt' | 'previousNumber'>;
export type LicenceTerms = Pick<LicenceEntity, 'holderName' | 'validFrom' | 'validUntil' | 'previousNumber'>;

/** Validity from the definition: a licence for one year issued on 22 Nov 2569 is valid until 21 Nov 2570. */
export function validUntil(from: Date, validity: { years?: number; months?: number } | null): Date | null {
  if (!validity || (!validity.years && !validity.months)) return null;
  const until = new Date(from.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + (validity.years ?? 0), until.getUTCMonth() + (validity.months ?? 0));
  return new Date(until.getTime() - 24 * 60 * 60 * 1000);
}

/**
 * What an e-licence says, from its application, its licence record and the history (the approver's
 * APPROVE, the signer's APPROVE_SIGNATURE): one place for the issued licence and the office's preview.
 */
@Injectable()
export class LicenceDocuments {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly identity: UserDirectory,
    private readonly applications: ApplicationStore,
    private readonly config: ConfigService,
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
  ) {}

  /** Whom the licence names and from when to when it is valid, were it issued at `issuedAt`. */
  async terms(app: ApplicationEntity, issuedAt: Date): Promise<LicenceTerms> {
    const [workflow, holder, previous] = await Promise.all([
      this.catalogue.workflow(app.licenceType, app.workflowVersion),
      this.identity.findUser(app.applicantId),
      app.previousLicenceNumber ? this.licences.findOneBy({ number: app.previousLicenceNumber }) : null,
    ]);
    const validity = LicenceContinuity.validityOf(app.kind, previous, issuedAt, (from) => validUntil(from, workflow.definition.validity));
    return {
      // A company's licence names the company; a person's, her name as the civil registry gave it.
      holderName: app.holderNameTh ?? holder?.displayNameTh ?? app.applicantId,
      ...validity,
      previousNumber: previous?.number ?? null,
    };
  }

  async build(app: ApplicationEntity, licence: LicenceFacts): Promise<LicenceDocument> {
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const def = workflow.definition;
    const [agency, holder, approval, signature, hearing] = await Promise.all([
      this.identity.findAgency(licence.agencyId),
      this.identity.findUser(app.applicantId),
      this.applications.lastEvent(app.id, 'APPROVE'),
      this.applications.lastEvent(app.id, 'APPROVE_SIGNATURE'),
      // A licence type with a public hearing: its result, as SUMMARISE_HEARING recorded it in the history.
      def.template?.params.hearing ? this.applications.lastEvent(app.id, 'SUMMARISE_HEARING') : null,
    ]);
    const [approver, signer] = await Promise.all([
      approval ? this.identity.findUser(approval.actorId) : null,
      signature ? this.identity.findUser(signature.actorId) : null,
    ]);
    return {
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
      ...(signature
        ? {
            signatureApproval: {
              name: { th: signer?.displayNameTh ?? signature.actorId, en: signer?.displayNameEn ?? signature.actorId },
              position: `ผู้มีอำนาจลงนาม ${agency?.nameTh ?? ''}`.trim(),
              approvedAt: signature.createdAt,
            },
          }
        : {}),
      ...(hearing?.data ? { hearing: hearingResultOf(hearing.data) } : {}),
      verifyBaseUrl: this.config.getOrThrow<string>('PUBLIC_BASE_URL'),
    };
  }
}

/** The hearing's result from SUMMARISE_HEARING's recorded data (the hearings module adds the reference, dates and counts). */
function hearingResultOf(data: Record<string, unknown>): NonNullable<LicenceDocument['hearing']> {
  const counts = (data.counts ?? {}) as Record<string, number>;
  return {
    reference: String(data.reference ?? ''),
    opensAt: new Date(String(data.opensAt)),
    closesAt: new Date(String(data.closesAt)),
    counts: { support: counts.support ?? 0, oppose: counts.oppose ?? 0, neutral: counts.neutral ?? 0, hidden: counts.hidden ?? 0 },
    points: Array.isArray(data.points) ? data.points.map(String) : [],
    summary: String(data.summary ?? ''),
  };
}

/** 1-1017-00230-70-8 printed as 1-1017-xxxxx-xx-8: enough to recognise, not enough to reuse. */
function maskId(id: string): string {
  return `${id[0]}-${id.slice(1, 5)}-xxxxx-xx-${id[12]}`;
}
