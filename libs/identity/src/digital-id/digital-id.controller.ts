import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, ApiErrors, RateLimit } from '../access';
import { SignedInDto } from '../auth.dto';
import { SessionCookies, wantsJson } from '../sessions/session-cookies';
import { DigitalIdCallbackQuery, DigitalIdLoginQuery } from './digital-id-callback.dto';
import { DigitalIdErrors as D } from './digital-id-errors';
import { DigitalIdService } from './digital-id.service';

/**
 * Both routes are browser navigations (BrowserNavigation): a refusal redirects to /sign-in?error=<CODE> unless the
 * request sends `Accept: application/json`, which gets the error body. The callback then signs the browser in with
 * the session cookie and a 303 to the page it started from; with `Accept: application/json` it answers
 * {accessToken, user, expiresAt} instead, for an API client (still only in the client that started the sign-in).
 */
@ApiTags('auth')
@Controller('auth/digital-id')
export class DigitalIdController {
  constructor(
    private readonly digitalId: DigitalIdService,
    private readonly cookies: SessionCookies,
  ) {}

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Get('login')
  @ApiErrors(D.code.DIGITAL_ID_NOT_CONFIGURED, D.code.DIGITAL_ID_UNAVAILABLE, D.code.DIGITAL_ID_RETURN_TO_INVALID)
  @ApiFoundResponse({
    description: "To the provider's sign-in page; sets the httpOnly cookie that binds the sign-in to this browser (10 minutes)",
    headers: { Location: { description: 'The provider’s authorization URL (state, nonce, PKCE S256)', schema: { type: 'string', format: 'uri' } } },
  })
  @ApiResponse({ status: 303, description: 'A browser (no `Accept: application/json`) whose sign-in cannot start goes to /sign-in?error=<CODE>' })
  @ApiOperation({ summary: 'Sign in with Digital ID: redirects to the identity provider / เข้าสู่ระบบด้วย Digital ID' })
  async login(@Query() query: DigitalIdLoginQuery, @Res() res: Response): Promise<void> {
    const binding = this.cookies.newBinding();
    const url = await this.digitalId.startLogin({ bindingHash: binding.hash, returnTo: query.returnTo });
    this.cookies.setBinding(res, binding.value);
    res.redirect(302, url);
  }

  @Access.public('sign-in')
  @RateLimit('sign-in')
  @Get('callback')
  @ApiErrors(D.code.DIGITAL_ID_NOT_CONFIGURED, D.code.DIGITAL_ID_UNAVAILABLE, D.code.DIGITAL_ID_BROWSER_MISMATCH, D.code.DIGITAL_ID_STATE_UNKNOWN, D.code.DIGITAL_ID_STATE_USED, D.code.DIGITAL_ID_STATE_EXPIRED, D.code.DIGITAL_ID_SIGN_IN_CANCELLED, D.code.DIGITAL_ID_SIGN_IN_REFUSED, D.code.DIGITAL_ID_CODE_REFUSED, D.code.DIGITAL_ID_CLIENT_REFUSED, D.code.DIGITAL_ID_ANSWER_INVALID, D.code.DIGITAL_ID_NO_ID_TOKEN, D.code.DIGITAL_ID_INVALID_NATIONAL_ID, D.code.DIGITAL_ID_NO_NAME)
  @ApiResponse({ status: 303, description: 'Signed in: the session cookie is set and the browser goes to returnTo (default /); refused: to /sign-in?error=<CODE>' })
  @ApiOkResponse({ type: SignedInDto, description: 'With Accept: application/json: the bearer token, and no cookie' })
  @ApiOperation({ summary: 'Where the identity provider returns: signs the browser in / ปลายทางหลังยืนยันตัวตน' })
  async callback(@Query() query: DigitalIdCallbackQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    // One try per binding: whatever the outcome, the browser must start again for another.
    this.cookies.clearBinding(res);
    const { signedIn, returnTo } = await this.digitalId.finishLogin(query, this.cookies.bindingOf(req));
    const { accessToken, user, expiresAt } = signedIn;
    if (wantsJson(req)) {
      res.status(200).json({ accessToken, user, expiresAt: expiresAt.toISOString() } satisfies SignedInDto);
      return;
    }
    this.cookies.setSession(res, accessToken, expiresAt);
    res.redirect(303, returnTo ?? '/');
  }
}
