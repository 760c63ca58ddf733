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
import { PaymentSettings } from './payment-settings';
import { SettlePayment } from './settle-payment';

const ACTIVE: PaymentStatus[] = ['creating', 'pending'];
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
  ) {}

  async start(user: AuthenticatedUser, applicationId: string, request: StartPaymentRequest) {
    const app = await this.applications.load(applicationId, user);
    if (app.applicantId !== user.id) throw PaymentErrors.create('ONLY_APPLICANT_PAYS_ONLINE');
    if (request.method === 'card' && !request.cardToken) {
      throw PaymentErrors.create('CARD_TOKEN_REQUIRED', {}, [{ field: 'card.token', problem: 'is required for method card' }]);
    }
    const invoice = await this.records.openInvoice(app);
    const now = new Date();
    const active = (await this.payments.findBy({ invoiceId: invoice.id, status: In(ACTIVE) })).find(
      (p) => p.expiresAt === null || p.expiresAt > now,
    );
    if (active) {
      if (active.method === request.method) return paymentView(active);
      const until = active.expiresAt ? ` until ${active.expiresAt.toISOString()}` : '';
      throw PaymentErrors.create('PAYMENT_ALREADY_OPEN', { method: active.method, until }, { paymentId: active.id });
    }
    // The key names the attempt by how many earlier attempts ended without paying: every click made
    // while an attempt is open computes the same key, so the unique index lets exactly one create it.
    const ended = await this.payments.countBy({ invoiceId: invoice.id, status: In(ENDED_UNPAID) });
    const { payment, created } = await this.records.createPaymentRow(invoice, request.method, `${invoice.id}:${ended + 1}`, user.id, now);
    if (!created) return paymentView(payment); // a double click: the first request's payment, which that request completes

    let charge: GatewayCharge;
    const metadata = { paymentId: payment.id, applicationId: app.id, trackingNumber: app.trackingNumber };
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
