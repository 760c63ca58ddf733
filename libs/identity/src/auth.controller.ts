import { Body, Controller, Get, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RequestErrors } from '@bizportal/common';
import { Access, ApiErrors, RateLimit } from './access';
import { CurrentSessionId, CurrentUser } from './auth.decorators';
import { AuthenticatedUserDto, CsrfTokenDto, DevUserDto, SignedInDto } from './auth.dto';
import type { AuthenticatedUser } from './authenticated-user';
import { DevLoginDto } from './dev-login.dto';
import { DevLogin, type DevUserView } from './dev-login.service';
import { IdentityErrors } from './identity-errors';
import { CSRF_HEADER, SessionCookies } from './sessions/session-cookies';
import { Sessions } from './sessions/sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly devLogins: DevLogin,
    private readonly sessions: Sessions,
    private readonly cookies: SessionCookies,
    private readonly config: ConfigService,
  ) {}

  private assertDevLoginEnabled(): void {
    // Answer as if the route did not exist, so production does not advertise it.
    if (!this.config.get<boolean>('DEV_LOGIN_ENABLED')) throw RequestErrors.create('ROUTE_NOT_FOUND', { detail: 'Cannot find this route' });
  }

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Post('dev-login')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiErrors(RequestErrors.code.ROUTE_NOT_FOUND, IdentityErrors.code.DEMO_USER_NOT_FOUND, IdentityErrors.code.CSRF_ORIGIN_REFUSED)
  @ApiOkResponse({ type: SignedInDto, description: 'The session: its bearer token, or (cookie: true) the session cookie and no token' })
  @ApiOperation({ summary: 'Sign in as a demo user (embedded mode only) / เข้าสู่ระบบด้วยผู้ใช้ทดลอง' })
  async devLogin(@Body() body: DevLoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignedInDto> {
    this.assertDevLoginEnabled();
    // A page of another site must not sign this browser in as someone of its choosing (login CSRF).
    if (body.cookie) this.cookies.assertOrigin(req);
    const { accessToken, user, expiresAt } = await this.devLogins.devLogin(body);
    if (!body.cookie) return { accessToken, user, expiresAt: expiresAt.toISOString() };
    this.cookies.setSession(res, accessToken, expiresAt);
    return { user, expiresAt: expiresAt.toISOString() };
  }

  @Access.public('none')
  @Get('dev-users')
  @ApiErrors(RequestErrors.code.ROUTE_NOT_FOUND)
  @ApiOkResponse({ type: DevUserDto, isArray: true, description: 'Every stored account, for a development sign-in page' })
  @ApiOperation({ summary: 'List the demo users (embedded mode only) / รายชื่อผู้ใช้ทดลอง' })
  devUsers(): Promise<DevUserView[]> {
    this.assertDevLoginEnabled();
    return this.devLogins.listDevUsers();
  }

  @Access.public('none')
  @Get('csrf')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: CsrfTokenDto, description: 'The token, also set as an httpOnly cookie; valid with the session cookie the browser holds now' })
  @ApiOperation({ summary: 'A CSRF token for writes made with the session cookie / รหัสป้องกันการปลอมแปลงคำขอ' })
  csrf(@Req() req: Request, @Res({ passthrough: true }) res: Response): CsrfTokenDto {
    return { token: this.cookies.csrfToken(req, res), headerName: CSRF_HEADER };
  }

  @Access.signedIn('self')
  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOkResponse({ type: AuthenticatedUserDto })
  @ApiOperation({ summary: 'The signed-in user / ผู้ใช้ที่เข้าสู่ระบบ' })
  me(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @Access.signedIn('self')
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'The session has ended; its cookie, if any, is cleared' })
  @ApiOperation({ summary: 'Sign out: the session of this token or cookie ends / ออกจากระบบ' })
  async logout(@CurrentSessionId() sessionId: string, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.revoke(sessionId);
    this.cookies.clearSession(res);
  }
}
