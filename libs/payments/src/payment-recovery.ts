import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { InvoiceEntity, PaymentEntity, type PaymentMethod, type PaymentStatus } from './entities';
import { GatewayRejectedError, OmiseGateway, type GatewayCharge } from './omise-gateway';
import { chargeFields } from './payment-records';
import { NO_CHARGE_MADE, SettlePayment } from './settle-payment';

/** Grace beyond the gateway timeout before a `creating` row counts as abandoned (clocks of several processes differ a little). */
const CREATING_GRACE_MS = 2_000;

/** The methods that are charges at the gateway. Counter and bill payment rows never are: recovery leaves them alone. */
export const ONLINE_METHODS: PaymentMethod[] = ['promptpay', 'card'];
const OPEN: PaymentStatus[] = ['creating', 'pending'];

/**
 * Repairs online payments whose outcome nobody is waiting for any more, and closes open ones:
 * - a `creating` row (the process died, or gave up, between writing the row and hearing from the gateway) is settled
 *   by the charge carrying its idempotency key in `metadata.idempotencyKey` (the gateway's Search API), or marked
 *   `failed` (`gateway_no_charge`), which ends the attempt so a new one can start;
 * - an open charge is expired at the gateway (a counter payment, a QR past its `expires_at`) and settled by what the
 *   gateway then says, so money that arrived meanwhile is applied and never taken twice.
 */
@Injectable()
export class PaymentRecovery {
  private readonly logger = new Logger(PaymentRecovery.name);

  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly gateway: OmiseGateway,
    private readonly settlement: SettlePayment,
  ) {}

  /** The fee's online payments still open (`creating` or `pending`), the only ones recovery may search or expire at the gateway. */
  openOnline(invoiceId: string): Promise<PaymentEntity[]> {
    return this.payments.findBy({ invoiceId, status: In(OPEN), method: In(ONLINE_METHODS) });
  }

  /** When a `creating` row written before this is abandoned: its request has timed out or its process is gone. */
  abandonedBefore(now = new Date()): Date {
    return new Date(now.getTime() - this.gateway.timeoutMs - CREATING_GRACE_MS);
  }

  /** Finds the charge of a `creating` row by its idempotency key and settles it; none: the attempt failed. */
  async recoverCreating(payment: PaymentEntity): Promise<'adopted' | 'failed' | 'moved-on'> {
    const charges = await this.gateway.searchChargesByMetadata('idempotencyKey', payment.idempotencyKey);
    const charge = charges.sort((a, b) => Number(b.status === 'successful') - Number(a.status === 'successful'))[0];
    if (charge) {
      await this.payments.update({ id: payment.id, chargeId: IsNull() }, chargeFields(charge));
      await this.settlement.settle(charge);
      return 'adopted';
    }
    const failed = await this.payments.update(
      { id: payment.id, status: 'creating' },
      { status: 'failed', failureCode: NO_CHARGE_MADE, failureMessage: 'The gateway made no charge for this attempt (it was interrupted); a new payment can start', updatedAt: new Date() },
    );
    if (failed.affected === 1) this.logger.warn(`Payment ${payment.id}: no charge at the gateway for ${payment.idempotencyKey}, marked failed`);
    return failed.affected === 1 ? 'failed' : 'moved-on';
  }

  /**
   * Closes every open online payment of a fee before it is paid another way (the counter): `creating` rows are
   * recovered, open charges expired at the gateway. Returns the payment that turned out to be paid meanwhile, if any.
   * Gateway errors other than a refusal to expire propagate (the caller must not take the money then).
   */
  async closeOpen(invoice: InvoiceEntity): Promise<PaymentEntity | null> {
    // A counter or bill payment row `creating` here is the caller's own.
    for (const payment of await this.openOnline(invoice.id)) {
      if (payment.status === 'creating') await this.recoverCreating(payment);
      const current = await this.payments.findOneByOrFail({ id: payment.id });
      if (current.status === 'pending' && current.chargeId) await this.close(current.chargeId);
      const after = await this.payments.findOneByOrFail({ id: payment.id });
      if (after.status === 'successful' || after.status === 'held' || after.status === 'refunding' || after.status === 'refunded') return after;
    }
    return null;
  }

  /** Expires an open charge at the gateway and settles what it then says (expired, or paid a moment ago). */
  async close(chargeId: string): Promise<GatewayCharge> {
    let charge: GatewayCharge;
    try {
      charge = await this.gateway.expireCharge(chargeId);
    } catch (error) {
      // The gateway will not expire a charge that is no longer pending (paid, failed): ask what it is.
      if (!(error instanceof GatewayRejectedError)) throw error;
      charge = await this.gateway.retrieveCharge(chargeId);
    }
    await this.settlement.settle(charge);
    return charge;
  }
}
