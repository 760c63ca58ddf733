import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type QueryDeepPartialEntity } from 'typeorm';
import { TransactionRunner, isUniqueViolation } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import type { StartMigrationDto } from '../dto/migration.dto';
import { WorkflowVersions } from '../workflow-versions.service';
import { MigrationErrors } from './migration-errors';
import type { MigrationPlan } from './migration-planner';
import { MigrationRunner } from './migration-runner';
import { WorkflowMigrationEntity, WorkflowMigrationItemEntity, type MigrationOutcome } from './workflow-migration.entities';

/**
 * Migration runs as rows: a checked plan becomes a `workflow_migrations` row (held by this process) with one item per
 * application in one transaction, then MigrationRunner moves them. Also the runs' summaries and reports.
 */
@Injectable()
export class MigrationJobs {
  constructor(
    @InjectRepository(WorkflowMigrationEntity) private readonly migrations: Repository<WorkflowMigrationEntity>,
    @InjectRepository(WorkflowMigrationItemEntity) private readonly items: Repository<WorkflowMigrationItemEntity>,
    private readonly versions: WorkflowVersions,
    private readonly transactions: TransactionRunner,
    private readonly runner: MigrationRunner,
  ) {}

  /**
   * Records a real run of a checked plan and starts it. Applications lacking what their target needs refuse the run
   * (422 MIGRATION_APPLICATIONS_REFUSED) unless `skipRefused`, when they are recorded as refused and stay as they are.
   */
  async create(user: AuthenticatedUser, plan: MigrationPlan, body: StartMigrationDto): Promise<WorkflowMigrationEntity> {
    const refused = plan.items.filter((i) => i.refusal);
    if (refused.length > 0 && !body.skipRefused) {
      throw MigrationErrors.create(
        'MIGRATION_APPLICATIONS_REFUSED',
        { count: refused.length },
        refused.slice(0, 100).map((i) => ({ applicationId: i.app.id, trackingNumber: i.app.trackingNumber, fromState: i.app.state, toState: i.toState, code: i.refusal!.code, ...i.refusal!.details })),
      );
    }
    if (refused.length === plan.items.length) throw MigrationErrors.create('MIGRATION_NOTHING_TO_MOVE', { slug: plan.slug, fromVersion: plan.fromVersion });
    await this.assertNoneRunning(plan.slug);
    const now = new Date();
    const migration = Object.assign(new WorkflowMigrationEntity(), {
      id: randomUUID(),
      licenceType: plan.slug,
      fromVersion: plan.fromVersion,
      toVersion: plan.toVersion,
      stateMapping: body.stateMapping,
      filter: body.filter ? { ...body.filter } : null,
      allowActorChange: body.allowActorChange ?? [],
      skipRefused: body.skipRefused ?? false,
      status: 'running',
      total: plan.items.length,
      moved: 0,
      refused: refused.length,
      skipped: 0,
      batches: 0,
      resumed: 0,
      requestedBy: user.id,
      requestedByName: user.username,
      createdAt: now,
      finishedAt: null,
      claimedBy: this.runner.worker,
      heartbeatAt: now,
    } satisfies WorkflowMigrationEntity);
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(WorkflowMigrationEntity, migration);
        const rows = plan.items.map((item, i) => ({
          migrationId: migration.id,
          seq: i + 1,
          applicationId: item.app.id,
          trackingNumber: item.app.trackingNumber,
          fromState: item.app.state,
          toState: item.toState,
          plannedVersion: item.app.version,
          outcome: (item.refusal ? 'refused' : 'pending') as MigrationOutcome,
          code: item.refusal?.code ?? null,
          details: item.refusal ? { message: item.refusal.message, ...item.refusal.details } : null,
          eventId: null,
          doneAt: item.refusal ? now : null,
        }));
        for (let i = 0; i < rows.length; i += 500) await manager.insert(WorkflowMigrationItemEntity, rows.slice(i, i + 500) as unknown as QueryDeepPartialEntity<WorkflowMigrationItemEntity>[]);
      });
    } catch (error) {
      // Two officials starting a run of the same licence type at once: the partial unique index lets one in.
      if (isUniqueViolation(error)) await this.assertNoneRunning(plan.slug);
      throw error;
    }
    void this.runner.start(migration.id);
    return migration;
  }

  private async assertNoneRunning(slug: string): Promise<void> {
    const running = await this.migrations.findOneBy({ licenceType: slug, status: 'running' });
    if (running) throw MigrationErrors.create('MIGRATION_ALREADY_RUNNING', { id: running.id, slug }, { migrationId: running.id });
  }

  async list(slug: string) {
    await this.versions.licenceType(slug);
    const rows = await this.migrations.find({ where: { licenceType: slug }, order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.map((m) => summary(m));
  }

  async report(slug: string, id: string, outcome?: MigrationOutcome) {
    await this.versions.licenceType(slug);
    const migration = await this.migrations.findOneBy({ id, licenceType: slug });
    if (!migration) throw MigrationErrors.create('MIGRATION_NOT_FOUND', { slug, id });
    const items = await this.items.find({ where: { migrationId: id, ...(outcome ? { outcome } : {}) }, order: { seq: 'ASC' } });
    return {
      ...summary(migration),
      items: items.map((i) => {
        const { message, ...details } = (i.details ?? {}) as { message?: string };
        return {
          applicationId: i.applicationId,
          trackingNumber: i.trackingNumber,
          fromState: i.fromState,
          toState: i.toState,
          plannedVersion: i.plannedVersion,
          outcome: i.outcome,
          code: i.code,
          message: message ?? null,
          details: i.details ? details : null,
          eventId: i.eventId,
          doneAt: i.doneAt,
        };
      }),
    };
  }
}

export function summary(m: WorkflowMigrationEntity) {
  return {
    id: m.id,
    licenceType: m.licenceType,
    fromVersion: m.fromVersion,
    toVersion: m.toVersion,
    stateMapping: m.stateMapping,
    filter: m.filter as Record<string, unknown> | null,
    allowActorChange: m.allowActorChange,
    skipRefused: m.skipRefused,
    status: m.status,
    total: m.total,
    moved: m.moved,
    refused: m.refused,
    skipped: m.skipped,
    pending: m.total - m.moved - m.refused - m.skipped,
    batches: m.batches,
    resumed: m.resumed,
    requestedBy: { id: m.requestedBy, username: m.requestedByName },
    createdAt: m.createdAt,
    finishedAt: m.finishedAt,
    heartbeatAt: m.heartbeatAt,
  };
}
