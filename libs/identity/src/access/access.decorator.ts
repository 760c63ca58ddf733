import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { Role } from '@bizportal/engine';
import { IS_PUBLIC, REQUIRED_ROLES } from '../auth.decorators';
import type { ResourceRule } from './resource-rules';

export const ACCESS_RULE = 'bizportal:access';

/** Who may call a route (enforced by JwtAuthGuard) and which resource rule then decides (enforced where the data is loaded). */
export interface AccessRule {
  who: 'public' | 'signed-in' | 'roles';
  roles: Role[];
  resource: ResourceRule;
}

function declare(rule: AccessRule, ...guard: MethodDecorator[]): MethodDecorator {
  return applyDecorators(SetMetadata(ACCESS_RULE, rule), ...guard);
}

/**
 * Every route carries exactly one of these; a route without one stops the start
 * (assertEveryRouteDeclaresAccess). They write the same metadata as @Public()/@Roles(), set on the
 * handler so that a class-level decorator cannot widen the route by accident.
 */
export const Access = {
  /** No sign-in needed. */
  public: (resource: ResourceRule): MethodDecorator => declare({ who: 'public', roles: [], resource }, SetMetadata(IS_PUBLIC, true)),
  /** Any signed-in user; the resource rule narrows what she gets. */
  signedIn: (resource: ResourceRule): MethodDecorator => declare({ who: 'signed-in', roles: [], resource }, SetMetadata(IS_PUBLIC, false)),
  /** A signed-in user holding one of the roles; the resource rule narrows what she gets. */
  roles: (roles: Role[], resource: ResourceRule): MethodDecorator => {
    if (roles.length === 0) throw new Error('Access.roles needs at least one role; use Access.signedIn for any signed-in user');
    return declare({ who: 'roles', roles: [...roles], resource }, SetMetadata(IS_PUBLIC, false), SetMetadata(REQUIRED_ROLES, [...roles]));
  },
};
