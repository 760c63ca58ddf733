/** A charge as Omise shapes it: the record kept for a new charge, and the view of it with its source and refunds. */
import { emptyList } from './pagination';
import type { MockStore } from './store';
import type { ChargeRecord, Json } from './types';
import { clone, iso, newId } from './values';

export interface NewCharge {
  amount: number;
  description: string | null;
  returnUri: string | null;
  metadata: Json;
  ip: string | null;
  capture: boolean;
  createdAt: Date;
}

/** A pending charge, neither card nor source attached yet. */
export function newChargeRecord(input: NewCharge): ChargeRecord {
  const { amount, description, returnUri, metadata, ip, capture, createdAt } = input;
  const charge: ChargeRecord = {
    object: 'charge',
    id: newId('chrg'),
    livemode: false,
    location: '',
    amount,
    net: 0,
    fee: 0,
    fee_vat: 0,
    interest: 0,
    interest_vat: 0,
    funding_amount: amount,
    refunded_amount: 0,
    authorized_amount: 0,
    captured_amount: 0,
    transaction_fees: { fee_flat: '0.0', fee_rate: '0.0', vat_rate: '7.0' },
    platform_fee: { fixed: null, amount: null, percentage: null },
    currency: 'THB',
    funding_currency: 'THB',
    ip,
    link: null,
    description,
    metadata: clone(metadata),
    card: null,
    schedule: null,
    customer: null,
    dispute: null,
    transaction: null,
    failure_code: null,
    failure_message: null,
    status: 'pending',
    authorize_uri: null,
    return_uri: returnUri,
    reference: null,
    authorization_type: null,
    authenticated_by: null,
    approval_code: null,
    acquirer_reference_number: null,
    merchant_advice: null,
    merchant_advice_code: null,
    missing_3ds_fields: [],
    authorized: false,
    capturable: false,
    capture,
    disputable: false,
    refundable: false,
    partially_refundable: false,
    reversed: false,
    reversible: false,
    voided: false,
    can_perform_void: false,
    paid: false,
    expired: false,
    created_at: iso(createdAt),
    authorized_at: null,
    paid_at: null,
    expires_at: null,
    expired_at: null,
    reversed_at: null,
    zero_interest_installments: false,
    branch: null,
    terminal: null,
    device: null,
    linked_account: null,
  };
  charge.location = `/charges/${charge.id}`;
  return charge;
}

/** The charge as the API answers it: its source and its refunds (as a list) filled in. */
export function renderCharge(store: MockStore, id: string): Json {
  const charge = clone(store.charge(id)) as Json;
  const sourceId = store.state.chargeSources[id];
  charge.source = sourceId ? clone(store.state.sources[sourceId]) : null;
  const refundIds = store.state.chargeRefunds[id] ?? [];
  charge.refunds = {
    ...emptyList(`/charges/${id}/refunds`, store.now()),
    data: refundIds.map((refundId) => clone(store.state.refunds[refundId])),
    total: refundIds.length,
  };
  return charge;
}

/** The flow of the charge's source (`offline`, `redirect`, `app_redirect`), or null for a card charge. */
export function sourceFlow(store: MockStore, id: string): string | null {
  const sourceId = store.state.chargeSources[id];
  const flow = sourceId ? store.state.sources[sourceId]?.flow : undefined;
  return typeof flow === 'string' ? flow : null;
}

/** Paid later, outside the API (PromptPay): such charges can be marked as paid or failed in test mode. */
export function isOfflineCharge(store: MockStore, id: string): boolean {
  return sourceFlow(store, id) === 'offline';
}

/** Paid with a source (any flow): such charges expire at `expires_at`, or when asked to. */
export function isSourceCharge(store: MockStore, id: string): boolean {
  return sourceFlow(store, id) !== null;
}
