import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Local offices onboarded through the admin API (libs/identity/src/offices): an office's `kind` (BMA district office,
 * city / town / subdistrict municipality, SAO, Pattaya City) and who onboarded it (`onboarded_by`, null for the offices
 * seeded from workflows/areas.json); who gave an office a subdistrict and when (`agency_areas.assigned_by/_at`, null
 * for the file's rows: a row set through the API is left alone when the file is seeded again); and the staff
 * invitations by national ID (`staff_invitations`), at most one open (neither accepted nor revoked) per national ID.
 */
export class LocalOfficeOnboarding1765800000000 implements MigrationInterface {
  name = 'LocalOfficeOnboarding1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('agencies', [new TableColumn(c.string('kind', 30, true)), new TableColumn(c.ref('onboarded_by', true))]);
    await queryRunner.addColumns('agency_areas', [new TableColumn(c.ref('assigned_by', true)), new TableColumn(c.time('assigned_at', true))]);
    await queryRunner.createTable(
      new Table({
        name: 'staff_invitations',
        columns: [
          c.id(),
          c.ref('agency_id'),
          c.string('national_id', 13),
          // JSON array of office roles (officer, approver, signer, head_of_office).
          c.text('roles'),
          c.ref('created_by'),
          c.time('created_at'),
          c.time('accepted_at', true),
          c.ref('accepted_user_id', true),
          c.time('revoked_at', true),
          c.ref('revoked_by', true),
        ],
        foreignKeys: [{ columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'IDX_staff_invitations_agency', columnNames: ['agency_id', 'created_at'] },
          { name: 'UQ_staff_invitations_open', columnNames: ['national_id'], isUnique: true, where: 'accepted_at IS NULL AND revoked_at IS NULL' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('staff_invitations');
    // Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+ and PostgreSQL): TypeORM's SQLite dropColumns copies the table, and
    // dropping the copied agencies table fails its foreign keys (agency_areas, users) when run outside runMigrations.
    for (const [table, column] of [['agencies', 'kind'], ['agencies', 'onboarded_by'], ['agency_areas', 'assigned_by'], ['agency_areas', 'assigned_at']]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    }
  }
}
