import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ForbiddenError, UnauthorizedError } from '@bizportal/common';
import type { Role } from '@bizportal/engine';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';

/** Global guard: every route needs a valid bearer token unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new UnauthorizedError('กรุณาเข้าสู่ระบบ / Sign in first: send an Authorization: Bearer token');
    let user: AuthenticatedUser;
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string } & Omit<AuthenticatedUser, 'id'>>(token);
      user = { id: payload.sub, username: payload.username, roles: payload.roles, agencyId: payload.agencyId, displayName: payload.displayName };
    } catch {
      throw new UnauthorizedError('โทเค็นไม่ถูกต้องหรือหมดอายุ / The token is invalid or has expired: sign in again');
    }
    request.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((r) => user.roles.includes(r))) {
      throw new ForbiddenError(`ไม่มีสิทธิ์ใช้งานส่วนนี้ / This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
