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
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import QRCode from 'qrcode';

// ---------------------------------------------------------------------------------------------------------------
// Options and public types
// ---------------------------------------------------------------------------------------------------------------

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
  /** Biller ID (tax ID + suffix, 15 digits) in the PromptPay QR. Default a made-up, non-existent one. */
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

interface ChargeRecord extends Json {
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

// ---------------------------------------------------------------------------------------------------------------
// Test cards (docs.omise.co/api-testing) and card checks
// ---------------------------------------------------------------------------------------------------------------

export type CardOutcome = { kind: 'success' } | { kind: 'failure'; code: string; message: string } | { kind: '3ds' };

export const FAILURE_MESSAGES: Readonly<Record<string, string>> = {
  insufficient_fund: 'insufficient funds in the account or the card has reached the credit limit',
  stolen_or_lost_card: 'card is stolen or lost',
  failed_processing: 'payment could not be processed',
  payment_rejected: 'payment is rejected by the issuer',
};

/** Failing test cards as Omise documents them (docs.omise.co/api-testing, "Creating failed charges"). */
export const FAILING_TEST_CARDS: Readonly<Record<string, string>> = {
  '4111111111140011': 'insufficient_fund',
  '5555551111110011': 'insufficient_fund',
  '3530111111190011': 'insufficient_fund',
  '6250947000000014': 'insufficient_fund',
  '4111111111130012': 'stolen_or_lost_card',
  '5555551111100012': 'stolen_or_lost_card',
  '3530111111180012': 'stolen_or_lost_card',
  '6250947000000022': 'stolen_or_lost_card',
  '4111111111120013': 'failed_processing',
  '5555551111190013': 'failed_processing',
  '3530111111170013': 'failed_processing',
  '377138160000009': 'failed_processing',
  '6447032400001111005': 'failed_processing',
  '36021042111108': 'failed_processing',
  '6250947000000030': 'failed_processing',
  '4111111111110014': 'payment_rejected',
  '5555551111180014': 'payment_rejected',
  '3530111111160014': 'payment_rejected',
};

/** Successful test cards (docs.omise.co/api-testing). Any other valid number of a known brand also succeeds. */
export const SUCCESSFUL_TEST_CARDS: readonly string[] = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '5454545454545454',
  '3530111333300000',
  '3566111111111113',
  '378282246310005',
  '6447032400000000001',
  '36021042000004',
  '6250947000000006',
];

/**
 * Needs 3-D Secure in this mock. Omise turns 3-D Secure on per account rather than per test number, so the mock
 * borrows the number the wider ecosystem uses for "authentication required" (Stripe's 4000 0000 0000 3220);
 * `threeDSecure: true` in the options makes every card charge need it, as a 3-DS-enabled Omise account does.
 */
export const THREE_DS_TEST_CARD = '4000000000003220';

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  let double = false;
  for (let i = number.length - 1; i >= 0; i--) {
    let digit = number.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

export function cardBrand(number: string): string | null {
  const n2 = Number(number.slice(0, 2));
  const n3 = Number(number.slice(0, 3));
  const n4 = Number(number.slice(0, 4));
  const n6 = Number(number.slice(0, 6));
  if (number.startsWith('4')) return 'Visa';
  if ((n2 >= 51 && n2 <= 55) || (n6 >= 222100 && n6 <= 272099)) return 'MasterCard';
  if (n4 >= 3528 && n4 <= 3589) return 'JCB';
  if (n2 === 34 || n2 === 37) return 'American Express';
  if (n2 === 36 || n2 === 38 || n2 === 39 || (n3 >= 300 && n3 <= 305)) return 'Diners Club';
  if (n4 === 6011 || (n3 >= 644 && n3 <= 649) || n2 === 65) return 'Discover';
  if (n2 === 62) return 'UnionPay';
  return null;
}

export function cardOutcome(number: string, threeDSecureAccount = false): CardOutcome {
  const failure = FAILING_TEST_CARDS[number];
  if (failure) return { kind: 'failure', code: failure, message: FAILURE_MESSAGES[failure] ?? failure };
  if (number === THREE_DS_TEST_CARD || threeDSecureAccount) return { kind: '3ds' };
  return { kind: 'success' };
}

// ---------------------------------------------------------------------------------------------------------------
// PromptPay (Thai QR Payment, EMVCo merchant-presented) payload
// ---------------------------------------------------------------------------------------------------------------

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), 4 upper-case hex digits. */
export function crc16CcittFalse(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** One EMVCo tag-length-value field (length in characters, two digits). */
export function emvField(tag: string, value: string): string {
  if (!/^\d{2}$/.test(tag)) throw new Error(`EMV tag must be two digits: ${tag}`);
  if (value.length === 0 || value.length > 99) throw new Error(`EMV field ${tag} must hold 1–99 characters`);
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

/** Splits a TLV string into fields (top level only; parse a field's value again for its sub-fields). */
export function parseEmvFields(payload: string): Array<{ tag: string; value: string }> {
  const fields: Array<{ tag: string; value: string }> = [];
  let i = 0;
  while (i < payload.length) {
    const tag = payload.slice(i, i + 2);
    const length = Number(payload.slice(i + 2, i + 4));
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(payload.slice(i + 2, i + 4)) || i + 4 + length > payload.length) {
      throw new Error(`malformed EMV payload at position ${i}`);
    }
    fields.push({ tag, value: payload.slice(i + 4, i + 4 + length) });
    i += 4 + length;
  }
  return fields;
}

/** True when the payload ends with tag 63 (length 04) holding the CRC of everything before its value. */
export function verifyEmvCrc(payload: string): boolean {
  if (!/6304[0-9A-F]{4}$/.test(payload)) return false;
  return crc16CcittFalse(payload.slice(0, -4)) === payload.slice(-4);
}

export const PROMPTPAY_BILL_PAYMENT_AID = 'A000000677010112';

export interface PromptPayBillPayment {
  /** 15 digits: the biller's 13-digit tax ID and a 2-digit suffix. */
  billerId: string;
  /** Reference 1: up to 20 upper-case letters and digits. */
  reference1: string;
  reference2?: string;
  /** In satang; omitted for an open amount. */
  amount?: number;
  merchantName?: string;
  /** Point of initiation 12 (dynamic, one payment) or 11 (static, reusable). Default dynamic. */
  dynamic?: boolean;
}

/** satang → "1234.50" without floating point. */
export function formatSatang(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`amount must be a non-negative integer (satang): ${amount}`);
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

/**
 * Thai QR Payment "bill payment" (tag 30) payload: 00 format "01", 01 initiation 12/11, 30 {00 AID A000000677010112,
 * 01 biller ID, 02 reference 1, 03 reference 2}, 53 currency 764, 54 amount, 58 country TH, 59 merchant name,
 * 63 CRC-16/CCITT-FALSE over everything up to and including "6304".
 */
export function buildPromptPayBillPaymentPayload(input: PromptPayBillPayment): string {
  if (!/^\d{15}$/.test(input.billerId)) throw new Error('biller ID must be 15 digits (tax ID + suffix)');
  const referencePattern = /^[0-9A-Z]{1,20}$/;
  if (!referencePattern.test(input.reference1)) throw new Error('reference 1 must be 1–20 upper-case letters or digits');
  if (input.reference2 !== undefined && !referencePattern.test(input.reference2)) {
    throw new Error('reference 2 must be 1–20 upper-case letters or digits');
  }
  const merchant =
    emvField('00', PROMPTPAY_BILL_PAYMENT_AID) +
    emvField('01', input.billerId) +
    emvField('02', input.reference1) +
    (input.reference2 !== undefined ? emvField('03', input.reference2) : '');
  let payload =
    emvField('00', '01') +
    emvField('01', input.dynamic === false ? '11' : '12') +
    emvField('30', merchant) +
    emvField('53', '764') +
    (input.amount !== undefined ? emvField('54', formatSatang(input.amount)) : '') +
    emvField('58', 'TH');
  if (input.merchantName !== undefined) {
    if (!/^[\x20-\x7e]{1,25}$/.test(input.merchantName)) throw new Error('merchant name must be 1–25 ASCII characters');
    payload += emvField('59', input.merchantName);
  }
  payload += '6304';
  return payload + crc16CcittFalse(payload);
}

// ---------------------------------------------------------------------------------------------------------------
// Webhook signature
// ---------------------------------------------------------------------------------------------------------------

/** Hex HMAC-SHA256, keyed with the base64-decoded secret, over `${timestamp}.${rawBody}` (Omise-Signature). */
export function signWebhook(rawBody: string | Buffer, secretBase64: string, timestamp: number | string): string {
  return createHmac('sha256', Buffer.from(secretBase64, 'base64'))
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest('hex');
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function newId(prefix: string): string {
  const bytes = randomBytes(19);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % 36];
  return `${prefix}_test_${id}`;
}

/** ISO 8601 in UTC without milliseconds, as Omise writes times. */
function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

class OmiseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function errorBody(code: string, message: string): Json {
  return { object: 'error', location: `https://www.omise.co/api-errors#${code.replace(/_/g, '-')}`, code, message };
}

const notFound = (kind: string, id: string) => new OmiseError(404, 'not_found', `${kind} ${id} was not found`);
const badRequest = (message: string) => new OmiseError(400, 'bad_request', message);
const invalidCharge = (message: string) => new OmiseError(400, 'invalid_charge', message);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `a[b][c]=1&x=2` → { a: { b: { c: '1' } }, x: '2' } */
export function parseFormBody(text: string): Json {
  const out: Json = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let target: Json = out;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        target[part] = value;
      } else {
        if (!isRecord(target[part])) target[part] = {};
        target = target[part] as Json;
      }
    });
  }
  return out;
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  return value;
}

const MINIMUM_AMOUNT_THB = 2000; // satang: Omise's THB minimum (฿20) for cards and PromptPay

function emptyList(location: string, now: Date): Json {
  return { object: 'list', data: [], limit: 20, offset: 0, total: 0, location, order: 'chronological', from: '1970-01-01T00:00:00Z', to: iso(now) };
}

function emptyState(): MockState {
  return {
    version: 1,
    tokens: {},
    sources: {},
    charges: {},
    refunds: {},
    events: {},
    documents: {},
    payments: {},
    tokenOutcomes: {},
    chargeSources: {},
    chargeRefunds: {},
  };
}

function defaultConfig(): MockConfig {
  return { latencyMs: 0, dropWebhooks: false, failNextWebhooks: 0, down: false, webhookUrl: null };
}

type Auth = 'public' | 'secret' | 'either' | 'none';

interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json;
  params: string[];
}

interface HandlerResult {
  status?: number;
  json?: unknown;
  raw?: { contentType: string; body: string | Buffer };
  redirect?: string;
}

interface Route {
  method: string;
  pattern: RegExp;
  auth: Auth;
  handler: (ctx: RequestContext) => Promise<HandlerResult> | HandlerResult;
}

// ---------------------------------------------------------------------------------------------------------------
// The mock
// ---------------------------------------------------------------------------------------------------------------

export function createOmiseMock(options: OmiseMockOptions): OmiseMock {
  return new OmiseMockServer(options);
}

class OmiseMockServer implements OmiseMock {
  private s: MockState = emptyState();
  private cfg: MockConfig = defaultConfig();
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly webhookRequests = new Set<http.ClientRequest>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private listeningUrl: string | undefined;
  private pendingWebhooks = 0;
  private idleWaiters: Array<() => void> = [];
  private closed = false;
  private readonly routes: Route[];
  private readonly now: () => Date;
  private readonly retryDelays: number[];
  private readonly log: (line: string) => void;

  constructor(private readonly options: OmiseMockOptions) {
    if (!options.publicKey || !options.secretKey) throw new Error('omise-mock: publicKey and secretKey are required');
    if (!options.webhookSecret || Buffer.from(options.webhookSecret, 'base64').length === 0) {
      throw new Error('omise-mock: webhookSecret (base64) is required');
    }
    this.now = options.now ?? (() => new Date());
    this.retryDelays = options.webhookRetryDelaysMs ?? [1000, 5000, 30000, 120000];
    this.log = options.log ?? (() => undefined);
    if (options.stateFile && existsSync(options.stateFile)) this.load(options.stateFile);
    this.routes = this.buildRoutes();
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.log(`internal error: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) this.sendJson(res, 500, errorBody('internal_server_error', 'internal server error'));
        else res.destroy();
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  get url(): string {
    if (!this.listeningUrl) throw new Error('omise-mock: not listening yet');
    return this.listeningUrl;
  }

  get state(): MockState {
    return this.s;
  }

  get config(): MockConfig {
    return this.cfg;
  }

  private get baseUrl(): string {
    return (this.options.publicUrl ?? this.listeningUrl ?? 'http://127.0.0.1:12111').replace(/\/+$/, '');
  }

  listen(port: number, host = '127.0.0.1'): Promise<{ port: number }> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        const address = this.server.address() as AddressInfo;
        const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
        this.listeningUrl = `http://${shownHost}:${address.port}`;
        const every = this.options.expirySweepMs ?? 1000;
        if (every > 0) {
          this.sweepTimer = setInterval(() => this.sweepExpired(), every);
          this.sweepTimer.unref();
        }
        resolve({ port: address.port });
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.stopDeliveries();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  /** Cancels every webhook delivery in flight or waiting for a retry, and wakes whoever waits for idle. */
  private stopDeliveries(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const request of this.webhookRequests) request.destroy();
    this.webhookRequests.clear();
    this.pendingWebhooks = 0;
    this.notifyIdle();
  }

  webhooksIdle(): Promise<void> {
    if (this.pendingWebhooks === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  reset(): void {
    this.stopDeliveries();
    this.s = emptyState();
    this.cfg = defaultConfig();
    this.save();
  }

  // -------------------------------------------------------------------------------------------------------------
  // HTTP plumbing
  // -------------------------------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://omise-mock');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const control = path === '/__mock' || path.startsWith('/__mock/');
    const rawBody = await readBody(req);

    if (!control) {
      if (this.cfg.latencyMs > 0) await this.sleep(this.cfg.latencyMs);
      if (this.closed) return;
      if (this.cfg.down) {
        this.sendJson(res, 503, errorBody('service_unavailable', 'service unavailable (omise-mock is down on purpose)'));
        return;
      }
    }
    this.sweepExpired();

    let route: Route | undefined;
    let params: string[] = [];
    let pathKnown = false;
    for (const candidate of this.routes) {
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      pathKnown = true;
      if (candidate.method === method) {
        route = candidate;
        params = match.slice(1).map((part) => decodeURIComponent(part));
        break;
      }
    }
    if (!route) {
      if (pathKnown) {
        this.sendJson(res, 405, errorBody('method_not_allowed', `method ${method} is not allowed on ${path}`));
      } else {
        this.sendJson(res, 404, errorBody('not_found', 'path not found'));
      }
      return;
    }

    try {
      this.authenticate(req, route.auth);
      let body: Json = {};
      if (method === 'POST' || method === 'PATCH' || method === 'PUT') body = parseBody(rawBody, req.headers['content-type']);
      const result = await route.handler({ method, path, query: url.searchParams, body, params });
      if (result.redirect) {
        res.writeHead(302, { Location: result.redirect, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Redirecting to ${result.redirect}\n`);
      } else if (result.raw) {
        res.writeHead(result.status ?? 200, { 'Content-Type': result.raw.contentType, 'Cache-Control': 'no-store' });
        res.end(result.raw.body);
      } else {
        this.sendJson(res, result.status ?? 200, result.json ?? {});
      }
    } catch (error) {
      if (error instanceof OmiseError) {
        this.sendJson(res, error.status, errorBody(error.code, error.message));
        return;
      }
      throw error;
    }
  }

  private authenticate(req: http.IncomingMessage, auth: Auth): void {
    if (auth === 'none') return;
    const header = req.headers.authorization ?? '';
    const match = /^Basic\s+(.+)$/i.exec(header);
    const key = match ? Buffer.from(match[1].trim(), 'base64').toString('utf8').split(':')[0] : '';
    const ok =
      (auth === 'public' && key === this.options.publicKey) ||
      (auth === 'secret' && key === this.options.secretKey) ||
      (auth === 'either' && (key === this.options.publicKey || key === this.options.secretKey));
    if (!ok) throw new OmiseError(401, 'authentication_failure', 'authentication failed');
  }

  private sendJson(res: http.ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private buildRoutes(): Route[] {
    const id = '([A-Za-z0-9_]+)';
    const r = (method: string, path: string, auth: Auth, handler: Route['handler']): Route => ({
      method,
      pattern: new RegExp(`^${path}$`),
      auth,
      handler,
    });
    return [
      r('POST', '/tokens', 'public', (ctx) => ({ json: this.createToken(ctx.body) })),
      r('GET', `/tokens/${id}`, 'either', (ctx) => ({ json: this.get(this.s.tokens, 'token', ctx.params[0]) })),
      r('POST', '/sources', 'public', (ctx) => ({ json: this.createSource(ctx.body) })),
      r('GET', `/sources/${id}`, 'either', (ctx) => ({ json: this.get(this.s.sources, 'source', ctx.params[0]) })),
      r('POST', '/charges', 'secret', (ctx) => ({ json: this.createCharge(ctx.body) })),
      r('GET', '/charges', 'secret', (ctx) => ({ json: this.list('/charges', Object.keys(this.s.charges), (cid) => this.renderCharge(cid), ctx.query) })),
      r('GET', `/charges/${id}`, 'secret', (ctx) => ({ json: this.renderCharge(this.chargeOr404(ctx.params[0]).id) })),
      r('PATCH', `/charges/${id}`, 'secret', (ctx) => ({ json: this.updateCharge(ctx.params[0], ctx.body) })),
      r('POST', `/charges/${id}/expire`, 'secret', (ctx) => ({ json: this.expireCharge(ctx.params[0]) })),
      r('POST', `/charges/${id}/mark_as_paid`, 'secret', (ctx) => ({ json: this.markCharge(ctx.params[0], 'successful', ctx.body) })),
      r('POST', `/charges/${id}/mark_as_failed`, 'secret', (ctx) => ({ json: this.markCharge(ctx.params[0], 'failed', ctx.body) })),
      r('POST', `/charges/${id}/refunds`, 'secret', (ctx) => ({ json: this.createRefund(ctx.params[0], ctx.body) })),
      r('GET', `/charges/${id}/refunds`, 'secret', (ctx) => {
        const charge = this.chargeOr404(ctx.params[0]);
        return { json: this.list(`/charges/${charge.id}/refunds`, this.s.chargeRefunds[charge.id] ?? [], (rid) => clone(this.s.refunds[rid]), ctx.query) };
      }),
      r('GET', `/charges/${id}/refunds/${id}`, 'secret', (ctx) => {
        const charge = this.chargeOr404(ctx.params[0]);
        const refund = this.s.refunds[ctx.params[1]];
        if (!refund || refund.charge !== charge.id) throw notFound('refund', ctx.params[1]);
        return { json: clone(refund) };
      }),
      r('GET', `/charges/${id}/documents/${id}/downloads/qrcode\\.(svg|png)`, 'none', (ctx) => this.downloadQr(ctx.params[0], ctx.params[1], ctx.params[2])),
      r('GET', `/payments/${id}/authorize`, 'none', (ctx) => this.authorizePayment(ctx.params[0], ctx.query)),
      r('GET', '/events', 'secret', (ctx) => ({ json: this.list('/events', Object.keys(this.s.events), (eid) => clone(this.s.events[eid]) as unknown as Json, ctx.query) })),
      r('GET', `/events/${id}`, 'secret', (ctx) => ({ json: clone(this.get(this.s.events, 'event', ctx.params[0])) })),
      // Test control API (secret key).
      r('GET', '/__mock/state', 'secret', () => ({ json: { object: 'mock_state', config: this.cfg, state: this.s } })),
      r('POST', '/__mock/config', 'secret', (ctx) => ({ json: { object: 'mock_config', ...this.updateConfig(ctx.body) } })),
      r('POST', '/__mock/reset', 'secret', () => {
        this.reset();
        return { json: { object: 'mock_reset', ok: true } };
      }),
    ];
  }

  // -------------------------------------------------------------------------------------------------------------
  // Persistence
  // -------------------------------------------------------------------------------------------------------------

  private load(file: string): void {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<MockState>;
    if (parsed.version !== 1) throw new Error(`omise-mock: ${file} is not a version 1 state file`);
    this.s = { ...emptyState(), ...parsed } as MockState;
  }

  private save(): void {
    const file = this.options.stateFile;
    if (!file) return;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.s, null, 1));
    renameSync(temporary, file);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Tokens and sources
  // -------------------------------------------------------------------------------------------------------------

  private get<T>(collection: Record<string, T>, kind: string, id: string): T {
    const item = collection[id];
    if (!item) throw notFound(kind, id);
    return item;
  }

  private createToken(body: Json): Json {
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
    if (month === undefined || month < 1 || month > 12) problems.push('expiration month is not between 1 and 12');
    if (year === undefined) problems.push('expiration year is invalid');
    if (month !== undefined && year !== undefined && month >= 1 && month <= 12) {
      const now = this.now();
      const endOfMonth = Date.UTC(year, month, 1); // first instant after the expiry month
      if (endOfMonth <= now.getTime()) problems.push('expiration date cannot be in the past');
    }
    if (card.security_code !== undefined && !/^\d{3,4}$/.test(String(card.security_code))) problems.push('security code is invalid');
    if (problems.length > 0) throw new OmiseError(400, 'invalid_card', problems.join(' and '));

    const now = iso(this.now());
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
    this.s.tokens[token.id as string] = token;
    this.s.tokenOutcomes[token.id as string] = cardOutcome(number, this.options.threeDSecure ?? false);
    this.save();
    return clone(token);
  }

  private createSource(body: Json): Json {
    const type = body.type;
    if (typeof type !== 'string' || type === '') throw badRequest('type is required');
    if (type !== 'promptpay') throw badRequest(`type ${type} is not supported by omise-mock (only promptpay)`);
    const amount = toInteger(body.amount);
    if (amount === undefined) throw badRequest('amount must be an integer');
    const currency = typeof body.currency === 'string' ? body.currency.toLowerCase() : '';
    if (currency !== 'thb') throw badRequest('currency is not supported for promptpay (only thb)');
    if (amount < MINIMUM_AMOUNT_THB) throw badRequest(`amount must be at least ${MINIMUM_AMOUNT_THB} (฿${formatSatang(MINIMUM_AMOUNT_THB)})`);
    const source: Json = {
      object: 'source',
      id: newId('src'),
      livemode: false,
      location: '',
      amount,
      currency: 'THB',
      type: 'promptpay',
      flow: 'offline',
      barcode: null,
      bank: null,
      email: null,
      installment_term: null,
      absorption_type: null,
      name: null,
      mobile_number: null,
      phone_number: null,
      platform_type: null,
      billing: null,
      shipping: null,
      items: [],
      references: null,
      store_id: null,
      store_name: null,
      terminal_id: null,
      zero_interest_installments: null,
      scannable_code: null,
      charge_status: 'unknown',
      created_at: iso(this.now()),
    };
    source.location = `/sources/${String(source.id)}`;
    this.s.sources[source.id as string] = source;
    this.save();
    return clone(source);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Charges
  // -------------------------------------------------------------------------------------------------------------

  private chargeOr404(id: string): ChargeRecord {
    const charge = this.s.charges[id];
    if (!charge) throw notFound('charge', id);
    return charge;
  }

  private renderCharge(id: string): Json {
    const charge = clone(this.chargeOr404(id)) as Json;
    const sourceId = this.s.chargeSources[id];
    charge.source = sourceId ? clone(this.s.sources[sourceId]) : null;
    const refundIds = this.s.chargeRefunds[id] ?? [];
    charge.refunds = {
      ...emptyList(`/charges/${id}/refunds`, this.now()),
      data: refundIds.map((rid) => clone(this.s.refunds[rid])),
      total: refundIds.length,
    };
    return charge;
  }

  private createCharge(body: Json): Json {
    const amount = toInteger(body.amount);
    if (amount === undefined || amount <= 0) throw invalidCharge('amount must be a positive integer (satang)');
    const currency = typeof body.currency === 'string' ? body.currency.toLowerCase() : '';
    if (currency !== 'thb') throw invalidCharge('currency is not supported (omise-mock accepts thb only)');
    if (amount < MINIMUM_AMOUNT_THB) {
      throw invalidCharge(`amount must be greater than or equal to ฿${formatSatang(MINIMUM_AMOUNT_THB)} (${MINIMUM_AMOUNT_THB} satangs)`);
    }
    if (body.customer !== undefined) throw badRequest('customers are not supported by omise-mock');
    const description = optionalString(body.description, 'description');
    const returnUri = optionalString(body.return_uri, 'return_uri');
    if (returnUri !== null && !/^https?:\/\/\S+$/.test(returnUri)) throw invalidCharge('return uri is invalid');
    const metadata = body.metadata === undefined || body.metadata === null ? {} : body.metadata;
    if (!isRecord(metadata)) throw badRequest('metadata must be an object');
    const hasCard = body.card !== undefined && body.card !== null && body.card !== '';
    const hasSource = body.source !== undefined && body.source !== null && body.source !== '';
    if (hasCard && hasSource) throw badRequest('card and source cannot be given together');
    if (!hasCard && !hasSource) throw new OmiseError(400, 'missing_card', 'request contains no card or source');

    const now = this.now();
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
      ip: optionalString(body.ip, 'ip'),
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
      capture: body.capture === undefined ? true : body.capture === true || body.capture === 'true',
      disputable: false,
      refundable: false,
      partially_refundable: false,
      reversed: false,
      reversible: false,
      voided: false,
      can_perform_void: false,
      paid: false,
      expired: false,
      created_at: iso(now),
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

    if (hasCard) {
      this.prepareCardCharge(charge, body.card, now);
    } else {
      this.preparePromptPayCharge(charge, body.source, body.expires_at, now);
    }
    this.s.charges[charge.id] = charge;
    this.s.chargeRefunds[charge.id] = [];
    this.save();

    if (hasCard) {
      const outcome = this.s.tokenOutcomes[String(body.card)];
      if (outcome.kind === 'success') this.complete(charge.id, 'successful');
      else if (outcome.kind === 'failure') this.complete(charge.id, 'failed', { code: outcome.code, message: outcome.message });
    }
    return this.renderCharge(charge.id);
  }

  private prepareCardCharge(charge: ChargeRecord, cardParam: unknown, now: Date): void {
    if (typeof cardParam !== 'string') throw badRequest('card must be a token id (tokn_…)');
    const token = this.s.tokens[cardParam];
    if (!token) {
      if (cardParam.startsWith('card_')) throw badRequest('card ids need a customer; customers are not supported by omise-mock');
      throw notFound('token', cardParam);
    }
    if (token.used) throw new OmiseError(400, 'used_token', 'token was already used');
    token.used = true;
    const outcome = this.s.tokenOutcomes[cardParam];
    charge.card = clone(token.card);
    charge.transaction_fees = { fee_flat: '0.0', fee_rate: '3.65', vat_rate: '7.0' };
    if (outcome.kind === '3ds') {
      const paymentId = newId('paym');
      this.s.payments[paymentId] = charge.id;
      charge.reference = paymentId;
      charge.authorize_uri = `${this.baseUrl}/payments/${paymentId}/authorize`;
      charge.authenticated_by = null;
      charge.expires_at = iso(new Date(now.getTime() + 7 * 24 * 3600 * 1000));
    }
  }

  private preparePromptPayCharge(charge: ChargeRecord, sourceParam: unknown, expiresParam: unknown, now: Date): void {
    let source: Json;
    if (typeof sourceParam === 'string') {
      source = this.get(this.s.sources, 'source', sourceParam);
    } else if (isRecord(sourceParam)) {
      source = this.s.sources[this.createSource(sourceParam).id as string];
    } else {
      throw badRequest('source must be a source id or a source object');
    }
    if (Object.values(this.s.chargeSources).includes(source.id as string)) throw badRequest(`source ${String(source.id)} was already used`);
    if (source.amount !== charge.amount) throw invalidCharge('amount must be the same as the source amount');

    let expiresAt = new Date(now.getTime() + 24 * 3600 * 1000);
    if (expiresParam !== undefined && expiresParam !== null && expiresParam !== '') {
      const parsed = typeof expiresParam === 'string' ? new Date(expiresParam) : new Date(NaN);
      if (Number.isNaN(parsed.getTime())) throw invalidCharge('expires_at is not a valid ISO 8601 time');
      if (parsed.getTime() <= now.getTime()) throw invalidCharge('expires_at must be in the future');
      expiresAt = parsed;
    }
    charge.expires_at = iso(expiresAt);
    charge.transaction_fees = { fee_flat: '0.0', fee_rate: '1.65', vat_rate: '7.0' };

    const documentId = newId('docu');
    const payload = buildPromptPayBillPaymentPayload({
      billerId: this.options.promptPayBillerId ?? '000000000000000',
      reference1: charge.id.slice(charge.id.lastIndexOf('_') + 1).toUpperCase(),
      amount: charge.amount,
      merchantName: this.options.promptPayMerchantName ?? 'OMISE MOCK TEST',
    });
    this.s.documents[documentId] = { charge: charge.id, payload, created_at: iso(now) };
    const download = `${this.baseUrl}/charges/${charge.id}/documents/${documentId}/downloads/qrcode.svg`;
    source.scannable_code = {
      object: 'barcode',
      type: 'qr',
      image: {
        object: 'document',
        livemode: false,
        id: documentId,
        deleted: false,
        filename: 'qrcode.svg',
        location: `/charges/${charge.id}/documents/${documentId}`,
        kind: 'qr',
        download_uri: download,
        created_at: iso(now),
      },
    };
    source.charge_status = 'pending';
    this.s.chargeSources[charge.id] = source.id as string;
  }

  private updateCharge(id: string, body: Json): Json {
    const charge = this.chargeOr404(id);
    if (body.description !== undefined) charge.description = optionalString(body.description, 'description');
    if (body.metadata !== undefined) {
      if (!isRecord(body.metadata)) throw badRequest('metadata must be an object');
      charge.metadata = clone(body.metadata);
    }
    this.save();
    return this.renderCharge(id);
  }

  private isOffline(id: string): boolean {
    const sourceId = this.s.chargeSources[id];
    return Boolean(sourceId && this.s.sources[sourceId]?.flow === 'offline');
  }

  private expireCharge(id: string): Json {
    const charge = this.chargeOr404(id);
    if (charge.status !== 'pending' || !this.isOffline(id)) {
      throw new OmiseError(400, 'failed_expire', `charge ${id} cannot be expired: it is ${charge.status}${this.isOffline(id) ? '' : ' and not an offline charge'}`);
    }
    this.complete(id, 'expired');
    return this.renderCharge(id);
  }

  private markCharge(id: string, status: 'successful' | 'failed', body: Json): Json {
    const charge = this.chargeOr404(id);
    const action = status === 'successful' ? 'mark_as_paid' : 'mark_as_failed';
    if (!this.isOffline(id)) throw badRequest(`${action} is only for offline charges (e.g. PromptPay); ${id} is not one`);
    if (charge.status !== 'pending') throw badRequest(`${action} needs a pending charge; ${id} is ${charge.status}`);
    if (status === 'failed') {
      const code = typeof body.failure_code === 'string' && body.failure_code ? body.failure_code : 'failed_processing';
      const message = typeof body.failure_message === 'string' && body.failure_message ? body.failure_message : FAILURE_MESSAGES[code] ?? code;
      this.complete(id, 'failed', { code, message });
    } else {
      this.complete(id, 'successful');
    }
    return this.renderCharge(id);
  }

  private authorizePayment(paymentId: string, query: URLSearchParams): HandlerResult {
    const chargeId = this.s.payments[paymentId];
    if (!chargeId) throw notFound('payment', paymentId);
    const charge = this.chargeOr404(chargeId);
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

  /** Moves a pending charge to a final state and announces it (event `charge.complete` + webhook). */
  private complete(id: string, status: 'successful' | 'failed' | 'expired', failure?: { code: string; message: string }): void {
    const charge = this.chargeOr404(id);
    const now = iso(this.now());
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
    const sourceId = this.s.chargeSources[id];
    if (sourceId && this.s.sources[sourceId]) this.s.sources[sourceId].charge_status = status;
    const tokenEntry = Object.values(this.s.tokens).find((token) => isRecord(token.card) && isRecord(charge.card) && token.card.id === charge.card.id);
    if (tokenEntry) tokenEntry.charge_status = status;
    this.save();
    this.emitEvent('charge.complete', this.renderCharge(id));
  }

  sweepExpired(): void {
    const now = this.now().getTime();
    for (const charge of Object.values(this.s.charges)) {
      if (charge.status !== 'pending' || !this.isOffline(charge.id) || typeof charge.expires_at !== 'string') continue;
      if (Date.parse(charge.expires_at) <= now) this.complete(charge.id, 'expired');
    }
  }

  private async downloadQr(chargeId: string, documentId: string, format: string): Promise<HandlerResult> {
    const document = this.s.documents[documentId];
    if (!document || document.charge !== chargeId) throw notFound('document', documentId);
    if (format === 'png') {
      const png = await QRCode.toBuffer(document.payload, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 400 });
      return { raw: { contentType: 'image/png', body: png } };
    }
    const svg = await QRCode.toString(document.payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    return { raw: { contentType: 'image/svg+xml', body: svg } };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Refunds
  // -------------------------------------------------------------------------------------------------------------

  private createRefund(chargeId: string, body: Json): Json {
    const charge = this.chargeOr404(chargeId);
    const amount = toInteger(body.amount);
    if (amount === undefined || amount <= 0) throw badRequest('amount must be a positive integer (satang)');
    if (charge.status !== 'successful') throw new OmiseError(400, 'failed_refund', `charge ${chargeId} is ${charge.status}; only successful charges can be refunded`);
    const refundable = charge.amount - charge.refunded_amount;
    if (amount > refundable) throw new OmiseError(400, 'failed_refund', `amount ${amount} exceeds the refundable amount ${refundable}`);
    const metadata = body.metadata === undefined || body.metadata === null ? {} : body.metadata;
    if (!isRecord(metadata)) throw badRequest('metadata must be an object');
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
      created_at: iso(this.now()),
    };
    refund.location = `/charges/${chargeId}/refunds/${String(refund.id)}`;
    this.s.refunds[refund.id as string] = refund;
    (this.s.chargeRefunds[chargeId] ??= []).push(refund.id as string);
    charge.refunded_amount += amount;
    charge.refundable = charge.refunded_amount < charge.amount;
    charge.partially_refundable = charge.refundable;
    this.save();
    this.emitEvent('refund.create', clone(refund));
    return clone(refund);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Lists (docs.omise.co/api-pagination)
  // -------------------------------------------------------------------------------------------------------------

  private list(location: string, ids: string[], render: (id: string) => Json, query: URLSearchParams): Json {
    const limitParam = query.get('limit');
    const offsetParam = query.get('offset');
    const order = query.get('order') ?? 'chronological';
    const limit = limitParam === null || limitParam === '' ? 20 : toInteger(limitParam);
    const offset = offsetParam === null || offsetParam === '' ? 0 : toInteger(offsetParam);
    if (limit === undefined || limit < 0) throw badRequest('limit must be a non-negative integer');
    if (offset === undefined || offset < 0) throw badRequest('offset must be a non-negative integer');
    if (order !== 'chronological' && order !== 'reverse_chronological') throw badRequest('order must be chronological or reverse_chronological');
    const parseTime = (name: string, fallback: Date): Date => {
      const value = query.get(name);
      if (value === null || value === '') return fallback;
      const parsed = new Date(value);
      if (Number.isNaN(parsed.getTime())) throw badRequest(`${name} must be an ISO 8601 time`);
      return parsed;
    };
    const from = parseTime('from', new Date(0));
    const to = parseTime('to', this.now());
    const within = ids
      .map((id) => render(id))
      .filter((item) => {
        const created = Date.parse(String(item.created_at));
        return created >= Math.floor(from.getTime() / 1000) * 1000 && created <= to.getTime();
      });
    if (order === 'reverse_chronological') within.reverse();
    const capped = Math.min(limit, 100);
    return {
      object: 'list',
      data: within.slice(offset, offset + capped),
      limit: capped,
      offset,
      total: within.length,
      location,
      order,
      from: iso(from),
      to: iso(to),
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Events and webhooks
  // -------------------------------------------------------------------------------------------------------------

  private emitEvent(key: string, data: Json): void {
    const event: MockEvent = {
      object: 'event',
      id: newId('evnt'),
      livemode: false,
      location: '',
      key,
      created_at: iso(this.now()),
      data,
      webhook_deliveries: [],
    };
    event.location = `/events/${event.id}`;
    this.s.events[event.id] = event;
    this.save();
    // The body is fixed at creation so every retry carries (and signs) the same bytes.
    const body = JSON.stringify(event);
    if (!this.cfg.dropWebhooks && this.webhookUrl()) {
      this.pendingWebhooks++;
      this.attemptDelivery(event.id, body, 1);
    }
  }

  private webhookUrl(): string | undefined {
    if (this.cfg.webhookUrl) return this.cfg.webhookUrl;
    const configured = this.options.webhookUrl;
    const url = typeof configured === 'function' ? configured() : configured;
    return url || undefined;
  }

  private attemptDelivery(eventId: string, body: string, attempt: number): void {
    const url = this.webhookUrl();
    if (this.closed || this.cfg.dropWebhooks || !url || !this.s.events[eventId]) {
      this.finishDelivery();
      return;
    }
    const started = Date.now();
    const record = (status: number, error: string | null): void => {
      const event = this.s.events[eventId];
      if (!event) return;
      event.webhook_deliveries.push({
        object: 'webhook_delivery',
        id: newId('whdl'),
        uri: url,
        attempt,
        status,
        error,
        duration_ms: Date.now() - started,
        created_at: iso(this.now()),
      });
      this.save();
      const delivered = status >= 200 && status < 300;
      this.log(`webhook ${eventId} attempt ${attempt} → ${url}: ${delivered ? status : error ?? status}`);
      if (delivered || attempt > this.retryDelays.length) {
        this.finishDelivery();
        return;
      }
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.attemptDelivery(eventId, body, attempt + 1);
      }, this.retryDelays[attempt - 1]);
      this.timers.add(timer);
    };

    if (this.cfg.failNextWebhooks > 0) {
      this.cfg.failNextWebhooks--;
      record(0, 'simulated failure (failNextWebhooks)');
      return;
    }
    const timestamp = Math.floor(this.now().getTime() / 1000);
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? https : http;
    const request = transport.request(target, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'omise-mock/1.0 (development gateway; no money moves)',
        'Omise-Signature': signWebhook(body, this.options.webhookSecret, timestamp),
        'Omise-Signature-Timestamp': String(timestamp),
      },
      timeout: this.options.webhookTimeoutMs ?? 10000,
    });
    this.webhookRequests.add(request);
    let settled = false;
    const settle = (status: number, error: string | null): void => {
      if (settled) return;
      settled = true;
      this.webhookRequests.delete(request);
      if (!this.closed) record(status, error);
    };
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => settle(response.statusCode ?? 0, response.statusCode && response.statusCode < 300 ? null : `HTTP ${response.statusCode}`));
      response.on('error', (error) => settle(response.statusCode ?? 0, error.message));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => settle(0, error.message));
    request.end(body);
  }

  private finishDelivery(): void {
    if (this.pendingWebhooks > 0) this.pendingWebhooks--;
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (this.pendingWebhooks !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Control API
  // -------------------------------------------------------------------------------------------------------------

  private updateConfig(body: Json): MockConfig {
    const next = { ...this.cfg };
    if (body.latencyMs !== undefined) {
      const value = toInteger(body.latencyMs);
      if (value === undefined || value < 0) throw badRequest('latencyMs must be a non-negative integer');
      next.latencyMs = value;
    }
    for (const flag of ['dropWebhooks', 'down'] as const) {
      const value = body[flag];
      if (value === undefined) continue;
      if (typeof value === 'boolean') next[flag] = value;
      else if (value === 'true' || value === 'false') next[flag] = value === 'true';
      else throw badRequest(`${flag} must be a boolean`);
    }
    if (body.failNextWebhooks !== undefined) {
      const value = toInteger(body.failNextWebhooks);
      if (value === undefined || value < 0) throw badRequest('failNextWebhooks must be a non-negative integer');
      next.failNextWebhooks = value;
    }
    if (body.webhookUrl !== undefined) {
      if (body.webhookUrl !== null && (typeof body.webhookUrl !== 'string' || !/^https?:\/\/\S+$/.test(body.webhookUrl))) {
        throw badRequest('webhookUrl must be an http(s) URL or null');
      }
      next.webhookUrl = body.webhookUrl;
    }
    this.cfg = next;
    return { ...next };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------------------------------

const MAX_BODY = 1024 * 1024;

/** The body as text, or null when it is larger than MAX_BODY (read to the end either way). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string | null, contentType: string | undefined): Json {
  if (raw === null) throw badRequest('request body is larger than 1 MB');
  if (raw.trim() === '') return {};
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return parseFormBody(raw);
  if (type === 'application/json' || type === '' || raw.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw badRequest('request body is not valid JSON');
    }
    if (!isRecord(parsed)) throw badRequest('request body must be a JSON object');
    return parsed;
  }
  throw badRequest(`unsupported content type ${type}`);
}
