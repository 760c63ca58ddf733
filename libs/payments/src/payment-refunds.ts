import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { SYSTEM_ACTOR, type Actor } from '@bizportal/engine';
import { ApplicationEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, type PaymentStatus } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway, type GatewayRefund } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { PaymentTimeline } from './payment-timeline';

export interface RefundOrder {
  actor: Actor;
  reason: string;
  automatic: boolean;
  /** Money the gateway never saw (counter): how the office paid it back. */
  refundReference?: string;
}

/**
 * Gives held money back. The payment goes `held` → `refunding` (a conditional update: two officers, or an officer and
 * the automatic refund, cannot both refund it) → the gateway's refund (Omise refunds API, `metadata.paymentId`) →
 * `refunded`, with the history entry and the applicant's notification in the same transaction. A crash or an
 * unreachable gateway leaves it `refunding`; `finishStuck` (reconciliation) looks for the refund by its metadata
 * before asking again, so the money is never refunded twice.
 */
@Injectable()
export class PaymentRefunds {
  private readonly logger = new Logger(PaymentRefunds.name);

  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly gateway: OmiseGateway,
    private readonly transactions: TransactionRunner,
    private readonly timeline: PaymentTimeline,
  ) {}

  /** Starts the refund of a held payment and finishes it when the gateway answers; returns the payment as it is then. */
  async refund(payment: PaymentEntity, order: RefundOrder, from: PaymentStatus[] = ['held']): Promise<PaymentEntity> {
    if (!payment.chargeId && !order.refundReference) throw PaymentErrors.create('HELD_PAYMENT_REFUND_REFERENCE_REQUIRED', {}, [{ field: 'refundReference', problem: 'is required for money that did not come through the gateway' }]);
    const started = await this.payments
      .createQueryBuilder()
      .update(PaymentEntity)
      .set({
        status: 'refunding',
        resolution: 'refunded',
        resolutionReason: order.reason,
        resolvedBy: order.actor.id,
        refundReference: order.refundReference ?? null,
        updatedAt: new Date(),
      })
      .where('id = :id AND status IN (:...from) AND applied_at IS NULL', { id: payment.id, from })
      .execute();
    if (started.affected !== 1) {
      const now = await this.payments.findOneByOrFail({ id: payment.id });
      throw PaymentErrors.create('HELD_PAYMENT_NOT_HELD', { status: now.status }, { paymentId: now.id, status: now.status });
    }
    return this.complete(await this.payments.findOneByOrFail({ id: payment.id }), order.actor, order.automatic);
  }

  /** Reconciliation: refunds left `refunding` by a crash or an unreachable gateway. */
  async finishStuck(): Promise<number> {
    let finished = 0;
    for (const payment of await this.payments.findBy({ status: 'refunding' })) {
      const automatic = payment.resolvedBy === SYSTEM_ACTOR.id;
      // Finished later: the officer who decided, known by her id.
      const actor: Actor = automatic || !payment.resolvedBy ? SYSTEM_ACTOR : { id: payment.resolvedBy, roles: [], agencyId: payment.agencyId };
      const done = await this.complete(payment, actor, automatic).catch((error: Error) => {
        this.logger.warn(`Refund of payment ${payment.id} still not done: ${error.message}`);
        return payment;
      });
      if (done.status === 'refunded') finished++;
    }
    return finished;
  }

  private async complete(payment: PaymentEntity, actor: Actor, automatic: boolean): Promise<PaymentEntity> {
    let refund: GatewayRefund | null = null;
    if (payment.chargeId) {
      try {
        refund =
          (await this.gateway.listRefunds(payment.chargeId)).find((r) => r.metadata?.paymentId === payment.id) ??
          (await this.gateway.refundCharge(payment.chargeId, payment.amountSatang, { paymentId: payment.id }));
      } catch (error) {
        if (error instanceof GatewayUnavailableError) {
          this.logger.warn(`Refund of payment ${payment.id} waits for the gateway: ${error.message}`);
          return payment; // still `refunding`: reconciliation asks again
        }
        if (error instanceof GatewayRejectedError) {
          await this.payments.update({ id: payment.id, status: 'refunding' }, { status: 'held', resolution: null, resolutionReason: null, resolvedBy: null, refundReference: null, updatedAt: new Date() });
          throw PaymentErrors.create('PAYMENT_REFUND_REFUSED', { failureCode: error.code, reason: error.message }, { paymentId: payment.id, failureCode: error.code });
        }
        throw error;
      }
    }
    const at = new Date();
    await this.transactions.run(async (manager) => {
      const done = await manager.update(PaymentEntity, { id: payment.id, status: 'refunding' }, { status: 'refunded', refundId: refund?.id ?? null, resolvedAt: at, updatedAt: at });
      if (done.affected !== 1) return; // another run finished it
      // The fee is open again when the money held against it went back and nothing else holds it.
      const invoice = await manager.findOneByOrFail(InvoiceEntity, { id: payment.invoiceId });
      if (invoice.status === 'held' && !(await manager.existsBy(PaymentEntity, { invoiceId: invoice.id, status: In(['held', 'refunding']) }))) {
        await manager.update(InvoiceEntity, { id: invoice.id, status: 'held' }, { status: 'open' });
      }
      const app = await manager.findOneByOrFail(ApplicationEntity, { id: payment.applicationId });
      const canPayAgain = app.status === 'awaiting_payment' && (await manager.existsBy(InvoiceEntity, { applicationId: app.id, status: 'open' }));
      const refunded = Object.assign(new PaymentEntity(), payment, { refundId: refund?.id ?? null });
      await this.timeline.refunded(manager, refunded, { actor, reason: payment.resolutionReason ?? '', automatic }, canPayAgain, at);
    });
    this.timeline.runSoon();
    return this.payments.findOneByOrFail({ id: payment.id });
  }
}
