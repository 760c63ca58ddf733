/**
 * The cost of authenticating one request, in two parts measured in the same process, in alternating
 * order, over several rounds (medians quoted):
 *
 * 1. Session-token checks: the JwtService as the API configures it (sessionTokenOptions: the secret as
 *    a KeyObject) against the same service given the secret as a string, jsonwebtoken's documented usage.
 * 2. The global guard (JwtAuthGuard, the real one) on a signed-in route: the token check plus the check
 *    of its session and account (Sessions.authenticate), remembered for SESSION_CHECK_CACHE_MS (cached)
 *    or read from the database on every request (uncached, SESSION_CHECK_CACHE_MS=0), each against the
 *    bare token check of part 1 measured in the same rounds.
 *
 *   npm run bench:session-token
 *
 * Environment:
 *   BENCH_TOKEN_CHECKS   checks per configuration per round (5000)
 *   BENCH_TOKEN_ROUNDS   measured rounds (5), after one unmeasured warm-up round
 *   BENCH_DATABASE_URL   the sessions' database (a temporary SQLite file); postgres://… for PostgreSQL
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { dataSourceOptions, TransactionRunner } from '@bizportal/database';
// Only types here: the entities' column types follow DATABASE_URL when their module loads, so main() sets it first.
import type { JwtAuthGuard, Sessions } from '@bizportal/identity';
import { median } from './stats';

const CHECKS = Number(process.env.BENCH_TOKEN_CHECKS ?? 5000);
const ROUNDS = Number(process.env.BENCH_TOKEN_ROUNDS ?? 5);

/** Times `CHECKS` sequential calls; answers checks per second. */
async function perSecond(check: () => Promise<void>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < CHECKS; i++) await check();
  return CHECKS / ((performance.now() - started) / 1000);
}

/** Runs each measurement once per round, in an order that alternates between rounds, after one warm-up round. */
async function rounds(measurements: Record<string, () => Promise<void>>): Promise<Record<string, number[]>> {
  const names = Object.keys(measurements);
  const results: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) await perSecond(measurements[name]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) results[name].push(await perSecond(measurements[name]));
  }
  return results;
}

const perCheck = (rates: number[]) => `${median(rates).toFixed(0).padStart(7)} checks/s  ${(1e6 / median(rates)).toFixed(1).padStart(6)} µs each`;
/** Median of per-round ratios of time per check (how many times the baseline's time). */
const timeRatio = (slower: number[], baseline: number[]) => median(slower.map((s, i) => baseline[i] / s)).toFixed(1);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-sessionbench-'));
  const url = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`;
  // Entity column types follow the dialect of DATABASE_URL when their module is loaded: set it, then load them
  // (the lib's public entry by its path: nest build does not resolve the @bizportal/* alias in a dynamic import()).
  process.env.DATABASE_URL = url;
  const { Access, JwtAuthGuard, SessionCookies, SessionEntity, Sessions, sessionTokenOptions, UserEntity } = await import('../libs/identity/src/index.js');
  class SignedInRoute {
    @Access.signedIn('self')
    me(): void {}
  }

  const secret = randomBytes(32).toString('base64');
  const configured = new JwtService(sessionTokenOptions(secret));
  const asString = new JwtService({ ...sessionTokenOptions(secret), secret });

  const dataSource = await new DataSource({ ...dataSourceOptions({ url }), entities: [UserEntity, SessionEntity] }).initialize();
  try {
    const userId = `user-bench-${randomBytes(4).toString('hex')}`;
    await dataSource.getRepository(UserEntity).insert({
      id: userId,
      username: userId.replace('user-', ''),
      displayNameTh: 'ผู้ทดสอบ',
      displayNameEn: 'Bench',
      nationalId: null,
      roles: ['applicant'],
      agencyId: null,
      createdAt: new Date(),
    });
    const sessionsWith = (cacheMs: number) =>
      new Sessions(
        dataSource.getRepository(UserEntity),
        dataSource.getRepository(SessionEntity),
        new TransactionRunner(dataSource),
        configured,
        new ConfigService({ SESSION_CHECK_CACHE_MS: cacheMs }),
      );
    const cached = sessionsWith(5000);
    const { accessToken } = await cached.signIn((await dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId })));
    const cookies = new SessionCookies(new ConfigService({ CSRF_SECRET: randomBytes(32).toString('base64url') }));
    const guardOf = (sessions: Sessions) => new JwtAuthGuard(new Reflector(), sessions, cookies);
    const request: { headers: Record<string, string>; user?: { id: string } } = { headers: { authorization: `Bearer ${accessToken}` } };
    const context = {
      getHandler: () => SignedInRoute.prototype.me,
      getClass: () => SignedInRoute,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    const throughGuard = (guard: JwtAuthGuard) => async () => {
      delete request.user;
      await guard.canActivate(context);
      if ((request.user as { id: string } | undefined)?.id !== userId) throw new Error('the guard did not authenticate the session');
    };
    const verify = (service: JwtService) => async () => {
      const payload = await service.verifyAsync<{ sub: string }>(accessToken);
      if (payload.sub !== userId) throw new Error('the token did not verify to its subject');
    };

    const keys = await rounds({ ours: verify(configured), baseline: verify(asString) });
    const guard = await rounds({ bare: verify(configured), cached: throughGuard(guardOf(cached)), uncached: throughGuard(guardOf(sessionsWith(0))) });

    console.log(`\nSession-token checks, ${CHECKS} per configuration per round, ${ROUNDS} rounds (medians), Node ${process.version}`);
    console.log(`  KeyObject secret (as configured)   ${perCheck(keys.ours)}`);
    console.log(`  string secret (baseline)           ${perCheck(keys.baseline)}`);
    console.log(`  ratio (median of per-round ratios) ${median(keys.ours.map((o, i) => o / keys.baseline[i])).toFixed(1)}x`);
    console.log(`\nThe guard on a signed-in route, token and session checked (${dataSource.options.type}), same rounds`);
    console.log(`  bare token check (no session)      ${perCheck(guard.bare)}`);
    console.log(`  guard, session check cached        ${perCheck(guard.cached)}  ${timeRatio(guard.cached, guard.bare)}x the bare check's time`);
    console.log(`  guard, session check uncached      ${perCheck(guard.uncached)}  ${timeRatio(guard.uncached, guard.bare)}x the bare check's time`);
  } finally {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
