/** Tokens (docs.omise.co/tokens-api): a card checked and remembered, with what charging it will do. */
import { createHmac } from 'node:crypto';
import { OmiseError, badRequest } from './errors';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import { cardBrand, cardOutcome, luhnValid } from './test-cards';
import type { Json, OmiseMockOptions } from './types';
import { clone, isRecord, iso, newId, optionalString, toInteger } from './values';

export class Tokens {
  constructor(
    private readonly store: MockStore,
    private readonly options: OmiseMockOptions,
  ) {}

  routes(): Route[] {
    return [
      route('POST', '/tokens', 'public', (ctx) => ({ json: this.create(ctx.body) })),
      route('GET', `/tokens/${ID}`, 'either', (ctx) => ({ json: this.store.find(this.store.state.tokens, 'token', ctx.params[0]) })),
    ];
  }

  private create(body: Json): Json {
    const card = body.card;
    if (!isRecord(card)) throw badRequest('card is required');
    const problems: string[] = [];
    const number = typeof card.number === 'string' || typeof card.number === 'number' ? String(card.number).replace(/[\s-]/g, '') : '';
    const name = typeof card.name === 'string' ? card.name.trim() : '';
    const month = toInteger(card.expiration_month);
    let year = toInteger(card.expiration_year);
    if (year !== undefined && year < 100) year += 2000;
    const brand = /^\d+$/.test(number) ? cardBrand(number) : null;
    if (!luhnValid(number)) problems.push(brand ? 'number is invalid' : 'number is invalid and brand not supported (unknown)');
    else if (!brand) problems.push('brand not supported (unknown)');
    if (!name) problems.push("name can't be blank");
    problems.push(...checkCardExpiry(month, year, this.store.now()));
    if (card.security_code !== undefined && !/^\d{3,4}$/.test(String(card.security_code))) problems.push('security code is invalid');
    if (problems.length > 0) throw new OmiseError(400, 'invalid_card', problems.join(' and '));

    const now = iso(this.store.now());
    const cardId = newId('card');
    const token: Json = {
      object: 'token',
      id: newId('tokn'),
      livemode: false,
      location: '',
      used: false,
      charge_status: 'unknown',
      card: {
        object: 'card',
        id: cardId,
        livemode: false,
        location: null,
        deleted: false,
        street1: optionalString(card.street1, 'card.street1'),
        street2: optionalString(card.street2, 'card.street2'),
        city: optionalString(card.city, 'card.city'),
        state: optionalString(card.state, 'card.state'),
        phone_number: optionalString(card.phone_number, 'card.phone_number'),
        postal_code: card.postal_code === undefined || card.postal_code === null ? null : String(card.postal_code),
        country: typeof card.country === 'string' ? card.country.toLowerCase() : 'th',
        financing: 'credit',
        bank: 'Bank of the Unbanked',
        brand,
        fingerprint: createHmac('sha256', this.options.secretKey).update(number).digest('base64'),
        first_digits: null,
        last_digits: number.slice(-4),
        name,
        expiration_month: month,
        expiration_year: year,
        security_code_check: card.security_code !== undefined,
        tokenization_method: null,
        created_at: now,
      },
      created_at: now,
    };
    token.location = `/tokens/${String(token.id)}`;
    this.store.state.tokens[token.id as string] = token;
    this.store.state.tokenOutcomes[token.id as string] = cardOutcome(number, this.options.threeDSecure ?? false);
    this.store.save();
    return clone(token);
  }
}

/** The vault's checks of a card's expiry month and year (4 digits), as `invalid_card` messages. */
export function checkCardExpiry(month: number | undefined, year: number | undefined, now: Date): string[] {
  const problems: string[] = [];
  if (month === undefined || month < 1 || month > 12) problems.push('expiration month is not between 1 and 12');
  if (year === undefined) problems.push('expiration year is invalid');
  if (month !== undefined && year !== undefined && month >= 1 && month <= 12) {
    const endOfMonth = Date.UTC(year, month, 1); // first instant after the expiry month
    if (endOfMonth <= now.getTime()) problems.push('expiration date cannot be in the past');
  }
  return problems;
}
