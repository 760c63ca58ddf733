import { In, type FindOptionsWhere } from 'typeorm';
import type { DomainError } from '@bizportal/common';
import { isOfficeStaff, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors } from './application-errors';
import type { ApplicationEntity } from './application.entities';

/**
 * Registration numbers of the juristic persons the user may act for: those whose register names her
 * as an authorised director (from government data exchange, see ApplicantDataService.actingFor).
 */
export type ActingFor = ReadonlySet<string>;
const NOBODY: ActingFor = new Set();

/**
 * Who may see an application: its applicant, another authorised director of the juristic person it is
 * for, staff of the office it is routed to, and auditors. Anyone else is told it does not exist, so
 * ids of other people's applications leak nothing.
 */
export function canSeeApplication(user: AuthenticatedUser, app: ApplicationEntity, actingFor: ActingFor = NOBODY): boolean {
  if (user.roles.includes('auditor')) return true;
  if (user.roles.includes('applicant') && app.applicantId === user.id) return true;
  if (user.roles.includes('applicant') && app.holderType === 'juristic' && app.holderId !== null && actingFor.has(app.holderId)) return true;
  return isOfficeStaff(user, app.agencyId);
}

export function notFoundApplication(id: string): DomainError {
  return ApplicationErrors.create('APPLICATION_NOT_FOUND', { id });
}

export function assertCanSee(user: AuthenticatedUser, app: ApplicationEntity | null, id: string, actingFor: ActingFor = NOBODY): ApplicationEntity {
  if (!app || !canSeeApplication(user, app, actingFor)) throw notFoundApplication(id);
  return app;
}

/** Whether the answer for this user and application depends on the juristic persons she directs (worth asking the register). */
export function seenOnlyAsDirector(user: AuthenticatedUser, app: ApplicationEntity | null): boolean {
  return !!app && app.holderType === 'juristic' && user.roles.includes('applicant') && app.applicantId !== user.id;
}

/** Rows of her own and, as an alternative, rows held by the juristic persons she directs. */
export function ownOrCompanies<T extends { holderType: string; holderId: string | null }>(own: FindOptionsWhere<T>, actingFor: ActingFor): FindOptionsWhere<T>[] {
  if (actingFor.size === 0) return [own];
  return [own, { holderType: 'juristic', holderId: In([...actingFor]) } as FindOptionsWhere<T>];
}

/**
 * The applications a user may list, as alternatives: auditors all, office staff their office's,
 * applicants their own and those of the juristic persons they direct.
 */
export function applicationScopes(user: AuthenticatedUser, actingFor: ActingFor = NOBODY): FindOptionsWhere<ApplicationEntity>[] {
  if (user.roles.includes('auditor')) return [{}];
  if (isOfficeStaff(user)) return [{ agencyId: user.agencyId! }];
  if (user.roles.includes('applicant')) return ownOrCompanies<ApplicationEntity>({ applicantId: user.id }, actingFor);
  throw ApplicationErrors.create('APPLICATION_LIST_NOT_AVAILABLE');
}

/**
 * Whether the user may see the applicant's own citizen record (address, date of birth) kept with the
 * application: the applicant, the office and auditors may; a co-director sees the company, not her home.
 */
export function canSeeApplicantPersonalData(user: AuthenticatedUser, app: ApplicationEntity): boolean {
  if (user.roles.includes('applicant')) return app.applicantId === user.id;
  return true;
}
