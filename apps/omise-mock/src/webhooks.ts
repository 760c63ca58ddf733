/** Signed webhook delivery (Omise-Signature), with retries and a record of every attempt on its event. */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { MockStore } from './store';
import type { Timers } from './timers';
import type { OmiseMockOptions } from './types';
import { iso, newId } from './values';

/** Hex HMAC-SHA256, keyed with the base64-decoded secret, over `${timestamp}.${rawBody}` (Omise-Signature). */
export function signWebhook(rawBody: string | Buffer, secretBase64: string, timestamp: number | string): string {
  return createHmac('sha256', Buffer.from(secretBase64, 'base64'))
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest('hex');
}

export class Webhooks {
  private readonly requests = new Set<http.ClientRequest>();
  /** Deliveries in flight or waiting for a retry. */
  private pending = 0;
  private idleWaiters: Array<() => void> = [];
  private closed = false;
  private readonly retryDelays: number[];

  constructor(
    private readonly store: MockStore,
    private readonly options: OmiseMockOptions,
    private readonly timers: Timers,
    private readonly log: (line: string) => void,
  ) {
    this.retryDelays = options.webhookRetryDelaysMs ?? [1000, 5000, 30000, 120000];
  }

  /** Sends an event (`body`, fixed so that every retry carries and signs the same bytes), unless webhooks are off. */
  deliver(eventId: string, body: string): void {
    if (this.store.config.dropWebhooks || !this.url()) return;
    this.pending++;
    this.attempt(eventId, body, 1);
  }

  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Cancels every delivery in flight or waiting for a retry (and every other pending timer), and wakes whoever waits for idle. */
  stop(): void {
    this.timers.cancelAll();
    for (const request of this.requests) request.destroy();
    this.requests.clear();
    this.pending = 0;
    this.notifyIdle();
  }

  close(): void {
    this.closed = true;
    this.stop();
  }

  private url(): string | undefined {
    if (this.store.config.webhookUrl) return this.store.config.webhookUrl;
    const configured = this.options.webhookUrl;
    const url = typeof configured === 'function' ? configured() : configured;
    return url || undefined;
  }

  private attempt(eventId: string, body: string, attempt: number): void {
    const url = this.url();
    if (this.closed || this.store.config.dropWebhooks || !url || !this.store.state.events[eventId]) {
      this.finish();
      return;
    }
    const started = Date.now();
    const record = (status: number, error: string | null): void => {
      const event = this.store.state.events[eventId];
      if (!event) return;
      event.webhook_deliveries.push({
        object: 'webhook_delivery',
        id: newId('whdl'),
        uri: url,
        attempt,
        status,
        error,
        duration_ms: Date.now() - started,
        created_at: iso(this.store.now()),
      });
      this.store.save();
      const delivered = status >= 200 && status < 300;
      this.log(`webhook ${eventId} attempt ${attempt} → ${url}: ${delivered ? status : error ?? status}`);
      if (delivered || attempt > this.retryDelays.length) {
        this.finish();
        return;
      }
      this.timers.after(this.retryDelays[attempt - 1], () => this.attempt(eventId, body, attempt + 1));
    };

    if (this.store.config.failNextWebhooks > 0) {
      this.store.config.failNextWebhooks--;
      record(0, 'simulated failure (failNextWebhooks)');
      return;
    }
    const timestamp = Math.floor(this.store.now().getTime() / 1000);
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
    this.requests.add(request);
    let settled = false;
    const settle = (status: number, error: string | null): void => {
      if (settled) return;
      settled = true;
      this.requests.delete(request);
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

  private finish(): void {
    if (this.pending > 0) this.pending--;
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (this.pending !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
