import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestErrors } from '@bizportal/common';
import { Access, ApiErrors, RateLimit } from './access';
import { CurrentSessionId, CurrentUser } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';
import { DevLoginDto } from './dev-login.dto';
import { DevLogin } from './dev-login.service';
import { IdentityErrors } from './identity-errors';
import { Sessions } from './sessions/sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly devLogins: DevLogin,
    private readonly sessions: Sessions,
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
  @ApiErrors(RequestErrors.code.ROUTE_NOT_FOUND, IdentityErrors.code.DEMO_USER_NOT_FOUND)
  @ApiOperation({ summary: 'Sign in as a demo user (embedded mode only) / เข้าสู่ระบบด้วยผู้ใช้ทดลอง' })
  devLogin(@Body() body: DevLoginDto) {
    this.assertDevLoginEnabled();
    return this.devLogins.devLogin(body);
  }

  @Access.public('none')
  @Get('dev-users')
  @ApiErrors(RequestErrors.code.ROUTE_NOT_FOUND)
  @ApiOperation({ summary: 'List the demo users (embedded mode only) / รายชื่อผู้ใช้ทดลอง' })
  devUsers() {
    this.assertDevLoginEnabled();
    return this.devLogins.listDevUsers();
  }

  @Access.signedIn('self')
  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user / ผู้ใช้ที่เข้าสู่ระบบ' })
  me(@CurrentUser() user: AuthenticatedUser) {
    return user;
  }

  @Access.signedIn('self')
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: the session of this token ends / ออกจากระบบ' })
  async logout(@CurrentSessionId() sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }
}
