import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ioredis } from './redis-modules';
import { JobsSettings } from './jobs-settings';

/**
 * The process's connections to REDIS_URL, opened on first use. BullMQ gets one whose commands wait for Redis to come
 * back (it requires maxRetriesPerRequest: null); request paths (rate limits, health) get one that fails after a few
 * retries, so a request never hangs on a Redis that is down.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisConnection.name);
  private queueClient?: Redis;
  private requestClient?: Redis;

  constructor(private readonly settings: JobsSettings) {}

  get forQueues(): Redis {
    this.queueClient ??= this.open({ maxRetriesPerRequest: null, connectionName: `${this.settings.processName}:queues` });
    return this.queueClient;
  }

  get forRequests(): Redis {
    this.requestClient ??= this.open({ maxRetriesPerRequest: 2, connectionName: `${this.settings.processName}:requests` });
    return this.requestClient;
  }

  /** `up` when Redis answers PING within `timeoutMs`. */
  async ping(timeoutMs = 2000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs)));
    try {
      await Promise.race([this.forRequests.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.queueClient, this.requestClient].map((client) => client?.quit().catch(() => client.disconnect())));
  }

  private open(options: { maxRetriesPerRequest: number | null; connectionName: string }): Redis {
    const url = this.settings.redisUrl;
    if (!url) throw new Error('REDIS_URL is not set');
    const client = new (ioredis().Redis)(url, options);
    // ioredis reconnects by itself: say once that Redis is unreachable, and once that it is back.
    let down = false;
    client.on('error', (error: Error) => {
      if (!down) this.logger.warn(`Redis (${options.connectionName}) unreachable: ${error.message}`);
      down = true;
    });
    client.on('ready', () => {
      if (down) this.logger.log(`Redis (${options.connectionName}) reachable again`);
      down = false;
    });
    return client;
  }
}
