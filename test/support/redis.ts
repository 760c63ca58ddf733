import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis of the scaled-mode suites (CI runs one on the default port). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A Redis key prefix of this run alone (TEST_REDIS_PREFIX, default `bizportal-test`, then the suite and a random part),
 * so suites sharing one Redis never see each other's queues; `clear` deletes this prefix's keys and nothing else.
 */
export function testRedis(suite: string) {
  const prefix = `${process.env.TEST_REDIS_PREFIX ?? 'bizportal-test'}:${suite}:${randomBytes(4).toString('hex')}`;
  const client = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 2 });
  return {
    prefix,
    client,
    env: { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix },
    async keys(): Promise<string[]> {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        keys.push(...batch);
      } while (cursor !== '0');
      return keys;
    },
    async clear(): Promise<void> {
      const keys = await this.keys();
      for (let i = 0; i < keys.length; i += 500) await client.del(...keys.slice(i, i + 500));
    },
    async close(): Promise<void> {
      await this.clear();
      await client.quit();
    },
  };
}
