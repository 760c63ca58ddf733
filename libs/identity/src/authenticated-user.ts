import type { Actor, Role } from '@bizportal/engine';

/** The signed-in person, as carried in the bearer token. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  roles: Role[];
  agencyId: string | null;
  displayName: string;
}

export function actorOf(user: AuthenticatedUser): Actor {
  return { id: user.id, roles: user.roles, agencyId: user.agencyId };
}

const OFFICE_ROLES: readonly Role[] = ['officer', 'approver', 'head_of_office'];

/** Whether she works in an office (any office when none is named, else that office). */
export function isOfficeStaff(user: AuthenticatedUser, agencyId?: string | null): boolean {
  if (user.agencyId === null || !user.roles.some((role) => OFFICE_ROLES.includes(role))) return false;
  return agencyId === undefined || user.agencyId === agencyId;
}
