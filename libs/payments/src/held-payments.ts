import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ConflictError, formatBaht } from '@bizportal/common';
import { SYSTEM_ACTOR } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationStore, CatalogueService, WorkflowTransitions, type ApplicationEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity } from './entities';
import { AlreadyApplied, type PaymentEventData } from './payment-application.participant';
import { PaymentErrors } from './payment-errors';
import { paymentView } from './payment-queries';
import { PaymentRefunds } from './payment-refunds';

/** Who resolves held money: staff of the application's office who decide on applications. */
const RESOLVERS = ['officer', 'approver', 'head_of_office'];

/** Why held money cannot be accepted as the fee (null: it can). */
function acceptRefusal(payment: PaymentEntity, app: ApplicationEntity, invoice: InvoiceEntity): { th: string; en: string } | null {
  if (payment.currency.toUpperCase() !== 'THB') return { th: 'ไม่ได้ชำระเป็นเงินบาท', en: 'it was not paid in Thai baht' };
  if (invoice.status === 'paid') return { th: 'ค่าธรรมเนียมนี้ชำระแล้ว', en: 'the fee is already paid' };
  if (app.status !== 'awaiting_payment') return { th: 'คำขอไม่อยู่ในขั้นตอนชำระค่าธรรมเนียม', en: `the application is not awaiting payment (it is '${app.status}')` };
  return null;
}

/**
 * Held money and the office's decisions on it. Rules: an officer, approver or head of the application's office
 * refunds it (through the gateway, or for money the gateway never saw with the office's own refund reference) or
 * accepts it as the fee, each with a reason. Accepting is open only while the application awaits payment, its fee
 * is unpaid and the money is in baht; the receipt is then for the amount received, and the step is an ordinary
 * PAYMENT_SUCCEEDED (recording who accepted it and why).
 */
@Injectable()
export class HeldPayments {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    private readonly applications: ApplicationStore,
    private readonly catalogue: CatalogueService,
    private readonly transitions: WorkflowTransitions,
    private readonly refunds: PaymentRefunds,
  ) {}

  /** The caller's office's held money (and refunds under way), oldest first. */
  async list(user: AuthenticatedUser) {
    if (!user.agencyId) return { items: [] };
    const held = await this.payments.find({ where: { agencyId: user.agencyId, status: In(['held', 'refunding']) }, order: { heldAt: 'ASC', createdAt: 'ASC' }, take: 500 });
    const apps = new Map((await this.applications.findByIds([...new Set(held.map((p) => p.applicationId))])).map((a) => [a.id, a]));
    const invoices = new Map((await this.invoices.findBy({ id: In([...new Set(held.map((p) => p.invoiceId))]) })).map((i) => [i.id, i]));
    const items = [];
    for (const payment of held) {
      const app = apps.get(payment.applicationId)!;
      const invoice = invoices.get(payment.invoiceId)!;
      const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
      const refusal = acceptRefusal(payment, app, invoice);
      items.push({
        ...paymentView(payment),
        application: { id: app.id, trackingNumber: app.trackingNumber, licenceType: { slug: app.licenceType, name: workflow.definition.name }, status: app.status },
        feeSatang: invoice.amountSatang,
        feeText: formatBaht(invoice.amountSatang),
        currency: payment.currency,
        canAccept: refusal === null && payment.status === 'held',
        acceptRefusal: refusal,
        needsRefundReference: payment.chargeId === null,
      });
    }
    return { items };
  }

  async refund(user: AuthenticatedUser, paymentId: string, request: { reason: string; refundReference?: string }) {
    const { payment } = await this.heldInOffice(user, paymentId);
    const refunded = await this.refunds.refund(payment, {
      actor: { id: user.id, roles: user.roles, agencyId: user.agencyId },
      reason: request.reason,
      automatic: false,
      refundReference: request.refundReference,
    });
    return paymentView(refunded);
  }

  async accept(user: AuthenticatedUser, paymentId: string, request: { reason: string }) {
    const { payment, app } = await this.heldInOffice(user, paymentId);
    const invoice = await this.invoices.findOneByOrFail({ id: payment.invoiceId });
    const refusal = acceptRefusal(payment, app, invoice);
    if (refusal) throw PaymentErrors.create('HELD_PAYMENT_CANNOT_BE_ACCEPTED', { why: refusal.en, whyTh: refusal.th }, { paymentId: payment.id, why: refusal });
    const data: PaymentEventData = {
      paymentId: payment.id,
      method: payment.method,
      amountSatang: payment.amountSatang,
      ...(payment.chargeId ? { chargeId: payment.chargeId } : {}),
      acceptedBy: user.id,
      acceptedReason: request.reason,
    };
    try {
      // The machine takes payments from the system only; who accepted it and why travel in the event's data.
      await this.transitions.send(app, { type: 'PAYMENT_SUCCEEDED', actor: SYSTEM_ACTOR, data: { ...data } });
    } catch (error) {
      if (error instanceof AlreadyApplied || error instanceof ConflictError) {
        const now = await this.payments.findOneByOrFail({ id: payment.id });
        throw PaymentErrors.create('HELD_PAYMENT_NOT_HELD', { status: now.status }, { paymentId: now.id, status: now.status });
      }
      throw error;
    }
    return paymentView(await this.payments.findOneByOrFail({ id: payment.id }));
  }

  /** The payment, if it is held money of an application of the caller's office that she may resolve. */
  private async heldInOffice(user: AuthenticatedUser, paymentId: string) {
    const payment = await this.payments.findOneBy({ id: paymentId });
    const missing = PaymentErrors.create('HELD_PAYMENT_NOT_FOUND', { id: paymentId });
    if (!payment) throw missing;
    const app = await this.applications.getById(payment.applicationId);
    if (!user.agencyId || app.agencyId !== user.agencyId || !user.roles.some((r) => RESOLVERS.includes(r))) throw missing;
    if (payment.status !== 'held') throw PaymentErrors.create('HELD_PAYMENT_NOT_HELD', { status: payment.status }, { paymentId: payment.id, status: payment.status });
    return { payment, app };
  }
}

