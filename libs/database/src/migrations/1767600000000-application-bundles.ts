import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Several licences applied for together (issue 17 part 2): `application_bundles` (owned by the bundles module) holds
 * what they share, and `applications.bundle_id` (written by the applications' owner when the drafts are made) names
 * the bundle each belongs to; null for an application started on its own. No foreign key: on SQLite adding one would
 * rebuild `applications` under the views that read it; the bundle and its drafts are written in one transaction.
 */
export class ApplicationBundles1767600000000 implements MigrationInterface {
  name = 'ApplicationBundles1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'application_bundles',
        columns: [
          c.id(),
          c.string('reference_number', 24),
          c.ref('applicant_id'),
          c.string('holder_type', 10),
          c.string('holder_id', 13),
          c.string('business', 80),
          c.text('premises'),
          c.time('created_at'),
        ],
        indices: [
          { name: 'UQ_application_bundles_reference', columnNames: ['reference_number'], isUnique: true },
          { name: 'IDX_application_bundles_applicant', columnNames: ['applicant_id', 'created_at'] },
        ],
      }),
    );
    await queryRunner.addColumn('applications', new TableColumn(c.ref('bundle_id', true)));
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_bundle', columnNames: ['bundle_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applications', 'IDX_applications_bundle');
    await queryRunner.dropColumn('applications', 'bundle_id');
    await queryRunner.dropTable('application_bundles');
  }
}
