/**
 * Refunds (docs.omise.co/refunds-api) of captured charges, in full or in part (at most the captured amount not yet
 * refunded, fewer than 15 per charge), with the documented fields; each announced by `refund.create`.
 */
import { randomBytes } from 'node:crypto';
import { OmiseError, badRequest, notFound } from './errors';
import type { Events } from './events';
import { listPage } from './pagination';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import { luhnCheckDigit } from './test-cards';
import type { Json } from './types';
import { clone, iso, metadataParam, newId, toInteger } from './values';

export class Refunds {
  constructor(
    private readonly store: MockStore,
    private readonly events: Events,
  ) {}

  routes(): Route[] {
    return [
      route('POST', `/charges/${ID}/refunds`, 'secret', (ctx) => ({ json: this.create(ctx.params[0], ctx.body) })),
      route('GET', '/refunds', 'secret', (ctx) => {
        const { state } = this.store;
        return { json: listPage('/refunds', Object.keys(state.refunds), (id) => clone(state.refunds[id]), ctx.query, this.store.now) };
      }),
      route('GET', `/charges/${ID}/refunds`, 'secret', (ctx) => {
        const charge = this.store.charge(ctx.params[0]);
        const { state } = this.store;
        return { json: listPage(`/charges/${charge.id}/refunds`, state.chargeRefunds[charge.id] ?? [], (id) => clone(state.refunds[id]), ctx.query, this.store.now) };
      }),
      route('GET', `/charges/${ID}/refunds/${ID}`, 'secret', (ctx) => {
        const charge = this.store.charge(ctx.params[0]);
        const refund = this.store.state.refunds[ctx.params[1]];
        if (!refund || refund.charge !== charge.id) throw notFound('refund', ctx.params[1]);
        return { json: clone(refund) };
      }),
    ];
  }

  private create(chargeId: string, body: Json): Json {
    const charge = this.store.charge(chargeId);
    const amount = toInteger(body.amount);
    if (amount === undefined || amount <= 0) throw badRequest('amount must be a positive integer (satang)');
    if (charge.status !== 'successful') {
      const hint = charge.status === 'pending' && charge.authorized === true ? ' (an authorization is reversed, not refunded)' : '';
      throw new OmiseError(400, 'failed_refund', `charge ${chargeId} is ${charge.status}; only captured charges can be refunded${hint}`);
    }
    const refundIds = this.store.state.chargeRefunds[chargeId] ?? [];
    if (refundIds.length >= MAX_REFUNDS) throw new OmiseError(400, 'failed_refund', `charge ${chargeId} already has ${MAX_REFUNDS} refunds, the most Omise allows`);
    const captured = Number(charge.captured_amount);
    const refundable = captured - charge.refunded_amount;
    if (amount > refundable) throw new OmiseError(400, 'failed_refund', `amount ${amount} exceeds the refundable amount ${refundable}`);
    const metadata = metadataParam(body.metadata);
    const now = this.store.now();
    const isCard = charge.card !== null;
    // Refunding a whole charge before it settles is processed as a void (docs.omise.co/refunds-api).
    const voided = refundIds.length === 0 && amount === captured && !settled(String(charge.paid_at), now);
    const refund: Json = {
      object: 'refund',
      id: newId('rfnd'),
      livemode: false,
      location: '',
      amount,
      currency: 'THB',
      funding_amount: amount,
      funding_currency: 'THB',
      charge: chargeId,
      transaction: newId('trxn'),
      status: 'closed',
      voided,
      acquirer_reference_number: isCard ? acquirerReferenceNumber(now) : null,
      approval_code: isCard ? String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)) : null,
      metadata: clone(metadata),
      created_at: iso(now),
    };
    refund.location = `/charges/${chargeId}/refunds/${String(refund.id)}`;
    this.store.state.refunds[refund.id as string] = refund;
    (this.store.state.chargeRefunds[chargeId] ??= []).push(refund.id as string);
    charge.refunded_amount += amount;
    charge.refundable = charge.refunded_amount < captured;
    charge.partially_refundable = charge.refundable;
    if (voided) charge.voided = true;
    this.store.save();
    this.events.emit('refund.create', clone(refund));
    return clone(refund);
  }
}

/** Omise allows fewer than 15 partial refunds per charge. */
const MAX_REFUNDS = 15;

/** The mock settles a charge at the first midnight in Bangkok after it was paid. */
function settled(paidAt: string, now: Date): boolean {
  const bangkokDay = (time: number) => new Date(time + 7 * 3600 * 1000).toISOString().slice(0, 10);
  return bangkokDay(now.getTime()) > bangkokDay(Date.parse(paidAt));
}

/**
 * A 23-digit acquirer reference number as card schemes print it: '7' (a credit), a 6-digit acquirer id, the
 * processing date as YDDD, an 11-digit sequence and a Luhn check digit.
 */
export function acquirerReferenceNumber(now: Date): string {
  const year = now.getUTCFullYear();
  const dayOfYear = Math.floor((Date.UTC(year, now.getUTCMonth(), now.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  const sequence = String(randomBytes(6).readUIntBE(0, 6) % 100000000000).padStart(11, '0');
  const body = `7${ACQUIRER_ID}${year % 10}${String(dayOfYear).padStart(3, '0')}${sequence}`;
  return body + luhnCheckDigit(body);
}

/** A made-up acquirer id: the mock is no acquirer. */
const ACQUIRER_ID = '400000';
