/**
 * digital-id-mock — a local OpenID Connect provider standing in for the national Digital ID (development and tests).
 *
 * Built on `oidc-provider` (a certified OpenID provider): discovery, JWKS, authorization code flow with PKCE (S256,
 * required), signed ID tokens (RS256), userinfo. The accounts are demo citizens (demo-citizens.ts) with claims `sub`,
 * `pid` (national ID), names in Thai (`*_th`) and English (`given_name`, `family_name`, `name`), `birthdate`, and
 * `acr` `IAL2.3`. The sign-in page lets a person pick a demo citizen and allow or cancel; `driveSignIn` does the same
 * over HTTP for tests and scripts. Everything is kept in memory.
 *
 * Test controls (in process through `mock.config`, or `POST /__mock/config` with a registered client's credentials as
 * HTTP Basic): `nextIdToken` spoils the ID token of the next code exchange (`tampered`: a claim changed after signing;
 * `foreign-key`: signed with a key the JWKS does not hold; `expired`: validly signed but expired ten minutes ago);
 * `down` drops every connection, as an unreachable provider would.
 */
import { generateKeyPairSync, randomBytes, sign, timingSafeEqual, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { errors, Provider, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { acrOf, claimsOf, DEMO_CITIZENS, SCOPE_CLAIMS, type DigitalIdAccount } from './demo-citizens';
import { errorPage, signInPage } from './interaction-page';

export { DEMO_CITIZENS, type DigitalIdAccount } from './demo-citizens';

export interface DigitalIdClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Shown on the sign-in page. */
  name?: string;
}

export interface DigitalIdMockOptions {
  /** Default `http://<host>:<port>`. Give it with a fixed port (it must be where the provider is reached). */
  issuer?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  clients: DigitalIdClient[];
  /** Who can sign in; default DEMO_CITIZENS. */
  accounts?: DigitalIdAccount[];
  log?: (line: string) => void;
}

export type IdTokenFault = 'tampered' | 'foreign-key' | 'expired';

export interface DigitalIdMockConfig {
  /** Spoils the ID token of the next successful code exchange, then resets to null. */
  nextIdToken: IdTokenFault | null;
  /** Drop every connection (and close the open ones): the provider looks unreachable. */
  down: boolean;
}

export interface DigitalIdMock {
  readonly issuer: string;
  readonly port: number;
  readonly accounts: readonly DigitalIdAccount[];
  readonly config: DigitalIdMockConfig;
  /**
   * Plays the browser: follows `authorizationUrl` through the sign-in page, chooses `who` (username, sub or national
   * ID) and allows, or cancels; returns the URL the provider sends the browser back to (the client's redirect URI).
   */
  driveSignIn(authorizationUrl: string, who: string, options?: { cancel?: boolean }): Promise<URL>;
  close(): Promise<void>;
}

const FAULTS: IdTokenFault[] = ['tampered', 'foreign-key', 'expired'];
const FORM_LIMIT = 16 * 1024;

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

/** Re-encodes a compact JWS with a changed payload; signs it with `key`, or keeps the old signature when null. */
function rewriteJws(jws: string, change: (payload: Record<string, unknown>) => void, key: KeyObject | null): string {
  const [header, payload, signature] = jws.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(claims);
  const input = `${header}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${key ? base64url(sign('sha256', Buffer.from(input), key)) : signature}`;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > FORM_LIMIT) throw new errors.InvalidRequest('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Stored = { payload: Record<string, unknown>; expiresAt: number };

/**
 * oidc-provider's storage, in memory and per provider instance (its built-in one is shared by every instance in the
 * process and warns on each start). Interactions, codes, tokens, sessions and grants live until they expire.
 */
function memoryAdapterFactory(): (model: string) => unknown {
  const store = new Map<string, Stored>();
  const index = new Map<string, string>();
  const get = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) store.delete(key);
    return entry && entry.expiresAt > Date.now() ? entry : undefined;
  };
  return (model: string) => ({
    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      store.set(`${model}:${id}`, { payload, expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity });
      if (typeof payload.uid === 'string') index.set(`${model}:uid:${payload.uid}`, id);
      if (typeof payload.userCode === 'string') index.set(`${model}:userCode:${payload.userCode}`, id);
    },
    async find(id: string) {
      return get(`${model}:${id}`)?.payload;
    },
    async findByUid(uid: string) {
      const id = index.get(`${model}:uid:${uid}`);
      return id ? get(`${model}:${id}`)?.payload : undefined;
    },
    async findByUserCode(userCode: string) {
      const id = index.get(`${model}:userCode:${userCode}`);
      return id ? get(`${model}:${id}`)?.payload : undefined;
    },
    async consume(id: string) {
      const entry = get(`${model}:${id}`);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id: string) {
      store.delete(`${model}:${id}`);
    },
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of store) if (key.startsWith(`${model}:`) && entry.payload.grantId === grantId) store.delete(key);
    },
  });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function createDigitalIdMock(options: DigitalIdMockOptions): Promise<DigitalIdMock> {
  if (!options.clients?.length) throw new Error('digital-id-mock: at least one client is required');
  const accounts = [...(options.accounts ?? DEMO_CITIZENS)];
  const log = options.log ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  const config: DigitalIdMockConfig = { nextIdToken: null, down: false };

  // Listen first: the issuer of a port-0 provider is known only then.
  const sockets = new Set<Socket>();
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => {
    if (config.down) return req.socket.destroy();
    handler(req, res);
  });
  server.on('connection', (socket) => {
    if (config.down) return socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = (options.issuer ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/$/, '');

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `digital-id-mock-${randomBytes(4).toString('hex')}`;
  const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };

  const byAnyName = (who: string) => accounts.find((a) => a.sub === who || a.username === who || a.pid === who);

  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: c.name ?? 'Biz Portal e-Licensing',
      redirect_uris: c.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    })),
    adapter: memoryAdapterFactory() as Configuration['adapter'],
    jwks: { keys: [signingJwk as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: SCOPE_CLAIMS,
    // The claims of the requested scopes go into the ID token itself, as the portal reads them from there.
    conformIdTokenClaims: false,
    acrValues: [...new Set(accounts.map(acrOf))],
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, userinfo: { enabled: true } },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.find((a) => a.sub === sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => claimsOf(account) };
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage(ctx.status, String(out.error), out.error_description as string | undefined);
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx: unknown, error: Error) => log(`server error: ${error.stack ?? error.message}`));

  const clientFromBasic = (ctx: KoaContextWithOIDC): boolean => {
    const header = ctx.get('authorization');
    if (!header.startsWith('Basic ')) return false;
    const [id, secret] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    const client = options.clients.find((c) => c.clientId === decodeURIComponent(id ?? ''));
    return !!client && sameSecret(decodeURIComponent(secret ?? ''), client.clientSecret);
  };

  async function interaction(ctx: KoaContextWithOIDC, uid: string, action: string | undefined): Promise<void> {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.uid !== uid) throw new errors.SessionNotFound('interaction does not match this browser');
    const signedIn = details.session?.accountId ? accounts.find((a) => a.sub === details.session?.accountId) : undefined;
    const askLogin = details.prompt.name === 'login' || !signedIn;

    if (ctx.method === 'GET' && action === undefined) {
      const client = await provider.Client.find(String(details.params.client_id));
      ctx.type = 'html';
      ctx.set('cache-control', 'no-store');
      ctx.body = signInPage({
        uid,
        clientName: String(client?.clientName ?? details.params.client_id),
        scopes: String(details.params.scope ?? '').split(' ').filter(Boolean),
        accounts,
        signedInAs: askLogin ? undefined : signedIn,
      });
      return;
    }
    if (ctx.method !== 'POST' || (action !== 'login' && action !== 'abort')) {
      ctx.status = 404;
      return;
    }
    const form = new URLSearchParams(await readBody(ctx.req));
    ctx.respond = false;
    if (action === 'abort') {
      log(`interaction ${uid}: cancelled`);
      await provider.interactionFinished(
        ctx.req,
        ctx.res,
        { error: 'access_denied', error_description: 'ผู้ใช้ยกเลิกการเข้าสู่ระบบ / The citizen cancelled the sign-in' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const account = askLogin ? byAnyName(form.get('account') ?? '') : signedIn;
    if (!account) {
      ctx.respond = true;
      throw new errors.InvalidRequest('เลือกผู้ใช้ทดลอง / choose one of the demo citizens (account)');
    }
    // Login and consent in one step: the grant holds the scopes asked for.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: account.sub, clientId: String(details.params.client_id) });
    if (!grant) throw new errors.SessionNotFound('grant not found');
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    log(`interaction ${uid}: ${account.username} signs in and allows ${String(details.params.scope)}`);
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: account.sub, acr: acrOf(account), amr: ['pwd'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async function control(ctx: KoaContextWithOIDC, path: string): Promise<void> {
    if (path === '/__mock/accounts' && ctx.method === 'GET') {
      ctx.body = accounts.map((a) => ({ ...claimsOf(a), acr: acrOf(a), username: a.username }));
      return;
    }
    if (path !== '/__mock/config' || (ctx.method !== 'POST' && ctx.method !== 'GET')) {
      ctx.status = 404;
      return;
    }
    if (!clientFromBasic(ctx)) {
      ctx.status = 401;
      ctx.set('www-authenticate', 'Basic realm="digital-id-mock"');
      ctx.body = { error: 'invalid_client', error_description: 'send a registered client id and secret as HTTP Basic' };
      return;
    }
    if (ctx.method === 'POST') {
      let wanted: { nextIdToken?: unknown };
      try {
        wanted = JSON.parse((await readBody(ctx.req)) || '{}') as { nextIdToken?: unknown };
      } catch {
        wanted = { nextIdToken: 'not JSON' };
      }
      const next = wanted.nextIdToken;
      if (next !== undefined && next !== null && !FAULTS.includes(next as IdTokenFault)) {
        ctx.status = 400;
        ctx.body = { error: 'invalid_request', error_description: `send JSON {"nextIdToken": ${FAULTS.map((f) => `"${f}"`).join(' | ')} | null}` };
        return;
      }
      if (next !== undefined) config.nextIdToken = next as IdTokenFault | null;
    }
    ctx.body = { ...config };
  }

  provider.use(async (ctx, next) => {
    const path = ctx.path;
    const match = /^\/interaction\/([^/]+)(?:\/([a-z]+))?$/.exec(path);
    if (match) return interaction(ctx as KoaContextWithOIDC, decodeURIComponent(match[1]), match[2]);
    if (path.startsWith('/__mock/')) return control(ctx as KoaContextWithOIDC, path);
    await next();
    // The token endpoint's answer: spoil the ID token once when a test asked for it.
    const body = ctx.body as { id_token?: string } | undefined;
    const fault = config.nextIdToken;
    if (fault && path === provider.pathFor('token') && ctx.status === 200 && body?.id_token) {
      config.nextIdToken = null;
      const now = Math.floor(Date.now() / 1000);
      const spoiled =
        fault === 'tampered'
          ? rewriteJws(body.id_token, (c) => void (c.pid = c.pid === '3101005678123' ? '1101700230708' : '3101005678123'), null)
          : fault === 'foreign-key'
            ? rewriteJws(body.id_token, () => undefined, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey)
            : rewriteJws(body.id_token, (c) => Object.assign(c, { iat: now - 1200, auth_time: now - 1200, exp: now - 600 }), privateKey);
      ctx.body = { ...body, id_token: spoiled };
      log(`token: ID token spoiled on purpose (${fault})`);
    }
  });

  const callback = provider.callback();
  handler = (req, res) => void callback(req, res);

  return {
    issuer,
    port,
    accounts,
    config: new Proxy(config, {
      set(target, key, value) {
        if (key === 'down' && value === true) for (const socket of sockets) socket.destroy();
        return Reflect.set(target, key, value);
      },
    }),
    driveSignIn: (authorizationUrl, who, opts) => driveSignIn(issuer, authorizationUrl, byAnyName(who)?.sub ?? who, opts),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser in a few lines: a cookie jar and manual redirects. Follows the provider's redirects, answers the sign-in
 * page with `account` (or cancels), and stops at the first redirect that leaves the provider.
 */
export async function driveSignIn(issuer: string, authorizationUrl: string, account: string, options: { cancel?: boolean } = {}): Promise<URL> {
  const origin = new URL(issuer).origin;
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now());
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  let url = new URL(authorizationUrl);
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin !== origin) return url;
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: cookie(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    remember(res);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      method = 'GET';
      body = undefined;
      continue;
    }
    const text = await res.text();
    const page = /^\/interaction\/([^/]+)$/.exec(url.pathname);
    if (res.status === 200 && page && method === 'GET') {
      url = new URL(`/interaction/${page[1]}/${options.cancel ? 'abort' : 'login'}`, url);
      method = 'POST';
      body = new URLSearchParams({ account }).toString();
      continue;
    }
    throw new Error(`digital-id-mock sign-in stopped at ${url.pathname} with ${res.status}: ${text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  throw new Error('digital-id-mock sign-in: too many redirects');
}
