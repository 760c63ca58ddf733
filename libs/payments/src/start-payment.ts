import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore } from '@bizportal/licensing';
import { PaymentEntity, type PaymentStatus } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway, type GatewayCharge } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { paymentView } from './payment-queries';
import { PaymentRecords, chargeFields } from './payment-records';
import { PaymentRecovery } from './payment-recovery';
import { GATEWAY_MINIMUM_SATANG, PaymentSettings } from './payment-settings';
import { amountWords } from './payment-timeline';
import { SettlePayment } from './settle-payment';

const ENDED_UNPAID: PaymentStatus[] = ['failed', 'expired', 'error'];

export interface StartPaymentRequest {
  method: 'promptpay' | 'card';
  cardToken?: string;
}

/** Starts an online payment: a PromptPay QR, or a card charge from a token of the gateway's vault. */
@Injectable()
export class StartPayment {
  private readonly logger = new Logger(StartPayment.name);

  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly applications: ApplicationStore,
    private readonly records: PaymentRecords,
    private readonly settlement: SettlePayment,
    private readonly gateway: OmiseGateway,
    private readonly settings: PaymentSettings,
    private readonly recovery: PaymentRecovery,
  ) {}

  async start(user: AuthenticatedUser, applicationId: string, request: StartPaymentRequest) {
    const app = await this.applications.load(applicationId, user);
    if (app.applicantId !== user.id) throw PaymentErrors.create('ONLY_APPLICANT_PAYS_ONLINE');
    if (request.method === 'card' && !request.cardToken) {
      throw PaymentErrors.create('CARD_TOKEN_REQUIRED', {}, [{ field: 'card.token', problem: 'is required for method card' }]);
    }
    let invoice = await this.records.openInvoice(app);
    if (invoice.amountSatang < GATEWAY_MINIMUM_SATANG) {
      const [amount, minimum] = [amountWords(invoice.amountSatang), amountWords(GATEWAY_MINIMUM_SATANG)];
      throw PaymentErrors.create(
        'AMOUNT_BELOW_GATEWAY_MINIMUM',
        { amountTh: amount.th, amountEn: amount.en, minimumTh: minimum.th, minimumEn: minimum.en },
        { amountSatang: invoice.amountSatang, minimumAmountSatang: GATEWAY_MINIMUM_SATANG, payInstead: ['billpay', 'counter'], billPayment: `/api/v1/applications/${app.id}/bill-payment` },
      );
    }
    if (await this.repairOpen(invoice.id)) invoice = await this.records.openInvoice(await this.applications.load(applicationId, user));
    const now = new Date();
    // Open: a charge not past its expires_at, or a row still being created (until its request times out).
    const openUntil = (p: PaymentEntity) => p.expiresAt ?? (p.status === 'creating' ? new Date(p.createdAt.getTime() + this.gateway.timeoutMs + 2_000) : null);
    const active = (await this.recovery.openOnline(invoice.id)).find((p) => {
      const until = openUntil(p);
      return until === null || until > now;
    });
    if (active) {
      if (active.method === request.method) return paymentView(active);
      const until = openUntil(active);
      throw PaymentErrors.create('PAYMENT_ALREADY_OPEN', { method: active.method, until: until ? ` until ${until.toISOString()}` : '' }, { paymentId: active.id, until });
    }
    // The key names the attempt by how many earlier attempts ended without paying: every click made
    // while an attempt is open computes the same key, so the unique index lets exactly one create it.
    const ended = await this.payments.countBy({ invoiceId: invoice.id, status: In(ENDED_UNPAID) });
    const { payment, created } = await this.records.createPaymentRow(invoice, request.method, `${invoice.id}:${ended + 1}`, user.id, now);
    if (!created) return paymentView(payment); // a double click: the first request's payment, which that request completes
    if (this.settings.fault === 'crash-after-payment-row') process.kill(process.pid, 'SIGKILL'); // tests of crash recovery only


    let charge: GatewayCharge;
    // The idempotency key lets recovery find this charge if we die before storing its id.
    const metadata = { paymentId: payment.id, idempotencyKey: payment.idempotencyKey, applicationId: app.id, trackingNumber: app.trackingNumber };
    const description = `${app.trackingNumber} ${app.licenceType}`;
    try {
      charge =
        request.method === 'promptpay'
          ? await this.gateway.createPromptPayCharge({
              amount: invoice.amountSatang,
              expiresAt: new Date(now.getTime() + this.settings.qrExpiryHours * 3600_000),
              metadata,
              description,
            })
          : await this.gateway.createCardCharge({
              amount: invoice.amountSatang,
              token: request.cardToken!,
              returnUri: `${this.settings.publicBaseUrl}/api/v1/payments/${payment.id}/return`,
              metadata,
              description,
            });
    } catch (error) {
      throw await this.gatewayFailure(payment, error);
    }
    await this.payments.update({ id: payment.id }, chargeFields(charge));
    const settled = await this.settlement.settle(charge);
    const current = await this.payments.findOneByOrFail({ id: payment.id });
    if (current.status === 'failed') {
      throw PaymentErrors.create(
        'PAYMENT_FAILED',
        { reason: `${current.failureMessage ?? current.failureCode}`, failureCode: `${current.failureCode}`, failureMessage: `${current.failureMessage}` },
        { paymentId: current.id, failureCode: current.failureCode, failureMessage: current.failureMessage },
      );
    }
    this.logger.debug(`payment ${payment.id}: ${settled}`);
    return paymentView(current);
  }

  /**
   * Ends what blocks a new attempt before looking for an open one: rows left `creating` past the gateway timeout
   * (a crashed or abandoned request) are settled or failed, QR charges past their expires_at are expired at the
   * gateway. Counter and bill payment rows are not the gateway's: a crashed import finishes them when run again.
   * Returns whether anything changed. An unreachable gateway leaves them for reconciliation.
   */
  private async repairOpen(invoiceId: string): Promise<boolean> {
    const now = new Date();
    const abandoned = this.recovery.abandonedBefore(now);
    let changed = false;
    for (const p of await this.recovery.openOnline(invoiceId)) {
      const stale = p.status === 'creating' ? p.createdAt < abandoned : p.chargeId !== null && p.expiresAt !== null && p.expiresAt <= now;
      if (!stale) continue;
      try {
        if (p.status === 'creating') await this.recovery.recoverCreating(p);
        else await this.recovery.close(p.chargeId!);
        changed = true;
      } catch (error) {
        if (!(error instanceof GatewayUnavailableError || error instanceof GatewayRejectedError)) throw error;
        this.logger.warn(`Payment ${p.id} left for reconciliation: ${(error as Error).message}`);
      }
    }
    return changed;
  }

  private async gatewayFailure(payment: PaymentEntity, error: unknown): Promise<Error> {
    if (error instanceof GatewayRejectedError) {
      await this.payments.update({ id: payment.id }, { status: 'failed', failureCode: error.code, failureMessage: error.message, updatedAt: new Date() });
      return PaymentErrors.create('PAYMENT_REFUSED_BY_GATEWAY', { failureCode: error.code, reason: error.message }, { paymentId: payment.id, failureCode: error.code });
    }
    if (error instanceof GatewayUnavailableError) {
      await this.payments.update({ id: payment.id }, { status: 'error', failureCode: `gateway_${error.reason}`, failureMessage: error.message, updatedAt: new Date() });
      return PaymentErrors.create(error.reason === 'bad-response' ? 'PAYMENT_GATEWAY_BAD_RESPONSE' : 'PAYMENT_GATEWAY_UNAVAILABLE', { reason: error.reason });
    }
    return error as Error;
  }
}
