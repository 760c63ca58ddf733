import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Repository } from 'typeorm';
import { dateVars, ReminderSource, type DueReminder, type ReminderSourceProvider } from '@bizportal/licensing';
import { PaymentEntity } from './entities';

/** How long before an open PromptPay QR expires that the applicant is reminded. */
export const PROMPTPAY_REMINDER_MS = 30 * 60 * 1000;

/**
 * The `promptpay-expiring` reminder, contributed to licensing's reminder job (payments owns the payments table, and
 * licensing never imports payments): an open PromptPay QR that expires within 30 minutes → the applicant, once per QR.
 */
@ReminderSource('promptpay-expiring')
@Injectable()
export class PromptPayExpiryReminders implements ReminderSourceProvider {
  constructor(@InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>) {}

  async due(now: Date): Promise<DueReminder[]> {
    const rows = await this.payments.find({
      where: { method: 'promptpay', status: 'pending', expiresAt: Between(now, new Date(now.getTime() + PROMPTPAY_REMINDER_MS)) },
      order: { expiresAt: 'ASC' },
      take: 500,
    });
    return rows.map((payment) => ({
      subjectId: payment.id,
      dueKey: payment.expiresAt!.toISOString(),
      applicationId: payment.applicationId,
      template: 'reminder-promptpay-expiring',
      vars: dateVars('expires', payment.expiresAt!, true),
      recipients: [{ to: 'applicant' }],
    }));
  }
}
