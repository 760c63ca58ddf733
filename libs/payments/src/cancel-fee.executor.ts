import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { OutboxEffect, type EffectExecutor, type OutboxEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity } from './entities';
import { GatewayUnavailableError, OmiseGateway } from './omise-gateway';
import { SettlePayment } from './settle-payment';

/**
 * The `cancel-fee` effect: a request closed while its fee was open (its licence was revoked) is no longer
 * charged. Its open invoice becomes `cancelled`, so no payment can start on it, and each PromptPay charge
 * still payable is expired at the gateway and recorded as expired. Money that reaches us anyway (a card
 * charge the gateway could not expire, a QR paid in the last second) finds the application no longer
 * awaiting payment and is held for an officer (SettlePayment), never applied.
 */
@OutboxEffect('cancel-fee')
@Injectable()
export class CancelFeeExecutor implements EffectExecutor {
  private readonly logger = new Logger(CancelFeeExecutor.name);

  constructor(
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly gateway: OmiseGateway,
    private readonly settlement: SettlePayment,
  ) {}

  async run(row: OutboxEntity): Promise<void> {
    await this.invoices.update({ applicationId: row.applicationId, status: 'open' }, { status: 'cancelled' });
    const open = await this.payments.find({ where: { applicationId: row.applicationId, method: 'promptpay', status: In(['pending', 'creating', 'error']) } });
    for (const payment of open) {
      if (!payment.chargeId) continue; // never reached the gateway: nothing is payable
      try {
        const charge = await this.gateway.retrieveCharge(payment.chargeId);
        await this.settlement.settle(charge.status === 'pending' ? await this.gateway.expireCharge(charge.id) : charge);
      } catch (error) {
        if (error instanceof GatewayUnavailableError) throw error; // the outbox tries again
        this.logger.warn(`Could not expire charge ${payment.chargeId} of closed application ${row.applicationId}: ${(error as Error).message}`);
      }
    }
  }
}
