import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Not, Or, Repository, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { DomainError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { CatalogueService } from '../../catalogue';
import { ApplicationStore, WorkflowTransitions } from '../../core';
import { MigrationErrors } from './migration-errors';
import { WorkflowMigrationEntity, WorkflowMigrationItemEntity } from './workflow-migration.entities';

/** The fault a crash-recovery test injects (refused in production): SIGKILL right after the first batch commits. */
export type MigrationFault = 'crash-after-batch' | null;

/**
 * Runs migrations in batches of `MIGRATION_BATCH_SIZE` applications, one transaction each: every application of the
 * batch is moved through `WorkflowTransitions.migrate` (version-guarded: one a step moved after the plan is skipped,
 * never overwritten), its item gets its outcome, and the run's counts, batch number and heartbeat are updated, all
 * in the same transaction, guarded by this process still holding the run. A crash therefore loses at most the batch
 * in flight, which rolls back whole; the items still `pending` are the work left. A process that starts, and every
 * `MIGRATION_RESUME_INTERVAL_MS` after, takes over a `running` run whose heartbeat is older than `MIGRATION_LEASE_MS`
 * (its process died or hangs) and finishes it.
 */
@Injectable()
export class MigrationRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MigrationRunner.name);
  private readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly runs = new Map<string, Promise<void>>();
  private stopped = false;
  private resumer?: ScheduledJobHandle;

  constructor(
    @InjectRepository(WorkflowMigrationEntity) private readonly migrations: Repository<WorkflowMigrationEntity>,
    @InjectRepository(WorkflowMigrationItemEntity) private readonly items: Repository<WorkflowMigrationItemEntity>,
    private readonly store: ApplicationStore,
    private readonly transitions: WorkflowTransitions,
    private readonly catalogue: CatalogueService,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly jobs: ScheduledJobs,
  ) {}

  get worker(): string {
    return this.workerId;
  }

  private get batchSize(): number {
    return this.config.get<number>('MIGRATION_BATCH_SIZE') ?? 200;
  }

  private get leaseMs(): number {
    return this.config.get<number>('MIGRATION_LEASE_MS') ?? 60_000;
  }

  onApplicationBootstrap(): void {
    // Once at start (a run left `running` by a process that died), then on the interval.
    this.resumer = this.jobs.schedule({
      name: 'workflow-migration-resume',
      everyMs: this.config.get<number>('MIGRATION_RESUME_INTERVAL_MS') ?? 30_000,
      firstAfterMs: 0,
      run: () => this.resumeAbandoned().then(() => undefined),
      onError: (error) => this.logger.error(`Taking over migrations failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.resumer?.stop();
    await Promise.all([...this.runs.values()]);
  }

  /** Starts running a migration this process holds, in the background; the promise settles when it is done. */
  start(id: string): Promise<void> {
    const existing = this.runs.get(id);
    if (existing) return existing;
    const run = this.run(id)
      .catch((error: Error) => this.logger.error(`Migration ${id} stopped: ${error.message}`))
      .finally(() => this.runs.delete(id));
    this.runs.set(id, run);
    return run;
  }

  /** Takes over every running migration whose lease ran out and runs it; resolves with their ids once they are done. */
  async resumeAbandoned(): Promise<string[]> {
    const expired = new Date(Date.now() - this.leaseMs);
    const abandoned = await this.migrations.find({
      where: { status: 'running', claimedBy: Or(IsNull(), Not(this.workerId)), heartbeatAt: Or(IsNull(), LessThan(expired)) },
      order: { createdAt: 'ASC' },
    });
    const taken: string[] = [];
    for (const m of abandoned) {
      if (this.stopped) break;
      const result = await this.migrations
        .createQueryBuilder()
        .update(WorkflowMigrationEntity)
        .set({ claimedBy: this.workerId, heartbeatAt: new Date(), resumed: () => 'resumed + 1' })
        .where('id = :id AND status = :status', { id: m.id, status: 'running' })
        .andWhere(m.claimedBy === null ? 'claimed_by IS NULL' : 'claimed_by = :claimedBy', { claimedBy: m.claimedBy })
        .andWhere(m.heartbeatAt === null ? 'heartbeat_at IS NULL' : 'heartbeat_at = :heartbeatAt', { heartbeatAt: m.heartbeatAt })
        .execute();
      if (result.affected !== 1) continue; // another process took it first
      this.logger.log(`Taking over migration ${m.id} of ${m.licenceType} (${m.moved + m.refused + m.skipped}/${m.total} done)`);
      taken.push(m.id);
    }
    await Promise.all(taken.map((id) => this.start(id)));
    return taken;
  }

  private async run(id: string): Promise<void> {
    while (!this.stopped) {
      const migration = await this.migrations.findOneBy({ id });
      if (!migration || migration.status !== 'running' || migration.claimedBy !== this.workerId) return;
      const batch = await this.items.find({ where: { migrationId: id, outcome: 'pending' }, order: { seq: 'ASC' }, take: this.batchSize });
      if (batch.length === 0) {
        await this.migrations.update({ id, claimedBy: this.workerId, status: 'running' }, { status: 'completed', finishedAt: new Date(), heartbeatAt: new Date() });
        this.logger.log(`Migration ${id} of ${migration.licenceType} completed: ${migration.moved} moved, ${migration.refused} refused, ${migration.skipped} skipped`);
        return;
      }
      await this.transactions.run((manager) => this.runBatch(manager, migration, batch));
      if (this.config.get<MigrationFault>('MIGRATION_FAULT') === 'crash-after-batch') process.kill(process.pid, 'SIGKILL'); // crash-recovery tests only
    }
  }

  private async runBatch(manager: EntityManager, migration: WorkflowMigrationEntity, batch: WorkflowMigrationItemEntity[]): Promise<void> {
    const apps = new Map((await this.store.findByIds(batch.map((i) => i.applicationId), manager)).map((a) => [a.id, a]));
    const toWorkflow = await this.catalogue.workflow(migration.licenceType, migration.toVersion);
    const actor = { id: migration.requestedBy, roles: ['workflow_admin' as const], agencyId: null };
    const counts = { moved: 0, refused: 0, skipped: 0 };
    const done: WorkflowMigrationItemEntity[] = [];
    const now = new Date();
    for (const item of batch) {
      const app = apps.get(item.applicationId);
      let outcome: Pick<WorkflowMigrationItemEntity, 'outcome' | 'code' | 'details' | 'eventId'>;
      if (!app || app.version !== item.plannedVersion || app.workflowVersion !== migration.fromVersion || app.state !== item.fromState) {
        outcome = movedMeanwhile(item.plannedVersion, app?.version ?? null);
      } else {
        try {
          const eventId = await this.transitions.migrate(manager, { app, toVersion: migration.toVersion, toWorkflow, toState: item.toState, actor, migrationId: migration.id, at: now });
          outcome = eventId ? { outcome: 'moved', code: null, details: null, eventId } : movedMeanwhile(item.plannedVersion, null);
        } catch (error) {
          // A participant refused this application (e.g. a renewal held by a suspended licence); the others go on.
          if (!(error instanceof DomainError)) throw error;
          outcome = { outcome: 'refused', code: error.code, details: { message: error.message, details: error.details ?? null }, eventId: null };
        }
      }
      counts[outcome.outcome as keyof typeof counts]++;
      done.push({ ...item, ...outcome, doneAt: now });
    }
    // The batch's items are replaced by their outcomes: two statements a batch instead of one per application.
    await manager.delete(WorkflowMigrationItemEntity, { migrationId: migration.id, seq: In(batch.map((i) => i.seq)) });
    await manager.insert(WorkflowMigrationItemEntity, done as QueryDeepPartialEntity<WorkflowMigrationItemEntity>[]);
    const held = await manager
      .createQueryBuilder()
      .update(WorkflowMigrationEntity)
      .set({
        moved: () => `moved + ${counts.moved}`,
        refused: () => `refused + ${counts.refused}`,
        skipped: () => `skipped + ${counts.skipped}`,
        batches: () => 'batches + 1',
        heartbeatAt: new Date(),
      })
      .where('id = :id AND claimed_by = :worker AND status = :status', { id: migration.id, worker: this.workerId, status: 'running' })
      .execute();
    // Another process took the run over (this one was too slow for the lease): undo this batch and stop.
    if (held.affected !== 1) throw new Error(`migration ${migration.id} is no longer held by ${this.workerId}`);
  }

  /** Waits for the runs this process has going (tests, the bench). */
  async settled(ids?: string[]): Promise<void> {
    await Promise.all([...this.runs.entries()].filter(([id]) => !ids || ids.includes(id)).map(([, run]) => run));
  }
}

function movedMeanwhile(planned: number, current: number | null): Pick<WorkflowMigrationItemEntity, 'outcome' | 'code' | 'details' | 'eventId'> {
  const error = MigrationErrors.create('MIGRATION_APPLICATION_MOVED', { planned, current: current ?? 'changed' });
  return { outcome: 'skipped', code: error.code, details: { message: error.message, plannedVersion: planned, currentVersion: current }, eventId: null };
}

