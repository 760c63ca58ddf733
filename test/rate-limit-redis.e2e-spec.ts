import { randomBytes } from 'node:crypto';
import { RedisThrottlerStorage } from '../apps/api/src/redis-throttler-storage';
import { apiProcess } from './support/api-child';
import { testRedis } from './support/redis';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(300_000);

const QUIZ = '/api/v1/businesses/restaurant/quiz';

/**
 * With REDIS_URL the API starts (it used to ask for a package that is not installed) and its rate limits count in
 * Redis: two API processes share one count per client address and route.
 */
describe('Rate limits in Redis (REDIS_URL)', () => {
  const redis = testRedis('rate-limit');
  let t: TestApp;
  let other: Awaited<ReturnType<typeof apiProcess>>;

  beforeAll(async () => {
    // Both processes read the client's address from X-Forwarded-For (the proxy is the loopback), as behind a load balancer.
    const env = { ...redis.env, TRUST_PROXY: 'loopback', RATE_LIMIT_QUIZ: '4', JWT_SECRET: randomBytes(32).toString('base64url') };
    t = await startTestApp(env);
    other = await apiProcess(env);
  });
  afterAll(async () => {
    other?.child.kill('SIGKILL');
    await other?.exited;
    await t?.close();
    await redis.close();
  });

  const here = (from: string) => t.http.post(QUIZ).set('x-forwarded-for', from).send({ answers: {} });
  const there = async (from: string) => {
    const res = await fetch(`${other.url}${QUIZ}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify({ answers: {} }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { code?: string } };
  };

  it('counts one client\'s calls across two API processes: the fifth is refused by either', async () => {
    const client = '203.0.113.40';
    expect((await here(client)).status).toBe(200);
    expect((await there(client)).status).toBe(200);
    expect((await here(client)).status).toBe(200);
    expect((await there(client)).status).toBe(200);
    const refusedThere = await there(client);
    expect({ status: refusedThere.status, code: refusedThere.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refusedThere.retryAfter)).toBeGreaterThan(0);
    expect(Number(refusedThere.retryAfter)).toBeLessThanOrEqual(60);
    const refusedHere = await here(client);
    expect({ status: refusedHere.status, code: refusedHere.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    // Another address is counted apart, in both processes.
    expect((await there('203.0.113.41')).status).toBe(200);
    expect((await here('203.0.113.41')).status).toBe(200);
    // The counts are in Redis under the deployment's prefix.
    expect((await redis.keys()).some((key) => key.startsWith(`${redis.prefix}:throttle:`))).toBe(true);
  });

  it('/health answers for Redis too: up here; 503 SERVICE_UNHEALTHY from an API whose Redis does not answer, for /health and for rate-limited routes', async () => {
    const here = await t.http.get('/health').expect(200);
    expect(here.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
    // A port nothing listens on: the process starts, but says it cannot hand work to the workers.
    const cut = await apiProcess({ ...redis.env, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await fetch(`${cut.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        statusCode: 503,
        code: 'SERVICE_UNHEALTHY',
        message: expect.stringContaining('The service cannot serve: redis not answering'),
        details: { status: 'error', info: { database: { status: 'up' } }, error: { redis: { status: 'down' } } },
      });
      // A rate-limited route cannot keep its limit without Redis: refused with the same reason, not a 500.
      const quiz = await fetch(`${cut.url}${QUIZ}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: {} }) });
      expect(quiz.status).toBe(503);
      expect(await quiz.json()).toMatchObject({ code: 'SERVICE_UNHEALTHY', message: expect.stringContaining('redis not answering') });
    } finally {
      cut.child.kill('SIGKILL');
      await cut.exited;
    }
  });

  describe('the storage itself', () => {
    const storage = () => new RedisThrottlerStorage(redis.client, `${redis.prefix}:throttle`);
    const key = () => randomBytes(8).toString('hex');

    it('counts to the limit, blocks for the block time without counting, then starts again from one', async () => {
      const s = storage();
      const k = key();
      expect(await s.increment(k, 1000, 2, 1500, 'default')).toEqual({ totalHits: 1, timeToExpire: 1, isBlocked: false, timeToBlockExpire: 0 });
      expect(await s.increment(k, 1000, 2, 1500, 'default')).toMatchObject({ totalHits: 2, isBlocked: false });
      expect(await s.increment(k, 1000, 2, 1500, 'default')).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 2 });
      // Still blocked after the window would have ended; blocked calls are not counted.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await s.increment(k, 1000, 2, 1500, 'default')).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 1 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await s.increment(k, 1000, 2, 1500, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
    });

    it('keeps throttlers apart and counts concurrent calls atomically', async () => {
      const s = storage();
      const k = key();
      const results = await Promise.all(Array.from({ length: 40 }, () => s.increment(k, 5000, 100, 5000, 'default')));
      expect(results.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await s.increment(k, 5000, 100, 5000, 'other')).toMatchObject({ totalHits: 1 });
      // Over the limit from two storages (two processes) at once: exactly the limit passes.
      const k2 = key();
      const [one, two] = [storage(), storage()];
      const calls = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).increment(k2, 5000, 10, 5000, 'default')));
      expect(calls.filter((r) => !r.isBlocked)).toHaveLength(10);
    });

    it('without a block time refuses calls over the limit until the window ends', async () => {
      const s = storage();
      const k = key();
      await s.increment(k, 800, 1, 0, 'default');
      expect(await s.increment(k, 800, 1, 0, 'default')).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(await s.increment(k, 800, 1, 0, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
    });
  });
});
