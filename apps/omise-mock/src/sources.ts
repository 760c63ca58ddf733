/** Sources (docs.omise.co/sources-api): PromptPay only, offline flow. */
import { badRequest } from './errors';
import { formatSatang } from './promptpay';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import type { Json } from './types';
import { clone, iso, newId, toInteger } from './values';

export const MINIMUM_AMOUNT_THB = 2000; // satang: Omise's THB minimum (฿20) for cards and PromptPay

export class Sources {
  constructor(private readonly store: MockStore) {}

  routes(): Route[] {
    return [
      route('POST', '/sources', 'public', (ctx) => ({ json: this.create(ctx.body) })),
      route('GET', `/sources/${ID}`, 'either', (ctx) => ({ json: this.store.find(this.store.state.sources, 'source', ctx.params[0]) })),
    ];
  }

  create(body: Json): Json {
    const type = body.type;
    if (typeof type !== 'string' || type === '') throw badRequest('type is required');
    if (type !== 'promptpay') throw badRequest(`type ${type} is not supported by omise-mock (only promptpay)`);
    const amount = toInteger(body.amount);
    if (amount === undefined) throw badRequest('amount must be an integer');
    const currency = typeof body.currency === 'string' ? body.currency.toLowerCase() : '';
    if (currency !== 'thb') throw badRequest('currency is not supported for promptpay (only thb)');
    if (amount < MINIMUM_AMOUNT_THB) throw badRequest(`amount must be at least ${MINIMUM_AMOUNT_THB} (฿${formatSatang(MINIMUM_AMOUNT_THB)})`);
    const source: Json = {
      object: 'source',
      id: newId('src'),
      livemode: false,
      location: '',
      amount,
      currency: 'THB',
      type: 'promptpay',
      flow: 'offline',
      barcode: null,
      bank: null,
      email: null,
      installment_term: null,
      absorption_type: null,
      name: null,
      mobile_number: null,
      phone_number: null,
      platform_type: null,
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
    this.store.state.sources[source.id as string] = source;
    this.store.save();
    return clone(source);
  }
}
