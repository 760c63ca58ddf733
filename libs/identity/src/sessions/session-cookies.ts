import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { CookieOptions, Request, Response } from 'express';
import { IdentityErrors } from '../identity-errors';

/** The header a cookie-authenticated write must carry, with the token from GET /api/v1/auth/csrf. */
export const CSRF_HEADER = 'X-CSRF-Token';
/** A started Digital ID sign-in may be finished from this browser within this time (LOGIN_ATTEMPT_TTL_MS). */
const BINDING_MAX_AGE_MS = 10 * 60 * 1000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type CookieRequest = Request & { cookies?: Record<string, string | undefined> };

/** SHA-256 of the sign-in binding cookie's value, as oidc_login_attempts keeps it. */
export function bindingHash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** Whether the request asks for JSON (Accept names application/json): API clients; a browser's navigation does not. */
export function wantsJson(req: Request): boolean {
  return /\bapplication\/json\b/i.test(String(req.headers.accept ?? ''));
}

/**
 * The browser's cookies: the session (the same token a bearer client sends, httpOnly), the CSRF token
 * (csrf-csrf, double submit, bound to the session cookie) and the Digital ID sign-in binding. All are
 * httpOnly with Path=/; Secure, and named with the `__Host-` prefix (no Domain, so a sibling host cannot
 * plant them), when NODE_ENV=production or PUBLIC_BASE_URL is https.
 */
@Injectable()
export class SessionCookies {
  readonly secure: boolean;
  readonly names: { session: string; csrf: string; binding: string };
  private readonly publicOrigin: string | null;
  private readonly csrf: DoubleCsrfUtilities;

  constructor(config: ConfigService) {
    const publicBaseUrl = config.get<string>('PUBLIC_BASE_URL');
    this.secure = config.get<string>('NODE_ENV') === 'production' || (publicBaseUrl?.startsWith('https://') ?? false);
    const prefix = this.secure ? '__Host-' : '';
    this.names = { session: `${prefix}bizportal-session`, csrf: `${prefix}bizportal-csrf`, binding: `${prefix}bizportal-signin` };
    this.publicOrigin = publicBaseUrl ? new URL(publicBaseUrl).origin : null;
    const secret = config.getOrThrow<string>('CSRF_SECRET');
    this.csrf = doubleCsrf({
      getSecret: () => secret,
      // The token is valid only with the session cookie it was issued beside: signing in or out needs a new one.
      getSessionIdentifier: (req) => this.cookie(req, this.names.session) ?? '',
      cookieName: this.names.csrf,
      cookieOptions: { sameSite: 'strict', path: '/', secure: this.secure, httpOnly: true },
      getCsrfTokenFromRequest: (req) => req.get(CSRF_HEADER),
    });
  }

  private base(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' };
  }

  private cookie(req: Request, name: string): string | undefined {
    const cookies = (req as CookieRequest).cookies;
    if (!cookies) throw new Error('Cookies are not parsed: the API must use cookie-parser before its routes');
    const value = cookies[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  /** The session token the browser holds, if any. */
  session(req: Request): string | undefined {
    return this.cookie(req, this.names.session);
  }

  /** Hands the browser its session: httpOnly, SameSite=Lax, lasting as long as the session. */
  setSession(res: Response, token: string, expiresAt: Date): void {
    res.cookie(this.names.session, token, { ...this.base(), expires: expiresAt });
  }

  /** Forgets the session and the CSRF token bound to it. */
  clearSession(res: Response): void {
    res.clearCookie(this.names.session, this.base());
    res.clearCookie(this.names.csrf, { ...this.base(), sameSite: 'strict' });
  }

  /** A CSRF token for this browser's current session (or for none yet), also set as its cookie. */
  csrfToken(req: Request, res: Response): string {
    return this.csrf.generateCsrfToken(req, res);
  }

  /**
   * A write authenticated by the session cookie must come from our own pages: an Origin header, when sent,
   * must be ours, and X-CSRF-Token must match the CSRF cookie issued for this session. 403 otherwise.
   */
  assertSameOriginWrite(req: Request): void {
    if (SAFE_METHODS.has(req.method)) return;
    this.assertOrigin(req);
    if (!this.csrf.validateRequest(req)) {
      const problem = !req.get(CSRF_HEADER) ? `no ${CSRF_HEADER} header` : !this.cookie(req, this.names.csrf) ? 'no CSRF cookie' : 'the token does not match this session';
      throw IdentityErrors.create('CSRF_TOKEN_INVALID', {}, { problem });
    }
  }

  /** Refuses a request whose Origin header names another site (browsers send it on every cross-site write). */
  assertOrigin(req: Request): void {
    const origin = req.get('origin');
    if (origin === undefined) return;
    const own = `${req.protocol}://${req.get('host')}`;
    if (origin !== own && origin !== this.publicOrigin) throw IdentityErrors.create('CSRF_ORIGIN_REFUSED', { origin: origin.slice(0, 200) });
  }

  /** A new binding for a Digital ID sign-in: a random value for the browser's cookie, and its hash for the server. */
  newBinding(): { value: string; hash: string } {
    const value = randomBytes(32).toString('base64url');
    return { value, hash: bindingHash(value) };
  }

  /** Gives the browser that starts a sign-in its binding: httpOnly, SameSite=Lax (sent on the provider's redirect back), 10 minutes. */
  setBinding(res: Response, value: string): void {
    res.cookie(this.names.binding, value, { ...this.base(), maxAge: BINDING_MAX_AGE_MS });
  }

  /** The hash of the binding this browser holds, if any. */
  bindingOf(req: Request): string | undefined {
    const value = this.cookie(req, this.names.binding);
    return value && value.length <= 128 ? bindingHash(value) : undefined;
  }

  clearBinding(res: Response): void {
    res.clearCookie(this.names.binding, this.base());
  }
}
