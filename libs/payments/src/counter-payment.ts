import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { formatBaht } from '@bizportal/common';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore } from '@bizportal/licensing';
import { PaymentEntity } from './entities';
import { PaymentErrors } from './payment-errors';
import { paymentView } from './payment-queries';
import { PaymentRecords } from './payment-records';
import { SettlePayment } from './settle-payment';

/** A payment made in cash at the office, recorded by its staff with the office's receipt number. */
@Injectable()
export class CounterPayment {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly applications: ApplicationStore,
    private readonly records: PaymentRecords,
    private readonly settlement: SettlePayment,
  ) {}

  async record(user: AuthenticatedUser, applicationId: string, request: { receiptNumber: string; amountSatang: number }) {
    const app = await this.applications.load(applicationId, user);
    const isStaff = (user.roles.includes('officer') || user.roles.includes('approver')) && user.agencyId === app.agencyId;
    if (!isStaff) throw PaymentErrors.create('COUNTER_STAFF_ONLY');
    const invoice = await this.records.openInvoice(app);
    if (request.amountSatang !== invoice.amountSatang) {
      throw PaymentErrors.create('COUNTER_AMOUNT_MISMATCH', { amount: formatBaht(request.amountSatang), due: formatBaht(invoice.amountSatang) }, [
        { field: 'amountSatang', problem: `must be ${invoice.amountSatang}, the fee due` },
      ]);
    }
    const now = new Date();
    const { payment } = await this.records.createPaymentRow(invoice, 'counter', `${invoice.id}:office:${request.receiptNumber}`, user.id, now, {
      officeReceiptNumber: request.receiptNumber,
    });
    if (payment.appliedAt) return paymentView(payment);
    await this.settlement.apply(payment, 'PAYMENT_SUCCEEDED', null);
    return paymentView(await this.payments.findOneByOrFail({ id: payment.id }));
  }
}
