import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository, type EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
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
/** A claim older than this (OUTBOX_STALE_CLAIM_MS) is taken to be a dead runner's, and the row is claimed again. */
const DEFAULT_STALE_CLAIM_MS = 5 * 60 * 1000;

/** What became of a row handed to `runRow`. */
export type RowOutcome = 'done' | 'retry' | 'skipped';

/**
 * Claims outbox rows and runs their executors (providers marked @OutboxEffect): in a pass over every due row
 * (`runOnce`, the embedded mode's poll) or one row by id (`runRow`, a worker taking a queued id). An effect no
 * executor in this process handles stays pending. When it runs is OutboxDispatch's business.
 */
@Injectable()
export class OutboxRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRunner.name);
  private readonly workerId = `${hostname()}:${process.pid}`;
  private readonly executors = new Map<string, EffectExecutor>();
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

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** How this runner names itself in the rows it claims (`claimed_by`). */
  get claimant(): string {
    return this.workerId;
  }

  private get staleClaimMs(): number {
    return this.config.get<number>('OUTBOX_STALE_CLAIM_MS') ?? DEFAULT_STALE_CLAIM_MS;
  }

  /**
   * The rows due now, oldest first: pending ones whose time has come (new, or a retry whose backoff has passed) and
   * running ones whose claim is stale (their runner died), of the effects this process has executors for.
   */
  dueRows(take = 50): Promise<OutboxEntity[]> {
    const types = [...this.executors.keys()];
    if (types.length === 0) return Promise.resolve([]);
    const now = new Date();
    return this.outbox.find({
      where: [
        { status: 'pending', type: In(types), availableAt: LessThanOrEqual(now) },
        { status: 'running', type: In(types), claimedAt: LessThanOrEqual(new Date(now.getTime() - this.staleClaimMs)) },
      ],
      order: { createdAt: 'ASC' },
      take,
    });
  }

  /**
   * Runs one row named by id (a worker's queued job), the same way a pass does: only if it is due, and only after
   * winning the conditional claim. A row already done, failed for good, held by a live runner or waiting for its
   * retry time is left as it is, so an id queued twice, or again later, runs its effect once.
   */
  async runRow(id: string): Promise<RowOutcome> {
    if (this.stopped) return 'skipped';
    const row = await this.outbox.findOneBy({ id });
    if (!row || !this.executors.has(row.type) || !this.isDue(row, Date.now())) return 'skipped';
    if (!(await this.claim(row))) return 'skipped';
    return (await this.perform(row)) ? 'done' : 'retry';
  }

  private isDue(row: OutboxEntity, now: number): boolean {
    if (row.status === 'pending') return row.availableAt.getTime() <= now;
    return row.status === 'running' && row.claimedAt !== null && row.claimedAt.getTime() <= now - this.staleClaimMs;
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
    let done = 0;
    for (;;) {
      const candidates = await this.dueRows();
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

  /** A conditional update (one statement, no transaction around it): of several runners, exactly one moves the row from what it read. */
  private async claim(row: OutboxEntity): Promise<boolean> {
    const claimedAt = new Date();
    const result = await this.transactions.statement((manager) =>
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
        await this.transactions.statement(markDone);
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
      await this.transactions.statement((manager) =>
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
