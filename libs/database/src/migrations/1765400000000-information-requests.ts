import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * The office's structured requests for documents or information (REQUEST_INFO with `data.items`): one row per
 * request, one per item; a document item is answered by an upload, an information item by the applicant's text.
 */
export class InformationRequests1765400000000 implements MigrationInterface {
  name = 'InformationRequests1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'information_requests',
        columns: [c.id(), c.ref('application_id'), c.ref('requested_by'), c.time('requested_at'), c.text('comment'), c.string('open_state', 64), c.time('closed_at', true)],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['application_id', 'requested_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'information_request_items',
        columns: [
          c.id(),
          c.ref('request_id'),
          c.int('position'),
          c.string('kind', 16),
          c.string('document_code', 80, true),
          c.text('question', true),
          c.text('reason', true),
          c.text('answer_text', true),
          c.time('answered_at', true),
          c.ref('answered_by', true),
        ],
        foreignKeys: [{ columnNames: ['request_id'], referencedTableName: 'information_requests', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['request_id', 'position'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('information_request_items');
    await queryRunner.dropTable('information_requests');
  }
}
