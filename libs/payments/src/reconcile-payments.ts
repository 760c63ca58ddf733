import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PaymentEntity } from './entities';
import { OmiseGateway } from './omise-gateway';
import { SettlePayment } from './settle-payment';

/**
 * Compares local payments with the gateway's charges and repairs what a lost webhook left behind;
 * also expires QR charges whose time has passed, so the applicant can start a new one.
 */
@Injectable()
export class ReconcilePayments {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly gateway: OmiseGateway,
    private readonly settlement: SettlePayment,
  ) {}

  async run(now = new Date()): Promise<{ checked: number; repaired: number; expired: number }> {
    const open = await this.payments.find({ where: { status: In(['creating', 'pending', 'error']), method: In(['promptpay', 'card']) } });
    let repaired = 0;
    let expired = 0;
    if (open.length === 0) return { checked: 0, repaired, expired };
    const since = new Date(Math.min(...open.map((p) => p.createdAt.getTime())) - 60_000);
    const charges = await this.gateway.listChargesSince(since);
    const byPayment = new Map(charges.filter((c) => typeof c.metadata?.paymentId === 'string').map((c) => [c.metadata!.paymentId as string, c]));
    for (const payment of open) {
      let charge = (payment.chargeId ? charges.find((c) => c.id === payment.chargeId) : undefined) ?? byPayment.get(payment.id);
      if (!charge) continue;
      if (charge.status === 'pending' && charge.expires_at && new Date(charge.expires_at) <= now) {
        charge = await this.gateway.expireCharge(charge.id);
        expired++;
      }
      const outcome = await this.settlement.settle(charge);
      if (outcome === 'applied' || outcome === 'held' || outcome === 'recorded') repaired++;
    }
    return { checked: open.length, repaired, expired };
  }
}
