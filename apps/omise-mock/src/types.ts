/** The options, state and objects of omise-mock. */
import type { CardOutcome } from './test-cards';

export interface OmiseMockOptions {
  /** Public key (`pkey_test_…`): `POST /tokens` and `POST /sources`. */
  publicKey: string;
  /** Secret key (`skey_test_…`): everything else, and the `/__mock/` control API. */
  secretKey: string;
  /** Where webhooks go; a function is read at each delivery (handy when the receiver starts after the mock). */
  webhookUrl?: string | (() => string | undefined);
  /** Webhook signing secret, base64 (as Omise's dashboard shows it). */
  webhookSecret: string;
  /** Optional JSON file: loaded at start, written after every change. */
  stateFile?: string;
  /** Waits between webhook attempts; attempts = 1 + length. Default [1000, 5000, 30000, 120000]. */
  webhookRetryDelaysMs?: number[];
  /** Per-attempt webhook timeout; default 10 000 ms. */
  webhookTimeoutMs?: number;
  /** Clock (tests move it to expire charges). */
  now?: () => Date;
  /** Base URL written into `download_uri` / `authorize_uri`; default the address the mock listens on. */
  publicUrl?: string;
  /**
   * Biller ID in the PromptPay QR: the merchant's 13-digit tax ID (its check digit valid) and a 2-digit suffix.
   * Default DEVELOPMENT_PROMPTPAY_BILLER_ID (made up; standalone: OMISE_LOCAL_PROMPTPAY_ID).
   */
  promptPayBillerId?: string;
  /** Merchant name (tag 59) in the PromptPay QR, ≤ 25 ASCII characters. */
  promptPayMerchantName?: string;
  /** Account-wide 3-D Secure (as Omise enables it per account): every card charge needs authorization. */
  threeDSecure?: boolean;
  /** How often pending offline charges past `expires_at` are expired; default 1000 ms (0 = only on requests). */
  expirySweepMs?: number;
  /** Log sink; default none. */
  log?: (line: string) => void;
}

export interface MockConfig {
  /** Delay before answering every non-control request. */
  latencyMs: number;
  /** Create events but send no webhooks (and stop retries). */
  dropWebhooks: boolean;
  /** The next N webhook attempts fail without being sent (recorded with status 0), then retries go on as usual. */
  failNextWebhooks: number;
  /** Answer 503 to everything but `/__mock/`. */
  down: boolean;
  /** Overrides the webhook URL from the options when set (null = back to the options). */
  webhookUrl: string | null;
}

export type Json = Record<string, unknown>;

export interface WebhookDelivery {
  object: 'webhook_delivery';
  id: string;
  uri: string;
  attempt: number;
  /** HTTP status of the receiver's answer; 0 when there was none (network error, timeout, simulated failure). */
  status: number;
  error: string | null;
  duration_ms: number;
  created_at: string;
}

export interface MockEvent {
  object: 'event';
  id: string;
  livemode: false;
  location: string;
  key: string;
  created_at: string;
  data: Json;
  webhook_deliveries: WebhookDelivery[];
}

/** A stored charge (internal to the mock, not exported from omise-mock.ts). */
export interface ChargeRecord extends Json {
  id: string;
  status: 'pending' | 'successful' | 'failed' | 'expired' | 'reversed';
  amount: number;
  refunded_amount: number;
}

export interface MockState {
  version: 1;
  tokens: Record<string, Json>;
  sources: Record<string, Json>;
  /** Charges as stored: `source` and `refunds` are filled in when rendered. */
  charges: Record<string, ChargeRecord>;
  refunds: Record<string, Json>;
  events: Record<string, MockEvent>;
  /** QR documents: id → charge and the EMVCo payload the image encodes. */
  documents: Record<string, { charge: string; payload: string; created_at: string }>;
  /** 3-D Secure payments: `paym_…` → charge id. */
  payments: Record<string, string>;
  /** Internal (never rendered): what a token's card does when charged; which source a charge used. */
  tokenOutcomes: Record<string, CardOutcome>;
  chargeSources: Record<string, string>;
  chargeRefunds: Record<string, string[]>;
  /** Customers as stored: `cards` is filled in when rendered. */
  customers: Record<string, Json>;
  /** Cards saved to customers, by card id (each with its `customer`); what charging one does. */
  cards: Record<string, Json>;
  cardOutcomes: Record<string, CardOutcome>;
  customerCards: Record<string, string[]>;
}

export interface OmiseMock {
  listen(port: number, host?: string): Promise<{ port: number }>;
  close(): Promise<void>;
  /** `http://host:port` once listening. */
  readonly url: string;
  /** The live state (read it in tests; change it through the API). */
  readonly state: MockState;
  readonly config: MockConfig;
  /** Resolves when no webhook delivery is in flight or waiting for a retry. */
  webhooksIdle(): Promise<void>;
  /** Expire pending offline charges whose `expires_at` has passed (also runs on each request and on a timer). */
  sweepExpired(): void;
  reset(): void;
}
