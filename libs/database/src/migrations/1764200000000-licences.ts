import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

export class Licences1764200000000 implements MigrationInterface {
  name = 'Licences1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'licences',
        columns: [
          c.id(),
          { ...c.string('number', 80), isUnique: true },
          { ...c.ref('application_id'), isUnique: true },
          c.string('licence_type', 80),
          c.int('workflow_version'),
          c.ref('agency_id'),
          c.ref('holder_id'),
          c.string('holder_name', 300),
          c.string('status', 12),
          c.time('issued_at'),
          c.time('valid_from'),
          c.time('valid_until', true),
          c.binary('pdf', true),
          c.string('pdf_sha256', 64, true),
          c.string('signer_subject', 300, true),
          c.text('status_reason', true),
          c.time('status_changed_at', true),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['pdf_sha256'] }, { columnNames: ['holder_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'licence_sequences',
        columns: [{ ...c.ref('agency_id'), isPrimary: true }, { ...c.int('year'), isPrimary: true }, c.int('last_number')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('licence_sequences');
    await queryRunner.dropTable('licences');
  }
}
