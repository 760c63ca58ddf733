/**
 * omise-mock — a stateful, local, Omise-compatible payment gateway for development and tests.
 *
 * In the spirit of stripe-mock, but stateful: it remembers tokens, sources, charges, refunds and events, completes
 * PromptPay charges on request (`mark_as_paid` / `mark_as_failed`, as Omise test mode does), expires them, and sends
 * signed `charge.complete` webhooks with retries. It moves no money and keeps its state in memory (optionally in a
 * JSON file). Every object says `livemode: false`.
 *
 * Shapes follow the Omise API reference (docs.omise.co: charges, sources, tokens, events, refunds, pagination, errors)
 * and the response fixtures shipped with the official `omise` npm client.
 *
 * One file per resource (tokens, sources, charges, charge-outcomes, refunds, events, webhooks, test-controls), over a
 * shared store (store.ts) and router (router.ts), wired in server.ts. This file is the public surface.
 */
export type { Json, MockConfig, MockEvent, MockState, OmiseMock, OmiseMockOptions, WebhookDelivery } from './types';
export { createOmiseMock } from './server';
export { signWebhook } from './webhooks';
export { parseFormBody } from './request-body';
export {
  type CardOutcome,
  FAILING_TEST_CARDS,
  FAILURE_MESSAGES,
  SUCCESSFUL_TEST_CARDS,
  THREE_DS_TEST_CARD,
  cardBrand,
  cardOutcome,
  luhnValid,
} from './test-cards';
export {
  PROMPTPAY_BILL_PAYMENT_AID,
  type PromptPayBillPayment,
  buildPromptPayBillPaymentPayload,
  crc16CcittFalse,
  emvField,
  formatSatang,
  parseEmvFields,
  verifyEmvCrc,
} from './promptpay';
