import type * as BullMq from 'bullmq';
import type * as IoRedis from 'ioredis';

// BullMQ and ioredis are loaded on first use: only the scaled mode (REDIS_URL) needs them, and loading them at import
// added about 0.35 s to every start of the API, which runs without Redis by default.

/** The bullmq module, loaded on first call. */
export function bullmq(): typeof BullMq {
  return require('bullmq') as typeof BullMq;
}

/** The ioredis module, loaded on first call. */
export function ioredis(): typeof IoRedis {
  return require('ioredis') as typeof IoRedis;
}
