import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL only: statistics on (agency_id, awaiting_actor) together. Open applications gather in busy offices, so
 * per-column statistics guess a big office's queue at a few rows; the planner then read the whole queue through the
 * older (agency_id, awaiting_actor, due_at) index and sorted it (about 130 ms at 21,960 open in one office) instead of
 * walking IDX_applications_queue in page order and stopping after a page (0.2 ms). SQLite's planner already walks it.
 */
export class ApplicationQueueStatistics1766000000001 implements MigrationInterface {
  name = 'ApplicationQueueStatistics1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query('CREATE STATISTICS "STX_applications_agency_awaiting" (mcv, dependencies) ON agency_id, awaiting_actor FROM applications');
    // Filled by the next ANALYZE; do it now rather than wait for autovacuum.
    await queryRunner.query('ANALYZE applications');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query('DROP STATISTICS IF EXISTS "STX_applications_agency_awaiting"');
  }
}
