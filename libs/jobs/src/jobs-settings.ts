import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

/**
 * What a process does with jobs when REDIS_URL is set: the API only hands work to the queues; a worker also takes it
 * from them and runs the scheduled jobs. Without REDIS_URL every process runs everything itself (the embedded mode).
 */
export type ProcessRole = 'api' | 'worker';

export const PROCESS_ROLE = Symbol('PROCESS_ROLE');

export const DEFAULT_REDIS_PREFIX = 'bizportal';

@Injectable()
export class JobsSettings {
  /** Names this process on the queues and in the rows it claims: host, process id. */
  readonly processName = `${hostname()}:${process.pid}`;

  constructor(
    private readonly config: ConfigService,
    @Inject(PROCESS_ROLE) readonly role: ProcessRole,
  ) {}

  get redisUrl(): string | undefined {
    return this.config.get<string>('REDIS_URL') || undefined;
  }

  /** Work goes through BullMQ on Redis (scaled mode) rather than staying in this process. */
  get queued(): boolean {
    return this.redisUrl !== undefined;
  }

  /** This process takes queued work and runs the scheduled jobs (a worker in the scaled mode). */
  get runsQueuedWork(): boolean {
    return this.queued && this.role === 'worker';
  }

  /** Prefix of every Redis key of this deployment (BullMQ's queues, the rate limits). */
  get prefix(): string {
    return this.config.get<string>('REDIS_PREFIX') || DEFAULT_REDIS_PREFIX;
  }
}
