import { NotFoundError } from '@bizportal/common';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { ApplicationEntity } from '../entities';

/**
 * Who may see an application: its applicant, staff of the office it is routed to, and auditors.
 * Anyone else is told it does not exist, so ids of other people's applications leak nothing.
 */
export function canSeeApplication(user: AuthenticatedUser, app: ApplicationEntity): boolean {
  if (user.roles.includes('auditor')) return true;
  if (user.roles.includes('applicant') && app.applicantId === user.id) return true;
  const isStaff = user.roles.includes('officer') || user.roles.includes('approver');
  return isStaff && user.agencyId !== null && app.agencyId === user.agencyId;
}

export function notFoundApplication(id: string): NotFoundError {
  return new NotFoundError(`ไม่พบคำขอ / No application ${id} that you can see`);
}

export function assertCanSee(user: AuthenticatedUser, app: ApplicationEntity | null, id: string): ApplicationEntity {
  if (!app || !canSeeApplication(user, app)) throw notFoundApplication(id);
  return app;
}
