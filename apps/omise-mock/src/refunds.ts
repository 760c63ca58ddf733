/** Refunds (docs.omise.co/refunds-api) of successful charges, in full or in part. */
import { OmiseError, badRequest, notFound } from './errors';
import type { Events } from './events';
import { listPage } from './pagination';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
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
    if (charge.status !== 'successful') throw new OmiseError(400, 'failed_refund', `charge ${chargeId} is ${charge.status}; only successful charges can be refunded`);
    const refundable = charge.amount - charge.refunded_amount;
    if (amount > refundable) throw new OmiseError(400, 'failed_refund', `amount ${amount} exceeds the refundable amount ${refundable}`);
    const metadata = metadataParam(body.metadata);
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
      voided: false,
      metadata: clone(metadata),
      created_at: iso(this.store.now()),
    };
    refund.location = `/charges/${chargeId}/refunds/${String(refund.id)}`;
    this.store.state.refunds[refund.id as string] = refund;
    (this.store.state.chargeRefunds[chargeId] ??= []).push(refund.id as string);
    charge.refunded_amount += amount;
    charge.refundable = charge.refunded_amount < charge.amount;
    charge.partially_refundable = charge.refundable;
    this.store.save();
    this.events.emit('refund.create', clone(refund));
    return clone(refund);
  }
}
