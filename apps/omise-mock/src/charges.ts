/** Charges (docs.omise.co/charges-api): by card token (3-D Secure when needed) or by PromptPay source, with its QR. */
import QRCode from 'qrcode';
import type { ChargeOutcomes } from './charge-outcomes';
import { newChargeRecord, renderCharge } from './charge-record';
import { OmiseError, badRequest, invalidCharge, notFound } from './errors';
import { listPage } from './pagination';
import { buildPromptPayBillPaymentPayload, formatSatang } from './promptpay';
import { ID, type HandlerResult, type Route, route } from './router';
import { MINIMUM_AMOUNT_THB, type Sources } from './sources';
import type { MockStore } from './store';
import type { ChargeRecord, Json, OmiseMockOptions } from './types';
import { clone, isRecord, iso, metadataParam, newId, optionalString, toInteger } from './values';

export class Charges {
  constructor(
    private readonly store: MockStore,
    private readonly sources: Sources,
    private readonly outcomes: ChargeOutcomes,
    private readonly options: OmiseMockOptions,
    /** Base of `authorize_uri` and `download_uri`. */
    private readonly baseUrl: () => string,
  ) {}

  routes(): Route[] {
    const render = (id: string) => renderCharge(this.store, id);
    return [
      route('POST', '/charges', 'secret', (ctx) => ({ json: this.create(ctx.body) })),
      route('GET', '/charges', 'secret', (ctx) => ({ json: listPage('/charges', Object.keys(this.store.state.charges), render, ctx.query, this.store.now) })),
      route('GET', `/charges/${ID}`, 'secret', (ctx) => ({ json: render(this.store.charge(ctx.params[0]).id) })),
      route('PATCH', `/charges/${ID}`, 'secret', (ctx) => ({ json: this.update(ctx.params[0], ctx.body) })),
      route('GET', `/charges/${ID}/documents/${ID}/downloads/qrcode\\.(svg|png)`, 'none', (ctx) => this.downloadQr(ctx.params[0], ctx.params[1], ctx.params[2])),
    ];
  }

  private create(body: Json): Json {
    const amount = toInteger(body.amount);
    if (amount === undefined || amount <= 0) throw invalidCharge('amount must be a positive integer (satang)');
    const currency = typeof body.currency === 'string' ? body.currency.toLowerCase() : '';
    if (currency !== 'thb') throw invalidCharge('currency is not supported (omise-mock accepts thb only)');
    if (amount < MINIMUM_AMOUNT_THB) {
      throw invalidCharge(`amount must be greater than or equal to ฿${formatSatang(MINIMUM_AMOUNT_THB)} (${MINIMUM_AMOUNT_THB} satangs)`);
    }
    if (body.customer !== undefined) throw badRequest('customers are not supported by omise-mock');
    const description = optionalString(body.description, 'description');
    const returnUri = optionalString(body.return_uri, 'return_uri');
    if (returnUri !== null && !/^https?:\/\/\S+$/.test(returnUri)) throw invalidCharge('return uri is invalid');
    const metadata = metadataParam(body.metadata);
    const hasCard = body.card !== undefined && body.card !== null && body.card !== '';
    const hasSource = body.source !== undefined && body.source !== null && body.source !== '';
    if (hasCard && hasSource) throw badRequest('card and source cannot be given together');
    if (!hasCard && !hasSource) throw new OmiseError(400, 'missing_card', 'request contains no card or source');

    const now = this.store.now();
    const charge = newChargeRecord({
      amount,
      description,
      returnUri,
      metadata,
      ip: optionalString(body.ip, 'ip'),
      capture: body.capture === undefined ? true : body.capture === true || body.capture === 'true',
      createdAt: now,
    });
    if (hasCard) {
      this.prepareCardCharge(charge, body.card, now);
    } else {
      this.preparePromptPayCharge(charge, body.source, body.expires_at, now);
    }
    this.store.state.charges[charge.id] = charge;
    this.store.state.chargeRefunds[charge.id] = [];
    this.store.save();

    if (hasCard) {
      const outcome = this.store.state.tokenOutcomes[String(body.card)];
      if (outcome.kind === 'success') this.outcomes.complete(charge.id, 'successful');
      else if (outcome.kind === 'failure') this.outcomes.complete(charge.id, 'failed', { code: outcome.code, message: outcome.message });
    }
    return renderCharge(this.store, charge.id);
  }

  private prepareCardCharge(charge: ChargeRecord, cardParam: unknown, now: Date): void {
    if (typeof cardParam !== 'string') throw badRequest('card must be a token id (tokn_…)');
    const token = this.store.state.tokens[cardParam];
    if (!token) {
      if (cardParam.startsWith('card_')) throw badRequest('card ids need a customer; customers are not supported by omise-mock');
      throw notFound('token', cardParam);
    }
    if (token.used) throw new OmiseError(400, 'used_token', 'token was already used');
    token.used = true;
    const outcome = this.store.state.tokenOutcomes[cardParam];
    charge.card = clone(token.card);
    charge.transaction_fees = { fee_flat: '0.0', fee_rate: '3.65', vat_rate: '7.0' };
    if (outcome.kind === '3ds') {
      const paymentId = newId('paym');
      this.store.state.payments[paymentId] = charge.id;
      charge.reference = paymentId;
      charge.authorize_uri = `${this.baseUrl()}/payments/${paymentId}/authorize`;
      charge.authenticated_by = null;
      charge.expires_at = iso(new Date(now.getTime() + 7 * 24 * 3600 * 1000));
    }
  }

  private preparePromptPayCharge(charge: ChargeRecord, sourceParam: unknown, expiresParam: unknown, now: Date): void {
    const { state } = this.store;
    let source: Json;
    if (typeof sourceParam === 'string') {
      source = this.store.find(state.sources, 'source', sourceParam);
    } else if (isRecord(sourceParam)) {
      source = state.sources[this.sources.create(sourceParam).id as string];
    } else {
      throw badRequest('source must be a source id or a source object');
    }
    if (Object.values(state.chargeSources).includes(source.id as string)) throw badRequest(`source ${String(source.id)} was already used`);
    if (source.amount !== charge.amount) throw invalidCharge('amount must be the same as the source amount');

    let expiresAt = new Date(now.getTime() + 24 * 3600 * 1000);
    if (expiresParam !== undefined && expiresParam !== null && expiresParam !== '') {
      const parsed = typeof expiresParam === 'string' ? new Date(expiresParam) : new Date(NaN);
      if (Number.isNaN(parsed.getTime())) throw invalidCharge('expires_at is not a valid ISO 8601 time');
      if (parsed.getTime() <= now.getTime()) throw invalidCharge('expires_at must be in the future');
      expiresAt = parsed;
    }
    charge.expires_at = iso(expiresAt);
    charge.transaction_fees = { fee_flat: '0.0', fee_rate: '1.65', vat_rate: '7.0' };

    const documentId = newId('docu');
    const payload = buildPromptPayBillPaymentPayload({
      billerId: this.options.promptPayBillerId ?? '000000000000000',
      reference1: charge.id.slice(charge.id.lastIndexOf('_') + 1).toUpperCase(),
      amount: charge.amount,
      merchantName: this.options.promptPayMerchantName ?? 'OMISE MOCK TEST',
    });
    state.documents[documentId] = { charge: charge.id, payload, created_at: iso(now) };
    const download = `${this.baseUrl()}/charges/${charge.id}/documents/${documentId}/downloads/qrcode.svg`;
    source.scannable_code = {
      object: 'barcode',
      type: 'qr',
      image: {
        object: 'document',
        livemode: false,
        id: documentId,
        deleted: false,
        filename: 'qrcode.svg',
        location: `/charges/${charge.id}/documents/${documentId}`,
        kind: 'qr',
        download_uri: download,
        created_at: iso(now),
      },
    };
    source.charge_status = 'pending';
    state.chargeSources[charge.id] = source.id as string;
  }

  private update(id: string, body: Json): Json {
    const charge = this.store.charge(id);
    if (body.description !== undefined) charge.description = optionalString(body.description, 'description');
    if (body.metadata !== undefined) {
      if (!isRecord(body.metadata)) throw badRequest('metadata must be an object');
      charge.metadata = clone(body.metadata);
    }
    this.store.save();
    return renderCharge(this.store, id);
  }

  private async downloadQr(chargeId: string, documentId: string, format: string): Promise<HandlerResult> {
    const document = this.store.state.documents[documentId];
    if (!document || document.charge !== chargeId) throw notFound('document', documentId);
    if (format === 'png') {
      const png = await QRCode.toBuffer(document.payload, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 400 });
      return { raw: { contentType: 'image/png', body: png } };
    }
    const svg = await QRCode.toString(document.payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    return { raw: { contentType: 'image/svg+xml', body: svg } };
  }
}
