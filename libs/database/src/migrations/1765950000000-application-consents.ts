import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * The applicant's consent to the privacy notice, given at submission (`application_consents`, owned by the
 * applications module): which version, when, by whom and the purposes it covers; one per application.
 */
export class ApplicationConsents1765950000000 implements MigrationInterface {
  name = 'ApplicationConsents1765950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'application_consents',
        columns: [c.id(), c.ref('application_id'), c.ref('agreed_by'), c.string('notice_version', 20), c.string('notice_issued_on', 10), c.text('covers'), c.time('agreed_at')],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [{ name: 'UQ_application_consents_application', columnNames: ['application_id'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('application_consents');
  }
}
