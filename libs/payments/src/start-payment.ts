import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BadGatewayError, ConflictError, ForbiddenError, InvalidInputError, ServiceUnavailableError, UnprocessableError } from '@bizportal/common';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore } from '@bizportal/licensing';
import { PaymentEntity, type PaymentStatus } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway, type GatewayCharge } from './omise-gateway';
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
    if (app.applicantId !== user.id) throw new ForbiddenError('เฉพาะผู้ยื่นคำขอชำระค่าธรรมเนียมได้ / Only the applicant pays the fee online');
    if (request.method === 'card' && !request.cardToken) {
      throw new InvalidInputError('ต้องระบุโทเค็นบัตร / A card payment needs card.token from the gateway vault', [
        { field: 'card.token', problem: 'is required for method card' },
      ]);
    }
    const invoice = await this.records.openInvoice(app);
    const now = new Date();
    const active = (await this.payments.findBy({ invoiceId: invoice.id, status: In(ACTIVE) })).find(
      (p) => p.expiresAt === null || p.expiresAt > now,
    );
    if (active) {
      if (active.method === request.method) return paymentView(active);
      throw new ConflictError(
        `มีการชำระด้วย ${active.method} ค้างอยู่ / A ${active.method} payment is still open${active.expiresAt ? ` until ${active.expiresAt.toISOString()}` : ''}: finish it or wait for it to expire`,
        { paymentId: active.id },
      );
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
      throw new UnprocessableError(
        `ชำระเงินไม่สำเร็จ: ${current.failureMessage ?? current.failureCode} กรุณาลองใหม่ / The payment failed (${current.failureCode}): ${current.failureMessage}. You can try again with another card or PromptPay`,
        { paymentId: current.id, failureCode: current.failureCode, failureMessage: current.failureMessage },
      );
    }
    this.logger.debug(`payment ${payment.id}: ${settled}`);
    return paymentView(current);
  }

  private async gatewayFailure(payment: PaymentEntity, error: unknown): Promise<Error> {
    if (error instanceof GatewayRejectedError) {
      await this.payments.update({ id: payment.id }, { status: 'failed', failureCode: error.code, failureMessage: error.message, updatedAt: new Date() });
      return new UnprocessableError(`ระบบชำระเงินปฏิเสธรายการ / The payment gateway refused the payment (${error.code}): ${error.message}`, {
        paymentId: payment.id,
        failureCode: error.code,
      });
    }
    if (error instanceof GatewayUnavailableError) {
      await this.payments.update({ id: payment.id }, { status: 'error', failureCode: `gateway_${error.reason}`, failureMessage: error.message, updatedAt: new Date() });
      const message = `ระบบชำระเงินไม่พร้อมให้บริการ ยังไม่มีการตัดเงิน กรุณาลองใหม่ภายหลัง / The payment gateway is not available (${error.reason}); nothing was charged, please try again later`;
      return error.reason === 'bad-response' ? new BadGatewayError(message) : new ServiceUnavailableError(message);
    }
    return error as Error;
  }
}
