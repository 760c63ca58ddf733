import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The API's error body (every 4xx/5xx): a stable code and a "Thai / English" message. */
export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
  get code() {
    return this.body.code;
  }
  /** The message in one language: the API writes "ไทย / English". */
  messageIn(language: string): string {
    const [th, ...en] = this.body.message.split(' / ');
    return language === 'en' && en.length ? en.join(' / ') : th;
  }
}

let csrfToken: string | undefined;

/** The CSRF token for cookie-authenticated writes, fetched once per page load and again after a refusal. */
async function currentCsrfToken(): Promise<string | undefined> {
  if (csrfToken) return csrfToken;
  const res = await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
  if (!res.ok) return undefined;
  csrfToken = ((await res.json()) as { token: string }).token;
  return csrfToken;
}

/** The token is bound to the session cookie: forget it whenever the session changes (sign-in, sign-out). */
export function forgetCsrfToken() {
  csrfToken = undefined;
}

type SessionEndedListener = (code: string) => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

/**
 * Called when the API refuses a request with 401 (AUTHENTICATION_REQUIRED, SESSION_REVOKED, SESSION_EXPIRED,
 * TOKEN_INVALID…): the browser's session has ended (signed out elsewhere, expired, revoked). main.tsx clears the
 * ['session'] query, so RequireSignIn asks the person to sign in and brings them back to the page.
 */
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function noticeSessionEnded(response: Response) {
  if (response.status !== 401) return;
  // GET /auth/me answers 401 to anyone signed out: that is the session query's own answer, not news.
  if (new URL(response.url, window.location.origin).pathname === '/api/v1/auth/me') return;
  const body = (await response.clone().json().catch(() => null)) as { code?: string } | null;
  forgetCsrfToken();
  for (const listener of sessionEndedListeners) listener(body?.code ?? 'HTTP_401');
}

async function forgetIfRefused(response: Response) {
  await noticeSessionEnded(response);
  if (response.status !== 403) return;
  const body = (await response.clone().json().catch(() => null)) as { code?: string } | null;
  if (body?.code === 'CSRF_TOKEN_INVALID') forgetCsrfToken();
}

const csrf: Middleware = {
  async onRequest({ request }) {
    if (request.method === 'GET' || request.method === 'HEAD') return request;
    const token = await currentCsrfToken();
    if (token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
  async onResponse({ response }) {
    await forgetIfRefused(response);
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '/api/v1', credentials: 'same-origin' });
api.use(csrf);

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the API's code and message. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error && typeof error === 'object' && 'code' in error ? error : { statusCode: response.status, code: 'HTTP_' + response.status, message: response.statusText }) as ApiErrorBody;
    throw new ApiError(response.status, body);
  }
  return data as T;
}

/** Full paths (`/api/v1/...`), as in the OpenAPI document. For multipart uploads and other bodies openapi-fetch does not shape: same credentials and CSRF header. */
export async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== 'GET') {
    const token = await currentCsrfToken();
    if (token) headers.set('X-CSRF-Token', token);
  }
  const res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  await forgetIfRefused(res);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({ statusCode: res.status, code: 'HTTP_' + res.status, message: res.statusText }))) as ApiErrorBody;
    throw new ApiError(res.status, body);
  }
  return res;
}
