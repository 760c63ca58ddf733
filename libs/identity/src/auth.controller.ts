import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@bizportal/common';
import { Access, RateLimit } from './access';
import { CurrentUser } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';
import { DevLoginDto } from './dev-login.dto';
import { IdentityService } from './identity.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly identity: IdentityService,
    private readonly config: ConfigService,
  ) {}

  private assertDevLoginEnabled(): void {
    // Answer as if the route did not exist, so production does not advertise it.
    if (!this.config.get<boolean>('DEV_LOGIN_ENABLED')) throw new NotFoundError('Cannot find this route');
  }

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Post('dev-login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in as a demo user (embedded mode only) / เข้าสู่ระบบด้วยผู้ใช้ทดลอง' })
  devLogin(@Body() body: DevLoginDto) {
    this.assertDevLoginEnabled();
    return this.identity.devLogin(body);
  }

  @Access.public('none')
  @Get('dev-users')
  @ApiOperation({ summary: 'List the demo users (embedded mode only) / รายชื่อผู้ใช้ทดลอง' })
  devUsers() {
    this.assertDevLoginEnabled();
    return this.identity.listDevUsers();
  }

  @Access.signedIn('self')
  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user / ผู้ใช้ที่เข้าสู่ระบบ' })
  me(@CurrentUser() user: AuthenticatedUser) {
    return user;
  }
}
