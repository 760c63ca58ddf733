import { In, IsNull, Not, type FindOptionsWhere } from 'typeorm';
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
 * Who may see an application: its applicant (the agent, for one filed under a grant), another authorised director of
 * the juristic person it is for, the person it is for when an agent filed it (`ownNationalId`: the caller's), staff of
 * the office it is routed to, and auditors. Anyone else is told it does not exist, so ids of other people's
 * applications leak nothing.
 */
export function canSeeApplication(user: AuthenticatedUser, app: ApplicationEntity, actingFor: ActingFor = NOBODY, ownNationalId: string | null = null): boolean {
  if (user.roles.includes('auditor')) return true;
  if (user.roles.includes('applicant') && app.applicantId === user.id) return true;
  if (user.roles.includes('applicant') && app.holderType === 'juristic' && app.holderId !== null && actingFor.has(app.holderId)) return true;
  if (user.roles.includes('applicant') && app.holderType === 'person' && ownNationalId !== null && app.holderId === ownNationalId) return true;
  return isOfficeStaff(user, app.agencyId);
}

export function notFoundApplication(id: string): DomainError {
  return ApplicationErrors.create('APPLICATION_NOT_FOUND', { id });
}

export function assertCanSee(user: AuthenticatedUser, app: ApplicationEntity | null, id: string, actingFor: ActingFor = NOBODY, ownNationalId: string | null = null): ApplicationEntity {
  if (!app || !canSeeApplication(user, app, actingFor, ownNationalId)) throw notFoundApplication(id);
  return app;
}

/**
 * Whether the answer for this user and application depends on who she is in the registers: a director of the juristic
 * person it is for, or the person an agent filed it for (worth reading her national ID and asking the register).
 */
export function seenOnlyAsHolder(user: AuthenticatedUser, app: ApplicationEntity | null): app is ApplicationEntity {
  return !!app && app.holderId !== null && user.roles.includes('applicant') && app.applicantId !== user.id && (app.holderType === 'juristic' || app.agentGrantId !== null);
}

/** Rows of her own and, as an alternative, rows held by the juristic persons she directs. */
export function ownOrCompanies<T extends { holderType: string; holderId: string | null }>(own: FindOptionsWhere<T>, actingFor: ActingFor): FindOptionsWhere<T>[] {
  if (actingFor.size === 0) return [own];
  return [own, { holderType: 'juristic', holderId: In([...actingFor]) } as FindOptionsWhere<T>];
}

/**
 * The applications a user may list, as alternatives: auditors all, office staff their office's,
 * applicants their own (those they filed, for others too), those of the juristic persons they direct, and those
 * agents filed for them (`ownNationalId`).
 */
export function applicationScopes(user: AuthenticatedUser, actingFor: ActingFor = NOBODY, ownNationalId: string | null = null): FindOptionsWhere<ApplicationEntity>[] {
  if (user.roles.includes('auditor')) return [{}];
  if (isOfficeStaff(user)) return [{ agencyId: user.agencyId! }];
  if (!user.roles.includes('applicant')) throw ApplicationErrors.create('APPLICATION_LIST_NOT_AVAILABLE');
  const scopes = ownOrCompanies<ApplicationEntity>({ applicantId: user.id }, actingFor);
  return ownNationalId ? [...scopes, { holderType: 'person', holderId: ownNationalId, agentGrantId: Not(IsNull()) }] : scopes;
}

/**
 * Whether the user may see the applicant's own citizen record (address, date of birth) kept with the
 * application: the applicant, the office and auditors may; a co-director sees the company, not her home.
 */
export function canSeeApplicantPersonalData(user: AuthenticatedUser, app: ApplicationEntity): boolean {
  if (user.roles.includes('applicant')) return app.applicantId === user.id;
  return true;
}
