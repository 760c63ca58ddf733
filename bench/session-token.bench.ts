/**
 * Session-token checks per second: the JwtService as the API configures it (sessionTokenOptions: the
 * secret as a KeyObject) against the same service given the secret as a string, jsonwebtoken's
 * documented usage. Every authenticated request pays for one check. Both run in the same process,
 * in alternating order, over several rounds; medians are quoted.
 *
 *   npm run bench:session-token
 *
 * Environment:
 *   BENCH_TOKEN_CHECKS   checks per configuration per round (5000)
 *   BENCH_TOKEN_ROUNDS   measured rounds (5), after one unmeasured warm-up round
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { JwtService } from '@nestjs/jwt';
import { sessionTokenOptions } from '@bizportal/identity';
import { median } from './stats';

const CHECKS = Number(process.env.BENCH_TOKEN_CHECKS ?? 5000);
const ROUNDS = Number(process.env.BENCH_TOKEN_ROUNDS ?? 5);

async function checksPerSecond(service: JwtService, token: string): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < CHECKS; i++) {
    const payload = await service.verifyAsync<{ sub: string }>(token);
    if (payload.sub !== 'user-somchai') throw new Error('the token did not verify to its subject');
  }
  return CHECKS / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const secret = randomBytes(32).toString('base64');
  const configured = new JwtService(sessionTokenOptions(secret));
  const asString = new JwtService({ ...sessionTokenOptions(secret), secret });
  const token = await configured.signAsync({ sub: 'user-somchai', username: 'somchai', roles: ['applicant'], agencyId: null });
  // Each accepts the other's token: the same key, only its form differs.
  await asString.verifyAsync(token);
  await checksPerSecond(configured, token);
  await checksPerSecond(asString, token);

  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [false, true] : [true, false];
    for (const isOurs of order) (isOurs ? ours : baseline).push(await checksPerSecond(isOurs ? configured : asString, token));
  }
  const ratios = ours.map((o, i) => o / baseline[i]);
  console.log(`\nSession-token checks, ${CHECKS} per configuration per round, ${ROUNDS} rounds (medians), Node ${process.version}`);
  console.log(`  KeyObject secret (as configured)  ${median(ours).toFixed(0)} checks/s  ${(1e6 / median(ours)).toFixed(1)} µs each`);
  console.log(`  string secret (baseline)          ${median(baseline).toFixed(0)} checks/s  ${(1e6 / median(baseline)).toFixed(1)} µs each`);
  console.log(`  ratio (median of per-round ratios) ${median(ratios).toFixed(1)}x`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
