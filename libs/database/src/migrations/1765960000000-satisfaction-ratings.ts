import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Applicants' ratings of the service once their application is done (`satisfaction_ratings`, owned by the
 * satisfaction module): one per application (a unique key, so two at once give one), kept with the application's
 * licence type, office and the Bangkok month it was given, so the public statistics group them without reading
 * personal data. And an index on `applications.created_at` for the completion rate, which counts the applications
 * started in each month.
 */
export class SatisfactionRatings1765960000000 implements MigrationInterface {
  name = 'SatisfactionRatings1765960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'satisfaction_ratings',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('licence_type', 80),
          c.ref('agency_id'),
          // YYYY-MM in Bangkok time.
          c.string('month', 7),
          c.int('score'),
          c.text('comment', true),
          c.time('rated_at'),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'UQ_satisfaction_ratings_application', columnNames: ['application_id'], isUnique: true },
          { name: 'IDX_satisfaction_ratings_cells', columnNames: ['month', 'licence_type', 'agency_id', 'score'] },
          { name: 'IDX_satisfaction_ratings_office', columnNames: ['agency_id', 'rated_at', 'id'] },
        ],
      }),
    );
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_created', columnNames: ['created_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applications', 'IDX_applications_created');
    await queryRunner.dropTable('satisfaction_ratings');
  }
}
