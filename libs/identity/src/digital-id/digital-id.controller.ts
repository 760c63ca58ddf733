import { Controller, Get, Header, Query, Redirect } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, RateLimit } from '../access';
import { DigitalIdCallbackQuery } from './digital-id-callback.dto';
import { DigitalIdService } from './digital-id.service';

@ApiTags('auth')
@Controller('auth/digital-id')
export class DigitalIdController {
  constructor(private readonly digitalId: DigitalIdService) {}

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Get('login')
  @Redirect()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Sign in with Digital ID: redirects to the identity provider / เข้าสู่ระบบด้วย Digital ID' })
  async login() {
    return { url: await this.digitalId.startLogin(), statusCode: 302 };
  }

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Get('callback')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Where the identity provider returns: answers {accessToken, user} / ปลายทางหลังยืนยันตัวตน' })
  callback(@Query() query: DigitalIdCallbackQuery) {
    return this.digitalId.finishLogin(query);
  }
}
