import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Complaints about licensed premises and their enforcement (owned by the complaints module): the complaint with its
 * licence, office and complainant, its history (`complaint_events`) and the photos the complainant attached
 * (`complaint_photos`, bytes in the document store). The licence's own suspension or revocation stays in its workflow.
 */
export class Complaints1767200000000 implements MigrationInterface {
  name = 'Complaints1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'complaints',
        columns: [
          c.id(),
          c.string('reference', 20),
          c.string('licence_number', 80),
          c.string('licence_type', 80),
          c.ref('agency_id'),
          c.ref('application_id'),
          c.ref('complainant_id'),
          { name: 'anonymous_to_holder', type: 'boolean', isNullable: false, default: false },
          c.string('category', 40),
          c.text('description'),
          c.string('status', 20),
          c.string('outcome', 20, true),
          c.string('warning_deadline', 10, true),
          c.text('holder_response', true),
          c.time('holder_responded_at', true),
          // YYYY-MM in Bangkok time, for the open statistics.
          c.string('month', 7),
          c.time('created_at'),
          c.time('updated_at'),
          c.int('version', 1),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'UQ_complaints_reference', columnNames: ['reference'], isUnique: true },
          { name: 'IDX_complaints_office', columnNames: ['agency_id', 'status', 'created_at'] },
          { name: 'IDX_complaints_complainant', columnNames: ['complainant_id', 'created_at'] },
          { name: 'IDX_complaints_licence', columnNames: ['licence_number', 'created_at'] },
          { name: 'IDX_complaints_month', columnNames: ['month', 'agency_id', 'status', 'outcome'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'complaint_events',
        columns: [c.id(), c.ref('complaint_id'), c.int('seq'), c.string('type', 30), c.string('status', 20), c.ref('actor_id'), c.string('actor_side', 12), c.text('note', true), c.text('data', true), c.time('created_at')],
        foreignKeys: [{ columnNames: ['complaint_id'], referencedTableName: 'complaints', referencedColumnNames: ['id'] }],
        indices: [{ name: 'UQ_complaint_events_seq', columnNames: ['complaint_id', 'seq'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'complaint_photos',
        columns: [
          c.id(),
          c.ref('complaint_id', true),
          c.ref('uploaded_by'),
          c.string('content_type', 32),
          c.int('size_bytes'),
          c.string('sha256', 64),
          c.string('storage_key', 255),
          c.time('uploaded_at'),
        ],
        indices: [{ name: 'IDX_complaint_photos_complaint', columnNames: ['complaint_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('complaint_photos');
    await queryRunner.dropTable('complaint_events');
    await queryRunner.dropTable('complaints');
  }
}
