import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository, type EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { ApplicationTransitionedEvent } from './application-transitioned.event';
import { OutboxEntity } from './application.entities';

/**
 * Performs one kind of effect. It must be idempotent per outbox row: the row id is its key.
 * `execute` runs inside the transaction that marks the row done. An effect whose outcome is itself
 * a workflow event (it needs transactions of its own, e.g. issuing a licence and sending
 * LICENCE_ISSUED) implements `run` instead; it must then be safe to run again after a crash.
 */
export interface EffectExecutor {
  execute?(manager: EntityManager, row: OutboxEntity): Promise<void>;
  run?(row: OutboxEntity): Promise<void>;
}

/** Marks a provider as the executor of the named outbox effect; the runner finds every one at start. */
export const OutboxEffect = DiscoveryService.createDecorator<string>();

const MAX_ATTEMPTS = 8;
const STALE_CLAIM_MS = 5 * 60 * 1000;

/**
 * Claims outbox rows and runs their executors (providers marked @OutboxEffect) in the API process
 * (embedded mode). An effect no executor in this process handles stays pending.
 */
@Injectable()
export class OutboxRunner implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRunner.name);
  private readonly workerId = `${hostname()}:${process.pid}`;
  private readonly executors = new Map<string, EffectExecutor>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @InjectRepository(OutboxEntity) private readonly outbox: Repository<OutboxEntity>,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: OutboxEffect.KEY })) {
      const type = this.discovery.getMetadataByDecorator(OutboxEffect, wrapper)!;
      const executor = wrapper.instance as EffectExecutor;
      if (!executor.execute === !executor.run) throw new Error(`Executor of ${type} must implement exactly one of execute and run`);
      if (this.executors.has(type)) throw new Error(`Two executors for the outbox effect ${type}`);
      this.executors.set(type, executor);
    }
  }

  onApplicationBootstrap(): void {
    if (this.config.get<boolean>('OUTBOX_RUNNER_ENABLED') === false) return;
    const interval = this.config.get<number>('OUTBOX_POLL_MS') ?? 1000;
    this.timer = setInterval(() => void this.kick(), interval);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs a pass unless one is already running; resolves with the number of rows completed. */
  kick(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    if (!this.running) {
      this.running = this.runOnce()
        .catch((error) => {
          this.logger.error(`Outbox pass failed: ${(error as Error).message}`);
          return 0;
        })
        .finally(() => (this.running = null));
    }
    return this.running;
  }

  /** Claims and runs every due row it has an executor for. */
  async runOnce(): Promise<number> {
    const types = [...this.executors.keys()];
    if (types.length === 0) return 0;
    let done = 0;
    for (;;) {
      const now = new Date();
      const candidates = await this.outbox.find({
        where: [
          { status: 'pending', type: In(types), availableAt: LessThanOrEqual(now) },
          { status: 'running', type: In(types), claimedAt: LessThanOrEqual(new Date(now.getTime() - STALE_CLAIM_MS)) },
        ],
        order: { createdAt: 'ASC' },
        take: 50,
      });
      if (candidates.length === 0) return done;
      let claimedAny = false;
      for (const row of candidates) {
        if (this.stopped) return done;
        if (!(await this.claim(row))) continue;
        claimedAny = true;
        if (await this.perform(row)) done++;
      }
      if (!claimedAny) return done;
    }
  }

  /** A conditional update: of several runners, exactly one moves the row from what it read. */
  private async claim(row: OutboxEntity): Promise<boolean> {
    const claimedAt = new Date();
    const result = await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(OutboxEntity)
        .set({ status: 'running', claimedAt, claimedBy: this.workerId, attempts: row.attempts + 1 })
        .where('id = :id AND status = :status AND attempts = :attempts', { id: row.id, status: row.status, attempts: row.attempts })
        .execute(),
    );
    if (result.affected !== 1) return false;
    Object.assign(row, { status: 'running', claimedAt, claimedBy: this.workerId, attempts: row.attempts + 1 });
    return true;
  }

  private async perform(row: OutboxEntity): Promise<boolean> {
    const executor = this.executors.get(row.type)!;
    const markDone = (manager: EntityManager) =>
      manager.update(OutboxEntity, { id: row.id, claimedBy: this.workerId }, { status: 'done', completedAt: new Date(), lastError: null });
    try {
      if (executor.run) {
        await executor.run(row);
        await this.transactions.run(markDone);
      } else {
        await this.transactions.run(async (manager) => {
          await executor.execute!(manager, row);
          await markDone(manager);
        });
      }
      return true;
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      const failed = row.attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(Date.now() + Math.min(2 ** row.attempts, 3600) * 1000);
      // Through the runner: on SQLite a bare write could land inside another request's open transaction.
      await this.transactions.run((manager) =>
        manager.update(
          OutboxEntity,
          { id: row.id, claimedBy: this.workerId },
          { status: failed ? 'failed' : 'pending', availableAt: retryAt, lastError: message.slice(0, 2000) },
        ),
      );
      this.logger.warn(`Effect ${row.type} ${row.id} failed (attempt ${row.attempts}${failed ? ', giving up' : ''}): ${message}`);
      return false;
    }
  }
}

/** Runs the outbox right after a commit that recorded effects, instead of waiting for the next poll. */
@EventsHandler(ApplicationTransitionedEvent)
export class RunOutboxAfterTransition implements IEventHandler<ApplicationTransitionedEvent> {
  constructor(
    private readonly runner: OutboxRunner,
    private readonly config: ConfigService,
  ) {}

  handle(event: ApplicationTransitionedEvent): void {
    if (event.effectCount > 0 && this.config.get<boolean>('OUTBOX_RUNNER_ENABLED') !== false) void this.runner.kick();
  }
}
