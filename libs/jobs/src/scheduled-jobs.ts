import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Job, Queue, Worker } from 'bullmq';
import { bullmq } from './redis-modules';
import { IntervalJob } from '@bizportal/common';
import { JobsSettings } from './jobs-settings';
import { RedisConnection } from './redis-connection';

export interface ScheduledJob {
  /** Unique in the application (lower-case words and dashes); in the scaled mode, the BullMQ job scheduler's id. */
  name: string;
  /** How often it runs; 0 or less leaves it off (in a worker, its shared schedule is removed). */
  everyMs: number;
  /** The first run this long after start (embedded), or after its schedule is first made (scaled); default one interval. */
  firstAfterMs?: number;
  /** The work of one run; it must tolerate another process running it at the same time (see `schedule`). */
  run(): Promise<void>;
  onError(error: Error): void;
}

export interface ScheduledJobHandle {
  /** Stops scheduling it here and waits for a run in progress. */
  stop(): Promise<void>;
}

/** The BullMQ queue of the scheduled jobs' ticks. */
export const SCHEDULED_QUEUE = 'scheduled';
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Runs the application's periodic work. Embedded (no REDIS_URL): each job on an `IntervalJob` in this process, as
 * every process always did. Scaled (REDIS_URL): a worker upserts one BullMQ job scheduler per job, so any number of
 * workers share one schedule and each tick is one BullMQ job, taken by one of them; the API runs no scheduled job.
 * A tick is never run twice at once in one process; across processes two runs of a job can overlap only when a run
 * outlasts its interval (or a dead worker's tick is handed to another), which every job here tolerates: each was
 * written to run in several API processes at once (conditional updates, leases, one snapshot per date).
 */
@Injectable()
export class ScheduledJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ScheduledJobs.name);
  private readonly jobs = new Map<string, ScheduledJob>();
  private readonly inProcess = new Map<string, IntervalJob>();
  private readonly running = new Map<string, Promise<void>>();
  private queue?: Queue;
  private worker?: Worker;
  private closing = false;

  constructor(
    private readonly settings: JobsSettings,
    private readonly redis: RedisConnection,
  ) {}

  /** Starts a job (call it from onApplicationBootstrap); the handle stops it. */
  schedule(job: ScheduledJob): ScheduledJobHandle {
    if (!NAME.test(job.name)) throw new Error(`Scheduled job name '${job.name}' must be lower-case words joined by dashes`);
    if (this.jobs.has(job.name)) throw new Error(`Two scheduled jobs named ${job.name}`);
    this.jobs.set(job.name, job);
    if (!this.settings.queued) {
      const interval = new IntervalJob(job.run, job.onError);
      interval.start(job.everyMs, job.firstAfterMs);
      this.inProcess.set(job.name, interval);
      return { stop: () => interval.stop() };
    }
    if (this.settings.runsQueuedWork && !this.closing) void this.share(job);
    return { stop: async () => void (await this.running.get(job.name)) };
  }

  /** The names of the jobs this process knows. */
  get names(): string[] {
    return [...this.jobs.keys()];
  }

  /** The queue of the ticks (scaled mode only), for inspection. */
  ticks(): Queue {
    this.queue ??= new (bullmq().Queue)(SCHEDULED_QUEUE, { connection: this.redis.forQueues, prefix: this.settings.prefix });
    return this.queue;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.inProcess.values()].map((job) => job.stop()));
    // Stops taking ticks and waits for the running ones; the database is still open.
    await this.worker?.close();
    await this.queue?.close();
  }

  /** Makes (or keeps) the shared schedule of a job and makes sure this worker takes its ticks. */
  private async share(job: ScheduledJob): Promise<void> {
    try {
      this.takeTicks();
      if (job.everyMs <= 0) {
        await this.ticks().removeJobScheduler(job.name);
        return;
      }
      // Upserting the same id and interval keeps the schedule and its next tick: ten workers starting make one schedule.
      await this.ticks().upsertJobScheduler(
        job.name,
        { every: job.everyMs, startDate: Date.now() + (job.firstAfterMs ?? job.everyMs) },
        { name: job.name, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
      );
    } catch (error) {
      this.logger.error(`Could not schedule ${job.name}: ${(error as Error).message}`);
    }
  }

  private takeTicks(): void {
    if (this.worker) {
      this.worker.concurrency = Math.max(1, this.jobs.size);
      return;
    }
    this.worker = new (bullmq().Worker)(SCHEDULED_QUEUE, (tick: Job) => this.runTick(tick), {
      connection: this.redis.forQueues,
      prefix: this.settings.prefix,
      // One slot per job: a long history check never delays the outbox sweep.
      concurrency: Math.max(1, this.jobs.size),
      name: this.settings.processName,
    });
    this.worker.on('error', (error) => this.logger.warn(`Scheduled jobs worker: ${error.message}`));
  }

  private async runTick(tick: Job): Promise<string> {
    const job = this.jobs.get(tick.name);
    // A tick of a job this version does not have (a newer or older worker made its schedule): fail it, visibly.
    if (!job) throw new Error(`No scheduled job named ${tick.name} in this worker`);
    if (this.running.has(job.name)) return 'skipped: still running here';
    const started = Date.now();
    const run = job.run();
    this.running.set(job.name, run.then(() => undefined, () => undefined));
    try {
      await run;
      this.logger.debug(`Scheduled job ${job.name} tick ${tick.id}: ran in ${Date.now() - started} ms`);
      return 'ran';
    } catch (error) {
      this.logger.debug(`Scheduled job ${job.name} tick ${tick.id}: failed in ${Date.now() - started} ms`);
      job.onError(error as Error);
      throw error;
    } finally {
      this.running.delete(job.name);
    }
  }
}
