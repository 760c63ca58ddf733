import { Controller, Get, Header, Query, Redirect } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, RateLimit } from '../access';
import { DigitalIdCallbackQuery } from './digital-id-callback.dto';
import { DigitalIdErrors as D } from './digital-id-errors';
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
  @ApiErrors(D.code.DIGITAL_ID_NOT_CONFIGURED, D.code.DIGITAL_ID_UNAVAILABLE)
  @ApiOperation({ summary: 'Sign in with Digital ID: redirects to the identity provider / เข้าสู่ระบบด้วย Digital ID' })
  async login() {
    return { url: await this.digitalId.startLogin(), statusCode: 302 };
  }

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Get('callback')
  @Header('Cache-Control', 'no-store')
  @ApiErrors(D.code.DIGITAL_ID_NOT_CONFIGURED, D.code.DIGITAL_ID_UNAVAILABLE, D.code.DIGITAL_ID_STATE_UNKNOWN, D.code.DIGITAL_ID_STATE_USED, D.code.DIGITAL_ID_STATE_EXPIRED, D.code.DIGITAL_ID_SIGN_IN_CANCELLED, D.code.DIGITAL_ID_SIGN_IN_REFUSED, D.code.DIGITAL_ID_CODE_REFUSED, D.code.DIGITAL_ID_CLIENT_REFUSED, D.code.DIGITAL_ID_ANSWER_INVALID, D.code.DIGITAL_ID_NO_ID_TOKEN, D.code.DIGITAL_ID_INVALID_NATIONAL_ID, D.code.DIGITAL_ID_NO_NAME)
  @ApiOperation({ summary: 'Where the identity provider returns: answers {accessToken, user} / ปลายทางหลังยืนยันตัวตน' })
  callback(@Query() query: DigitalIdCallbackQuery) {
    return this.digitalId.finishLogin(query);
  }
}
