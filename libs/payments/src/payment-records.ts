import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { OutboxRunner, type ApplicationEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, type PaymentMethod } from './entities';
import type { GatewayCharge } from './omise-gateway';
import { PaymentErrors } from './payment-errors';

/** The open fee of an application and the payment rows written against it (online or at the counter). */
@Injectable()
export class PaymentRecords {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxRunner,
  ) {}

  /** The open fee of an application; the `request-payment` effect may still be queued, so it runs first. */
  async openInvoice(app: ApplicationEntity): Promise<InvoiceEntity> {
    if (app.status !== 'awaiting_payment') {
      throw PaymentErrors.create('NOT_AWAITING_PAYMENT', { status: app.status }, { state: app.state, status: app.status });
    }
    let invoice = await this.invoices.findOneBy({ applicationId: app.id, status: 'open' });
    if (!invoice) {
      await this.outbox.kick();
      invoice = await this.invoices.findOneBy({ applicationId: app.id, status: 'open' });
    }
    if (!invoice) throw PaymentErrors.create('NO_OPEN_FEE');
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
      qrDownloadUri: null,
      authorizeUri: null,
      expiresAt: null,
      paidAt: null,
      failureCode: null,
      failureMessage: null,
      appliedAt: null,
      officeReceiptNumber: null,
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
