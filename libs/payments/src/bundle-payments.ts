import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { formatBaht } from '@bizportal/common';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { Bundles, CatalogueService, type ApplicationEntity } from '@bizportal/licensing';
import { InvoiceEntity, PaymentEntity } from './entities';
import { GatewayRejectedError, GatewayUnavailableError, OmiseGateway } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { PaymentRecords } from './payment-records';
import { PaymentRecovery } from './payment-recovery';
import { GATEWAY_MINIMUM_SATANG, PaymentSettings } from './payment-settings';
import { amountWords } from './payment-timeline';
import { SettlePayment } from './settle-payment';

/**
 * "Pay together" for a bundle (issue 17 part 2): one PromptPay charge for the open fees of every application of the
 * bundle awaiting payment, their amounts summed. Each fee keeps its own payment row (method promptpay, the shared
 * charge's key in `shared_charge_key`), so settling the charge (SettlePayment, from the webhook or reconciliation)
 * pays each fee on its own: PAYMENT_SUCCEEDED to its application and a receipt numbered by its own office.
 */
@Injectable()
export class BundlePayments {
  constructor(
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    private readonly bundles: Bundles,
    private readonly records: PaymentRecords,
    private readonly recovery: PaymentRecovery,
    private readonly settlement: SettlePayment,
    private readonly gateway: OmiseGateway,
    private readonly settings: PaymentSettings,
    private readonly catalogue: CatalogueService,
    private readonly identity: UserDirectory,
  ) {}

  async start(user: AuthenticatedUser, bundleId: string) {
    const apps = (await this.bundles.applicationsOf(user, bundleId)).filter((a) => a.status === 'awaiting_payment');
    if (apps.length === 0) throw PaymentErrors.create('BUNDLE_NOTHING_TO_PAY');
    const invoices = await Promise.all(apps.map((app) => this.records.openInvoice(app)));
    const total = invoices.reduce((sum, i) => sum + i.amountSatang, 0);
    if (total < GATEWAY_MINIMUM_SATANG) {
      const [amount, minimum] = [amountWords(total), amountWords(GATEWAY_MINIMUM_SATANG)];
      throw PaymentErrors.create('AMOUNT_BELOW_GATEWAY_MINIMUM', { amountTh: amount.th, amountEn: amount.en, minimumTh: minimum.th, minimumEn: minimum.en }, { amountSatang: total, minimumAmountSatang: GATEWAY_MINIMUM_SATANG, payInstead: ['billpay', 'counter'] });
    }
    const now = new Date();
    // An open QR of these same fees is answered again (a double click); any other open payment of one of them blocks.
    for (const invoice of invoices) {
      for (const open of await this.recovery.openOnline(invoice.id)) {
        if (open.expiresAt !== null && open.expiresAt <= now) continue;
        if (open.sharedChargeKey && (await this.coversExactly(open.sharedChargeKey, invoices))) return this.view(open.sharedChargeKey, apps);
        throw PaymentErrors.create('PAYMENT_ALREADY_OPEN', { method: open.method, until: open.expiresAt ? ` until ${open.expiresAt.toISOString()}` : '' }, { paymentId: open.id, until: open.expiresAt });
      }
    }
    // The same fees and the same number of earlier attempts give the same key: concurrent clicks write one set of rows.
    const fees = createHash('sha256').update(invoices.map((i) => i.id).sort().join(',')).digest('hex').slice(0, 16);
    const attempts = await this.payments.countBy({ invoiceId: invoices[0].id, sharedChargeKey: In(await this.keysOf(invoices[0].id)) });
    const key = `bundle:${bundleId}:${fees}:${attempts + 1}`;
    const rows = [];
    for (const invoice of invoices) rows.push(await this.records.createPaymentRow(invoice, 'promptpay', `${key}:${invoice.id}`, user.id, now, { sharedChargeKey: key }));
    if (!rows[0].created) return this.view(key, apps);
    try {
      const charge = await this.gateway.createPromptPayCharge({
        amount: total,
        expiresAt: new Date(now.getTime() + this.settings.qrExpiryHours * 3600_000),
        metadata: { sharedChargeKey: key, idempotencyKey: key, bundleId },
        description: `${apps.map((a) => a.trackingNumber).join(' ')}`,
      });
      await this.payments.update(
        { sharedChargeKey: key },
        { qrDownloadUri: charge.source?.scannable_code?.image?.download_uri ?? null, expiresAt: charge.expires_at ? new Date(charge.expires_at) : null, updatedAt: new Date() },
      );
      await this.settlement.settle(charge);
    } catch (error) {
      if (error instanceof GatewayRejectedError || error instanceof GatewayUnavailableError) {
        await this.payments.update({ sharedChargeKey: key }, { status: error instanceof GatewayRejectedError ? 'failed' : 'error', failureCode: error instanceof GatewayRejectedError ? error.code : `gateway_${error.reason}`, failureMessage: error.message, updatedAt: new Date() });
        if (error instanceof GatewayRejectedError) throw PaymentErrors.create('PAYMENT_REFUSED_BY_GATEWAY', { failureCode: error.code, reason: error.message });
        throw PaymentErrors.create(error.reason === 'bad-response' ? 'PAYMENT_GATEWAY_BAD_RESPONSE' : 'PAYMENT_GATEWAY_UNAVAILABLE', { reason: error.reason });
      }
      throw error;
    }
    return this.view(key, apps);
  }

  /** The shared keys the invoice's payment rows were written under. */
  private async keysOf(invoiceId: string): Promise<string[]> {
    const rows = await this.payments.find({ where: { invoiceId }, select: { sharedChargeKey: true } });
    return rows.flatMap((r) => (r.sharedChargeKey ? [r.sharedChargeKey] : []));
  }

  private async coversExactly(key: string, invoices: InvoiceEntity[]): Promise<boolean> {
    const members = await this.payments.findBy({ sharedChargeKey: key });
    return members.length === invoices.length && invoices.every((i) => members.some((m) => m.invoiceId === i.id));
  }

  /** The shared payment: its status, QR, total, and one line per fee with its licence and office. */
  private async view(key: string, apps: ApplicationEntity[]) {
    const order = (m: PaymentEntity) => apps.findIndex((a) => a.id === m.applicationId);
    const members = (await this.payments.findBy({ sharedChargeKey: key })).sort((a, b) => order(a) - order(b));
    const names = await this.identity.namesOf(apps.flatMap((a) => (a.agencyId ? [a.agencyId] : [])), []);
    const total = members.reduce((sum, m) => sum + m.amountSatang, 0);
    const lines = await Promise.all(
      members.map(async (m) => {
        const app = apps.find((a) => a.id === m.applicationId)!;
        const licence = (await this.catalogue.workflow(app.licenceType, app.workflowVersion)).definition.name;
        return {
          applicationId: app.id,
          trackingNumber: app.trackingNumber,
          licenceType: { slug: app.licenceType, name: licence },
          agency: (app.agencyId && names.agencies.get(app.agencyId)) || null,
          paymentId: m.id,
          status: m.status,
          amountSatang: m.amountSatang,
          amountText: formatBaht(m.amountSatang),
        };
      }),
    );
    const first = members[0];
    return {
      key,
      method: 'promptpay',
      status: first.status,
      amountSatang: total,
      amountText: formatBaht(total),
      qr: first.qrDownloadUri ? { svg: `/api/v1/payments/${first.id}/qr` } : null,
      expiresAt: first.expiresAt,
      lines,
    };
  }
}
