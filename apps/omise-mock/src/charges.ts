/**
 * Charges (docs.omise.co/charges-api): by card token or a customer's card (3-D Secure when needed; `capture: false`
 * authorizes only, see charge-outcomes.ts), or by source: PromptPay with its QR, the redirect sources with an
 * `authorize_uri` (authorize-page.ts). Every charge is announced by `charge.create`, every update by `charge.update`.
 */
import QRCode from 'qrcode';
import type { ChargeOutcomes } from './charge-outcomes';
import { newChargeRecord, renderCharge } from './charge-record';
import type { Customers } from './customers';
import { OmiseError, badRequest, invalidCharge, notFound } from './errors';
import type { Events } from './events';
import { listPage } from './pagination';
import { DEVELOPMENT_PROMPTPAY_BILLER_ID, buildPromptPayBillPaymentPayload, formatSatang } from './promptpay';
import { ID, type HandlerResult, type Route, route } from './router';
import { MINIMUM_AMOUNT_THB, type Sources } from './sources';
import type { MockStore } from './store';
import type { CardOutcome } from './test-cards';
import type { ChargeRecord, Json, OmiseMockOptions } from './types';
import { clone, isRecord, iso, metadataParam, newId, optionalString, toInteger } from './values';

export class Charges {
  constructor(
    private readonly store: MockStore,
    private readonly sources: Sources,
    private readonly outcomes: ChargeOutcomes,
    private readonly customers: Customers,
    private readonly events: Events,
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
    const description = optionalString(body.description, 'description');
    const returnUri = optionalString(body.return_uri, 'return_uri');
    if (returnUri !== null && !/^https?:\/\/\S+$/.test(returnUri)) throw invalidCharge('return uri is invalid');
    const metadata = metadataParam(body.metadata);
    const given = (value: unknown) => value !== undefined && value !== null && value !== '';
    const hasCustomer = given(body.customer);
    const hasCard = given(body.card);
    const hasSource = given(body.source);
    if (hasSource && (hasCard || hasCustomer)) throw badRequest(`${hasCard ? 'card' : 'customer'} and source cannot be given together`);
    if (!hasCard && !hasSource && !hasCustomer) throw new OmiseError(400, 'missing_card', 'request contains no card or source');
    const capture = booleanParam(body.capture, 'capture') ?? true;
    const authorizationType = body.authorization_type ?? null;
    if (authorizationType !== null && authorizationType !== 'pre_auth' && authorizationType !== 'final_auth') {
      throw badRequest('authorization_type must be pre_auth or final_auth');
    }
    if (hasSource && (!capture || authorizationType !== null)) throw invalidCharge('capture: false and authorization_type are for card charges only');

    const now = this.store.now();
    const charge = newChargeRecord({ amount, description, returnUri, metadata, ip: optionalString(body.ip, 'ip'), capture, createdAt: now });
    charge.authorization_type = authorizationType;
    let cardOutcome: CardOutcome | null = null;
    if (hasCustomer) {
      const { card, outcome } = this.customers.chargeableCard(body.customer, body.card);
      charge.customer = body.customer;
      cardOutcome = this.prepareCardCharge(charge, card, outcome, now);
    } else if (hasCard) {
      cardOutcome = this.prepareCardCharge(charge, ...this.useToken(body.card), now);
    } else {
      this.prepareSourceCharge(charge, body.source, body.expires_at, now);
    }
    this.store.state.charges[charge.id] = charge;
    this.store.state.chargeRefunds[charge.id] = [];
    this.store.save();

    if (cardOutcome) this.outcomes.applyCardOutcome(charge.id, cardOutcome);
    const rendered = renderCharge(this.store, charge.id);
    this.events.emit('charge.create', rendered);
    return rendered;
  }

  /** The token's card and what charging it does; the token is used up. */
  private useToken(cardParam: unknown): [Json, CardOutcome] {
    if (typeof cardParam !== 'string') throw badRequest('card must be a token id (tokn_…)');
    const token = this.store.state.tokens[cardParam];
    if (!token) {
      if (cardParam.startsWith('card_')) throw badRequest('a card id (card_…) needs the customer it belongs to (customer)');
      throw notFound('token', cardParam);
    }
    if (token.used) throw new OmiseError(400, 'used_token', 'token was already used');
    token.used = true;
    return [clone(token.card) as Json, this.store.state.tokenOutcomes[cardParam]];
  }

  /** Puts the card on the charge; a 3-D Secure card gets its `authorize_uri`. Returns what happens at once (null: 3-D Secure). */
  private prepareCardCharge(charge: ChargeRecord, card: Json, outcome: CardOutcome, now: Date): CardOutcome | null {
    charge.card = card;
    charge.transaction_fees = { fee_flat: '0.0', fee_rate: '3.65', vat_rate: '7.0' };
    if (outcome.kind !== '3ds') return outcome;
    this.awaitAuthorization(charge, new Date(now.getTime() + 7 * 24 * 3600 * 1000));
    charge.authenticated_by = null;
    return null;
  }

  /** The charge waits for the payer at `authorize_uri` (3-D Secure, or a redirect source's page). */
  private awaitAuthorization(charge: ChargeRecord, expiresAt: Date): void {
    const paymentId = newId('paym');
    this.store.state.payments[paymentId] = charge.id;
    charge.reference = paymentId;
    charge.authorize_uri = `${this.baseUrl()}/payments/${paymentId}/authorize`;
    charge.expires_at = iso(expiresAt);
  }

  private prepareSourceCharge(charge: ChargeRecord, sourceParam: unknown, expiresParam: unknown, now: Date): void {
    const { state } = this.store;
    let source: Json;
    const inline = isRecord(sourceParam);
    if (typeof sourceParam === 'string') {
      source = this.store.find(state.sources, 'source', sourceParam);
    } else if (isRecord(sourceParam)) {
      source = this.sources.build(sourceParam); // stored below, once the charge is sure to be made
    } else {
      throw badRequest('source must be a source id or a source object');
    }
    if (Object.values(state.chargeSources).includes(source.id as string)) throw badRequest(`source ${String(source.id)} was already used`);
    if (source.amount !== charge.amount) throw invalidCharge('amount must be the same as the source amount');
    if (source.flow !== 'offline' && !charge.return_uri) throw invalidCharge(`return_uri is required for a ${String(source.type)} charge (the payer comes back there)`);

    let expiresAt = new Date(now.getTime() + 24 * 3600 * 1000);
    if (expiresParam !== undefined && expiresParam !== null && expiresParam !== '') {
      const parsed = typeof expiresParam === 'string' ? new Date(expiresParam) : new Date(NaN);
      if (Number.isNaN(parsed.getTime())) throw invalidCharge('expires_at is not a valid ISO 8601 time');
      if (parsed.getTime() <= now.getTime()) throw invalidCharge('expires_at must be in the future');
      expiresAt = parsed;
    }
    charge.transaction_fees = { fee_flat: '0.0', fee_rate: '1.65', vat_rate: '7.0' };
    if (inline) this.sources.keep(source);
    source.charge_status = 'pending';
    state.chargeSources[charge.id] = source.id as string;
    if (source.flow !== 'offline') {
      this.awaitAuthorization(charge, expiresAt);
      return;
    }
    charge.expires_at = iso(expiresAt);

    const documentId = newId('docu');
    const payload = buildPromptPayBillPaymentPayload({
      billerId: this.options.promptPayBillerId ?? DEVELOPMENT_PROMPTPAY_BILLER_ID,
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
  }

  private update(id: string, body: Json): Json {
    const charge = this.store.charge(id);
    if (body.description !== undefined) charge.description = optionalString(body.description, 'description');
    if (body.metadata !== undefined) {
      if (!isRecord(body.metadata)) throw badRequest('metadata must be an object');
      charge.metadata = clone(body.metadata);
    }
    this.store.save();
    const rendered = renderCharge(this.store, id);
    this.events.emit('charge.update', rendered);
    return rendered;
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

/** A boolean parameter, as JSON or form-encoded; undefined when absent. */
function booleanParam(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw badRequest(`${field} must be true or false`);
}
