import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ConflictError, formatBaht } from '@bizportal/common';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import { TransactionRunner } from '@bizportal/database';
import { ApplicationStore, WorkflowTransitions } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, type PaymentStatus } from './entities';
import { GatewayUnavailableError, OmiseGateway, type GatewayCharge } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { AlreadyApplied, updateUnappliedPayment, type PaymentEventData } from './payment-application.participant';
import { chargeFields } from './payment-records';

export type SettleOutcome = 'unknown-charge' | 'pending' | 'applied' | 'already-applied' | 'recorded' | 'held';

/**
 * Brings payments in line with what the gateway says of their charges (webhook, 3-D Secure return,
 * reconciliation) and tells the application of an outcome exactly once; money that does not match
 * the fee is held for an officer.
 */
@Injectable()
export class SettlePayment {
  private readonly logger = new Logger(SettlePayment.name);

  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    private readonly applications: ApplicationStore,
    private readonly transactions: TransactionRunner,
    private readonly transitions: WorkflowTransitions,
    private readonly gateway: OmiseGateway,
  ) {}

  /**
   * Brings a payment in line with the gateway's charge (fetched from the gateway, never taken from
   * a webhook body). The application hears of it once: the payment's `appliedAt` is set in the
   * same transaction as the PAYMENT_SUCCEEDED or PAYMENT_FAILED event.
   */
  async settle(charge: GatewayCharge): Promise<SettleOutcome> {
    const paymentId = typeof charge.metadata?.paymentId === 'string' ? charge.metadata.paymentId : undefined;
    let payment = await this.payments.findOneBy({ chargeId: charge.id });
    if (!payment && paymentId) {
      // A charge the gateway made although we gave up waiting for it (timeout): adopt it.
      payment = await this.payments.findOneBy({ id: paymentId, chargeId: IsNull() });
      if (payment) await this.payments.update({ id: payment.id }, chargeFields(charge));
    }
    if (!payment) return 'unknown-charge';
    if (payment.appliedAt) return 'already-applied';
    if (charge.status === 'pending') {
      if (payment.status === 'creating' || payment.status === 'error') await updateUnappliedPayment(this.payments.manager, payment.id, { status: 'pending', updatedAt: new Date() });
      return 'pending';
    }
    const invoice = await this.invoices.findOneByOrFail({ id: payment.invoiceId });
    if (charge.status === 'successful') {
      const mismatch = this.mismatch(charge, invoice);
      if (mismatch) return this.hold(payment, invoice, mismatch);
      if (invoice.status !== 'open') return this.hold(payment, invoice, `the fee was already paid by another payment; refund ${formatBaht(charge.amount)}`);
      return this.apply(payment, 'PAYMENT_SUCCEEDED', charge);
    }
    return this.apply(payment, 'PAYMENT_FAILED', charge);
  }

  /** After 3-D Secure the payer's browser comes back here: look the charge up again and settle it. */
  async afterReturn(paymentId: string) {
    const payment = await this.payments.findOneBy({ id: paymentId });
    if (!payment) throw PaymentErrors.create('PAYMENT_NOT_FOUND', { id: paymentId });
    if (payment.chargeId && payment.status === 'pending') {
      try {
        await this.settle(await this.gateway.retrieveCharge(payment.chargeId));
      } catch (error) {
        if (error instanceof GatewayUnavailableError) throw PaymentErrors.create('PAYMENT_CHECK_UNAVAILABLE', { reason: error.reason });
        throw error;
      }
    }
    const current = await this.payments.findOneByOrFail({ id: paymentId });
    return { paymentId: current.id, status: current.status, message: { th: current.status === 'successful' ? 'ชำระเงินสำเร็จ' : 'สถานะการชำระเงิน', en: `Payment ${current.status}` } };
  }

  /** Tells the application of a payment's outcome (a gateway charge, or none for money taken at the counter). */
  async apply(payment: PaymentEntity, type: 'PAYMENT_SUCCEEDED' | 'PAYMENT_FAILED', charge: GatewayCharge | null): Promise<SettleOutcome> {
    const succeeded = type === 'PAYMENT_SUCCEEDED';
    const now = new Date();
    const status: PaymentStatus = succeeded ? 'successful' : charge?.status === 'expired' ? 'expired' : 'failed';
    const app = await this.applications.getById(payment.applicationId);
    const fields: Partial<PaymentEntity> = {
      status,
      paidAt: succeeded ? (charge?.paid_at ? new Date(charge.paid_at) : now) : null,
      failureCode: succeeded ? null : (charge?.failure_code ?? status),
      failureMessage: succeeded ? null : (charge?.failure_message ?? (status === 'expired' ? 'The QR code expired before it was paid' : null)),
      updatedAt: now,
    };
    if (app.status !== 'awaiting_payment') {
      // The application moved on (e.g. paid another way): record what the gateway says, tell nobody twice.
      if (succeeded) return this.hold(payment, await this.invoices.findOneByOrFail({ id: payment.invoiceId }), `the application is '${app.status}', not awaiting payment`);
      return (await updateUnappliedPayment(this.payments.manager, payment.id, fields)) ? 'recorded' : 'already-applied';
    }
    const data: PaymentEventData = {
      paymentId: payment.id,
      method: payment.method,
      amountSatang: charge?.amount ?? payment.amountSatang,
      ...(charge ? { chargeId: charge.id } : {}),
      ...(succeeded && charge?.paid_at ? { paidAt: new Date(charge.paid_at).toISOString() } : {}),
      ...(!succeeded ? { paymentStatus: status as 'failed' | 'expired' } : {}),
      ...(!succeeded && fields.failureCode ? { failureCode: fields.failureCode } : {}),
      ...(!succeeded && fields.failureMessage ? { failureMessage: fields.failureMessage } : {}),
      ...(payment.officeReceiptNumber ? { recordedBy: payment.createdBy } : {}),
    };
    try {
      // PaymentApplication marks the payment applied and issues the receipt in the same transaction.
      await this.transitions.send(app, { type, actor: SYSTEM_ACTOR, data: { ...data } });
      return 'applied';
    } catch (error) {
      if (error instanceof AlreadyApplied) return 'already-applied';
      if (error instanceof ConflictError) {
        // Another delivery of the same outcome won the race for the application's version.
        const fresh = await this.payments.findOneByOrFail({ id: payment.id });
        if (fresh.appliedAt) return 'already-applied';
      }
      throw error;
    }
  }

  private mismatch(charge: GatewayCharge, invoice: InvoiceEntity): string | null {
    if (charge.currency.toLowerCase() !== invoice.currency.toLowerCase()) return `currency ${charge.currency} differs from the fee's ${invoice.currency}`;
    if (charge.amount !== invoice.amountSatang) return `amount ${charge.amount} satang differs from the fee's ${invoice.amountSatang}`;
    return null;
  }

  /** Money arrived that does not match what is due: an officer decides; the application does not move. */
  private async hold(payment: PaymentEntity, invoice: InvoiceEntity, reason: string): Promise<SettleOutcome> {
    const held = await this.transactions.run(async (manager) => {
      if (!(await updateUnappliedPayment(manager, payment.id, { status: 'held', failureCode: 'held_for_review', failureMessage: reason, updatedAt: new Date() }))) return false;
      if (invoice.status === 'open') await manager.update(InvoiceEntity, { id: invoice.id }, { status: 'held' });
      return true;
    });
    if (!held) return 'already-applied';
    this.logger.warn(`Payment ${payment.id} held for an officer: ${reason}`);
    return 'held';
  }
}
