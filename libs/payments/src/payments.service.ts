import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import {
  BadGatewayError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  ServiceUnavailableError,
  UnprocessableError,
  formatBaht,
} from '@bizportal/common';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import { TransactionRunner } from '@bizportal/database';
import { IdentityService, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore, CatalogueService, OutboxRunner, WorkflowTransitions, type ApplicationEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity, ReceiptEntity, type PaymentMethod, type PaymentStatus } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway, type GatewayCharge } from './omise-gateway';
import { PaymentSettings } from './payment-settings';
import { AlreadyApplied, updateUnappliedPayment, type PaymentEventData } from './payment-application.participant';

const ACTIVE: PaymentStatus[] = ['creating', 'pending'];
const ENDED_UNPAID: PaymentStatus[] = ['failed', 'expired', 'error'];


export type SettleOutcome = 'unknown-charge' | 'pending' | 'applied' | 'already-applied' | 'recorded' | 'held';

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    @InjectRepository(ReceiptEntity) private readonly receipts: Repository<ReceiptEntity>,
    private readonly applications: ApplicationStore,
    private readonly transactions: TransactionRunner,
    private readonly transitions: WorkflowTransitions,
    private readonly catalogue: CatalogueService,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxRunner,
    private readonly gateway: OmiseGateway,
    private readonly settings: PaymentSettings,
  ) {}

  async loadVisible(user: AuthenticatedUser, applicationId: string): Promise<ApplicationEntity> {
    return this.applications.load(applicationId, user);
  }

  /** The open fee of an application; the `request-payment` effect may still be queued, so it runs first. */
  private async openInvoice(app: ApplicationEntity): Promise<InvoiceEntity> {
    if (app.status !== 'awaiting_payment') {
      throw new ConflictError(
        `คำขอนี้ไม่อยู่ในขั้นตอนชำระค่าธรรมเนียม / The application is not awaiting payment (it is '${app.status}')`,
        { state: app.state, status: app.status },
      );
    }
    let invoice = await this.invoices.findOneBy({ applicationId: app.id, status: 'open' });
    if (!invoice) {
      await this.outbox.kick();
      invoice = await this.invoices.findOneBy({ applicationId: app.id, status: 'open' });
    }
    if (!invoice) {
      throw new ConflictError('ยังไม่มีค่าธรรมเนียมที่ต้องชำระ กรุณาลองใหม่อีกครั้ง / No fee is open for payment yet; try again in a moment');
    }
    return invoice;
  }

  /** Starts an online payment: a PromptPay QR, or a card charge from a token of the gateway's vault. */
  async startPayment(user: AuthenticatedUser, applicationId: string, request: { method: 'promptpay' | 'card'; cardToken?: string }) {
    const app = await this.loadVisible(user, applicationId);
    if (app.applicantId !== user.id) throw new ForbiddenError('เฉพาะผู้ยื่นคำขอชำระค่าธรรมเนียมได้ / Only the applicant pays the fee online');
    if (request.method === 'card' && !request.cardToken) {
      throw new InvalidInputError('ต้องระบุโทเค็นบัตร / A card payment needs card.token from the gateway vault', [
        { field: 'card.token', problem: 'is required for method card' },
      ]);
    }
    const invoice = await this.openInvoice(app);
    const now = new Date();
    const active = (await this.payments.findBy({ invoiceId: invoice.id, status: In(ACTIVE) })).find(
      (p) => p.expiresAt === null || p.expiresAt > now,
    );
    if (active) {
      if (active.method === request.method) return this.view(active);
      throw new ConflictError(
        `มีการชำระด้วย ${active.method} ค้างอยู่ / A ${active.method} payment is still open${active.expiresAt ? ` until ${active.expiresAt.toISOString()}` : ''}: finish it or wait for it to expire`,
        { paymentId: active.id },
      );
    }
    // The key names the attempt by how many earlier attempts ended without paying: every click made
    // while an attempt is open computes the same key, so the unique index lets exactly one create it.
    const ended = await this.payments.countBy({ invoiceId: invoice.id, status: In(ENDED_UNPAID) });
    const { payment, created } = await this.createPaymentRow(invoice, request.method, `${invoice.id}:${ended + 1}`, user.id, now);
    if (!created) return this.view(payment); // a double click: the first request's payment, which that request completes

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
    await this.payments.update({ id: payment.id }, this.chargeFields(charge));
    const settled = await this.settle(charge);
    const current = await this.payments.findOneByOrFail({ id: payment.id });
    if (current.status === 'failed') {
      throw new UnprocessableError(
        `ชำระเงินไม่สำเร็จ: ${current.failureMessage ?? current.failureCode} กรุณาลองใหม่ / The payment failed (${current.failureCode}): ${current.failureMessage}. You can try again with another card or PromptPay`,
        { paymentId: current.id, failureCode: current.failureCode, failureMessage: current.failureMessage },
      );
    }
    this.logger.debug(`payment ${payment.id}: ${settled}`);
    return this.view(current);
  }

  /** Inserts the payment row under our idempotency key; a concurrent duplicate gets the existing row, not created by it. */
  private async createPaymentRow(
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

  private chargeFields(charge: GatewayCharge): Partial<PaymentEntity> {
    return {
      chargeId: charge.id,
      qrDownloadUri: charge.source?.scannable_code?.image?.download_uri ?? null,
      authorizeUri: charge.authorize_uri ?? null,
      expiresAt: charge.expires_at ? new Date(charge.expires_at) : null,
      updatedAt: new Date(),
    };
  }

  /**
   * Brings a payment in line with the gateway's charge (fetched from the gateway, never taken from
   * a webhook body). The application hears of it once: the payment's `appliedAt` is set in the
   * same transaction as the PAYMENT_SUCCEEDED or PAYMENT_FAILED event.
   */
  async settle(charge: GatewayCharge): Promise<SettleOutcome> {
    const paymentId = typeof charge.metadata?.paymentId === 'string' ? charge.metadata.paymentId : undefined;
    let payment = await this.payments.findOneBy({ chargeId: charge.id });
    if (!payment && paymentId) {
      // A charge the gateway made although we gave up waiting for it (timeout): adopt it.
      payment = await this.payments.findOneBy({ id: paymentId, chargeId: IsNull() });
      if (payment) await this.payments.update({ id: payment.id }, this.chargeFields(charge));
    }
    if (!payment) return 'unknown-charge';
    if (payment.appliedAt) return 'already-applied';
    if (charge.status === 'pending') {
      if (payment.status === 'creating' || payment.status === 'error') await updateUnappliedPayment(this.payments.manager, payment.id, { status: 'pending', updatedAt: new Date() });
      return 'pending';
    }
    const invoice = await this.invoices.findOneByOrFail({ id: payment.invoiceId });
    if (charge.status === 'successful') {
      const mismatch = this.mismatch(charge, invoice);
      if (mismatch) return this.hold(payment, invoice, mismatch);
      if (invoice.status !== 'open') return this.hold(payment, invoice, `the fee was already paid by another payment; refund ${formatBaht(charge.amount)}`);
      return this.apply(payment, 'PAYMENT_SUCCEEDED', charge);
    }
    return this.apply(payment, 'PAYMENT_FAILED', charge);
  }

  private mismatch(charge: GatewayCharge, invoice: InvoiceEntity): string | null {
    if (charge.currency.toLowerCase() !== invoice.currency.toLowerCase()) return `currency ${charge.currency} differs from the fee's ${invoice.currency}`;
    if (charge.amount !== invoice.amountSatang) return `amount ${charge.amount} satang differs from the fee's ${invoice.amountSatang}`;
    return null;
  }

  /** Money arrived that does not match what is due: an officer decides; the application does not move. */
  private async hold(payment: PaymentEntity, invoice: InvoiceEntity, reason: string): Promise<SettleOutcome> {
    const held = await this.transactions.run(async (manager) => {
      if (!(await updateUnappliedPayment(manager, payment.id, { status: 'held', failureCode: 'held_for_review', failureMessage: reason, updatedAt: new Date() }))) return false;
      if (invoice.status === 'open') await manager.update(InvoiceEntity, { id: invoice.id }, { status: 'held' });
      return true;
    });
    if (!held) return 'already-applied';
    this.logger.warn(`Payment ${payment.id} held for an officer: ${reason}`);
    return 'held';
  }

  private async apply(payment: PaymentEntity, type: 'PAYMENT_SUCCEEDED' | 'PAYMENT_FAILED', charge: GatewayCharge | null): Promise<SettleOutcome> {
    const succeeded = type === 'PAYMENT_SUCCEEDED';
    const now = new Date();
    const status: PaymentStatus = succeeded ? 'successful' : charge?.status === 'expired' ? 'expired' : 'failed';
    const app = await this.applications.getById(payment.applicationId);
    const fields: Partial<PaymentEntity> = {
      status,
      paidAt: succeeded ? (charge?.paid_at ? new Date(charge.paid_at) : now) : null,
      failureCode: succeeded ? null : (charge?.failure_code ?? status),
      failureMessage: succeeded ? null : (charge?.failure_message ?? (status === 'expired' ? 'The QR code expired before it was paid' : null)),
      updatedAt: now,
    };
    if (app.status !== 'awaiting_payment') {
      // The application moved on (e.g. paid another way): record what the gateway says, tell nobody twice.
      if (succeeded) return this.hold(payment, await this.invoices.findOneByOrFail({ id: payment.invoiceId }), `the application is '${app.status}', not awaiting payment`);
      return (await updateUnappliedPayment(this.payments.manager, payment.id, fields)) ? 'recorded' : 'already-applied';
    }
    const data: PaymentEventData = {
      paymentId: payment.id,
      method: payment.method,
      amountSatang: charge?.amount ?? payment.amountSatang,
      ...(charge ? { chargeId: charge.id } : {}),
      ...(succeeded && charge?.paid_at ? { paidAt: new Date(charge.paid_at).toISOString() } : {}),
      ...(!succeeded ? { paymentStatus: status as 'failed' | 'expired' } : {}),
      ...(!succeeded && fields.failureCode ? { failureCode: fields.failureCode } : {}),
      ...(!succeeded && fields.failureMessage ? { failureMessage: fields.failureMessage } : {}),
      ...(payment.officeReceiptNumber ? { recordedBy: payment.createdBy } : {}),
    };
    try {
      // PaymentApplication marks the payment applied and issues the receipt in the same transaction.
      await this.transitions.send(app, { type, actor: SYSTEM_ACTOR, data: { ...data } });
      return 'applied';
    } catch (error) {
      if (error instanceof AlreadyApplied) return 'already-applied';
      if (error instanceof ConflictError) {
        // Another delivery of the same outcome won the race for the application's version.
        const fresh = await this.payments.findOneByOrFail({ id: payment.id });
        if (fresh.appliedAt) return 'already-applied';
      }
      throw error;
    }
  }

  /** After 3-D Secure the payer's browser comes back here: look the charge up again and settle it. */
  async syncAfterReturn(paymentId: string) {
    const payment = await this.payments.findOneBy({ id: paymentId });
    if (!payment) throw new NotFoundError(`ไม่พบรายการชำระเงิน / No payment ${paymentId}`);
    if (payment.chargeId && payment.status === 'pending') {
      try {
        await this.settle(await this.gateway.retrieveCharge(payment.chargeId));
      } catch (error) {
        if (error instanceof GatewayUnavailableError) throw new ServiceUnavailableError(`ยังตรวจสอบผลไม่ได้ / The gateway cannot be asked right now (${error.reason}); the payment will be checked again`);
        throw error;
      }
    }
    const current = await this.payments.findOneByOrFail({ id: paymentId });
    return { paymentId: current.id, status: current.status, message: { th: current.status === 'successful' ? 'ชำระเงินสำเร็จ' : 'สถานะการชำระเงิน', en: `Payment ${current.status}` } };
  }

  /** A payment made in cash at the office, recorded by its staff with the office's receipt number. */
  async recordCounterPayment(user: AuthenticatedUser, applicationId: string, request: { receiptNumber: string; amountSatang: number }) {
    const app = await this.loadVisible(user, applicationId);
    const isStaff = (user.roles.includes('officer') || user.roles.includes('approver')) && user.agencyId === app.agencyId;
    if (!isStaff) throw new ForbiddenError('เฉพาะเจ้าหน้าที่ของหน่วยงานที่รับผิดชอบ / Only staff of the responsible office record counter payments');
    const invoice = await this.openInvoice(app);
    if (request.amountSatang !== invoice.amountSatang) {
      throw new InvalidInputError(
        `จำนวนเงินไม่ตรงกับค่าธรรมเนียม / The amount ${formatBaht(request.amountSatang)} differs from the fee due, ${formatBaht(invoice.amountSatang)}`,
        [{ field: 'amountSatang', problem: `must be ${invoice.amountSatang}, the fee due` }],
      );
    }
    const now = new Date();
    const { payment } = await this.createPaymentRow(invoice, 'counter', `${invoice.id}:office:${request.receiptNumber}`, user.id, now, {
      officeReceiptNumber: request.receiptNumber,
    });
    if (payment.appliedAt) return this.view(payment);
    await this.apply(payment, 'PAYMENT_SUCCEEDED', null);
    return this.view(await this.payments.findOneByOrFail({ id: payment.id }));
  }

  /**
   * Compares local payments with the gateway's charges and repairs what a lost webhook left behind;
   * also expires QR charges whose time has passed, so the applicant can start a new one.
   */
  async reconcile(now = new Date()): Promise<{ checked: number; repaired: number; expired: number }> {
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
      const outcome = await this.settle(charge);
      if (outcome === 'applied' || outcome === 'held' || outcome === 'recorded') repaired++;
    }
    return { checked: open.length, repaired, expired };
  }

  async listForApplication(user: AuthenticatedUser, applicationId: string) {
    const app = await this.loadVisible(user, applicationId);
    const [invoices, payments, receipts] = await Promise.all([
      this.invoices.find({ where: { applicationId: app.id }, order: { createdAt: 'ASC' } }),
      this.payments.find({ where: { applicationId: app.id }, order: { createdAt: 'ASC' } }),
      this.receipts.find({ where: { applicationId: app.id }, order: { issuedAt: 'ASC' } }),
    ]);
    return {
      invoices: invoices.map((i) => ({ id: i.id, feeCode: i.feeCode, amountSatang: i.amountSatang, amountText: formatBaht(i.amountSatang), status: i.status, paidAt: i.paidAt })),
      payments: payments.map((p) => this.view(p)),
      receipts: receipts.map((r) => ({ receiptNumber: r.receiptNumber, amountSatang: r.amountSatang, amountWordsTh: r.amountWordsTh, issuedAt: r.issuedAt, pdf: `/api/v1/receipts/${encodeURIComponent(r.receiptNumber)}/pdf` })),
    };
  }

  async paymentVisibleTo(user: AuthenticatedUser, paymentId: string): Promise<PaymentEntity> {
    const payment = await this.payments.findOneBy({ id: paymentId });
    const missing = new NotFoundError(`ไม่พบรายการชำระเงิน / No payment ${paymentId}`);
    if (!payment) throw missing;
    // Refused as the payment itself: the application's 404 would name the application it belongs to.
    await this.loadVisible(user, payment.applicationId).catch((error) => Promise.reject(error instanceof NotFoundError ? missing : error));
    return payment;
  }

  async receiptVisibleTo(user: AuthenticatedUser, receiptNumber: string) {
    const receipt = await this.receipts.findOneBy({ receiptNumber });
    const missing = new NotFoundError(`ไม่พบใบเสร็จ ${receiptNumber} / No receipt ${receiptNumber}`);
    if (!receipt) throw missing;
    const app = await this.loadVisible(user, receipt.applicationId).catch((error) => Promise.reject(error instanceof NotFoundError ? missing : error));
    const payment = await this.payments.findOneByOrFail({ id: receipt.paymentId });
    const [agency, workflow] = await Promise.all([this.identity.findAgency(receipt.agencyId), this.catalogue.workflow(app.licenceType, app.workflowVersion)]);
    return { receipt, app, payment, agency, licenceName: workflow.definition.name };
  }

  view(p: PaymentEntity) {
    return {
      id: p.id,
      method: p.method,
      status: p.status,
      amountSatang: p.amountSatang,
      amountText: formatBaht(p.amountSatang),
      qr: p.qrDownloadUri ? { svg: `/api/v1/payments/${p.id}/qr` } : null,
      authorizeUri: p.authorizeUri,
      expiresAt: p.expiresAt,
      paidAt: p.paidAt,
      failure: p.failureCode ? { code: p.failureCode, message: p.failureMessage } : null,
      officeReceiptNumber: p.officeReceiptNumber,
      chargeId: p.chargeId,
      createdAt: p.createdAt,
    };
  }
}
