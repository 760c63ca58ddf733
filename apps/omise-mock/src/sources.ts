/**
 * Sources (docs.omise.co/sources-api): the Thai payment methods Omise offers besides cards. PromptPay is paid
 * offline (a QR, settled by `mark_as_paid` in test mode); mobile banking, TrueMoney and Rabbit LINE Pay send the payer
 * to `authorize_uri` (a page of this gateway where a tester approves or declines) and back to the charge's `return_uri`.
 */
import { badRequest } from './errors';
import { formatSatang } from './promptpay';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import type { Json } from './types';
import { clone, iso, newId, toInteger } from './values';

export const MINIMUM_AMOUNT_THB = 2000; // satang: Omise's THB minimum (฿20) for cards and these sources

export type SourceFlow = 'offline' | 'redirect' | 'app_redirect';

export interface SourceType {
  flow: SourceFlow;
  /** What the payer sees on the authorize page: Thai, then English. */
  label: string;
  /** TrueMoney Wallet asks for the wallet's phone number. */
  needsPhoneNumber?: boolean;
}

/** The source types the local gateway accepts, with their flows as Omise documents them. */
export const SOURCE_TYPES: Readonly<Record<string, SourceType>> = {
  promptpay: { flow: 'offline', label: 'พร้อมเพย์ / PromptPay' },
  mobile_banking_kbank: { flow: 'app_redirect', label: 'K PLUS ธนาคารกสิกรไทย / Kasikornbank' },
  mobile_banking_scb: { flow: 'app_redirect', label: 'SCB EASY ธนาคารไทยพาณิชย์ / Siam Commercial Bank' },
  mobile_banking_bay: { flow: 'app_redirect', label: 'KMA ธนาคารกรุงศรีอยุธยา / Bank of Ayudhya (Krungsri)' },
  mobile_banking_bbl: { flow: 'app_redirect', label: 'Bualuang mBanking ธนาคารกรุงเทพ / Bangkok Bank' },
  mobile_banking_ktb: { flow: 'app_redirect', label: 'Krungthai NEXT ธนาคารกรุงไทย / Krungthai Bank' },
  truemoney: { flow: 'redirect', label: 'ทรูมันนี่ วอลเล็ท / TrueMoney Wallet', needsPhoneNumber: true },
  truemoney_jumpapp: { flow: 'app_redirect', label: 'แอปทรูมันนี่ / TrueMoney app' },
  rabbit_linepay: { flow: 'redirect', label: 'แรบบิท ไลน์ เพย์ / Rabbit LINE Pay' },
};

const PLATFORM_TYPES = ['IOS', 'ANDROID', 'WEB'];

export class Sources {
  constructor(private readonly store: MockStore) {}

  routes(): Route[] {
    return [
      route('POST', '/sources', 'public', (ctx) => ({ json: this.create(ctx.body) })),
      route('GET', `/sources/${ID}`, 'either', (ctx) => ({ json: this.store.find(this.store.state.sources, 'source', ctx.params[0]) })),
    ];
  }

  create(body: Json): Json {
    const source = this.build(body);
    this.keep(source);
    return clone(source);
  }

  /** Stores a source made by `build`. */
  keep(source: Json): void {
    this.store.state.sources[source.id as string] = source;
    this.store.save();
  }

  /** A new source from the request, checked, not stored yet. */
  build(body: Json): Json {
    const type = body.type;
    if (typeof type !== 'string' || type === '') throw badRequest('type is required');
    const known = Object.hasOwn(SOURCE_TYPES, type) ? SOURCE_TYPES[type] : undefined;
    if (!known) throw badRequest(`type ${type} is not supported (omise-mock supports ${Object.keys(SOURCE_TYPES).join(', ')})`);
    const amount = toInteger(body.amount);
    if (amount === undefined) throw badRequest('amount must be an integer');
    const currency = typeof body.currency === 'string' ? body.currency.toLowerCase() : '';
    if (currency !== 'thb') throw badRequest(`currency is not supported for ${type} (only thb)`);
    if (amount < MINIMUM_AMOUNT_THB) throw badRequest(`amount must be at least ${MINIMUM_AMOUNT_THB} (฿${formatSatang(MINIMUM_AMOUNT_THB)})`);
    let phoneNumber: string | null = null;
    if (known.needsPhoneNumber) {
      const given = typeof body.phone_number === 'string' ? body.phone_number.replace(/[\s-]/g, '') : '';
      if (!given) throw badRequest(`phone_number is required for ${type}`);
      if (!/^(0|\+66)[689]\d{8}$/.test(given)) throw badRequest('phone_number is invalid (a Thai mobile number, e.g. 0812345678)');
      phoneNumber = given;
    }
    let platformType: string | null = null;
    if (body.platform_type !== undefined && body.platform_type !== null && body.platform_type !== '') {
      platformType = String(body.platform_type).toUpperCase();
      if (!PLATFORM_TYPES.includes(platformType)) throw badRequest(`platform_type must be one of ${PLATFORM_TYPES.join(', ')}`);
    }
    const source: Json = {
      object: 'source',
      id: newId('src'),
      livemode: false,
      location: '',
      amount,
      currency: 'THB',
      type,
      flow: known.flow,
      barcode: null,
      bank: null,
      email: null,
      installment_term: null,
      absorption_type: null,
      name: null,
      mobile_number: null,
      phone_number: phoneNumber,
      platform_type: platformType,
      billing: null,
      shipping: null,
      items: [],
      references: null,
      store_id: null,
      store_name: null,
      terminal_id: null,
      zero_interest_installments: null,
      scannable_code: null,
      charge_status: 'unknown',
      created_at: iso(this.store.now()),
    };
    source.location = `/sources/${String(source.id)}`;
    return source;
  }
}
