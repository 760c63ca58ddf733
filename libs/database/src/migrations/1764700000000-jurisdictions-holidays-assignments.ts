import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Administrative areas (DOPA codes), one local office per subdistrict at most, the public-holiday
 * calendar, and who in an office holds an application (with the history of claims and assignments).
 */
export class JurisdictionsHolidaysAssignments1764700000000 implements MigrationInterface {
  name = 'JurisdictionsHolidaysAssignments1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'areas',
        columns: [
          { ...c.string('code', 6), isPrimary: true },
          c.string('level', 12),
          c.string('parent_code', 6, true),
          c.string('name_th', 200),
          c.string('name_en', 200),
          c.text('postcodes', true),
        ],
        indices: [{ columnNames: ['parent_code'] }],
      }),
    );
    // A subdistrict is served by one local office at most.
    await queryRunner.createIndex('agency_areas', new TableIndex({ name: 'UQ_agency_areas_subdistrict', columnNames: ['subdistrict_code'], isUnique: true }));

    await queryRunner.createTable(
      new Table({
        name: 'public_holidays',
        columns: [
          { ...c.string('date', 10), isPrimary: true },
          c.string('name_th', 300),
          c.string('name_en', 300),
          c.string('source', 16),
          c.string('created_by', 100, true),
          c.time('created_at'),
          // An official's removal is kept (and re-seeding skips it); removed rows are not holidays.
          c.time('removed_at', true),
          c.string('removed_by', 100, true),
        ],
      }),
    );

    await queryRunner.addColumns('applications', [
      new TableColumn(c.ref('assigned_to', true)),
      new TableColumn(c.time('assigned_at', true)),
    ]);
    await queryRunner.createIndex('applications', new TableIndex({ name: 'IDX_applications_assigned_to', columnNames: ['assigned_to'] }));
    await queryRunner.createTable(
      new Table({
        name: 'application_assignments',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('action', 16),
          c.ref('user_id', true),
          c.ref('previous_user_id', true),
          c.ref('actor_id'),
          c.string('state', 80),
          c.time('created_at'),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['application_id', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('application_assignments');
    await queryRunner.dropIndex('applications', 'IDX_applications_assigned_to');
    await queryRunner.dropColumn('applications', 'assigned_at');
    await queryRunner.dropColumn('applications', 'assigned_to');
    await queryRunner.dropTable('public_holidays');
    await queryRunner.dropIndex('agency_areas', 'UQ_agency_areas_subdistrict');
    await queryRunner.dropTable('areas');
  }
}
