import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * The officer's pre-check of submitted applications (`application_prechecks`, owned by the prechecks module): one row
 * each time it is prepared, the newest shown. `outbox_id` is unique, so the effect that prepares it writes once.
 */
export class ApplicationPrechecks1767500000000 implements MigrationInterface {
  name = 'ApplicationPrechecks1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'application_prechecks',
        columns: [c.id(), c.ref('application_id'), c.ref('outbox_id', true), c.string('trigger', 20), c.ref('requested_by', true), c.time('prepared_at'), c.text('items')],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'UQ_application_prechecks_outbox', columnNames: ['outbox_id'], isUnique: true },
          { name: 'IDX_application_prechecks_application', columnNames: ['application_id', 'prepared_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('application_prechecks');
  }
}
