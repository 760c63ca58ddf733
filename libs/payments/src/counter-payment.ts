import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { formatBaht } from '@bizportal/common';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore } from '@bizportal/licensing';
import { PaymentEntity } from './entities';
import { GatewayUnavailableError } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { paymentView } from './payment-queries';
import { PaymentRecords } from './payment-records';
import { PaymentRecovery } from './payment-recovery';
import { PaymentSettings } from './payment-settings';
import { SettlePayment } from './settle-payment';

/**
 * A payment made in cash at the office, recorded by its staff with the office's paper receipt number, which is
 * unique within the office (`UQ_payments_agency_office_receipt`): entering it again for the same fee returns the
 * same payment; for another application it is 409 COUNTER_RECEIPT_NUMBER_USED and nothing is written.
 * Before the cash is recorded, every open online payment of the fee is closed at the gateway (the PromptPay QR
 * expired, an interrupted attempt settled or ended), so the applicant cannot pay twice. The rule when the gateway
 * says the fee was paid online meanwhile: the counter entry is refused (409 COUNTER_PAID_ONLINE_MEANWHILE), the
 * online payment pays the fee, and the office gives the cash back; no money is held. When the gateway cannot be
 * reached the entry is refused too (503 COUNTER_GATEWAY_UNAVAILABLE): the QR might still be paid. A card payment
 * waiting for 3-D Secure cannot be expired; should it complete after the cash, it is a second payment of a paid fee
 * and is refunded automatically.
 */
@Injectable()
export class CounterPayment {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly applications: ApplicationStore,
    private readonly records: PaymentRecords,
    private readonly settlement: SettlePayment,
    private readonly recovery: PaymentRecovery,
    private readonly settings: PaymentSettings,
  ) {}

  async record(user: AuthenticatedUser, applicationId: string, request: { receiptNumber: string; amountSatang: number }) {
    const app = await this.applications.load(applicationId, user);
    const isStaff = (user.roles.includes('officer') || user.roles.includes('approver')) && user.agencyId === app.agencyId;
    if (!isStaff) throw PaymentErrors.create('COUNTER_STAFF_ONLY');
    const receiptNumber = request.receiptNumber.trim();
    const used = await this.receiptNumberUse(app.agencyId!, receiptNumber);
    if (used && used.applicationId === app.id && used.method === 'counter') {
      // The same entry sent again. When the first recorded the cash and stopped before applying it (its process died),
      // this finishes it, as the first would have: the entry is kept once and applied once.
      // The same entry sent again. When the first recorded the cash and stopped before applying it (its process died),
      // this finishes it, as the first would have: the entry is kept once and applied once.
      return used.status === 'creating' && !used.appliedAt ? this.applied(used) : paymentView(used);
    }
    if (used) throw await this.receiptNumberUsed(used, receiptNumber);
    const invoice = await this.records.openInvoice(app, 'office');
    if (request.amountSatang !== invoice.amountSatang) {
      throw PaymentErrors.create('COUNTER_AMOUNT_MISMATCH', { amount: formatBaht(request.amountSatang), due: formatBaht(invoice.amountSatang) }, [
        { field: 'amountSatang', problem: `must be ${invoice.amountSatang}, the fee due` },
      ]);
    }
    let paidOnline: PaymentEntity | null;
    try {
      paidOnline = await this.recovery.closeOpen(invoice);
    } catch (error) {
      if (error instanceof GatewayUnavailableError) throw PaymentErrors.create('COUNTER_GATEWAY_UNAVAILABLE', { reason: error.reason });
      throw error;
    }
    if (paidOnline) throw PaymentErrors.create('COUNTER_PAID_ONLINE_MEANWHILE', { method: paidOnline.method }, { paymentId: paidOnline.id, status: paidOnline.status });

    const now = new Date();
    let payment: PaymentEntity;
    try {
      ({ payment } = await this.records.createPaymentRow(invoice, 'counter', `${invoice.id}:office:${receiptNumber}`, user.id, now, {
        officeReceiptNumber: receiptNumber,
        agencyId: app.agencyId,
      }));
    } catch (error) {
      // Another entry took the number between our check and our insert (the unique index decided).
      const winner = await this.receiptNumberUse(app.agencyId!, receiptNumber);
      if (winner) throw await this.receiptNumberUsed(winner, receiptNumber);
      throw error;
    }
    if (payment.appliedAt) return paymentView(payment);
    if (this.settings.fault === 'crash-after-payment-row') process.kill(process.pid, 'SIGKILL'); // tests of crash recovery only
    return this.applied(payment);
  }

  /** Applies a recorded counter payment to its fee and answers it as it now is. */
  private async applied(payment: PaymentEntity) {
    await this.settlement.apply(payment, 'PAYMENT_SUCCEEDED', null);
    return paymentView(await this.payments.findOneByOrFail({ id: payment.id }));
  }

  private receiptNumberUse(agencyId: string, receiptNumber: string): Promise<PaymentEntity | null> {
    return this.payments.findOneBy({ agencyId, officeReceiptNumber: receiptNumber });
  }

  private async receiptNumberUsed(used: PaymentEntity, receiptNumber: string) {
    const other = await this.applications.getById(used.applicationId);
    return PaymentErrors.create('COUNTER_RECEIPT_NUMBER_USED', { receiptNumber, trackingNumber: other.trackingNumber }, [
      { field: 'receiptNumber', problem: `already used by this office for ${other.trackingNumber}` },
    ]);
  }
}
