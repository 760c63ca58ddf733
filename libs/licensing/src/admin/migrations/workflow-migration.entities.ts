/* eslint-disable @typescript-eslint/no-explicit-any -- simple-json columns hold arbitrary JSON */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export type MigrationStatus = 'running' | 'completed';
export type MigrationOutcome = 'pending' | 'moved' | 'refused' | 'skipped';

export interface MigrationFilter {
  applicationIds?: string[];
  agencyIds?: string[];
  states?: string[];
}

/** A real run of a migration plan: what was asked, by whom, how far it got, and the process running it. */
@Entity('workflow_migrations')
export class WorkflowMigrationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ name: 'from_version', type: 'integer' })
  fromVersion: number;

  @Column({ name: 'to_version', type: 'integer' })
  toVersion: number;

  @Column({ name: 'state_mapping', type: 'simple-json' })
  stateMapping: Record<string, string>;

  @Column({ type: 'simple-json', nullable: true })
  filter: MigrationFilter | null;

  @Column({ name: 'allow_actor_change', type: 'simple-json' })
  allowActorChange: string[];

  @Column({ name: 'skip_refused', type: 'boolean', default: false })
  skipRefused: boolean;

  @Column({ type: 'varchar', length: 16 })
  status: MigrationStatus;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'integer', default: 0 })
  moved: number;

  @Column({ type: 'integer', default: 0 })
  refused: number;

  @Column({ type: 'integer', default: 0 })
  skipped: number;

  @Column({ type: 'integer', default: 0 })
  batches: number;

  @Column({ type: 'integer', default: 0 })
  resumed: number;

  @Column({ name: 'requested_by', type: 'varchar', length: 64 })
  requestedBy: string;

  @Column({ name: 'requested_by_name', type: 'varchar', length: 100 })
  requestedByName: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'finished_at', type: timestampColumnType(), nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'claimed_by', type: 'varchar', length: 100, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'heartbeat_at', type: timestampColumnType(), nullable: true })
  heartbeatAt: Date | null;
}

/** One application of a run: where it was, where it goes, the version read, and what became of it. */
@Entity('workflow_migration_items')
export class WorkflowMigrationItemEntity {
  @PrimaryColumn({ name: 'migration_id', type: 'varchar', length: 64 })
  migrationId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'tracking_number', type: 'varchar', length: 24 })
  trackingNumber: string;

  @Column({ name: 'from_state', type: 'varchar', length: 80 })
  fromState: string;

  @Column({ name: 'to_state', type: 'varchar', length: 80 })
  toState: string;

  @Column({ name: 'planned_version', type: 'integer' })
  plannedVersion: number;

  @Column({ type: 'varchar', length: 16 })
  outcome: MigrationOutcome;

  @Column({ type: 'varchar', length: 60, nullable: true })
  code: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, any> | null;

  @Column({ name: 'event_id', type: 'varchar', length: 64, nullable: true })
  eventId: string | null;

  @Column({ name: 'done_at', type: timestampColumnType(), nullable: true })
  doneAt: Date | null;
}
