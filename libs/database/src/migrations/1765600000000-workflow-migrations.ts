import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Migrating running applications between workflow versions (libs/licensing/src/admin/migrations, issue 14):
 * `workflow_migrations`, one row per real run (the plan, who started it, status, counts, the lease of the process
 * running it, so another process takes over a run whose process died), and `workflow_migration_items`, one row per
 * application of the plan (its state then, the state it goes to, the version read, and its outcome once its batch
 * commits). At most one migration of a licence type runs at a time (a partial unique index).
 */
export class WorkflowMigrations1765600000000 implements MigrationInterface {
  name = 'WorkflowMigrations1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'workflow_migrations',
        columns: [
          c.id(),
          c.string('licence_type', 80),
          c.int('from_version'),
          c.int('to_version'),
          // The request as sent: {fromState: toState}, the filter, the target states allowed another kind of actor.
          c.text('state_mapping'),
          c.text('filter', true),
          c.text('allow_actor_change'),
          { name: 'skip_refused', type: 'boolean', isNullable: false, default: false },
          // running | completed
          c.string('status', 16),
          c.int('total'),
          c.int('moved', 0),
          c.int('refused', 0),
          c.int('skipped', 0),
          c.int('batches', 0),
          // How many times a process took the run over after the one running it stopped (a crash, a restart).
          c.int('resumed', 0),
          c.ref('requested_by'),
          c.string('requested_by_name', 100),
          c.time('created_at'),
          c.time('finished_at', true),
          // The process running it and when it last committed a batch; a run whose lease ran out is taken over.
          c.string('claimed_by', 100, true),
          c.time('heartbeat_at', true),
        ],
      }),
    );
    await queryRunner.createIndex('workflow_migrations', new TableIndex({ name: 'IDX_workflow_migrations_type', columnNames: ['licence_type', 'created_at'] }));
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_workflow_migrations_running" ON "workflow_migrations" ("licence_type") WHERE status = 'running'`);
    await queryRunner.createTable(
      new Table({
        name: 'workflow_migration_items',
        columns: [
          { ...c.ref('migration_id'), isPrimary: true },
          { ...c.int('seq'), isPrimary: true },
          c.ref('application_id'),
          c.string('tracking_number', 24),
          c.string('from_state', 80),
          c.string('to_state', 80),
          c.int('planned_version'),
          // pending | moved | refused | skipped
          c.string('outcome', 16),
          c.string('code', 60, true),
          c.text('details', true),
          c.ref('event_id', true),
          c.time('done_at', true),
        ],
        foreignKeys: [
          { columnNames: ['migration_id'], referencedTableName: 'workflow_migrations', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] },
        ],
        uniques: [{ name: 'UQ_workflow_migration_items_application', columnNames: ['migration_id', 'application_id'] }],
      }),
    );
    // The next batch: the pending items of a run in plan order.
    await queryRunner.createIndex('workflow_migration_items', new TableIndex({ name: 'IDX_workflow_migration_items_outcome', columnNames: ['migration_id', 'outcome', 'seq'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('workflow_migration_items');
    await queryRunner.query('DROP INDEX "UQ_workflow_migrations_running"');
    await queryRunner.dropTable('workflow_migrations');
  }
}
