/**
 * omise-mock — a stateful, local, Omise-compatible payment gateway for development and tests.
 *
 * In the spirit of stripe-mock, but stateful: it remembers tokens, customers and their cards, sources, charges,
 * refunds and events; authorizes, captures and reverses card charges; completes PromptPay charges on request
 * (`mark_as_paid` / `mark_as_failed`, as Omise test mode does) and redirect-source charges on a small approve/decline
 * page; expires them; and sends every event as a signed webhook with retries. It moves no money and keeps its state in
 * memory (optionally in a JSON file). Every object says `livemode: false`.
 *
 * Shapes follow the Omise API reference (docs.omise.co: charges, customers, cards, sources, tokens, events, refunds,
 * pagination, errors) and the response fixtures shipped with the official `omise` npm client.
 *
 * One file per resource (tokens, customers, sources, charges, charge-outcomes, authorize-page, refunds, events,
 * webhooks, test-controls), over a shared store (store.ts) and router (router.ts), wired in server.ts. This file is the
 * public surface.
 */
export type { Json, MockConfig, MockEvent, MockState, OmiseMock, OmiseMockOptions, WebhookDelivery } from './types';
export { createOmiseMock } from './server';
export { signWebhook } from './webhooks';
export { SOURCE_TYPES, MINIMUM_AMOUNT_THB } from './sources';
export { AUTHORIZATION_LIFETIME_MS } from './charge-outcomes';
export { parseFormBody } from './request-body';
export {
  type CardOutcome,
  FAILING_TEST_CARDS,
  FAILURE_MESSAGES,
  SUCCESSFUL_TEST_CARDS,
  THREE_DS_TEST_CARD,
  cardBrand,
  cardOutcome,
  luhnCheckDigit,
  luhnValid,
} from './test-cards';
export {
  DEVELOPMENT_PROMPTPAY_BILLER_ID,
  PROMPTPAY_BILL_PAYMENT_AID,
  type PromptPayBillPayment,
  buildPromptPayBillPaymentPayload,
  crc16CcittFalse,
  emvField,
  formatSatang,
  parseEmvFields,
  promptPayBillerIdProblem,
  thaiTaxIdCheckDigit,
  verifyEmvCrc,
} from './promptpay';
