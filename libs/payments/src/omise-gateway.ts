import http from 'node:http';
import https from 'node:https';
import omise from 'omise';
import { LocalGatewayAgent } from './local-gateway-agent';

export interface GatewaySettings {
  publicKey: string;
  secretKey: string;
  host: string;
  vaultHost: string;
  scheme: 'http' | 'https';
  /** Port of the local gateway when `host` is a `*.localhost` name (the official client has no port option). */
  localPort: number;
  /** Address of the local gateway (default 127.0.0.1; its service name when it runs in another container). */
  localHost?: string;
  timeoutMs: number;
}

/** The charge fields we read; the gateway sends more. */
export interface GatewayCharge {
  id: string;
  status: 'pending' | 'successful' | 'failed' | 'expired' | 'reversed';
  amount: number;
  currency: string;
  paid: boolean;
  paid_at: string | null;
  expires_at: string | null;
  failure_code: string | null;
  failure_message: string | null;
  authorize_uri: string | null;
  metadata: Record<string, unknown> | null;
  source?: { scannable_code?: { image?: { download_uri?: string } } | null } | null;
}

/** The refund fields we read. */
export interface GatewayRefund {
  id: string;
  amount: number;
  currency: string;
  charge: string;
  status?: string;
  metadata: Record<string, unknown> | null;
}

/** The gateway could not be reached, answered with an error page, or took too long. */
export class GatewayUnavailableError extends Error {
  constructor(readonly reason: 'unreachable' | 'timeout' | 'bad-response', detail: string) {
    super(`Payment gateway ${reason}: ${detail}`);
  }
}

/** The gateway answered with an Omise error object. */
export class GatewayRejectedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The official `omise` client, configured by environment, with a timeout it lacks and its
 * plain-object rejections turned into errors. Nothing here knows whether the gateway is the
 * real Omise or the local one.
 */
export class OmiseGateway {
  private readonly client: omise.IOmise;

  constructor(private readonly settings: GatewaySettings) {
    this.client = omise({
      publicKey: settings.publicKey,
      secretKey: settings.secretKey,
      host: settings.host,
      vaultHost: settings.vaultHost,
      scheme: settings.scheme as omise.Scheme,
      omiseVersion: '2019-05-29',
    });
    if (settings.host.endsWith('.localhost') && settings.scheme === 'http' && !(http.globalAgent instanceof LocalGatewayAgent)) {
      http.globalAgent = new LocalGatewayAgent({ host: settings.host, port: settings.localPort, targetHost: settings.localHost });
    }
  }

  /** How long one call may take before we give up on it. */
  get timeoutMs(): number {
    return this.settings.timeoutMs;
  }

  get publicKey(): string {
    return this.settings.publicKey;
  }

  /**
   * Where payers' browsers send card data for a token (never to us): the vault's origin, or the local
   * gateway's port when the vault is a `*.localhost` name only this process routes.
   */
  get browserVaultOrigin(): string {
    const { vaultHost, scheme, localPort } = this.settings;
    return vaultHost.endsWith('.localhost') ? `${scheme}://localhost:${localPort}` : `${scheme}://${vaultHost}`;
  }

  createPromptPayCharge(input: { amount: number; expiresAt: Date; metadata: Record<string, string>; description: string }): Promise<GatewayCharge> {
    return this.call(async () => {
      const source = await this.client.sources.create({ type: 'promptpay', amount: input.amount, currency: 'thb' } as never);
      return this.client.charges.create({
        amount: input.amount,
        currency: 'thb',
        source: (source as { id: string }).id,
        expires_at: input.expiresAt.toISOString(),
        description: input.description,
        metadata: input.metadata,
      } as never);
    });
  }

  createCardCharge(input: { amount: number; token: string; returnUri: string; metadata: Record<string, string>; description: string }): Promise<GatewayCharge> {
    return this.call(() =>
      this.client.charges.create({
        amount: input.amount,
        currency: 'thb',
        card: input.token,
        return_uri: input.returnUri,
        description: input.description,
        metadata: input.metadata,
      } as never),
    );
  }

  retrieveCharge(id: string): Promise<GatewayCharge> {
    return this.call(() => this.client.charges.retrieve(id));
  }

  expireCharge(id: string): Promise<GatewayCharge> {
    return this.call(() => (this.client.charges as unknown as { expire(id: string): Promise<unknown> }).expire(id));
  }

  /** Refunds the charge (docs.omise.co/refunds-api); `metadata.paymentId` lets a retry find a refund already made. */
  refundCharge(chargeId: string, amount: number, metadata: Record<string, string>): Promise<GatewayRefund> {
    return this.call(() => this.client.charges.createRefund(chargeId, { amount, metadata }));
  }

  /** The refunds of a charge (its first page: our charges are refunded once). */
  async listRefunds(chargeId: string): Promise<GatewayRefund[]> {
    const page = (await this.call(() => this.client.charges.listRefunds(chargeId))) as { data: GatewayRefund[] };
    return page.data;
  }

  /**
   * The charges whose metadata holds `value` under `key`, through the Search API (docs.omise.co/search-api, scope
   * `charge`: `query` matches metadata among other fields, so the answer is filtered again on the exact key).
   */
  async searchChargesByMetadata(key: string, value: string): Promise<GatewayCharge[]> {
    const found: GatewayCharge[] = [];
    for (let page = 1; ; page++) {
      // The client's search resource is not in its type declarations.
      const search = (this.client as unknown as { search: { list(params: Record<string, unknown>): Promise<unknown> } }).search;
      const result = (await this.call(() => search.list({ scope: 'charge', query: value, page, per_page: 100 }))) as {
        data: GatewayCharge[];
        total_pages: number;
      };
      found.push(...result.data.filter((c) => c.metadata?.[key] === value));
      if (page >= result.total_pages) return found;
    }
  }

  /** Every charge created since `from`, following the gateway's pagination. */
  async listChargesSince(from: Date): Promise<GatewayCharge[]> {
    const charges: GatewayCharge[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.call(() =>
        this.client.charges.list({ from: from.toISOString(), limit: 100, offset, order: 'chronological' } as never),
      ) as unknown as { data: GatewayCharge[]; total: number };
      charges.push(...page.data);
      if (page.data.length === 0 || charges.length >= page.total) return charges;
    }
  }

  /** A document the gateway serves (the PromptPay QR image), fetched through the same connection rules. */
  downloadDocument(uri: string): Promise<{ contentType: string; body: Buffer }> {
    return this.call(
      () =>
        new Promise((resolve, reject) => {
          const get = uri.startsWith('https:') ? https.get : http.get;
          const request = get(uri, { headers: { Authorization: `Basic ${Buffer.from(`${this.settings.secretKey}:`).toString('base64')}` } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              res.statusCode === 200
                ? resolve({ contentType: String(res.headers['content-type'] ?? 'application/octet-stream'), body: Buffer.concat(chunks) })
                : reject(`document answered ${res.statusCode}`),
            );
          });
          request.on('error', reject);
        }),
    );
  }

  private async call<T>(request: () => Promise<unknown>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GatewayUnavailableError('timeout', `no answer in ${this.settings.timeoutMs} ms`)), this.settings.timeoutMs);
    });
    try {
      return (await Promise.race([request(), timeout])) as T;
    } catch (error) {
      throw toGatewayError(error);
    } finally {
      clearTimeout(timer);
    }
  }
}

function toGatewayError(error: unknown): Error {
  if (error instanceof GatewayUnavailableError) return error;
  if (error && typeof error === 'object' && (error as { object?: string }).object === 'error') {
    const { code, message } = error as { code: string; message: string };
    // Omise answers maintenance and overload with error objects too; they are not a refusal of the payment.
    if (code === 'service_unavailable' || code === 'internal_error') return new GatewayUnavailableError('unreachable', `${code}: ${message}`);
    return new GatewayRejectedError(code, message);
  }
  if (typeof error === 'string') return new GatewayUnavailableError('bad-response', error.slice(0, 200));
  const code = (error as NodeJS.ErrnoException)?.code;
  return new GatewayUnavailableError('unreachable', code ?? String((error as Error)?.message ?? error));
}
