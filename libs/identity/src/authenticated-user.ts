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
