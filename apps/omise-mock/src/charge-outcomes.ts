/**
 * How a pending charge ends: paid (card, 3-D Secure, or marked as paid), failed, or expired (offline charges past
 * `expires_at`, or `POST /charges/:id/expire`). Each end is announced by a `charge.complete` event and webhook.
 */
import { randomBytes } from 'node:crypto';
import { isOfflineCharge, renderCharge } from './charge-record';
import { OmiseError, notFound } from './errors';
import type { Events } from './events';
import { ID, type HandlerResult, type Route, route } from './router';
import type { MockStore } from './store';
import { FAILURE_MESSAGES } from './test-cards';
import type { Json } from './types';
import { isRecord, iso, newId } from './values';

export type ChargeEnd = 'successful' | 'failed' | 'expired';
export interface ChargeFailure {
  code: string;
  message: string;
}

export class ChargeOutcomes {
  constructor(
    private readonly store: MockStore,
    private readonly events: Events,
  ) {}

  routes(): Route[] {
    return [
      route('POST', `/charges/${ID}/expire`, 'secret', (ctx) => ({ json: this.expire(ctx.params[0]) })),
      route('GET', `/payments/${ID}/authorize`, 'none', (ctx) => this.authorizePayment(ctx.params[0], ctx.query)),
    ];
  }

  /** Moves a pending charge to a final state and announces it (event `charge.complete` + webhook). */
  complete(id: string, status: ChargeEnd, failure?: ChargeFailure): void {
    const { state } = this.store;
    const charge = this.store.charge(id);
    const now = iso(this.store.now());
    charge.status = status;
    if (status === 'successful') {
      const rate = Number((charge.transaction_fees as Json).fee_rate ?? 0);
      const fee = Math.round((charge.amount * rate) / 100);
      const feeVat = Math.round(fee * 0.07);
      Object.assign(charge, {
        authorized: true,
        paid: true,
        authorized_at: now,
        paid_at: now,
        authorized_amount: charge.amount,
        captured_amount: charge.amount,
        fee,
        fee_vat: feeVat,
        net: charge.amount - fee - feeVat,
        transaction: newId('trxn'),
        refundable: true,
        partially_refundable: true,
        disputable: charge.card !== null,
        approval_code: charge.card !== null ? String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)) : null,
      });
    } else if (status === 'failed') {
      Object.assign(charge, { failure_code: failure?.code ?? 'failed_processing', failure_message: failure?.message ?? 'payment failed' });
    } else {
      Object.assign(charge, { expired: true, expired_at: now });
    }
    const sourceId = state.chargeSources[id];
    if (sourceId && state.sources[sourceId]) state.sources[sourceId].charge_status = status;
    const tokenEntry = Object.values(state.tokens).find((token) => isRecord(token.card) && isRecord(charge.card) && token.card.id === charge.card.id);
    if (tokenEntry) tokenEntry.charge_status = status;
    this.store.save();
    this.events.emit('charge.complete', renderCharge(this.store, id));
  }

  /** Expires pending offline charges whose `expires_at` has passed. */
  sweepExpired(): void {
    const now = this.store.now().getTime();
    for (const charge of Object.values(this.store.state.charges)) {
      if (charge.status !== 'pending' || !isOfflineCharge(this.store, charge.id) || typeof charge.expires_at !== 'string') continue;
      if (Date.parse(charge.expires_at) <= now) this.complete(charge.id, 'expired');
    }
  }

  private expire(id: string): Json {
    const charge = this.store.charge(id);
    const offline = isOfflineCharge(this.store, id);
    if (charge.status !== 'pending' || !offline) {
      throw new OmiseError(400, 'failed_expire', `charge ${id} cannot be expired: it is ${charge.status}${offline ? '' : ' and not an offline charge'}`);
    }
    this.complete(id, 'expired');
    return renderCharge(this.store, id);
  }

  /** The 3-D Secure page the card holder is sent to: `?result=failed` declines, anything else authenticates. */
  private authorizePayment(paymentId: string, query: URLSearchParams): HandlerResult {
    const chargeId = this.store.state.payments[paymentId];
    if (!chargeId) throw notFound('payment', paymentId);
    const charge = this.store.charge(chargeId);
    if (charge.status === 'pending') {
      if (query.get('result') === 'failed') {
        this.complete(chargeId, 'failed', { code: 'failed_processing', message: FAILURE_MESSAGES.failed_processing });
      } else {
        charge.authenticated_by = '3DS';
        this.complete(chargeId, 'successful');
      }
    }
    if (typeof charge.return_uri === 'string' && charge.return_uri) return { redirect: charge.return_uri };
    return {
      raw: {
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>omise-mock 3-D Secure</title><p>Charge ${chargeId} is ${charge.status}. (omise-mock: no money moved.)</p>\n`,
      },
    };
  }
}
