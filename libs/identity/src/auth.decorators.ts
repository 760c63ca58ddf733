import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@bizportal/engine';
import type { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'bizportal:isPublic';
export const REQUIRED_ROLES = 'bizportal:roles';

/** The route needs no sign-in (public tracking, catalogue, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The signed-in user must hold one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser => ctx.switchToHttp().getRequest().user,
);

/** The id of the caller's session (the token's `sid`), as the guard checked it. */
export const CurrentSessionId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => ctx.switchToHttp().getRequest().sessionId);
