import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Public statistics and open data (libs/licensing/src/statistics, issue 15): the monthly figures per licence type ×
 * office × Bangkok month with their processing-time histogram and payment channels (`statistics_monthly`), the backlog
 * now (`statistics_backlog`), the processing clock of each open application (`statistics_clocks`), when the aggregates
 * were last rebuilt (`statistics_builds`: no row means never, and the API rebuilds them at start, so an existing
 * database gets its figures), and the daily open-data snapshots (`open_data_snapshots`). The index
 * `IDX_applications_overdue` serves the overdue counts (due date first: only live applications have one).
 */
export class Statistics1765900000000 implements MigrationInterface {
  name = 'Statistics1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const key = (name: string, length: number) => ({ ...c.string(name, length), isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'statistics_monthly',
        columns: [
          key('licence_type', 80),
          key('agency_id', 64),
          key('month', 7),
          ...['received', 'completed', 'rejected', 'withdrawn', 'judged', 'on_time', 'paid_promptpay', 'paid_card', 'paid_counter', 'paid_billpay'].map((n) => c.int(n, 0)),
          c.text('durations'),
        ],
        // The answers across every office read the licence types' rows (agency '*') of a month range, and the reverse.
        indices: [
          { name: 'IDX_statistics_monthly_agency_month', columnNames: ['agency_id', 'month', 'licence_type'] },
          { name: 'IDX_statistics_monthly_type_month', columnNames: ['licence_type', 'month', 'agency_id'] },
        ],
      }),
    );
    await queryRunner.createTable(new Table({ name: 'statistics_backlog', columns: [key('licence_type', 80), key('agency_id', 64), c.int('open', 0)] }));
    await queryRunner.createTable(
      new Table({
        name: 'statistics_clocks',
        columns: [c.id('application_id'), c.string('licence_type', 80), c.ref('agency_id'), c.time('submitted_at'), c.time('paused_since', true), c.int('paused_days', 0)],
      }),
    );
    await queryRunner.createTable(new Table({ name: 'statistics_builds', columns: [{ ...c.string('id', 40), isPrimary: true }, c.time('built_at'), c.int('applications', 0)] }));
    await queryRunner.createTable(
      new Table({
        name: 'open_data_snapshots',
        columns: [c.id(), c.time('generated_at'), c.string('first_month', 7, true), c.string('last_month', 7, true), c.int('row_count', 0), c.binary('csv_gzip'), c.binary('json_gzip'), c.string('checksum', 64)],
        indices: [{ name: 'IDX_open_data_snapshots_generated', columnNames: ['generated_at'] }],
      }),
    );
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_overdue', columnNames: ['due_at', 'awaiting_actor', 'licence_type', 'agency_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applications', 'IDX_applications_overdue');
    for (const table of ['open_data_snapshots', 'statistics_builds', 'statistics_clocks', 'statistics_backlog', 'statistics_monthly']) await queryRunner.dropTable(table);
  }
}
