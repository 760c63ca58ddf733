/**
 * How a charge moves on after it is created, and the event each move announces:
 * - completed later (3-D Secure, a source's authorize page, `mark_as_paid` / `mark_as_failed`): `charge.complete`;
 * - captured or reversed after `capture: false` (`POST /charges/:id/capture`, `/reverse`): `charge.capture`, `charge.reverse`;
 * - expired (a source charge past `expires_at` or `POST /charges/:id/expire`; an authorization left uncaptured for
 *   7 days, as Omise cancels it): `charge.expire`.
 * A card charge that succeeds or fails at once is announced by `charge.create` alone (charges.ts).
 */
import { randomBytes } from 'node:crypto';
import { isSourceCharge, renderCharge } from './charge-record';
import { OmiseError, badRequest } from './errors';
import type { Events } from './events';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import type { CardOutcome } from './test-cards';
import type { ChargeRecord, Json } from './types';
import { isRecord, iso, newId, toInteger } from './values';

export type ChargeEnd = 'successful' | 'failed' | 'expired' | 'authorized';
export interface ChargeFailure {
  code: string;
  message: string;
}

/** Omise cancels a card authorization left uncaptured this long (docs.omise.co/api-errors, expired_charge). */
export const AUTHORIZATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export class ChargeOutcomes {
  constructor(
    private readonly store: MockStore,
    private readonly events: Events,
  ) {}

  routes(): Route[] {
    return [
      route('POST', `/charges/${ID}/expire`, 'secret', (ctx) => ({ json: this.expireOnRequest(ctx.params[0]) })),
      route('POST', `/charges/${ID}/capture`, 'secret', (ctx) => ({ json: this.capture(ctx.params[0], ctx.body) })),
      route('POST', `/charges/${ID}/reverse`, 'secret', (ctx) => ({ json: this.reverse(ctx.params[0]) })),
    ];
  }

  /** A successful card authorization ends paid when the charge captures, else authorized and waiting for capture. */
  successEnd(id: string): 'successful' | 'authorized' {
    return this.store.charge(id).capture === false ? 'authorized' : 'successful';
  }

  /** What a card charge does at creation (no event of its own: `charge.create` carries the result). */
  applyCardOutcome(id: string, outcome: CardOutcome): void {
    if (outcome.kind === 'success') this.settle(id, this.successEnd(id));
    else if (outcome.kind === 'failure') this.settle(id, 'failed', { code: outcome.code, message: outcome.message });
  }

  /** Ends a pending charge that completes later (3-D Secure, authorize page, test mode) and announces `charge.complete`. */
  complete(id: string, end: ChargeEnd, failure?: ChargeFailure): void {
    this.settle(id, end, failure);
    this.events.emit('charge.complete', renderCharge(this.store, id));
  }

  /** Expires pending source charges past `expires_at`, and authorizations left uncaptured for 7 days. */
  sweepExpired(): void {
    const now = this.store.now().getTime();
    for (const charge of Object.values(this.store.state.charges)) {
      if (charge.status !== 'pending') continue;
      const sourceDue = isSourceCharge(this.store, charge.id) && typeof charge.expires_at === 'string' && Date.parse(charge.expires_at) <= now;
      const authorizationDue = charge.authorized === true && typeof charge.authorized_at === 'string' && Date.parse(charge.authorized_at) + AUTHORIZATION_LIFETIME_MS <= now;
      if (sourceDue || authorizationDue) this.expire(charge.id);
    }
  }

  private expire(id: string): void {
    this.settle(id, 'expired');
    this.events.emit('charge.expire', renderCharge(this.store, id));
  }

  private expireOnRequest(id: string): Json {
    const charge = this.store.charge(id);
    const source = isSourceCharge(this.store, id);
    if (charge.status !== 'pending' || !source) {
      throw new OmiseError(400, 'failed_expire', `charge ${id} cannot be expired: it is ${charge.status}${source ? '' : ' and not paid with a source'}`);
    }
    this.expire(id);
    return renderCharge(this.store, id);
  }

  private capture(id: string, body: Json): Json {
    const charge = this.authorizedCharge(id, 'captured', 'failed_capture');
    let amount = charge.amount;
    if (body.capture_amount !== undefined && body.capture_amount !== null && body.capture_amount !== '') {
      const asked = toInteger(body.capture_amount);
      if (asked === undefined || asked <= 0) throw badRequest('capture_amount must be a positive integer (satang)');
      if (asked > Number(charge.authorized_amount)) throw new OmiseError(400, 'failed_capture', `capture_amount ${asked} exceeds the authorized amount ${String(charge.authorized_amount)}`);
      if (asked !== charge.amount && charge.authorization_type !== 'pre_auth') {
        throw new OmiseError(400, 'failed_capture', 'a partial capture needs a charge created with authorization_type pre_auth');
      }
      amount = asked;
    }
    this.settle(id, 'successful', undefined, amount);
    this.events.emit('charge.capture', renderCharge(this.store, id));
    return renderCharge(this.store, id);
  }

  private reverse(id: string): Json {
    const charge = this.authorizedCharge(id, 'reversed', 'bad_request');
    Object.assign(charge, { status: 'reversed', reversed: true, reversed_at: iso(this.store.now()), capturable: false, reversible: false });
    this.updateChargeStatusOfPaymentMethod(charge);
    this.store.save();
    this.events.emit('charge.reverse', renderCharge(this.store, id));
    return renderCharge(this.store, id);
  }

  /** The charge, when it is an authorization waiting for capture; else Omise's error for `action`. */
  private authorizedCharge(id: string, action: 'captured' | 'reversed', code: string): ChargeRecord {
    const charge = this.store.charge(id);
    if (charge.status === 'expired' && charge.authorized === true) {
      throw new OmiseError(400, 'expired_charge', `charge ${id} expired: it was authorized more than 7 days ago and never captured`);
    }
    if (charge.status === 'pending' && charge.authorized === true && charge.capturable === true) return charge;
    const why =
      charge.status === 'reversed'
        ? 'it was reversed'
        : charge.status === 'successful'
          ? `it was already captured${action === 'reversed' ? '; refund it instead' : ''}`
          : charge.status === 'pending'
            ? 'it is not authorized yet'
            : `it is ${charge.status}`;
    throw new OmiseError(400, code, `charge ${id} cannot be ${action}: ${why}`);
  }

  /** Moves a pending charge to `end` without announcing it; `capturedAmount` is for a partial capture. */
  private settle(id: string, end: ChargeEnd, failure?: ChargeFailure, capturedAmount?: number): void {
    const charge = this.store.charge(id);
    const now = iso(this.store.now());
    const isCard = charge.card !== null;
    if ((end === 'successful' || end === 'authorized') && charge.authorized !== true) {
      Object.assign(charge, {
        authorized: true,
        authorized_at: now,
        authorized_amount: charge.amount,
        approval_code: isCard ? String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)) : null,
      });
    }
    if (end === 'authorized') {
      Object.assign(charge, { status: 'pending', capturable: true, reversible: true });
    } else if (end === 'successful') {
      const captured = capturedAmount ?? charge.amount;
      const rate = Number((charge.transaction_fees as Json).fee_rate ?? 0);
      const fee = Math.round((captured * rate) / 100);
      const feeVat = Math.round(fee * 0.07);
      Object.assign(charge, {
        status: 'successful',
        paid: true,
        paid_at: now,
        captured_amount: captured,
        funding_amount: captured,
        fee,
        fee_vat: feeVat,
        net: captured - fee - feeVat,
        transaction: newId('trxn'),
        capturable: false,
        reversible: false,
        refundable: true,
        partially_refundable: true,
        disputable: isCard,
      });
    } else if (end === 'failed') {
      Object.assign(charge, { status: 'failed', failure_code: failure?.code ?? 'failed_processing', failure_message: failure?.message ?? 'payment failed' });
    } else {
      Object.assign(charge, { status: 'expired', expired: true, expired_at: now, capturable: false, reversible: false });
    }
    this.updateChargeStatusOfPaymentMethod(charge);
    this.store.save();
  }

  /** The source's or token's `charge_status` follows the charge. */
  private updateChargeStatusOfPaymentMethod(charge: ChargeRecord): void {
    const { state } = this.store;
    const sourceId = state.chargeSources[charge.id];
    if (sourceId && state.sources[sourceId]) state.sources[sourceId].charge_status = charge.status;
    const token = Object.values(state.tokens).find((item) => isRecord(item.card) && isRecord(charge.card) && item.card.id === charge.card.id);
    if (token) token.charge_status = charge.status;
  }
}
