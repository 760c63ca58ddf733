import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/** An invoice keeps its lines as computed when the fee was raised: code, label, amount and how it was computed (JSON). */
export class InvoiceLines1767000000000 implements MigrationInterface {
  name = 'InvoiceLines1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('invoices', new TableColumn(columns(queryRunner).text('lines', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('invoices', 'lines');
  }
}
