import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { RedisConnection } from './redis-connection';

/** Terminus check of Redis for a process's /health: up when it answers PING within a second. */
export async function checkRedis(indicators: HealthIndicatorService, redis: RedisConnection): Promise<HealthIndicatorResult<'redis'>> {
  const indicator = indicators.check('redis');
  try {
    await redis.ping(1000);
    return indicator.up();
  } catch (error) {
    return indicator.down({ message: (error as Error).message });
  }
}
