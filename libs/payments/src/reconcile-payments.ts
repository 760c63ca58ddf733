import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PaymentEntity } from './entities';
import { GatewayUnavailableError, OmiseGateway } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { ONLINE_METHODS, PaymentRecovery } from './payment-recovery';
import { PaymentRefunds } from './payment-refunds';
import { SettlePayment } from './settle-payment';

export interface ReconcileResult {
  checked: number;
  repaired: number;
  expired: number;
  /** `creating` rows with no charge at the gateway, ended so that a new attempt can start. */
  failed: number;
  /** Refunds left `refunding` (crash, gateway down) that are now done. */
  refunded: number;
}

/**
 * Compares local payments with the gateway's charges and repairs what a lost webhook, a timeout or a crash left
 * behind: charges are matched by id or `metadata.paymentId` in the charges list since the oldest open payment;
 * a `creating` row past the gateway timeout that the list does not explain is looked up by its idempotency key
 * (Search API) and adopted or failed; QR charges past their expiry are expired; refunds under way are finished.
 */
@Injectable()
export class ReconcilePayments {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly gateway: OmiseGateway,
    private readonly settlement: SettlePayment,
    private readonly recovery: PaymentRecovery,
    private readonly refunds: PaymentRefunds,
  ) {}

  /**
   * One pass. The gateway down or too slow ends the pass with 503 PAYMENT_CHECK_UNAVAILABLE (what was settled before
   * stays settled; the next pass picks up the rest), not an internal error.
   */
  async run(now = new Date()): Promise<ReconcileResult> {
    try {
      return await this.pass(now);
    } catch (error) {
      if (error instanceof GatewayUnavailableError) throw PaymentErrors.create('PAYMENT_CHECK_UNAVAILABLE', { reason: error.reason });
      throw error;
    }
  }

  private async pass(now: Date): Promise<ReconcileResult> {
    const result: ReconcileResult = { checked: 0, repaired: 0, expired: 0, failed: 0, refunded: 0 };
    const open = await this.payments.find({ where: { status: In(['creating', 'pending', 'error']), method: In(ONLINE_METHODS) } });
    result.checked = open.length;
    if (open.length > 0) {
      const since = new Date(Math.min(...open.map((p) => p.createdAt.getTime())) - 60_000);
      const charges = await this.gateway.listChargesSince(since);
      const byPayment = new Map(charges.filter((c) => typeof c.metadata?.paymentId === 'string').map((c) => [c.metadata!.paymentId as string, c]));
      const abandoned = this.recovery.abandonedBefore(now);
      for (const payment of open) {
        let charge = (payment.chargeId ? charges.find((c) => c.id === payment.chargeId) : undefined) ?? byPayment.get(payment.id);
        if (!charge) {
          if (payment.status === 'creating' && payment.createdAt < abandoned) {
            const outcome = await this.recovery.recoverCreating(payment);
            if (outcome === 'failed') result.failed++;
            if (outcome === 'adopted') result.repaired++;
          }
          continue;
        }
        if (charge.status === 'pending' && charge.expires_at && new Date(charge.expires_at) <= now) {
          charge = await this.gateway.expireCharge(charge.id);
          result.expired++;
        }
        const outcome = await this.settlement.settle(charge);
        // A `creating` row whose charge turned up is repaired even while that charge is still open.
        if (outcome === 'applied' || outcome === 'held' || outcome === 'recorded' || outcome === 'refunded' || (outcome === 'pending' && payment.status === 'creating')) result.repaired++;
      }
    }
    result.refunded = await this.refunds.finishStuck();
    return result;
  }
}
