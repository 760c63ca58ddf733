import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { ConflictError, NotFoundError, UnprocessableError } from '@bizportal/common';
import { TERMINAL_ONLY_STATUSES, type ApplicationKind } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationEntity } from '../entities';
import { LicenceEntity } from './licence.entity';
import { holdsLicence, isForLicenceHolder } from './licence-holding';
import { ApplicantDataService } from '../applicant-data/applicant-data.service';
import type { Holder } from '../applicant-data/holder';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PreviousLicence {
  licence: LicenceEntity;
  application: ApplicationEntity;
}

/**
 * Renewals, amendments and cancellations name the licence they concern. When this system issued it,
 * the new application is checked against it and starts from its details; a licence issued on paper
 * before the system existed is not named, and the applicant fills the form in.
 */
@Injectable()
export class LicenceContinuity {
  constructor(
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    private readonly applicantData: ApplicantDataService,
  ) {}

  async previousFor(user: AuthenticatedUser, number: string, licenceType: string, kind: ApplicationKind): Promise<PreviousLicence> {
    const problem = (text: string) => [{ field: 'previousLicenceNumber', problem: text }];
    const licence = await this.licences.findOneBy({ number });
    if (!licence || !(await holdsLicence(user, licence, this.applicantData))) {
      throw new NotFoundError(`ไม่พบใบอนุญาตเลขที่ ${number} ของท่าน / You hold no licence numbered ${number}`);
    }
    if (kind === 'new') {
      throw new UnprocessableError(
        'คำขอใหม่ไม่ต้องระบุใบอนุญาตเดิม / A new application does not name a previous licence',
        problem('only for renew, amend or cancel requests'),
      );
    }
    if (licence.licenceType !== licenceType) {
      throw new UnprocessableError(
        `ใบอนุญาต ${number} เป็นใบอนุญาตประเภทอื่น / Licence ${number} is a ${licence.licenceType}, not a ${licenceType}`,
        problem(`is a ${licence.licenceType}`),
      );
    }
    const application = await this.applications.findOneByOrFail({ id: licence.applicationId });
    const expired = licence.validUntil !== null && licence.validUntil.getTime() < Date.now();
    if (expired || application.status !== 'completed' || licence.status !== 'valid') {
      const standing = expired ? 'expired' : application.status;
      throw new UnprocessableError(
        `ใบอนุญาต ${number} ไม่อยู่ในสถานะใช้ได้ (${standing}) จึงยื่นคำขอ${kindTh(kind)}ไม่ได้ / Licence ${number} is ${standing}, so it cannot be the subject of a ${kind} request`,
        problem(`licence is ${standing}`),
      );
    }
    const pending = await this.applications.findOne({
      where: { previousLicenceNumber: number, status: Not(In([...TERMINAL_ONLY_STATUSES])), id: Not(application.id) },
      order: { createdAt: 'DESC' },
    });
    if (pending) {
      throw new ConflictError(
        `มีคำขอ${kindTh(pending.kind)}สำหรับใบอนุญาต ${number} อยู่แล้ว (${pending.trackingNumber}) / Licence ${number} already has a ${pending.kind} request: ${pending.trackingNumber}`,
        { trackingNumber: pending.trackingNumber, status: pending.status },
      );
    }
    return { licence, application };
  }

  /** A renewal, amendment or cancellation is made by or for the licence's own holder, not another one she may act for. */
  static assertForHolder(previous: PreviousLicence, holder: Holder, user: AuthenticatedUser): void {
    if (isForLicenceHolder(previous.licence, holder, user)) return;
    const owner = previous.licence.holderType === 'juristic' ? `นิติบุคคลเลขทะเบียน ${previous.licence.holderId}` : 'ท่านเอง';
    const ownerEn = previous.licence.holderType === 'juristic' ? `juristic person ${previous.licence.holderId}` : 'you personally';
    throw new UnprocessableError(
      `ใบอนุญาต ${previous.licence.number} เป็นของ${owner} คำขอต้องยื่นในนามผู้ถือใบอนุญาต / Licence ${previous.licence.number} belongs to ${ownerEn}; the request must be made for its holder`,
      [{ field: 'applicant', problem: `must be the licence's holder (${ownerEn})` }],
    );
  }

  /**
   * A renewal continues from the day after the previous licence ends (or from today, if that has passed);
   * an amended licence replaces the previous one for the rest of its validity.
   */
  static validityOf(
    kind: ApplicationKind,
    previous: LicenceEntity | null,
    issuedAt: Date,
    ownValidity: (from: Date) => Date | null,
  ): { validFrom: Date; validUntil: Date | null } {
    if (previous && kind === 'renew') {
      const continues = previous.validUntil && previous.validUntil.getTime() >= issuedAt.getTime();
      const validFrom = continues ? new Date(previous.validUntil!.getTime() + DAY_MS) : issuedAt;
      return { validFrom, validUntil: ownValidity(validFrom) };
    }
    if (previous && kind === 'amend') return { validFrom: issuedAt, validUntil: previous.validUntil };
    return { validFrom: issuedAt, validUntil: ownValidity(issuedAt) };
  }
}

function kindTh(kind: ApplicationKind): string {
  return { new: 'ใหม่', renew: 'ต่ออายุ', amend: 'แก้ไขรายการ', cancel: 'ยกเลิก' }[kind];
}
