import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Documents applicants attach to applications. The bytes live in the document store (local disk or
 * S3-compatible); a row names them by key with their detected type, size and SHA-256. Replacing a document
 * keeps the old row, marked superseded; a partial unique index allows one current row per application and code.
 */
export class ApplicationDocuments1765100000000 implements MigrationInterface {
  name = 'ApplicationDocuments1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'application_documents',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('code', 80),
          c.string('filename', 255),
          c.string('content_type', 32),
          c.int('size_bytes'),
          c.string('sha256', 64),
          c.string('storage_key', 255),
          c.ref('uploaded_by'),
          c.time('uploaded_at'),
          c.time('superseded_at', true),
          c.ref('superseded_by', true),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [
          { columnNames: ['application_id', 'code'] },
          { name: 'uq_application_documents_current', columnNames: ['application_id', 'code'], isUnique: true, where: 'superseded_at IS NULL' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('application_documents');
  }
}
