import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ScheduledJobs, WorkQueues } from '@bizportal/jobs';
import { ApplicationTransitionedEvent } from './application-transitioned.event';
import { OutboxEntity } from './application.entities';
import { OutboxRunner } from './outbox-runner';

/** The BullMQ queue of outbox row ids (scaled mode). */
export const OUTBOX_QUEUE = 'outbox';

/**
 * Decides where and when outbox rows run. Embedded (no REDIS_URL): the runner polls in this process every
 * OUTBOX_POLL_MS and is kicked after each commit, as before. Scaled (REDIS_URL): after a commit the process queues
 * the new rows' ids on BullMQ; workers take them (OUTBOX_WORKER_CONCURRENCY at a time each) and run each through
 * the runner's own conditional claim; a sweep, one scheduled job across all workers every OUTBOX_POLL_MS, queues what
 * is due and not necessarily queued — a retry whose backoff has passed, a row whose runner died (stale claim), an
 * id whose enqueue was lost. The row stays the source of truth; the queue only says "look at this row".
 *
 * A queued job's id is `<outbox id>.<attempts>`: the same row at the same attempt queued twice (after the commit and
 * by a sweep) is one job, while a retry or a re-claim after a crash is a new job, so it never waits behind the dead
 * worker's job that BullMQ still counts as active until its lock expires.
 */
@Injectable()
export class OutboxDispatch implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxDispatch.name);

  constructor(
    private readonly runner: OutboxRunner,
    private readonly jobs: ScheduledJobs,
    private readonly queues: WorkQueues,
    private readonly config: ConfigService,
    @InjectRepository(OutboxEntity) private readonly outbox: Repository<OutboxEntity>,
  ) {}

  private get enabled(): boolean {
    return this.config.get<boolean>('OUTBOX_RUNNER_ENABLED') !== false;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    if (this.queues.enabled) {
      this.queues.consume(OUTBOX_QUEUE, {
        concurrency: this.config.get<number>('OUTBOX_WORKER_CONCURRENCY') ?? 4,
        handle: async (id) => void (await this.runner.runRow(id)),
      });
    }
    this.jobs.schedule({
      name: 'outbox',
      everyMs: this.config.get<number>('OUTBOX_POLL_MS') ?? 1000,
      run: async () => void (this.queues.enabled ? await this.sweep() : await this.runner.kick()),
      onError: (error) => this.logger.error(`Outbox sweep failed: ${error.message}`),
    });
  }

  /** After a commit: runs (embedded) or queues (scaled) the rows it recorded; without ids, whatever is due. */
  afterCommit(ids?: readonly string[]): void {
    if (!this.enabled) return;
    if (!this.queues.enabled) {
      void this.runner.kick();
      return;
    }
    // New rows are at attempt 0. A failed enqueue loses nothing: the sweep finds the rows.
    const queued = ids ? this.queues.add(OUTBOX_QUEUE, ids.map((id) => ({ jobId: jobIdOf({ id, attempts: 0 }), id }))) : this.sweep();
    void queued.catch((error: Error) => this.logger.warn(`Queueing outbox rows failed (the sweep will find them): ${error.message}`));
  }

  /** Queues every due row (pending and due, or stale); returns how many were handed to the queue. */
  async sweep(): Promise<number> {
    const due = await this.runner.dueRows(500);
    await this.queues.add(OUTBOX_QUEUE, due.map((row) => ({ jobId: jobIdOf(row), id: row.id })));
    return due.length;
  }

  /** See Outbox.settle. */
  async settle(applicationId: string, timeoutMs = 5000): Promise<void> {
    if (!this.queues.enabled) {
      await this.runner.kick();
      return;
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const open = await this.outbox.find({ where: { applicationId, status: In(['pending', 'running']) } });
      const now = Date.now();
      const waiting = open.filter((row) => row.status === 'running' || row.availableAt.getTime() <= now);
      if (waiting.length === 0 || now >= deadline) return;
      // Not awaited: with Redis down the add waits for it, and the request must not wait longer than timeoutMs.
      void this.queues
        .add(OUTBOX_QUEUE, waiting.filter((row) => row.status === 'pending').map((row) => ({ jobId: jobIdOf(row), id: row.id })))
        .catch((error: Error) => this.logger.warn(`Queueing outbox rows failed: ${error.message}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function jobIdOf(row: Pick<OutboxEntity, 'id' | 'attempts'>): string {
  return `${row.id}.${row.attempts}`;
}

/** Runs or queues the outbox rows of a step right after its commit, instead of waiting for the next poll or sweep. */
@EventsHandler(ApplicationTransitionedEvent)
export class RunOutboxAfterTransition implements IEventHandler<ApplicationTransitionedEvent> {
  constructor(private readonly dispatch: OutboxDispatch) {}

  handle(event: ApplicationTransitionedEvent): void {
    if (event.outboxIds.length > 0) this.dispatch.afterCommit(event.outboxIds);
  }
}
