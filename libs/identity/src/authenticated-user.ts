import type { Actor, Role } from '@bizportal/engine';
import type { UserEntity } from './entities';

/** The signed-in person, as her account says at the time of the request (the bearer token names her session). */
export interface AuthenticatedUser {
  id: string;
  username: string;
  roles: Role[];
  agencyId: string | null;
  displayName: string;
}

export function authenticatedUserOf(account: UserEntity): AuthenticatedUser {
  return { id: account.id, username: account.username, roles: account.roles, agencyId: account.agencyId, displayName: account.displayNameTh };
}

export function actorOf(user: AuthenticatedUser): Actor {
  return { id: user.id, roles: user.roles, agencyId: user.agencyId };
}

export const OFFICE_ROLES: readonly Role[] = ['officer', 'approver', 'signer', 'head_of_office'];

/** Whether she works in an office (any office when none is named, else that office). */
export function isOfficeStaff(user: AuthenticatedUser, agencyId?: string | null): boolean {
  if (user.agencyId === null || !user.roles.some((role) => OFFICE_ROLES.includes(role))) return false;
  return agencyId === undefined || user.agencyId === agencyId;
}
