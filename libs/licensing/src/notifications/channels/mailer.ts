import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type * as Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The delivery's id: a resend after a crash carries the same Message-ID, so a mailbox can tell. */
  messageId: string;
}

/** Sends email through nodemailer over SMTP (`SMTP_URL`, from `MAIL_FROM`). */
@Injectable()
export class Mailer {
  private transport: Transporter | null = null;

  constructor(private readonly config: ConfigService) {}

  async send(mail: Mail): Promise<{ providerMessageId: string | null }> {
    const url = this.config.get<string>('SMTP_URL');
    if (!url) throw new Error('SMTP_URL is not configured');
    // Required on the first email rather than at every start of the API.
    this.transport ??= (require('nodemailer') as typeof Nodemailer).createTransport(url);
    const from = this.config.get<string>('MAIL_FROM') ?? 'Biz Portal <no-reply@bizportal.localhost>';
    const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'bizportal.localhost';
    const info = await this.transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<${mail.messageId}@${domain}>` });
    return { providerMessageId: info.messageId ?? null };
  }
}
