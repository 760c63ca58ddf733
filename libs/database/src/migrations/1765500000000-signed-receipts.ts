import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/** E-receipts are signed (PAdES B-LT) once, when first downloaded: the signed PDF and its SHA-256 are kept. */
export class SignedReceipts1765500000000 implements MigrationInterface {
  name = 'SignedReceipts1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('receipts', [new TableColumn(c.binary('pdf', true)), new TableColumn(c.string('pdf_sha256', 64, true))]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('receipts', 'pdf_sha256');
    await queryRunner.dropColumn('receipts', 'pdf');
  }
}
