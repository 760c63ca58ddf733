import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@bizportal/identity';
import { PoliciesView } from './consent.views';
import { CURRENT_PRIVACY_NOTICE } from './privacy-notice';

/** The portal's policies the public pages and API clients need: the current privacy notice and whom to contact. */
@ApiTags('policies')
@Controller('policies')
export class PoliciesController {
  constructor(private readonly config: ConfigService) {}

  @Access.public('none')
  @Get()
  @ApiOperation({
    summary: 'The current privacy notice version and the portal’s contact / ประกาศความเป็นส่วนตัวฉบับปัจจุบันและช่องทางติดต่อ',
    description: 'SUBMIT must carry data.privacyConsent {noticeVersion: privacyNotice.version, agreed: true}.',
  })
  @ApiOkResponse({ type: PoliciesView })
  get(): PoliciesView {
    const notice = CURRENT_PRIVACY_NOTICE;
    return {
      privacyNotice: { version: notice.version, issuedOn: notice.issuedOn, url: '/privacy', covers: notice.covers.map((p) => ({ code: p.code, label: p.label })) },
      contact: { email: this.config.get<string>('PORTAL_CONTACT_EMAIL') || null },
    };
  }
}
