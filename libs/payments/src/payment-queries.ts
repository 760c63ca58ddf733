import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError, formatBaht } from '@bizportal/common';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore, CatalogueService } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, ReceiptEntity } from './entities';
import { PaymentErrors } from './payment-errors';
import { HOLD_REASONS } from './payment-timeline';

/** What a user may read of payments: an application's fees, payments and receipts, one payment, one receipt. */
@Injectable()
export class PaymentQueries {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    @InjectRepository(ReceiptEntity) private readonly receipts: Repository<ReceiptEntity>,
    private readonly applications: ApplicationStore,
    private readonly catalogue: CatalogueService,
    private readonly identity: UserDirectory,
  ) {}

  async listForApplication(user: AuthenticatedUser, applicationId: string) {
    const app = await this.applications.load(applicationId, user);
    const [invoices, payments, receipts] = await Promise.all([
      this.invoices.find({ where: { applicationId: app.id }, order: { createdAt: 'ASC' } }),
      this.payments.find({ where: { applicationId: app.id }, order: { createdAt: 'ASC' } }),
      this.receipts.find({ where: { applicationId: app.id }, order: { issuedAt: 'ASC' } }),
    ]);
    return {
      invoices: invoices.map((i) => ({ id: i.id, feeCode: i.feeCode, amountSatang: i.amountSatang, amountText: formatBaht(i.amountSatang), lines: i.lines ?? [], status: i.status, paidAt: i.paidAt })),
      payments: payments.map(paymentView),
      receipts: receipts.map((r) => ({ receiptNumber: r.receiptNumber, amountSatang: r.amountSatang, amountWordsTh: r.amountWordsTh, issuedAt: r.issuedAt, pdf: `/api/v1/receipts/${encodeURIComponent(r.receiptNumber)}/pdf` })),
    };
  }

  async paymentVisibleTo(user: AuthenticatedUser, paymentId: string): Promise<PaymentEntity> {
    const payment = await this.payments.findOneBy({ id: paymentId });
    const missing = PaymentErrors.create('PAYMENT_NOT_FOUND', { id: paymentId });
    if (!payment) throw missing;
    // Refused as the payment itself: the application's 404 would name the application it belongs to.
    await this.applications.load(payment.applicationId, user).catch((error) => Promise.reject(error instanceof NotFoundError ? missing : error));
    return payment;
  }

  async receiptVisibleTo(user: AuthenticatedUser, receiptNumber: string) {
    const receipt = await this.receipts.findOneBy({ receiptNumber });
    const missing = PaymentErrors.create('RECEIPT_NOT_FOUND', { receiptNumber });
    if (!receipt) throw missing;
    const app = await this.applications.load(receipt.applicationId, user).catch((error) => Promise.reject(error instanceof NotFoundError ? missing : error));
    const payment = await this.payments.findOneByOrFail({ id: receipt.paymentId });
    const [agency, workflow] = await Promise.all([this.identity.findAgency(receipt.agencyId), this.catalogue.workflow(app.licenceType, app.workflowVersion)]);
    return { receipt, app, payment, agency, licenceName: workflow.definition.name };
  }
}

/** A payment as the API shows it. */
export function paymentView(p: PaymentEntity) {
  return {
    id: p.id,
    method: p.method,
    status: p.status,
    amountSatang: p.amountSatang,
    amountText: p.currency.toUpperCase() === 'THB' ? formatBaht(p.amountSatang) : `${(p.amountSatang / 100).toFixed(2)} ${p.currency.toUpperCase()}`,
    qr: p.qrDownloadUri ? { svg: `/api/v1/payments/${p.id}/qr` } : null,
    authorizeUri: p.authorizeUri,
    expiresAt: p.expiresAt,
    paidAt: p.paidAt,
    failure: p.failureCode ? { code: p.failureCode, message: p.failureMessage } : null,
    officeReceiptNumber: p.officeReceiptNumber,
    chargeId: p.chargeId,
    createdAt: p.createdAt,
    hold: p.holdReason ? { reason: p.holdReason, text: HOLD_REASONS[p.holdReason], heldAt: p.heldAt } : null,
    resolution: p.resolution
      ? { kind: p.resolution, reason: p.resolutionReason, resolvedAt: p.resolvedAt, automatic: p.resolvedBy === 'system', refundId: p.refundId, refundReference: p.refundReference }
      : null,
  };
}
