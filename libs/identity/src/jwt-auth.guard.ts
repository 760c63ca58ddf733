import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { RequestErrors } from '@bizportal/common';
import type { Role } from '@bizportal/engine';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { SessionCookies } from './sessions/session-cookies';
import { Sessions } from './sessions/sessions.service';

/** How the guard found the caller's session: an API client's bearer header, or a browser's session cookie. */
export type AuthenticatedBy = 'bearer' | 'cookie';

/**
 * Global guard: every route needs a live session unless marked @Public(), named by an `Authorization: Bearer`
 * header or, when there is none, by the browser's session cookie; @Roles() narrows it by the roles the account
 * holds now (Sessions.authenticate), not those written in the token. A write authenticated by the cookie must
 * also carry the CSRF token and come from our own origin; a refused cookie is cleared.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
    private readonly cookies: SessionCookies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: unknown; sessionId?: string; authenticatedBy?: AuthenticatedBy }>();
    const header: string | undefined = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    // A bearer header decides alone (an API client; a cross-site page cannot send one): no cookie, no CSRF check.
    const cookie = bearer || header ? undefined : this.cookies.session(request);
    const token = bearer || cookie;
    if (!token) throw RequestErrors.create('AUTHENTICATION_REQUIRED', { reason: 'send an Authorization: Bearer token, or sign in with the browser' });
    let authenticated: Awaited<ReturnType<Sessions['authenticate']>>;
    try {
      authenticated = await this.sessions.authenticate(token);
    } catch (error) {
      if (cookie) this.cookies.clearSession(context.switchToHttp().getResponse<Response>());
      throw error;
    }
    if (cookie) this.cookies.assertSameOriginWrite(request);
    request.user = authenticated.user;
    request.sessionId = authenticated.sessionId;
    request.authenticatedBy = cookie ? 'cookie' : 'bearer';

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((r) => authenticated.user.roles.includes(r))) throw RequestErrors.create('ROLE_FORBIDDEN', { roles: roles.join(', ') });
    return true;
  }
}
