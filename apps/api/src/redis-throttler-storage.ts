import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { RequestErrors } from '@bizportal/common';

/**
 * One atomic step of a rate limit in Redis. KEYS[1] counts the calls of the window (it expires with the window),
 * KEYS[2] marks a blocked client (it expires when the block ends, and holds the count that caused it).
 * ARGV: window ms, limit, block ms. Returns { total hits, ms to the window's end, blocked 0/1, ms to the block's end }.
 * Like @nestjs/throttler's in-memory store: a blocked client's calls are not counted, and once the block ends the
 * count starts again from one. A block of 0 ms refuses calls over the limit until the window ends.
 */
const INCREMENT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return { tonumber(redis.call('GET', KEYS[2])), blockLeft, 1, blockLeft }
end
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local block = tonumber(ARGV[3])
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  left = ttl
end
if hits <= limit then
  return { hits, left, 0, 0 }
end
if block <= 0 then
  return { hits, left, 1, left }
end
redis.call('SET', KEYS[2], hits, 'PX', block)
redis.call('DEL', KEYS[1])
return { hits, left, 1, block }
`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;
type IncrementCommand = (hitsKey: string, blockKey: string, ttl: number, limit: number, block: number) => Promise<[number, number, number, number]>;

/** The throttler's counts in Redis (REDIS_URL), so that every API process counts the same calls. */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly incrementInRedis: IncrementCommand;

  /** `prefix` is the deployment's (REDIS_PREFIX) followed by `:throttle`. */
  constructor(redis: Redis, private readonly prefix: string) {
    // Sent once, then called by its SHA (EVALSHA).
    redis.defineCommand('bizportalThrottle', { numberOfKeys: 2, lua: INCREMENT });
    const command = (redis as unknown as { bizportalThrottle: IncrementCommand }).bizportalThrottle;
    this.incrementInRedis = command.bind(redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const base = `${this.prefix}:${throttlerName}:${key}`;
    // Without its counts the limit cannot be kept, so the request is refused (fail closed) with the reason, not a 500.
    const [totalHits, msToExpire, blocked, msToBlockExpire] = await this.incrementInRedis(`${base}:hits`, `${base}:blocked`, ttl, limit, blockDuration).catch(() => {
      throw RequestErrors.create('SERVICE_UNHEALTHY', { down: 'redis' });
    });
    // The throttler works in seconds (the Retry-After and X-RateLimit-Reset headers).
    return {
      totalHits,
      timeToExpire: Math.ceil(msToExpire / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(msToBlockExpire / 1000),
    };
  }
}
