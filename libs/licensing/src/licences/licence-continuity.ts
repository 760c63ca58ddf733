import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { TERMINAL_ONLY_STATUSES, type ApplicationKind } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService } from '../applicant-data';
import { ApplicationStore, type ApplicationEntity, type Holder } from '../core';
import { LicenceErrors } from './licence-errors';
import { LicenceEntity } from './licence.entity';
import { holdsLicence, isForLicenceHolder } from './licence-holding';

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
    private readonly applications: ApplicationStore,
    private readonly applicantData: ApplicantDataService,
  ) {}

  async previousFor(user: AuthenticatedUser, number: string, licenceType: string, kind: ApplicationKind): Promise<PreviousLicence> {
    const problem = (text: string) => [{ field: 'previousLicenceNumber', problem: text }];
    const licence = await this.licences.findOneBy({ number });
    if (!licence || !(await holdsLicence(user, licence, this.applicantData))) {
      throw LicenceErrors.create('PREVIOUS_LICENCE_NOT_HELD', { number });
    }
    if (kind === 'new') {
      throw LicenceErrors.create('PREVIOUS_LICENCE_NOT_FOR_NEW', {}, problem('only for renew, amend or cancel requests'));
    }
    if (licence.licenceType !== licenceType) {
      throw LicenceErrors.create('PREVIOUS_LICENCE_OTHER_TYPE', { number, actual: licence.licenceType, wanted: licenceType }, problem(`is a ${licence.licenceType}`));
    }
    const application = await this.applications.getById(licence.applicationId);
    const expired = licence.validUntil !== null && licence.validUntil.getTime() < Date.now();
    if (expired || application.status !== 'completed' || licence.status !== 'valid') {
      const standing = expired ? 'expired' : application.status;
      throw LicenceErrors.create('PREVIOUS_LICENCE_NOT_IN_FORCE', { number, standing, kind, kindTh: kindTh(kind) }, problem(`licence is ${standing}`));
    }
    const [pending] = await this.applications.find({
      where: { previousLicenceNumber: number, status: Not(In([...TERMINAL_ONLY_STATUSES])), id: Not(application.id) },
      order: { createdAt: 'DESC' },
      take: 1,
    });
    if (pending) {
      throw LicenceErrors.create(
        'PREVIOUS_LICENCE_HAS_OPEN_REQUEST',
        { number, kind: pending.kind, kindTh: kindTh(pending.kind), trackingNumber: pending.trackingNumber },
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
    throw LicenceErrors.create('REQUEST_NOT_FOR_HOLDER', { number: previous.licence.number, ownerTh: owner, ownerEn }, [
      { field: 'applicant', problem: `must be the licence's holder (${ownerEn})` },
    ]);
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
