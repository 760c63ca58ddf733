import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/** Photos the office takes at site inspections: bytes in the document store, one row each; a recorded result uses a photo once. */
export class InspectionPhotos1765400000001 implements MigrationInterface {
  name = 'InspectionPhotos1765400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'inspection_photos',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('content_type', 32),
          c.int('size_bytes'),
          c.string('sha256', 64),
          c.string('storage_key', 255),
          c.ref('uploaded_by'),
          c.time('uploaded_at'),
          c.time('used_at', true),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['application_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('inspection_photos');
  }
}
