import { Injectable, type ExecutionContext } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import { RequestErrors } from '@bizportal/common';
import { RATE_LIMIT_GROUP, type RateLimitGroup } from '@bizportal/identity';

const groupOf = (context: ExecutionContext): RateLimitGroup | undefined => Reflect.getMetadata(RATE_LIMIT_GROUP, context.getHandler());

/**
 * One throttler for the routes marked `@RateLimit(group)`: each route counts its own calls per client
 * address (`req.ip`, so TRUST_PROXY must name the reverse proxy) in a window of RATE_LIMIT_WINDOW_SECONDS.
 */
export function rateLimitOptions(config: ConfigService): ThrottlerModuleOptions {
  const limits: Record<RateLimitGroup, number> = {
    'sign-in': config.getOrThrow<number>('RATE_LIMIT_SIGN_IN'),
    verify: config.getOrThrow<number>('RATE_LIMIT_VERIFY'),
    quiz: config.getOrThrow<number>('RATE_LIMIT_QUIZ'),
  };
  return {
    throttlers: [
      {
        ttl: config.getOrThrow<number>('RATE_LIMIT_WINDOW_SECONDS') * 1000,
        limit: (context) => limits[groupOf(context)!],
        skipIf: (context) => groupOf(context) === undefined,
      },
    ],
    storage: redisStorage(config.get<string>('REDIS_URL')),
  };
}

/**
 * Shared counts for several API processes. The store is an optional package, loaded only when REDIS_URL
 * is set; without REDIS_URL each process counts in memory.
 */
function redisStorage(url: string | undefined): ThrottlerStorage | undefined {
  if (!url) return undefined;
  let store: { ThrottlerStorageRedisService: new (url: string) => ThrottlerStorage };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    store = require('@nest-lab/throttler-storage-redis');
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error('Invalid environment:\n  REDIS_URL is set, but the Redis store for rate limits is not installed: npm install @nest-lab/throttler-storage-redis ioredis');
  }
  return new store.ThrottlerStorageRedisService(url);
}

/** The throttler's guard, answering in the API's error shape: 429 `RATE_LIMITED`, with `Retry-After` in seconds. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    // The base guard has already set Retry-After to the same number of seconds.
    throw RequestErrors.create('RATE_LIMITED', { seconds: detail.timeToBlockExpire }, { retryAfterSeconds: detail.timeToBlockExpire });
  }
}
