import { Injectable, type ExecutionContext } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { RequestErrors } from '@bizportal/common';
import { RATE_LIMIT_GROUP, type RateLimitGroup } from '@bizportal/identity';
import type { JobsSettings, RedisConnection } from '@bizportal/jobs';
import { RedisThrottlerStorage } from './redis-throttler-storage';

const groupOf = (context: ExecutionContext): RateLimitGroup | undefined => Reflect.getMetadata(RATE_LIMIT_GROUP, context.getHandler());

/**
 * One throttler for the routes marked `@RateLimit(group)`: each route counts its own calls per client
 * address (`req.ip`, so TRUST_PROXY must name the reverse proxy) in a window of RATE_LIMIT_WINDOW_SECONDS.
 * With REDIS_URL the counts live in Redis, shared by every API process; without it, each process counts in memory.
 */
export function rateLimitOptions(config: ConfigService, jobs: JobsSettings, redis: RedisConnection): ThrottlerModuleOptions {
  const limits: Record<RateLimitGroup, number> = {
    'sign-in': config.getOrThrow<number>('RATE_LIMIT_SIGN_IN'),
    verify: config.getOrThrow<number>('RATE_LIMIT_VERIFY'),
    quiz: config.getOrThrow<number>('RATE_LIMIT_QUIZ'),
    complaint: config.getOrThrow<number>('RATE_LIMIT_COMPLAINT'),
    'hearing-comment': config.getOrThrow<number>('RATE_LIMIT_HEARING_COMMENT'),
  };
  return {
    throttlers: [
      {
        ttl: config.getOrThrow<number>('RATE_LIMIT_WINDOW_SECONDS') * 1000,
        limit: (context) => limits[groupOf(context)!],
        skipIf: (context) => groupOf(context) === undefined,
      },
    ],
    storage: jobs.queued ? new RedisThrottlerStorage(redis.forRequests, `${jobs.prefix}:throttle`) : undefined,
  };
}

/** The throttler's guard, answering in the API's error shape: 429 `RATE_LIMITED`, with `Retry-After` in seconds. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    // The base guard has already set Retry-After to the same number of seconds. Comments on a hearing have their own code.
    const code = groupOf(context) === 'hearing-comment' ? 'RATE_LIMIT_HEARING_COMMENT' : 'RATE_LIMITED';
    throw RequestErrors.create(code, { seconds: detail.timeToBlockExpire }, { retryAfterSeconds: detail.timeToBlockExpire });
  }
}
