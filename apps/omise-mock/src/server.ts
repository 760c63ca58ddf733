/** Wires the resources to one HTTP server: listening, closing, reset and the expiry sweep. */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { AuthorizePage } from './authorize-page';
import { ChargeOutcomes } from './charge-outcomes';
import { Charges } from './charges';
import { Customers } from './customers';
import { Events } from './events';
import { promptPayBillerIdProblem } from './promptpay';
import { Refunds } from './refunds';
import { Search } from './search';
import { Router } from './router';
import { Sources } from './sources';
import { MockStore } from './store';
import { TestControls } from './test-controls';
import { Timers } from './timers';
import { Tokens } from './tokens';
import type { MockConfig, MockState, OmiseMock, OmiseMockOptions } from './types';
import { Webhooks } from './webhooks';

export function createOmiseMock(options: OmiseMockOptions): OmiseMock {
  return new OmiseMockServer(options);
}

class OmiseMockServer implements OmiseMock {
  private readonly store: MockStore;
  private readonly webhooks: Webhooks;
  private readonly outcomes: ChargeOutcomes;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private listeningUrl: string | undefined;
  private closed = false;

  constructor(private readonly options: OmiseMockOptions) {
    if (!options.publicKey || !options.secretKey) throw new Error('omise-mock: publicKey and secretKey are required');
    if (!options.webhookSecret || Buffer.from(options.webhookSecret, 'base64').length === 0) {
      throw new Error('omise-mock: webhookSecret (base64) is required');
    }
    const billerProblem = options.promptPayBillerId === undefined ? null : promptPayBillerIdProblem(options.promptPayBillerId);
    if (billerProblem) throw new Error(`omise-mock: promptPayBillerId ${options.promptPayBillerId}: ${billerProblem}`);
    const log = options.log ?? (() => undefined);
    const timers = new Timers();
    this.store = new MockStore(options.stateFile, options.now ?? (() => new Date()));
    this.webhooks = new Webhooks(this.store, options, timers, log);
    const events = new Events(this.store, this.webhooks);
    this.outcomes = new ChargeOutcomes(this.store, events);
    const sources = new Sources(this.store);
    const customers = new Customers(this.store, events);
    const router = new Router({
      routes: [
        ...new Tokens(this.store, options).routes(),
        ...sources.routes(),
        ...customers.routes(),
        ...new Charges(this.store, sources, this.outcomes, customers, events, options, () => this.baseUrl).routes(),
        ...this.outcomes.routes(),
        ...new AuthorizePage(this.store, this.outcomes).routes(),
        ...new Refunds(this.store, events).routes(),
        ...new Search(this.store).routes(),
        ...events.routes(),
        ...new TestControls(this.store, this.outcomes, () => this.reset()).routes(),
      ],
      publicKey: options.publicKey,
      secretKey: options.secretKey,
      store: this.store,
      timers,
      isClosed: () => this.closed,
      beforeEach: () => this.sweepExpired(),
      log,
    });
    this.server = http.createServer((req, res) => {
      // The vault's tokens endpoint is called from payers' browsers (Omise.js does so with the public key): CORS, as vault.omise.co allows.
      if (req.url?.split('?')[0] === '/tokens') {
        res.setHeader('Access-Control-Allow-Origin', '*');
        if (req.method === 'OPTIONS') {
          res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600' });
          res.end();
          return;
        }
      }
      router.listener(req, res);
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
    return this.store.state;
  }

  get config(): MockConfig {
    return this.store.config;
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
    this.webhooks.close();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  webhooksIdle(): Promise<void> {
    return this.webhooks.idle();
  }

  sweepExpired(): void {
    this.outcomes.sweepExpired();
  }

  reset(): void {
    this.webhooks.stop();
    this.store.clear();
  }
}
