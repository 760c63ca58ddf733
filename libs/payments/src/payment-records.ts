import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { formatBaht } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { ApplicationStore, Outbox, type ApplicationEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, type PaymentMethod } from './entities';
import type { GatewayCharge } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { HOLD_REASONS } from './payment-timeline';

/** The open fee of an application and the payment rows written against it (online or at the counter). */
@Injectable()
export class PaymentRecords {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly applications: ApplicationStore,
  ) {}

  /**
   * The open fee of an application; the `request-payment` effect may still be queued, so it runs (or a worker runs it) first. A fee whose
   * money is held for the office is refused with what happens next, worded for the applicant or for the office.
   */
  async openInvoice(app: ApplicationEntity, audience: 'applicant' | 'office' = 'applicant'): Promise<InvoiceEntity> {
    if (app.status !== 'awaiting_payment') {
      throw PaymentErrors.create('NOT_AWAITING_PAYMENT', { status: app.status }, { state: app.state, status: app.status });
    }
    let invoice = await this.invoices.findOneBy({ applicationId: app.id, status: 'open' });
    if (!invoice) {
      await this.outbox.settle(app.id);
      invoice = await this.invoices.findOneBy({ applicationId: app.id, status: 'open' });
    }
    if (!invoice) {
      const held = await this.payments.findOne({ where: { applicationId: app.id, status: In(['held', 'refunding']) }, order: { createdAt: 'DESC' } });
      if (held) {
        const reason = HOLD_REASONS[held.holdReason ?? 'review'];
        throw PaymentErrors.create(
          audience === 'office' ? 'COUNTER_PAYMENT_HELD_FOR_REVIEW' : 'PAYMENT_HELD_FOR_REVIEW',
          { amount: formatBaht(held.amountSatang), reason: reason.en },
          { paymentId: held.id, status: held.status, holdReason: held.holdReason, holdReasonText: reason },
        );
      }
      throw PaymentErrors.create('NO_OPEN_FEE');
    }
    return invoice;
  }

  /** Inserts the payment row under our idempotency key; a concurrent duplicate gets the existing row, not created by it. */
  async createPaymentRow(
    invoice: InvoiceEntity,
    method: PaymentMethod,
    key: string,
    userId: string,
    now: Date,
    extra: Partial<PaymentEntity> = {},
  ): Promise<{ payment: PaymentEntity; created: boolean }> {
    const agencyId = extra.agencyId ?? (await this.applications.findById(invoice.applicationId))?.agencyId ?? null;
    const payment = Object.assign(new PaymentEntity(), {
      id: randomUUID(),
      invoiceId: invoice.id,
      applicationId: invoice.applicationId,
      method,
      status: 'creating' as const,
      amountSatang: invoice.amountSatang,
      currency: invoice.currency,
      idempotencyKey: `${key}:${method}`,
      chargeId: null,
      sharedChargeKey: null,
      qrDownloadUri: null,
      authorizeUri: null,
      expiresAt: null,
      paidAt: null,
      failureCode: null,
      failureMessage: null,
      appliedAt: null,
      officeReceiptNumber: null,
      agencyId,
      holdReason: null,
      heldAt: null,
      resolution: null,
      resolutionReason: null,
      resolvedBy: null,
      resolvedAt: null,
      refundId: null,
      refundReference: null,
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
      ...extra,
    });
    try {
      await this.transactions.run((manager) => manager.insert(PaymentEntity, payment));
      return { payment, created: true };
    } catch (error) {
      const existing = await this.payments.findOneBy({ idempotencyKey: payment.idempotencyKey });
      if (existing) return { payment: existing, created: false };
      throw error;
    }
  }
}

/** What a payment row keeps of the gateway's charge. */
export function chargeFields(charge: GatewayCharge): Partial<PaymentEntity> {
  return {
    chargeId: charge.id,
    qrDownloadUri: charge.source?.scannable_code?.image?.download_uri ?? null,
    authorizeUri: charge.authorize_uri ?? null,
    expiresAt: charge.expires_at ? new Date(charge.expires_at) : null,
    updatedAt: new Date(),
  };
}
