import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type * as Oidc from 'openid-client';
import { IsNull, LessThan, MoreThan } from 'typeorm';
import { thaiNationalIdProblem, type DomainError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { Sessions, type SignedIn } from '../sessions/sessions.service';
import { UserAccounts } from '../user-accounts.service';
import type { DigitalIdCallbackQuery } from './digital-id-callback.dto';
import { DigitalIdErrors } from './digital-id-errors';
import { OidcLoginAttemptEntity } from './oidc-login-attempt.entity';

/** A started sign-in may be finished within this time, once. */
export const LOGIN_ATTEMPT_TTL_MS = 10 * 60 * 1000;
/** Attempts, used or abandoned, are deleted a day after they expire (kept that long for support questions). */
const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface DigitalIdSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope: string;
  clientAuth: 'client_secret_basic' | 'client_secret_post';
  timeoutMs: number;
  /** Plain-HTTP issuer (the local provider); environment.ts allows it outside production only. */
  allowInsecure: boolean;
}

/** The longest `?returnTo=` kept. */
const RETURN_TO_MAX = 500;

/**
 * `returnTo` when it is a path on this site, else a 400: it must start with one `/` (not `//` or `/\\`, which
 * browsers read as another host), hold no backslash or control character, and stay on the origin when resolved.
 */
export function safeReturnTo(returnTo: string | undefined): string | null {
  if (returnTo === undefined) return null;
  const base = 'https://portal.invalid';
  const refused = () => DigitalIdErrors.create('DIGITAL_ID_RETURN_TO_INVALID', {}, [{ field: 'returnTo', problem: 'not a path on this site' }]);
  if (returnTo.length > RETURN_TO_MAX || !/^\/(?![/\\])/.test(returnTo) || /[\\\u0000-\u001f\u007f]/.test(returnTo)) throw refused();
  let resolved: URL;
  try {
    resolved = new URL(returnTo, base);
  } catch {
    throw refused();
  }
  if (resolved.origin !== base) throw refused();
  return returnTo;
}

/** The first `key` found along an error's chain of causes (openid-client wraps oauth4webapi's errors). */
function fromCauses(error: unknown, key: string): unknown {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as Record<string, unknown>, depth++) {
    if (e[key] !== undefined) return e[key];
  }
  return undefined;
}

/**
 * Could not reach the provider: connection refused or dropped, DNS failure, timeout. Judged by name and message, as
 * fetch's errors may come from another realm (Jest's sandbox) and then arrive wrapped in a ClientError.
 */
function isUnreachable(error: unknown): boolean {
  for (let e = error as { name?: string; message?: string; code?: string; cause?: unknown } | undefined, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.name === 'TypeError' && e.message === 'fetch failed') return true;
    if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'OAUTH_TIMEOUT' || e.code === 'OAUTH_ABORT') return true;
  }
  return false;
}

/** Why an ID token or token response was refused, in words a support desk can use. */
function refusalDetail(error: Oidc.ClientError): string {
  const claim = fromCauses(error, 'claim') as string | undefined;
  const message = String((error.cause as Error | undefined)?.message ?? error.message);
  switch (error.code) {
    case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
      return `the ID token's ${claim ?? 'claims'} does not match this sign-in`;
    case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
      return `the ID token has expired or is not yet valid (${claim ?? 'exp'})`;
    case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
      return `the answer's ${(fromCauses(error, 'attribute') as string | undefined) ?? 'attributes'} do not match this sign-in`;
    case 'OAUTH_KEY_SELECTION_FAILED':
      return 'the ID token signature is not valid (no matching key)';
    case 'OAUTH_INVALID_RESPONSE':
      return /signature/i.test(message) ? 'the ID token signature is not valid' : `the answer is invalid (${message})`;
    default:
      return `${message}${error.code ? ` (${error.code})` : ''}`;
  }
}

/**
 * Sign-in with the national Digital ID (OpenID Connect, authorization code flow with PKCE S256) through the
 * certified `openid-client`: state, nonce and verifier stay on the server in oidc_login_attempts; the ID token's
 * signature, issuer, audience, expiry and nonce are checked; the citizen's portal account is found or made by
 * national ID (`pid` claim).
 */
@Injectable()
export class DigitalIdService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigitalIdService.name);
  private discovered?: Promise<Oidc.Configuration>;
  private cleanup?: ScheduledJobHandle;

  constructor(
    private readonly accounts: UserAccounts,
    private readonly sessions: Sessions,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.cleanup = this.jobs.schedule({
      name: 'digital-id-cleanup',
      everyMs: this.config.get<number>('DIGITAL_ID_CLEANUP_INTERVAL_MS') ?? 0,
      run: async () => {
        const deleted = await this.deleteOldAttempts();
        if (deleted > 0) this.logger.log(`Deleted ${deleted} Digital ID sign-in attempts that expired over a day ago`);
      },
      onError: (error) => this.logger.warn(`Deleting old Digital ID sign-in attempts failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cleanup?.stop();
  }

  /** Deletes the attempts that expired over a day ago, used or not; returns how many. */
  async deleteOldAttempts(now = new Date()): Promise<number> {
    const result = await this.transactions.run((manager) =>
      manager.delete(OidcLoginAttemptEntity, { expiresAt: LessThan(new Date(now.getTime() - ATTEMPT_RETENTION_MS)) }),
    );
    return result.affected ?? 0;
  }

  settings(): DigitalIdSettings {
    const issuer = this.config.get<string>('DIGITAL_ID_ISSUER');
    const clientId = this.config.get<string>('DIGITAL_ID_CLIENT_ID');
    const clientSecret = this.config.get<string>('DIGITAL_ID_CLIENT_SECRET');
    if (!issuer || !clientId || !clientSecret) throw DigitalIdErrors.create('DIGITAL_ID_NOT_CONFIGURED');
    const url = new URL(issuer);
    return {
      issuer: url,
      clientId,
      clientSecret,
      redirectUri: this.config.getOrThrow<string>('DIGITAL_ID_REDIRECT_URI'),
      scope: this.config.get<string>('DIGITAL_ID_SCOPE') ?? 'openid pid profile',
      clientAuth: this.config.get<DigitalIdSettings['clientAuth']>('DIGITAL_ID_CLIENT_AUTH') ?? 'client_secret_basic',
      timeoutMs: this.config.get<number>('DIGITAL_ID_TIMEOUT_MS') ?? 10000,
      allowInsecure: url.protocol === 'http:',
    };
  }

  /** The provider's metadata, fetched once (a failure is not remembered, so the next sign-in tries again). */
  private configuration(settings: DigitalIdSettings): Promise<Oidc.Configuration> {
    this.discovered ??= (async () => {
      const auth = settings.clientAuth === 'client_secret_post' ? oidc().ClientSecretPost(settings.clientSecret) : oidc().ClientSecretBasic(settings.clientSecret);
      const execute = [oidc().enableNonRepudiationChecks, ...(settings.allowInsecure ? [oidc().allowInsecureRequests] : [])];
      const configuration = await oidc().discovery(settings.issuer, settings.clientId, undefined, auth, { execute, timeout: settings.timeoutMs / 1000 });
      configuration.timeout = settings.timeoutMs / 1000;
      return configuration;
    })();
    return this.discovered.catch((error: unknown) => {
      this.discovered = undefined;
      this.logger.warn(`Digital ID discovery at ${settings.issuer.href} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw DigitalIdErrors.create('DIGITAL_ID_UNAVAILABLE');
    });
  }

  /**
   * Starts a sign-in: remembers state, nonce, PKCE verifier, the hash of the browser's binding cookie and where to
   * return, and returns the provider's authorization URL.
   */
  async startLogin(start: { bindingHash: string; returnTo?: string }): Promise<string> {
    const returnTo = safeReturnTo(start.returnTo);
    const settings = this.settings();
    const configuration = await this.configuration(settings);
    const state = oidc().randomState();
    const nonce = oidc().randomNonce();
    const codeVerifier = oidc().randomPKCECodeVerifier();
    const url = oidc().buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUri,
      scope: settings.scope,
      state,
      nonce,
      code_challenge: await oidc().calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      // Always ask who is signing in: on a shared computer the last person's provider session must not carry over.
      prompt: 'login',
    });
    const now = new Date();
    await this.transactions.run((manager) =>
      manager.insert(OidcLoginAttemptEntity, {
        state,
        nonce,
        codeVerifier,
        redirectUri: settings.redirectUri,
        browserBindingHash: start.bindingHash,
        returnTo,
        createdAt: now,
        expiresAt: new Date(now.getTime() + LOGIN_ATTEMPT_TTL_MS),
        usedAt: null,
      }),
    );
    return url.href;
  }

  /**
   * Finishes a sign-in at the callback: in the browser that started it (the hash of its binding cookie), one use of
   * the state, the code exchanged and the ID token checked. Answers the session and where the browser goes next.
   */
  async finishLogin(query: DigitalIdCallbackQuery, bindingHash: string | undefined): Promise<{ signedIn: SignedIn; returnTo: string | null }> {
    const settings = this.settings();
    if (!bindingHash) throw DigitalIdErrors.create('DIGITAL_ID_BROWSER_MISMATCH', {}, [{ field: 'cookie', problem: 'no sign-in cookie' }]);
    const attempt = await this.useAttempt(query.state, bindingHash);
    const configuration = await this.configuration(settings);

    const current = new URL(attempt.redirectUri);
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') current.searchParams.set(key, value);
    let tokens: Awaited<ReturnType<typeof Oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc().authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw this.translate(error);
    }
    const claims = tokens.claims();
    if (!claims) throw DigitalIdErrors.create('DIGITAL_ID_NO_ID_TOKEN');

    const problem = thaiNationalIdProblem(claims.pid);
    if (problem) {
      this.logger.warn(`Digital ID ${settings.issuer.origin} sent an invalid national ID for subject ${claims.sub}`);
      throw DigitalIdErrors.create('DIGITAL_ID_INVALID_NATIONAL_ID', { problem });
    }
    const text = (name: string) => (typeof claims[name] === 'string' && (claims[name] as string).trim() ? (claims[name] as string).trim() : undefined);
    const joined = (...names: string[]) => names.map(text).filter(Boolean).join(' ') || undefined;
    const thai = text('name_th') ?? joined('given_name_th', 'family_name_th');
    const english = text('name') ?? joined('given_name', 'family_name');
    if (!thai && !english) throw DigitalIdErrors.create('DIGITAL_ID_NO_NAME');
    const user = await this.accounts.findOrCreateCitizen({ nationalId: claims.pid as string, displayNameTh: thai ?? english!, displayNameEn: english ?? thai! });
    this.logger.log(`Digital ID sign-in of ${user.username} (acr ${String(claims.acr ?? 'not stated')})`);
    return { signedIn: await this.sessions.signIn(user), returnTo: attempt.returnTo };
  }

  /**
   * Marks the attempt used, in one statement, so a replayed or concurrent callback gets nothing. Another browser's
   * callback (no or another binding) leaves the attempt as it was: the browser that started it can still finish.
   */
  private async useAttempt(state: string, bindingHash: string): Promise<OidcLoginAttemptEntity> {
    const now = new Date();
    const { used, row } = await this.transactions.run(async (manager) => {
      const result = await manager.update(OidcLoginAttemptEntity, { state, browserBindingHash: bindingHash, usedAt: IsNull(), expiresAt: MoreThan(now) }, { usedAt: now });
      return { used: result.affected === 1, row: await manager.findOneBy(OidcLoginAttemptEntity, { state }) };
    });
    if (used && row) return row;
    if (!row) throw DigitalIdErrors.create('DIGITAL_ID_STATE_UNKNOWN', {}, [{ field: 'state', problem: 'unknown' }]);
    if (row.browserBindingHash !== bindingHash) throw DigitalIdErrors.create('DIGITAL_ID_BROWSER_MISMATCH', {}, [{ field: 'cookie', problem: 'started in another browser' }]);
    if (row.usedAt) throw DigitalIdErrors.create('DIGITAL_ID_STATE_USED', {}, [{ field: 'state', problem: 'already used' }]);
    throw DigitalIdErrors.create('DIGITAL_ID_STATE_EXPIRED', {}, [{ field: 'state', problem: 'expired' }]);
  }

  /**
   * What the provider's refusal means to our caller: 401 when it refused the sign-in, the code or our
   * client credentials, or its answer failed a check; 503 when it could not be reached or failed itself.
   */
  private translate(error: unknown): DomainError | Error {
    const withDescription = (code: string, description?: string) => `${code}${description ? ` (${description})` : ''}`;
    if (error instanceof oidc().AuthorizationResponseError) {
      if (error.error === 'access_denied') return DigitalIdErrors.create('DIGITAL_ID_SIGN_IN_CANCELLED');
      return DigitalIdErrors.create('DIGITAL_ID_SIGN_IN_REFUSED', { reason: withDescription(error.error, error.error_description) });
    }
    if (error instanceof oidc().WWWAuthenticateChallengeError || (error instanceof oidc().ResponseBodyError && error.error === 'invalid_client')) {
      this.logger.error(`Digital ID refused our client credentials (DIGITAL_ID_CLIENT_ID, DIGITAL_ID_CLIENT_SECRET, DIGITAL_ID_CLIENT_AUTH): ${error.message}`);
      return DigitalIdErrors.create('DIGITAL_ID_CLIENT_REFUSED');
    }
    if (error instanceof oidc().ResponseBodyError) {
      if (error.status >= 500) return DigitalIdErrors.create('DIGITAL_ID_UNAVAILABLE');
      return DigitalIdErrors.create('DIGITAL_ID_CODE_REFUSED', { reason: withDescription(error.error, error.error_description) });
    }
    if (isUnreachable(error)) {
      this.logger.warn(`Digital ID unreachable: ${error instanceof Error ? error.message : String(error)} ${String(fromCauses((error as Error).cause, 'message') ?? '')}`);
      return DigitalIdErrors.create('DIGITAL_ID_UNAVAILABLE');
    }
    if (error instanceof oidc().ClientError && error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && ((error.cause as Response | undefined)?.status ?? 0) >= 500) {
      return DigitalIdErrors.create('DIGITAL_ID_UNAVAILABLE');
    }
    if (error instanceof oidc().ClientError) return DigitalIdErrors.create('DIGITAL_ID_ANSWER_INVALID', { detail: refusalDetail(error) });
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** openid-client, required on the first sign-in rather than at every start of the API. */
function oidc(): typeof Oidc {
  return require('openid-client') as typeof Oidc;
}
