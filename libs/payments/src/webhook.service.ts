import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { GatewayEventEntity } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { PaymentSettings } from './payment-settings';
import { SettlePayment, type SettleOutcome } from './settle-payment';
import { verifyWebhookSignature } from './webhook-signature';

export interface WebhookHeaders {
  signature: string | undefined;
  timestamp: string | undefined;
}

/**
 * Omise's `charge.complete` webhook: the signature and its time are checked, the charge is fetched
 * again from the gateway (the body is never trusted), and the event id is remembered so that a
 * delivery repeated any number of times is handled once.
 */
@Injectable()
export class WebhookService {
  private readonly logger = new Logger(WebhookService.name);

  constructor(
    @InjectRepository(GatewayEventEntity) private readonly events: Repository<GatewayEventEntity>,
    private readonly gateway: OmiseGateway,
    private readonly settlement: SettlePayment,
    private readonly settings: PaymentSettings,
  ) {}

  async receive(rawBody: Buffer | undefined, headers: WebhookHeaders): Promise<{ received: true; outcome: SettleOutcome | 'duplicate' | 'ignored' }> {
    const verdict = verifyWebhookSignature({
      rawBody: rawBody ?? Buffer.alloc(0),
      signature: headers.signature,
      timestamp: headers.timestamp,
      secretBase64: this.settings.webhookSecretBase64,
      toleranceSeconds: this.settings.webhookToleranceSeconds,
    });
    if (verdict !== 'valid') {
      const code = ({ missing: 'WEBHOOK_SIGNATURE_MISSING', stale: 'WEBHOOK_SIGNATURE_STALE', mismatch: 'WEBHOOK_SIGNATURE_MISMATCH' } as const)[verdict];
      const refusal = PaymentErrors.create(code, { toleranceSeconds: this.settings.webhookToleranceSeconds });
      this.logger.warn(refusal.message);
      throw refusal;
    }
    let event: { id?: unknown; key?: unknown; data?: { id?: unknown; object?: unknown } };
    try {
      event = JSON.parse(rawBody!.toString('utf8'));
    } catch {
      throw PaymentErrors.create('WEBHOOK_BODY_NOT_JSON');
    }
    if (typeof event.id !== 'string' || typeof event.key !== 'string') throw PaymentErrors.create('WEBHOOK_NOT_AN_EVENT');
    if (await this.events.existsBy({ id: event.id })) return { received: true, outcome: 'duplicate' };
    const chargeId = event.key.startsWith('charge.') && typeof event.data?.id === 'string' ? event.data.id : null;
    let outcome: SettleOutcome | 'ignored' = 'ignored';
    if (chargeId) {
      try {
        outcome = await this.settlement.settle(await this.gateway.retrieveCharge(chargeId));
      } catch (error) {
        // Not remembered: the gateway retries, or reconciliation repairs it later.
        if (error instanceof GatewayUnavailableError) throw PaymentErrors.create('WEBHOOK_CHARGE_UNAVAILABLE', { chargeId, reason: error.message });
        if (!(error instanceof GatewayRejectedError && error.code === 'not_found')) throw error;
        outcome = 'unknown-charge';
      }
    }
    await this.events.insert({ id: event.id, chargeId, outcome, receivedAt: new Date() }).catch(() => undefined);
    return { received: true, outcome };
  }
}
