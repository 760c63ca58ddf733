import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ConflictError, formatBaht } from '@bizportal/common';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import { TransactionRunner } from '@bizportal/database';
import { ApplicationStore, WorkflowTransitions } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, type HoldReason, type PaymentStatus } from './entities';
import { GatewayUnavailableError, OmiseGateway, type GatewayCharge } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { AlreadyApplied, updateUnappliedPayment, type PaymentEventData } from './payment-application.participant';
import { chargeFields } from './payment-records';
import { PaymentRefunds } from './payment-refunds';
import { PaymentTimeline } from './payment-timeline';

export type SettleOutcome = 'unknown-charge' | 'pending' | 'applied' | 'already-applied' | 'recorded' | 'held' | 'refunded';

/** The failure code of a `creating` row recovery found no charge for (a new attempt may have started since). */
export const NO_CHARGE_MADE = 'gateway_no_charge';

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
    private readonly refunds: PaymentRefunds,
    private readonly timeline: PaymentTimeline,
  ) {}

  /**
   * Brings a payment in line with the gateway's charge (fetched from the gateway, never taken from
   * a webhook body). The application hears of it once: the payment's `appliedAt` is set in the
   * same transaction as the PAYMENT_SUCCEEDED or PAYMENT_FAILED event.
   */
  async settle(charge: GatewayCharge): Promise<SettleOutcome> {
    if (typeof charge.metadata?.sharedChargeKey === 'string') return this.settleShared(charge.metadata.sharedChargeKey, charge);
    const paymentId = typeof charge.metadata?.paymentId === 'string' ? charge.metadata.paymentId : undefined;
    let payment = await this.payments.findOneBy({ chargeId: charge.id });
    if (!payment && paymentId) {
      // A charge the gateway made although we gave up waiting for it (timeout): adopt it.
      payment = await this.payments.findOneBy({ id: paymentId, chargeId: IsNull() });
      if (payment) await this.payments.update({ id: payment.id }, chargeFields(charge));
    }
    if (!payment) return 'unknown-charge';
    if (payment.appliedAt) return 'already-applied';
    if (payment.status === 'held') return 'held';
    if (payment.status === 'refunding' || payment.status === 'refunded') return 'refunded';
    if (charge.status === 'pending') {
      if (payment.status === 'creating' || payment.status === 'error') await updateUnappliedPayment(this.payments.manager, payment.id, { status: 'pending', updatedAt: new Date() });
      // A charge made after recovery gave its attempt up (a new one may be open): close it, so nobody pays it.
      if (payment.status === 'failed' && payment.failureCode === NO_CHARGE_MADE) return this.settle(await this.gateway.expireCharge(charge.id));
      return 'pending';
    }
    const invoice = await this.invoices.findOneByOrFail({ id: payment.invoiceId });
    if (charge.status === 'successful') {
      if (charge.currency.toLowerCase() !== invoice.currency.toLowerCase()) {
        return this.hold(payment, charge.amount, invoice, 'currency_mismatch', `currency ${charge.currency} differs from the fee's ${invoice.currency}`, true, charge.currency);
      }
      if (charge.amount !== invoice.amountSatang) {
        return this.hold(payment, charge.amount, invoice, 'amount_mismatch', `amount ${charge.amount} satang differs from the fee's ${invoice.amountSatang}`);
      }
      if (invoice.status === 'paid') return this.refundDuplicate(payment, charge.amount, invoice);
      return this.apply(payment, 'PAYMENT_SUCCEEDED', charge);
    }
    return this.apply(payment, 'PAYMENT_FAILED', charge);
  }

  /**
   * A charge that pays several fees (a bundle's "pay together"): each fee's payment row is settled with its own
   * amount as its share, so each application hears PAYMENT_SUCCEEDED (or PAYMENT_FAILED) once and gets its own
   * receipt at its own office. A total that is not the sum of the fees pays none of them: each is held for its office.
   */
  private async settleShared(key: string, charge: GatewayCharge): Promise<SettleOutcome> {
    const members = await this.payments.find({ where: { sharedChargeKey: key }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (members.length === 0) return 'unknown-charge';
    if (charge.status === 'pending') {
      for (const m of members) if (m.status === 'creating' || m.status === 'error') await updateUnappliedPayment(this.payments.manager, m.id, { status: 'pending', updatedAt: new Date() });
      return 'pending';
    }
    const total = members.reduce((sum, m) => sum + m.amountSatang, 0);
    const outcomes: SettleOutcome[] = [];
    for (const member of members) {
      if (member.appliedAt || member.status === 'held' || member.status === 'refunding' || member.status === 'refunded') continue;
      const share = { ...charge, amount: member.amountSatang };
      if (charge.status === 'successful' && (charge.amount !== total || charge.currency.toLowerCase() !== member.currency.toLowerCase())) {
        const invoice = await this.invoices.findOneByOrFail({ id: member.invoiceId });
        outcomes.push(await this.hold(member, member.amountSatang, invoice, 'amount_mismatch', `the shared charge of ${charge.amount} ${charge.currency} is not the fees' total of ${total} satang`));
        continue;
      }
      outcomes.push(await this.apply(member, charge.status === 'successful' ? 'PAYMENT_SUCCEEDED' : 'PAYMENT_FAILED', share));
    }
    return outcomes.includes('applied') ? 'applied' : (outcomes[0] ?? 'already-applied');
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
  async apply(payment: PaymentEntity, type: 'PAYMENT_SUCCEEDED' | 'PAYMENT_FAILED', charge: GatewayCharge | null, bank?: { paidAt: Date; bankReference: string }): Promise<SettleOutcome> {
    const succeeded = type === 'PAYMENT_SUCCEEDED';
    const now = new Date();
    const status: PaymentStatus = succeeded ? 'successful' : charge?.status === 'expired' ? 'expired' : 'failed';
    const app = await this.applications.getById(payment.applicationId);
    const fields: Partial<PaymentEntity> = {
      status,
      paidAt: succeeded ? (charge?.paid_at ? new Date(charge.paid_at) : (bank?.paidAt ?? now)) : null,
      failureCode: succeeded ? null : (charge?.failure_code ?? status),
      failureMessage: succeeded ? null : (charge?.failure_message ?? (status === 'expired' ? 'The QR code expired before it was paid' : null)),
      updatedAt: now,
    };
    if (app.status !== 'awaiting_payment') {
      // The application moved on: a second payment of a paid fee goes back at once; money for a fee no longer due
      // (the application was cancelled meanwhile) waits for an officer. A failure is recorded; nobody is told twice.
      if (succeeded) {
        const invoice = await this.invoices.findOneByOrFail({ id: payment.invoiceId });
        const amount = charge?.amount ?? payment.amountSatang;
        if (invoice.status === 'paid') return this.refundDuplicate(payment, amount, invoice);
        return this.hold(payment, amount, invoice, 'not_awaiting_payment', `the application is '${app.status}', not awaiting payment`);
      }
      return (await updateUnappliedPayment(this.payments.manager, payment.id, fields)) ? 'recorded' : 'already-applied';
    }
    const data: PaymentEventData = {
      paymentId: payment.id,
      method: payment.method,
      amountSatang: charge?.amount ?? payment.amountSatang,
      ...(charge ? { chargeId: charge.id } : {}),
      ...(succeeded && charge?.paid_at ? { paidAt: new Date(charge.paid_at).toISOString() } : {}),
      ...(succeeded && bank ? { paidAt: bank.paidAt.toISOString(), bankReference: bank.bankReference } : {}),
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

  /** A second payment of a fee already paid: recorded as held (in the timeline), then refunded through the gateway. */
  private async refundDuplicate(payment: PaymentEntity, amount: number, invoice: InvoiceEntity): Promise<SettleOutcome> {
    const outcome = await this.hold(payment, amount, invoice, 'fee_already_paid', `the fee was already paid by another payment; refunding ${formatBaht(amount)}`, false);
    if (outcome !== 'held') return outcome;
    const held = await this.payments.findOneByOrFail({ id: payment.id });
    try {
      const after = await this.refunds.refund(held, { actor: SYSTEM_ACTOR, reason: 'คืนเงินที่ชำระซ้ำโดยอัตโนมัติ / A second payment of a paid fee, refunded automatically', automatic: true });
      return after.status === 'held' ? 'held' : 'refunded';
    } catch (error) {
      // The gateway refused the refund: the money stays held, and the office was not told yet.
      this.logger.warn(`Automatic refund of payment ${payment.id} refused: ${(error as Error).message}`);
      await this.transactions.run((manager) => this.timeline.held(manager, held, 'fee_already_paid', 'the automatic refund was refused', true, new Date()));
      this.timeline.runSoon();
      return 'held';
    }
  }

  /**
   * Money arrived that cannot pay the fee as it is: an officer refunds or accepts it; the application does not move.
   * The payment keeps the amount received; a mismatch holds the fee too, so nobody pays it again meanwhile. The
   * history says so and (unless a refund follows at once) the applicant and the office are told. Bill payments
   * that cannot pay the fee come here too (BillPayments).
   */
  async hold(payment: PaymentEntity, amount: number, invoice: InvoiceEntity, reason: HoldReason, detail: string, notify = true, currency = payment.currency): Promise<SettleOutcome> {
    const at = new Date();
    const held = await this.transactions.run(async (manager) => {
      const fields: Partial<PaymentEntity> = { status: 'held', holdReason: reason, heldAt: at, amountSatang: amount, currency: currency.toUpperCase(), failureCode: 'held_for_review', failureMessage: detail, updatedAt: at };
      // Once: a second delivery of the same charge finds it held already.
      const result = await manager
        .createQueryBuilder()
        .update(PaymentEntity)
        .set(fields)
        .where("id = :id AND applied_at IS NULL AND status NOT IN ('held', 'refunding', 'refunded')", { id: payment.id })
        .execute();
      if (result.affected !== 1) return false;
      if (invoice.status === 'open' && (reason === 'amount_mismatch' || reason === 'currency_mismatch')) {
        await manager.update(InvoiceEntity, { id: invoice.id, status: 'open' }, { status: 'held' });
      }
      await this.timeline.held(manager, Object.assign(new PaymentEntity(), payment, fields), reason, detail, notify, at);
      return true;
    });
    if (!held) return 'already-applied';
    this.timeline.runSoon();
    this.logger.warn(`Payment ${payment.id} held (${reason}): ${detail}`);
    return 'held';
  }
}
