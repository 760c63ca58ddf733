import type { FindOptionsWhere } from 'typeorm';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { ApplicantChoice, ApplicantDataService } from '../applicant-data';
import { ownOrCompanies, type ActingFor, type ApplicationEntity, type Holder } from '../core';
import type { LicenceEntity } from './licence.entity';

/** A licence belongs to whom its application was for: the applicant herself, or the juristic person she applied for. */
export function licenceHolderOf(app: ApplicationEntity): Pick<LicenceEntity, 'holderType' | 'holderId'> {
  return app.holderType === 'juristic' && app.holderId
    ? { holderType: 'juristic', holderId: app.holderId }
    : { holderType: 'person', holderId: app.applicantId };
}

/**
 * Whether the licence is the user's own, or her company's while the register names her an authorised
 * director; the register is asked only for a company's licence.
 */
export async function holdsLicence(user: AuthenticatedUser, licence: LicenceEntity, applicantData: ApplicantDataService): Promise<boolean> {
  if (!user.roles.includes('applicant')) return false;
  if (licence.holderType !== 'juristic') return licence.holderId === user.id;
  return (await applicantData.actingFor(user)).has(licence.holderId);
}

/** The licences a user holds, as alternatives: her own and those of the juristic persons she directs. */
export function heldLicenceScopes(user: AuthenticatedUser, actingFor: ActingFor): FindOptionsWhere<LicenceEntity>[] {
  return ownOrCompanies<LicenceEntity>({ holderType: 'person', holderId: user.id }, actingFor);
}

/** How a licence's holder is shown to those who may see it. */
export function holderOf(licence: LicenceEntity) {
  return { type: licence.holderType, id: licence.holderId, name: licence.holderName };
}

/** A renewal, amendment or cancellation is made for the licence's holder unless the request says otherwise. */
export function applicantChoiceFor(licence: LicenceEntity): ApplicantChoice {
  return licence.holderType === 'juristic' ? { type: 'juristic', registrationNumber: licence.holderId } : { type: 'person' };
}

/** Whether an application for this holder, made by this user, is for the licence's holder. */
export function isForLicenceHolder(licence: LicenceEntity, holder: Holder, user: AuthenticatedUser): boolean {
  if (licence.holderType !== holder.type) return false;
  return licence.holderType === 'juristic' ? licence.holderId === holder.id : licence.holderId === user.id;
}
