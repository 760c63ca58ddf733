import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestErrors } from '@bizportal/common';
import type { Role } from '@bizportal/engine';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { Sessions } from './sessions/sessions.service';

/**
 * Global guard: every route needs a bearer token of a live session unless marked @Public(); @Roles()
 * narrows it by the roles the account holds now (Sessions.authenticate), not those written in the token.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw RequestErrors.create('AUTHENTICATION_REQUIRED', { reason: 'send an Authorization: Bearer token' });
    const { user, sessionId } = await this.sessions.authenticate(token);
    request.user = user;
    request.sessionId = sessionId;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((r) => user.roles.includes(r))) throw RequestErrors.create('ROLE_FORBIDDEN', { roles: roles.join(', ') });
    return true;
  }
}
