/**
 * What the omise-mock specs share: a raw HTTP client (for what the official client cannot do), a webhook receiver,
 * and a gateway started with the official `omise` client pointed at it. Test code only (never built into the app).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Omise from 'omise';
import { LocalGatewayAgent, installGlobalAgent } from '@bizportal/payments';
import { createOmiseMock, type MockEvent, type OmiseMock, type OmiseMockOptions } from './omise-mock';

export const PUBLIC_KEY = 'pkey_test_spec_public';
export const SECRET_KEY = 'skey_test_spec_secret';
export const WEBHOOK_SECRET = Buffer.from('omise-mock spec webhook secret, 32 bytes!').toString('base64');
export const MOCK_HOST = 'omise-mock.localhost';

// ---------------------------------------------------------------------------------------------------------------
// Small helpers: a raw HTTP client (for what the official client cannot do) and a webhook receiver
// ---------------------------------------------------------------------------------------------------------------

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { key?: string | null; body?: string; contentType?: string } = {},
): Promise<RawResponse> {
  const { key = SECRET_KEY, body, contentType = 'application/json' } = options;
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = {};
    if (key !== null) headers.Authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    if (body !== undefined) {
      headers['Content-Type'] = contentType;
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    const request = http.request(new URL(path, baseUrl), { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

export function rawBytes(url: string): Promise<{ status: number; type: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Statuses to answer with, in order; 200 once the queue is empty. */
  answers: number[] = [];
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answered = this.answers.shift() ?? 200;
      this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      res.writeHead(answered, { 'Content-Type': 'text/plain' });
      res.end(answered < 300 ? 'ok' : 'not today');
    });
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/omise`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The webhooks received about an object (a charge, customer, refund…), of one event `key` when given. */
  forCharge(chargeId: string, key?: string): ReceivedWebhook[] {
    return this.received.filter((hook) => {
      const event = JSON.parse(hook.body) as MockEvent;
      return event.data.id === chargeId && (key === undefined || event.key === key);
    });
  }

  /** The keys of the events received about an object, in order of arrival (each delivered event once). */
  keysFor(objectId: string): string[] {
    const seen = new Set<string>();
    const keys: string[] = [];
    for (const hook of this.received) {
      const event = JSON.parse(hook.body) as MockEvent;
      if (event.data.id !== objectId || seen.has(event.id) || hook.answered >= 300) continue;
      seen.add(event.id);
      keys.push(event.key);
    }
    return keys;
  }
}

/** What the API side will do: recompute the HMAC independently and compare in constant time. */
export function signatureVerifies(hook: ReceivedWebhook, secretBase64: string): boolean {
  const timestamp = String(hook.headers['omise-signature-timestamp'] ?? '');
  const signatures = String(hook.headers['omise-signature'] ?? '').split(',');
  const expected = createHmac('sha256', Buffer.from(secretBase64, 'base64')).update(`${timestamp}.${hook.body}`).digest();
  return signatures.some((hex) => {
    const given = Buffer.from(hex.trim(), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export function futureYear(): number {
  return new Date().getUTCFullYear() + 3;
}

export function card(number: string) {
  return { name: 'Somchai Prasert', number, expiration_month: 12, expiration_year: futureYear(), security_code: '123', city: 'Bangkok', postal_code: '10110' };
}

export interface Gateway {
  mock: OmiseMock;
  receiver: WebhookReceiver;
  omise: ReturnType<typeof Omise>;
  /** POST to the mock with the secret key (test controls). */
  control(path: string, body?: unknown): Promise<RawResponse>;
  close(): Promise<void>;
}

/** A gateway on a free port with quick webhook retries to a receiver, and the official client routed to it. */
export async function startGateway(options: Partial<OmiseMockOptions> & { now: () => Date }): Promise<Gateway> {
  const receiver = new WebhookReceiver();
  await receiver.start();
  const mock = createOmiseMock({
    publicKey: PUBLIC_KEY,
    secretKey: SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: () => receiver.url,
    webhookRetryDelaysMs: [20, 20, 20],
    webhookTimeoutMs: 2000,
    expirySweepMs: 0,
    ...options,
  });
  const { port } = await mock.listen(0);
  const restoreAgent = installGlobalAgent(new LocalGatewayAgent({ host: MOCK_HOST, port }));
  const omise = Omise({ publicKey: PUBLIC_KEY, secretKey: SECRET_KEY, host: MOCK_HOST, vaultHost: MOCK_HOST, scheme: Omise.Scheme.Http });
  return {
    mock,
    receiver,
    omise,
    control: (path, body = {}) => rawRequest(mock.url, 'POST', path, { body: JSON.stringify(body) }),
    close: async () => {
      restoreAgent();
      await mock.close();
      await receiver.stop();
    },
  };
}

/**
 * A gateway for the enclosing `describe`: started before its tests, closed after them; before each test, webhooks in
 * flight are settled, the receiver answers 200 again and `eachTest` runs (the specs move their clock on).
 */
export function useGateway(options: Partial<OmiseMockOptions> & { now: () => Date }, eachTest: () => void): () => Gateway {
  let gateway: Gateway | undefined;
  const current = (): Gateway => {
    if (!gateway) throw new Error('the gateway is not started yet');
    return gateway;
  };
  beforeAll(async () => {
    gateway = await startGateway(options);
  });
  afterAll(async () => {
    await gateway?.close();
  });
  beforeEach(async () => {
    await current().mock.webhooksIdle();
    current().receiver.answers = [];
    eachTest();
  });
  return current;
}
