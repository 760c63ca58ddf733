import { Controller, Get, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ApiErrors } from '@bizportal/identity';
import { LocalSmsProvider, SmsProvider } from './channels/sms-provider';
import { NotificationErrors as N } from './notification-errors';
import { LocalSmsView } from './notification.views';

/** Development only: where the local mailbox is, and the SMS the local provider kept. 404 in production. */
@ApiTags('notifications')
@Controller('dev')
export class DevInboxController {
  constructor(
    private readonly config: ConfigService,
    private readonly sms: SmsProvider,
  ) {}

  private get development(): boolean {
    return this.config.get<string>('NODE_ENV') !== 'production';
  }

  @Access.public('none')
  @Get('mailbox')
  @ApiOperation({ summary: 'Redirect to the local mailbox’s web page (development only) / กล่องจดหมายทดสอบ' })
  @ApiFoundResponse({
    description: 'To the local mailbox (maildev) that `npm start` runs',
    headers: { Location: { description: 'The mailbox’s web page (DEV_MAILBOX_URL)', schema: { type: 'string', format: 'uri' } } },
  })
  @ApiErrors(N.code.DEV_MAILBOX_UNAVAILABLE)
  mailbox(@Res() res: Response): void {
    const url = this.config.get<string>('DEV_MAILBOX_URL');
    if (!this.development || !url) throw N.create('DEV_MAILBOX_UNAVAILABLE');
    res.redirect(302, url);
  }

  @Access.public('none')
  @Get('sms')
  @ApiOperation({ summary: 'The SMS the local provider kept, newest first (development only) / SMS ทดสอบ' })
  @ApiOkResponse({ type: [LocalSmsView] })
  @ApiErrors(N.code.DEV_MAILBOX_UNAVAILABLE)
  localSms(): LocalSmsView[] {
    if (!this.development || !(this.sms instanceof LocalSmsProvider)) throw N.create('DEV_MAILBOX_UNAVAILABLE');
    return this.sms.list();
  }
}
