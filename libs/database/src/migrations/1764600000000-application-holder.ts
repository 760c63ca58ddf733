import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Who an application is for (the holder: the applicant herself or a juristic person she directs)
 * and the government record it was pre-filled from: a snapshot, its source connector and when it was
 * fetched. Existing applications are their applicant's own, named from the users table.
 */
export class ApplicationHolder1764600000000 implements MigrationInterface {
  name = 'ApplicationHolder1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('applications', [
      new TableColumn({ name: 'holder_type', type: 'varchar', length: '10', isNullable: false, default: "'person'" }),
      new TableColumn(c.string('holder_id', 13, true)),
      new TableColumn(c.string('holder_name_th', 300, true)),
      new TableColumn(c.string('holder_name_en', 300, true)),
      new TableColumn(c.text('applicant_data', true)),
      new TableColumn(c.string('applicant_data_source', 80, true)),
      new TableColumn(c.time('applicant_data_fetched_at', true)),
      new TableColumn(c.time('applicant_data_confirmed_at', true)),
    ]);
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_holder', columnNames: ['holder_type', 'holder_id'] }));
    await queryRunner.query(
      `UPDATE applications SET
         holder_id = (SELECT u.national_id FROM users u WHERE u.id = applications.applicant_id),
         holder_name_th = (SELECT u.display_name_th FROM users u WHERE u.id = applications.applicant_id),
         holder_name_en = (SELECT u.display_name_en FROM users u WHERE u.id = applications.applicant_id)
       WHERE holder_id IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applications', 'IDX_applications_holder');
    // ALTER TABLE … DROP COLUMN means the same on both databases (SQLite 3.35+), and on SQLite it spares
    // TypeORM's copy-and-drop of the table, which the application_events foreign key refuses.
    for (const column of ['applicant_data_confirmed_at', 'applicant_data_fetched_at', 'applicant_data_source', 'applicant_data', 'holder_name_en', 'holder_name_th', 'holder_id', 'holder_type']) {
      await queryRunner.query(`ALTER TABLE ${queryRunner.connection.driver.escape('applications')} DROP COLUMN ${queryRunner.connection.driver.escape(column)}`);
    }
  }
}
