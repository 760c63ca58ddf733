import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InvalidInputError, ServiceUnavailableError, UnauthorizedError } from '@bizportal/common';
import { GatewayEventEntity } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway } from './omise-gateway';
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
      const why = {
        missing: 'the Omise-Signature and Omise-Signature-Timestamp headers are missing',
        stale: `the signature timestamp is more than ${this.settings.webhookToleranceSeconds} s away from now`,
        mismatch: 'the signature does not match',
      }[verdict];
      this.logger.warn(`Webhook refused: ${why}`);
      throw new UnauthorizedError(`ลายมือชื่อ webhook ไม่ถูกต้อง / Webhook refused: ${why}`);
    }
    let event: { id?: unknown; key?: unknown; data?: { id?: unknown; object?: unknown } };
    try {
      event = JSON.parse(rawBody!.toString('utf8'));
    } catch {
      throw new InvalidInputError('The webhook body is not JSON');
    }
    if (typeof event.id !== 'string' || typeof event.key !== 'string') throw new InvalidInputError('The webhook body is not an Omise event');
    if (await this.events.existsBy({ id: event.id })) return { received: true, outcome: 'duplicate' };
    const chargeId = event.key.startsWith('charge.') && typeof event.data?.id === 'string' ? event.data.id : null;
    let outcome: SettleOutcome | 'ignored' = 'ignored';
    if (chargeId) {
      try {
        outcome = await this.settlement.settle(await this.gateway.retrieveCharge(chargeId));
      } catch (error) {
        // Not remembered: the gateway retries, or reconciliation repairs it later.
        if (error instanceof GatewayUnavailableError) throw new ServiceUnavailableError(`Could not fetch ${chargeId} from the gateway: ${error.message}`);
        if (!(error instanceof GatewayRejectedError && error.code === 'not_found')) throw error;
        outcome = 'unknown-charge';
      }
    }
    await this.events.insert({ id: event.id, chargeId, outcome, receivedAt: new Date() }).catch(() => undefined);
    return { received: true, outcome };
  }
}
