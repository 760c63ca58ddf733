import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Job, Queue, Worker } from 'bullmq';
import { bullmq } from './redis-modules';
import { JobsSettings } from './jobs-settings';
import { RedisConnection } from './redis-connection';

/** One piece of queued work: the id of the row that says what to do, and the BullMQ job id that collapses duplicates. */
export interface QueuedItem {
  /** Two items with one job id while the first is still queued or running are one job. */
  jobId: string;
  id: string;
}

export interface QueueConsumer {
  concurrency: number;
  /** Does the work the row `id` names; must be idempotent per id (an id can be queued again). */
  handle(id: string): Promise<void>;
}

/**
 * BullMQ queues that carry ids only: the database row stays the source of truth, so a lost or duplicated queue entry
 * loses or repeats nothing as long as the consumer claims the row before acting. Only in the scaled mode (REDIS_URL);
 * `add` is then used by every process, `consume` takes effect in the worker alone.
 */
@Injectable()
export class WorkQueues implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkQueues.name);
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private closing = false;

  constructor(
    private readonly settings: JobsSettings,
    private readonly redis: RedisConnection,
  ) {}

  /** Queued through Redis (REDIS_URL is set). */
  get enabled(): boolean {
    return this.settings.queued;
  }

  async add(queue: string, items: readonly QueuedItem[]): Promise<void> {
    if (items.length === 0) return;
    // Completed or failed jobs are removed, so the same job id can be queued again later (a retry).
    await this.queue(queue).addBulk(items.map((item) => ({ name: queue, data: { id: item.id }, opts: { jobId: item.jobId, removeOnComplete: true, removeOnFail: true } })));
  }

  /** In the worker, takes the queue's ids and hands each to `consumer.handle`; elsewhere does nothing. */
  consume(queue: string, consumer: QueueConsumer): void {
    if (!this.settings.runsQueuedWork || this.closing) return;
    const worker = new (bullmq().Worker)(
      queue,
      async (job: Job<{ id: string }>) => {
        await consumer.handle(job.data.id);
      },
      { connection: this.redis.forQueues, prefix: this.settings.prefix, concurrency: consumer.concurrency, name: this.settings.processName },
    );
    worker.on('failed', (job, error) => this.logger.warn(`${queue} ${job?.data.id ?? '?'}: ${error.message}`));
    worker.on('error', (error) => this.logger.warn(`${queue} worker: ${error.message}`));
    this.workers.push(worker);
  }

  /** The queue itself, for what ids alone do not cover (tests count its jobs). */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new (bullmq().Queue)(name, { connection: this.redis.forQueues, prefix: this.settings.prefix });
      queue.on('error', (error) => this.logger.warn(`${name} queue: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Draining: stop taking jobs, let the running ones finish (the database is still open), then close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
