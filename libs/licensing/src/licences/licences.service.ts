import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { formatThaiDate } from '@bizportal/common';
import { verifySignedPdf } from '@bizportal/e-licence';
import { UserDirectory, isOfficeStaff, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueService } from '../catalogue';
import { LicenceErrors } from './licence-errors';
import { LicenceEntity, type LicenceStatus } from './licence.entity';
import { LicenceSigning } from './licence-signing';
import { padesView } from './pades-view';
import { heldLicenceScopes, holderOf, holdsLicence } from './licence-holding';
import { ApplicantDataService } from '../applicant-data';
import { ApplicationStore } from '../core';

/** A name shown publicly: the first letter of each word and the rest hidden (สมชาย ใจดี → ส***** ใ***). */
export function maskName(name: string): string {
  const segmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const graphemes = [...segmenter.segment(word)].map((g) => g.segment);
      return graphemes[0] + '*'.repeat(Math.max(graphemes.length - 1, 1));
    })
    .join(' ');
}

/** What verification reports: the stored status, or `pending` for a renewal whose validity has not begun. */
export type EffectiveLicenceStatus = LicenceStatus | 'pending';

const STATUS_LABEL: Record<EffectiveLicenceStatus, { th: string; en: string }> = {
  issuing: { th: 'อยู่ระหว่างออกใบอนุญาต', en: 'being issued' },
  pending: { th: 'ยังไม่ถึงวันเริ่มมีผล', en: 'not yet in force' },
  valid: { th: 'ใช้ได้', en: 'valid' },
  suspended: { th: 'ถูกพักใช้', en: 'suspended' },
  revoked: { th: 'ถูกเพิกถอน', en: 'revoked' },
  expired: { th: 'หมดอายุ', en: 'expired' },
  superseded: { th: 'ถูกแทนที่ด้วยใบอนุญาตที่แก้ไขรายการแล้ว', en: 'replaced by an amended licence' },
};

@Injectable()
export class LicencesService {
  constructor(
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
    private readonly catalogue: CatalogueService,
    private readonly identity: UserDirectory,
    private readonly signing: LicenceSigning,
    private readonly applicantData: ApplicantDataService,
    private readonly applications: ApplicationStore,
  ) {}

  /** The licence an application issued (signed and numbered), or null: a hearing's result letter names it. */
  async issuedFor(applicationId: string): Promise<LicenceEntity | null> {
    const found = await this.licences.findOneBy({ applicationId });
    return found && found.status !== 'issuing' ? found : null;
  }

  /** When a licence ends (null: it does not, or no such licence), read in the caller's transaction: a renewal's fee asks. */
  async endOf(manager: EntityManager, number: string): Promise<Date | null> {
    const licence = await manager.findOne(LicenceEntity, { where: { number }, select: { number: true, validUntil: true } });
    return licence?.validUntil ?? null;
  }

  /**
   * The status as of now: a licence past its date reads as expired even before the daily job runs,
   * and a renewal reads as pending until the licence it continues has ended.
   */
  private effectiveStatus(licence: LicenceEntity, now = new Date()): EffectiveLicenceStatus {
    const inForceOrSuspended = licence.status === 'valid' || licence.status === 'suspended';
    if (inForceOrSuspended && licence.validUntil && licence.validUntil.getTime() < now.getTime()) return 'expired';
    if (licence.status === 'valid' && licence.validFrom.getTime() > now.getTime()) return 'pending';
    return licence.status;
  }

  /**
   * The holder (the person, or any authorised director of the company it belongs to), staff of the
   * issuing office and auditors see a licence; anyone else is told it does not exist.
   */
  async visible(user: AuthenticatedUser, number: string): Promise<LicenceEntity> {
    const licence = await this.licences.findOneBy({ number });
    if (!licence || !(isOfficeStaff(user, licence.agencyId) || user.roles.includes('auditor') || (await holdsLicence(user, licence, this.applicantData)))) {
      throw LicenceErrors.create('LICENCE_NOT_FOUND', { number });
    }
    return licence;
  }

  async describe(user: AuthenticatedUser, number: string) {
    const licence = await this.visible(user, number);
    return {
      ...(await this.publicView(licence)),
      holder: holderOf(licence),
      applicationId: licence.applicationId,
    };
  }

  /** Her own licences and those of the companies she directs (her own only while the register cannot be reached). */
  async mine(user: AuthenticatedUser) {
    const scopes = heldLicenceScopes(user, await this.applicantData.actingForIfReachable(user));
    const rows = await this.licences.find({ where: scopes, order: { issuedAt: 'DESC' } });
    return Promise.all(rows.map(async (l) => ({ ...(await this.publicView(l)), holder: holderOf(l) })));
  }

  async pdf(user: AuthenticatedUser, number: string): Promise<{ pdf: Buffer; number: string }> {
    const licence = await this.visible(user, number);
    if (!licence.pdf) throw LicenceErrors.create('LICENCE_NOT_ISSUED_YET', { number });
    return { pdf: licence.pdf, number: licence.number };
  }

  /** What anyone may learn from a licence number (the QR code leads here): no personal data beyond a masked name. */
  async verifyNumber(number: string) {
    const licence = await this.licences.findOneBy({ number });
    if (!licence || !licence.pdf) throw LicenceErrors.create('LICENCE_NUMBER_UNKNOWN', { number });
    const view = await this.publicView(licence);
    return { ...view, holder: { maskedName: maskName(licence.holderName) } };
  }

  /** The licence with this number, whatever its status; null when there is none. */
  byNumber(number: string): Promise<LicenceEntity | null> {
    return this.licences.findOneBy({ number });
  }

  /** A licence that a complaint may be about: issued by us and in force or suspended (not ended); null otherwise. */
  async operating(number: string): Promise<LicenceEntity | null> {
    const licence = await this.licences.findOneBy({ number });
    if (!licence || !licence.pdf) return null;
    const status = this.effectiveStatus(licence);
    return status === 'valid' || status === 'suspended' ? licence : null;
  }

  /**
   * Licences in force or suspended whose premises address contains `text` (case-insensitive), at most `limit`,
   * newest first: what someone reporting a problem at an address may choose from. The premises are the application's.
   */
  async operatingAt(text: string, limit: number): Promise<{ licence: LicenceEntity; address: string }[]> {
    const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.applications
      .select()
      .select(['a.id AS id', 'a.premises AS premises'])
      .innerJoin(LicenceEntity, 'l', 'l.application_id = a.id')
      .where("l.status IN ('valid', 'suspended') AND l.pdf_sha256 IS NOT NULL AND LOWER(a.premises) LIKE :pattern ESCAPE '\\'", { pattern })
      .orderBy('l.issued_at', 'DESC')
      .limit(limit * 2)
      .getRawMany<{ id: string; premises: string }>();
    const licences = rows.length > 0 ? await this.licences.findBy({ applicationId: In(rows.map((r) => r.id)) }) : [];
    return rows
      .map((r) => ({ licence: licences.find((l) => l.applicationId === r.id), address: (JSON.parse(r.premises) as { address: string }).address }))
      .filter((r): r is { licence: LicenceEntity; address: string } => r.licence !== undefined && r.address.toLowerCase().includes(text.toLowerCase()) && ['valid', 'suspended'].includes(this.effectiveStatus(r.licence)))
      .slice(0, limit);
  }

  /** Whether the user holds the licence (herself, or a company she directs). */
  heldBy(user: AuthenticatedUser, licence: LicenceEntity): Promise<boolean> {
    return holdsLicence(user, licence, this.applicantData);
  }

  /** The public description of a licence (no holder), for pages that name it. */
  describePublicly(licence: LicenceEntity) {
    return this.publicView(licence);
  }

  private async publicView(licence: LicenceEntity) {
    const status = this.effectiveStatus(licence);
    const [agency, workflow, renewal] = await Promise.all([
      this.identity.findAgency(licence.agencyId),
      this.catalogue.workflow(licence.licenceType, licence.workflowVersion),
      this.licences.findOne({ where: { previousNumber: licence.number }, order: { issuedAt: 'DESC' } }),
    ]);
    return {
      number: licence.number,
      status,
      statusLabel: STATUS_LABEL[status],
      statusReason: licence.statusReason,
      licenceType: { slug: licence.licenceType, name: workflow.definition.name },
      issuer: agency ? { id: agency.id, name: { th: agency.nameTh, en: agency.nameEn } } : { id: licence.agencyId, name: null },
      issuedAt: licence.issuedAt,
      validFrom: licence.validFrom,
      validUntil: licence.validUntil,
      validity: {
        th: `${formatThaiDate(licence.validFrom)} – ${licence.validUntil ? formatThaiDate(licence.validUntil) : 'ไม่มีกำหนดหมดอายุ'}`,
      },
      pdfSha256: licence.pdfSha256,
      signer: licence.signerSubject,
      /** The licence this one renews or replaces, and the one that continues or replaced it. */
      continues: licence.previousNumber,
      continuedBy: licence.replacedBy ?? (renewal?.pdf ? renewal.number : null),
    };
  }

  /**
   * Checks an uploaded PDF: that it is a signed PDF, that the signature is intact and made by a key
   * whose certificate chains to our trust anchors, and that the file is exactly a licence we issued.
   */
  async verifyUpload(bytes: Buffer) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const check = verifySignedPdf(bytes, this.signing.trustAnchors());
    const record = check.valid ? await this.licences.findOneBy({ pdfSha256: sha256 }) : null;
    const matchesRecord = record !== null && record.pdf !== null;
    const licence = record ? await this.verifyNumber(record.number) : null;
    const valid = check.valid && matchesRecord && licence?.status === 'valid';
    return {
      valid,
      verdict: !check.valid
        ? check.verdict
        : !matchesRecord
          ? 'not-issued-by-us'
          : licence!.status !== 'valid'
            ? `licence-${licence!.status}`
            : 'valid',
      message: !check.valid
        ? check.message
        : !matchesRecord
          ? 'ลายมือชื่อถูกต้อง แต่ไฟล์นี้ไม่ตรงกับใบอนุญาตที่ออกโดยระบบ / The signature is valid, but this file is not a licence this system issued'
          : licence!.status !== 'valid'
            ? `ใบอนุญาตนี้${licence!.statusLabel.th} / This licence is ${licence!.statusLabel.en}`
            : 'ใบอนุญาตถูกต้อง ลงลายมือชื่อโดยหน่วยงานที่ออก และตรงกับทะเบียน / Genuine: signed by the issuer and identical to the issued record',
      checks: { ...check.checks, matchesIssuedRecord: matchesRecord },
      sha256,
      signer: check.signer ?? null,
      licence,
      pades: padesView(check.pades),
    };
  }
}
