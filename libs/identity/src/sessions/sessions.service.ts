import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, MoreThan, Repository, type EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { authenticatedUserOf, type AuthenticatedUser } from '../authenticated-user';
import { UserEntity } from '../entities';
import { IdentityErrors } from '../identity-errors';
import { SessionEntity } from './session.entity';

/** How long a request may rely on an earlier check of the same session (SESSION_CHECK_CACHE_MS). */
export const DEFAULT_SESSION_CHECK_CACHE_MS = 5000;
/** Sessions checked recently enough to be remembered; beyond this the oldest is forgotten. */
const CACHED_SESSIONS_MAX = 10_000;
/** Ended sessions are deleted a day after they expire. */
const SESSION_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface SignedIn {
  accessToken: string;
  user: AuthenticatedUser;
  /** When the session (and its token) ends. */
  expiresAt: Date;
}

export interface Authenticated {
  user: AuthenticatedUser;
  sessionId: string;
}

interface SessionClaims {
  sub?: unknown;
  sid?: unknown;
  exp?: unknown;
  roles?: unknown;
}

type Refusal = 'ACCOUNT_REMOVED' | 'SESSION_REVOKED';

/** What the database says about a session and its account at one moment. */
interface SessionCheck {
  userId: string;
  user: AuthenticatedUser | null;
  refusal: Refusal | null;
  expiresAt: number;
  checkedAt: number;
}

/**
 * Sessions: each sign-in is a row whose id the bearer token carries (`sid`). Every request is checked
 * against that row and against the account as it is now (roles, office, existence); the token's own
 * roles are not trusted. A check is remembered in this process for SESSION_CHECK_CACHE_MS, and
 * forgotten at once when the session or account is changed through this process.
 */
@Injectable()
export class Sessions {
  private readonly checks = new Map<string, SessionCheck>();
  private readonly cacheMs: number;
  /** Bumped on every forget, so a check read before a change is not remembered after it. */
  private generation = 0;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly transactions: TransactionRunner,
    private readonly jwt: JwtService,
    config: ConfigService,
  ) {
    this.cacheMs = config.get<number>('SESSION_CHECK_CACHE_MS') ?? DEFAULT_SESSION_CHECK_CACHE_MS;
  }

  /** Starts a session for a stored account and answers its bearer token: what dev login and Digital ID sign-in both answer. */
  async signIn(account: UserEntity): Promise<SignedIn> {
    const user = authenticatedUserOf(account);
    const sid = randomBytes(18).toString('base64url');
    const { id, ...claims } = user;
    const accessToken = await this.jwt.signAsync({ sub: id, sid, ...claims });
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    const now = new Date();
    const expiresAt = new Date(exp * 1000);
    await this.transactions.run(async (manager) => {
      await manager.delete(SessionEntity, { expiresAt: LessThan(new Date(now.getTime() - SESSION_RETENTION_MS)) });
      await manager.insert(SessionEntity, { id: sid, userId: id, createdAt: now, expiresAt, revokedAt: null });
    });
    return { accessToken, user, expiresAt };
  }

  /** The signed-in person a bearer token stands for, as her account is now; a 401 with its code otherwise. */
  async authenticate(token: string): Promise<Authenticated> {
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch (error) {
      throw IdentityErrors.create((error as Error).name === 'TokenExpiredError' ? 'SESSION_EXPIRED' : 'TOKEN_INVALID');
    }
    if (typeof claims.exp !== 'number') throw IdentityErrors.create('TOKEN_CLAIM_MISSING', { claim: 'exp' });
    if (typeof claims.sid !== 'string' || claims.sid === '') throw IdentityErrors.create('TOKEN_CLAIM_MISSING', { claim: 'sid' });
    if (typeof claims.sub !== 'string' || claims.sub === '') throw IdentityErrors.create('TOKEN_CLAIM_MISSING', { claim: 'sub' });
    if (!Array.isArray(claims.roles)) throw IdentityErrors.create('TOKEN_CLAIM_MISSING', { claim: 'roles' });

    const check = await this.check(claims.sid, claims.sub);
    if (check.userId !== claims.sub) throw IdentityErrors.create('TOKEN_INVALID');
    if (check.refusal) throw IdentityErrors.create(check.refusal);
    if (check.expiresAt <= Date.now()) throw IdentityErrors.create('SESSION_EXPIRED');
    return { user: check.user!, sessionId: claims.sid };
  }

  /** Signing out: the session ends now, here and (within SESSION_CHECK_CACHE_MS) in every other process. */
  async revoke(sessionId: string): Promise<void> {
    await this.transactions.run((manager) => manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() }));
    this.forgetSession(sessionId);
  }

  /** Ends every open session of an account, inside the caller's transaction; call forgetUser once it commits. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<number> {
    const now = new Date();
    const result = await manager.update(SessionEntity, { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) }, { revokedAt: now });
    return result.affected ?? 0;
  }

  /** Drops what this process remembers about an account's sessions (after a change to it has committed). */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [sid, check] of this.checks) if (check.userId === userId) this.checks.delete(sid);
  }

  private forgetSession(sessionId: string): void {
    this.generation++;
    this.checks.delete(sessionId);
  }

  private async check(sid: string, sub: string): Promise<SessionCheck> {
    const now = Date.now();
    const remembered = this.checks.get(sid);
    if (remembered && now - remembered.checkedAt < this.cacheMs) return remembered;
    const generation = this.generation;
    const check = await this.load(sid, sub, now);
    if (this.cacheMs > 0 && generation === this.generation) {
      this.checks.delete(sid);
      if (this.checks.size >= CACHED_SESSIONS_MAX) this.checks.delete(this.checks.keys().next().value!);
      this.checks.set(sid, check);
    }
    return check;
  }

  private async load(sid: string, sub: string, now: number): Promise<SessionCheck> {
    const [account, session] = await Promise.all([this.users.findOneBy({ id: sub }), this.sessions.findOneBy({ id: sid })]);
    const base = { userId: session?.userId ?? sub, checkedAt: now, expiresAt: session?.expiresAt.getTime() ?? 0 };
    if (!account) return { ...base, user: null, refusal: 'ACCOUNT_REMOVED' };
    // No row: ended and deleted since, or never issued here.
    if (!session || session.revokedAt) return { ...base, user: null, refusal: 'SESSION_REVOKED' };
    return { ...base, user: authenticatedUserOf(account), refusal: null };
  }
}
