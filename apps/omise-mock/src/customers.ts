/**
 * Customers and their cards (docs.omise.co/customers-api, docs.omise.co/cards-api): a card token attached with
 * `card` on create or update becomes one of the customer's cards (the token is used up), which charges can then use
 * with `customer` (and `card`, else the default card). Events: customer.create, customer.update, customer.destroy,
 * card.update, card.destroy.
 */
import { OmiseError, badRequest, notFound } from './errors';
import type { Events } from './events';
import { emptyList, listPage } from './pagination';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import type { CardOutcome } from './test-cards';
import { checkCardExpiry } from './tokens';
import type { Json } from './types';
import { clone, iso, metadataParam, newId, optionalString, toInteger } from './values';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class Customers {
  constructor(
    private readonly store: MockStore,
    private readonly events: Events,
  ) {}

  routes(): Route[] {
    const customerPath = `/customers/${ID}`;
    const cardPath = `${customerPath}/cards/${ID}`;
    return [
      route('POST', '/customers', 'secret', (ctx) => ({ json: this.create(ctx.body) })),
      route('GET', '/customers', 'secret', (ctx) => ({
        json: listPage('/customers', Object.keys(this.store.state.customers), (id) => this.render(id), ctx.query, this.store.now),
      })),
      route('GET', customerPath, 'secret', (ctx) => ({ json: this.render(this.customer(ctx.params[0]).id as string) })),
      route('PATCH', customerPath, 'secret', (ctx) => ({ json: this.update(ctx.params[0], ctx.body) })),
      route('DELETE', customerPath, 'secret', (ctx) => ({ json: this.destroy(ctx.params[0]) })),
      route('GET', `${customerPath}/cards`, 'secret', (ctx) => {
        const id = this.customer(ctx.params[0]).id as string;
        return { json: listPage(`/customers/${id}/cards`, this.cardIds(id), (cardId) => clone(this.store.state.cards[cardId]), ctx.query, this.store.now) };
      }),
      route('GET', cardPath, 'secret', (ctx) => ({ json: clone(this.card(ctx.params[0], ctx.params[1])) })),
      route('PATCH', cardPath, 'secret', (ctx) => ({ json: this.updateCard(ctx.params[0], ctx.params[1], ctx.body) })),
      route('DELETE', cardPath, 'secret', (ctx) => ({ json: this.destroyCard(ctx.params[0], ctx.params[1]) })),
    ];
  }

  /** The card a charge for `customerId` uses: `cardParam` (one of the customer's card ids) or the default card. */
  chargeableCard(customerId: unknown, cardParam: unknown): { card: Json; outcome: CardOutcome } {
    if (typeof customerId !== 'string') throw badRequest('customer must be a customer id (cust_…)');
    const customer = this.customer(customerId);
    let cardId: string;
    if (cardParam !== undefined && cardParam !== null && cardParam !== '') {
      if (typeof cardParam !== 'string') throw badRequest('card must be a card id (card_…)');
      if (cardParam.startsWith('tokn_')) throw badRequest('with a customer, card must be one of its card ids (card_…), not a token');
      this.card(customerId, cardParam);
      cardId = cardParam;
    } else {
      if (typeof customer.default_card !== 'string') throw new OmiseError(400, 'missing_card', `customer ${customerId} has no card`);
      cardId = customer.default_card;
    }
    return { card: clone(this.store.state.cards[cardId]), outcome: this.store.state.cardOutcomes[cardId] };
  }

  private customer(id: string): Json {
    return this.store.find(this.store.state.customers, 'customer', id);
  }

  private cardIds(customerId: string): string[] {
    return this.store.state.customerCards[customerId] ?? [];
  }

  private card(customerId: string, cardId: string): Json {
    this.customer(customerId);
    if (!this.cardIds(customerId).includes(cardId)) throw notFound('card', cardId);
    return this.store.state.cards[cardId];
  }

  private render(id: string): Json {
    const customer = clone(this.customer(id));
    const cardIds = this.cardIds(id);
    customer.cards = {
      ...emptyList(`/customers/${id}/cards`, this.store.now()),
      data: cardIds.map((cardId) => clone(this.store.state.cards[cardId])),
      total: cardIds.length,
    };
    return customer;
  }

  /** Checks `email`, `description` and `metadata` (those given) before anything is written. */
  private fields(body: Json): Json {
    const out: Json = {};
    if (body.email !== undefined) {
      const email = optionalString(body.email, 'email');
      if (email !== null && email !== '' && !EMAIL.test(email)) throw badRequest('email is invalid');
      out.email = email || null;
    }
    if (body.description !== undefined) out.description = optionalString(body.description, 'description');
    if (body.metadata !== undefined) out.metadata = clone(metadataParam(body.metadata));
    return out;
  }

  /** The unused token named by `card`, checked (nothing is written yet). */
  private tokenToAttach(param: unknown): Json | null {
    if (param === undefined || param === null || param === '') return null;
    if (typeof param !== 'string') throw badRequest('card must be a token id (tokn_…)');
    const token = this.store.find(this.store.state.tokens, 'token', param);
    if (token.used) throw new OmiseError(400, 'used_token', 'token was already used');
    return token;
  }

  /** Saves the token's card to the customer (the token is used up); the first card becomes the default. */
  private attach(customerId: string, token: Json): string {
    const { state } = this.store;
    const card = clone(token.card) as Json;
    const cardId = card.id as string;
    card.location = `/customers/${customerId}/cards/${cardId}`;
    token.used = true;
    state.cards[cardId] = card;
    state.cardOutcomes[cardId] = state.tokenOutcomes[token.id as string];
    (state.customerCards[customerId] ??= []).push(cardId);
    const customer = state.customers[customerId];
    if (typeof customer.default_card !== 'string') customer.default_card = cardId;
    return cardId;
  }

  private create(body: Json): Json {
    const fields = this.fields(body);
    const token = this.tokenToAttach(body.card);
    const id = newId('cust');
    this.store.state.customers[id] = {
      object: 'customer',
      id,
      livemode: false,
      location: `/customers/${id}`,
      deleted: false,
      default_card: null,
      email: null,
      description: null,
      metadata: {},
      linked_accounts: [],
      created_at: iso(this.store.now()),
      ...fields,
    };
    this.store.state.customerCards[id] = [];
    if (token) this.attach(id, token);
    this.store.save();
    const rendered = this.render(id);
    this.events.emit('customer.create', rendered);
    return rendered;
  }

  private update(id: string, body: Json): Json {
    const customer = this.customer(id);
    const fields = this.fields(body);
    const token = this.tokenToAttach(body.card);
    let defaultCard: string | undefined;
    if (body.default_card !== undefined) {
      if (typeof body.default_card !== 'string') throw badRequest('default_card must be a card id (card_…)');
      this.card(id, body.default_card);
      defaultCard = body.default_card;
    }
    Object.assign(customer, fields);
    if (token) this.attach(id, token);
    if (defaultCard) customer.default_card = defaultCard;
    this.store.save();
    const rendered = this.render(id);
    this.events.emit('customer.update', rendered);
    return rendered;
  }

  private destroy(id: string): Json {
    this.customer(id);
    const { state } = this.store;
    for (const cardId of this.cardIds(id)) {
      delete state.cards[cardId];
      delete state.cardOutcomes[cardId];
    }
    delete state.customerCards[id];
    delete state.customers[id];
    this.store.save();
    const gone = { object: 'customer', id, livemode: false, deleted: true };
    this.events.emit('customer.destroy', clone(gone));
    return gone;
  }

  private updateCard(customerId: string, cardId: string, body: Json): Json {
    const card = this.card(customerId, cardId);
    const next = { ...card };
    const problems: string[] = [];
    if (body.name !== undefined) {
      const name = typeof body.name === 'string' ? body.name.trim() : '';
      if (!name) problems.push("name can't be blank");
      next.name = name;
    }
    for (const field of ['expiration_month', 'expiration_year'] as const) {
      if (body[field] === undefined) continue;
      let value = toInteger(body[field]);
      if (field === 'expiration_year' && value !== undefined && value < 100) value += 2000;
      next[field] = value;
    }
    problems.push(...checkCardExpiry(next.expiration_month as number | undefined, next.expiration_year as number | undefined, this.store.now()));
    for (const field of ['city', 'postal_code', 'street1', 'street2', 'state', 'phone_number'] as const) {
      if (body[field] !== undefined) next[field] = body[field] === null ? null : String(body[field]);
    }
    if (body.country !== undefined) {
      if (typeof body.country !== 'string' || !/^[A-Za-z]{2}$/.test(body.country)) problems.push('country is invalid');
      else next.country = body.country.toLowerCase();
    }
    if (problems.length > 0) throw new OmiseError(400, 'invalid_card', problems.join(' and '));
    this.store.state.cards[cardId] = next;
    this.store.save();
    this.events.emit('card.update', clone(next));
    return clone(next);
  }

  private destroyCard(customerId: string, cardId: string): Json {
    this.card(customerId, cardId);
    const { state } = this.store;
    const remaining = this.cardIds(customerId).filter((id) => id !== cardId);
    state.customerCards[customerId] = remaining;
    delete state.cards[cardId];
    delete state.cardOutcomes[cardId];
    const customer = state.customers[customerId];
    if (customer.default_card === cardId) customer.default_card = remaining[0] ?? null;
    this.store.save();
    const gone = { object: 'card', id: cardId, livemode: false, deleted: true };
    this.events.emit('card.destroy', clone(gone));
    return gone;
  }
}
