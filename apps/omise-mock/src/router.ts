/** HTTP plumbing: routes, API keys, simulated latency and outage, and Omise-shaped error answers. */
import type http from 'node:http';
import { OmiseError, errorBody } from './errors';
import { parseBody, readBody } from './request-body';
import type { MockStore } from './store';
import type { Timers } from './timers';
import type { Json } from './types';

/** Which API key a route takes: public (`pkey_…`), secret (`skey_…`), either, or none (browser links). */
export type Auth = 'public' | 'secret' | 'either' | 'none';

export interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json;
  /** The route pattern's captures, URL-decoded. */
  params: string[];
}

export interface HandlerResult {
  status?: number;
  json?: unknown;
  raw?: { contentType: string; body: string | Buffer };
  /** A redirect (302, or `status`: 303 after a form). */
  redirect?: string;
}

export interface Route {
  method: string;
  pattern: RegExp;
  auth: Auth;
  handler: (ctx: RequestContext) => Promise<HandlerResult> | HandlerResult;
}

/** An object id in a route path. */
export const ID = '([A-Za-z0-9_]+)';

export function route(method: string, path: string, auth: Auth, handler: Route['handler']): Route {
  return { method, pattern: new RegExp(`^${path}$`), auth, handler };
}

export interface RouterSettings {
  routes: Route[];
  publicKey: string;
  secretKey: string;
  store: MockStore;
  timers: Timers;
  isClosed: () => boolean;
  /** Runs before each routed request (the expiry sweep). */
  beforeEach: () => void;
  log: (line: string) => void;
}

export class Router {
  constructor(private readonly settings: RouterSettings) {}

  /** The `http.createServer` listener: unexpected errors become a 500 (or a dropped connection). */
  readonly listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    this.handle(req, res).catch((error: unknown) => {
      this.settings.log(`internal error: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, errorBody('internal_server_error', 'internal server error'));
      else res.destroy();
    });
  };

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { store } = this.settings;
    const url = new URL(req.url ?? '/', 'http://omise-mock');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const control = path === '/__mock' || path.startsWith('/__mock/');
    const rawBody = await readBody(req);

    if (!control) {
      if (store.config.latencyMs > 0) await this.settings.timers.sleep(store.config.latencyMs);
      if (this.settings.isClosed()) return;
      if (store.config.down) {
        sendJson(res, 503, errorBody('service_unavailable', 'service unavailable (omise-mock is down on purpose)'));
        return;
      }
    }
    this.settings.beforeEach();

    let found: Route | undefined;
    let params: string[] = [];
    let pathKnown = false;
    for (const candidate of this.settings.routes) {
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      pathKnown = true;
      if (candidate.method === method) {
        found = candidate;
        params = match.slice(1).map((part) => decodeURIComponent(part));
        break;
      }
    }
    if (!found) {
      if (pathKnown) {
        sendJson(res, 405, errorBody('method_not_allowed', `method ${method} is not allowed on ${path}`));
      } else {
        sendJson(res, 404, errorBody('not_found', 'path not found'));
      }
      return;
    }

    try {
      this.authenticate(req, found.auth);
      let body: Json = {};
      if (method === 'POST' || method === 'PATCH' || method === 'PUT') body = parseBody(rawBody, req.headers['content-type']);
      const result = await found.handler({ method, path, query: url.searchParams, body, params });
      if (result.redirect) {
        res.writeHead(result.status ?? 302, { Location: result.redirect, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Redirecting to ${result.redirect}\n`);
      } else if (result.raw) {
        res.writeHead(result.status ?? 200, { 'Content-Type': result.raw.contentType, 'Cache-Control': 'no-store' });
        res.end(result.raw.body);
      } else {
        sendJson(res, result.status ?? 200, result.json ?? {});
      }
    } catch (error) {
      if (error instanceof OmiseError) {
        sendJson(res, error.status, errorBody(error.code, error.message));
        return;
      }
      throw error;
    }
  }

  private authenticate(req: http.IncomingMessage, auth: Auth): void {
    if (auth === 'none') return;
    const { publicKey, secretKey } = this.settings;
    const header = req.headers.authorization ?? '';
    const match = /^Basic\s+(.+)$/i.exec(header);
    const key = match ? Buffer.from(match[1].trim(), 'base64').toString('utf8').split(':')[0] : '';
    const ok =
      (auth === 'public' && key === publicKey) ||
      (auth === 'secret' && key === secretKey) ||
      (auth === 'either' && (key === publicKey || key === secretKey));
    if (!ok) throw new OmiseError(401, 'authentication_failure', 'authentication failed');
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
