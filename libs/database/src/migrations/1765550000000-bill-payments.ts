import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Bill payment (issue 13 part 3): the offices as billers of the cross-bank bill payment (`billers`: tax ID and
 * suffix, the bank account named in the bank's statement, each unique), the statements and counter entries
 * imported (`bill_payment_imports`: who, when, the file's SHA-256, what came of it) and every bill payment the bank
 * reported (`bill_payment_lines`: unique by `line_key`, so a line imported twice is matched once).
 */
export class BillPayments1765550000000 implements MigrationInterface {
  name = 'BillPayments1765550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'billers',
        columns: [{ ...c.ref('agency_id'), isPrimary: true }, c.string('tax_id', 13), c.string('suffix', 2), c.string('bank_code', 3), c.string('account_number', 10), c.time('created_at')],
        uniques: [
          { name: 'UQ_billers_biller_id', columnNames: ['tax_id', 'suffix'] },
          { name: 'UQ_billers_account', columnNames: ['bank_code', 'account_number'] },
        ],
        foreignKeys: [{ columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bill_payment_imports',
        columns: [
          c.id(),
          c.ref('agency_id'),
          c.string('source', 10),
          c.string('file_name', 200, true),
          c.string('file_sha256', 64),
          c.string('statement_date', 10, true),
          c.int('line_count'),
          c.int('settled'),
          c.int('held'),
          c.int('already_imported'),
          c.int('total_satang'),
          c.ref('imported_by'),
          c.time('imported_at'),
          c.time('finished_at', true),
        ],
        foreignKeys: [{ columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('bill_payment_imports', new TableIndex({ name: 'IDX_bill_payment_imports_agency', columnNames: ['agency_id', 'imported_at'] }));
    await queryRunner.createTable(
      new Table({
        name: 'bill_payment_lines',
        columns: [
          c.id(),
          { ...c.string('line_key', 64), isUnique: true },
          c.ref('import_id'),
          c.int('line_number'),
          c.ref('agency_id'),
          c.string('ref1', 20),
          c.string('ref2', 20),
          c.int('amount_satang'),
          c.time('paid_at'),
          c.string('bank_code', 3),
          c.string('bank_reference', 60),
          c.string('payer_name', 100, true),
          c.string('outcome', 10),
          c.string('hold_reason', 40, true),
          c.ref('application_id', true),
          c.ref('payment_id', true),
          c.time('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['import_id'], referencedTableName: 'bill_payment_imports', referencedColumnNames: ['id'] },
          { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] },
          { columnNames: ['payment_id'], referencedTableName: 'payments', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createIndex('bill_payment_lines', new TableIndex({ name: 'IDX_bill_payment_lines_import', columnNames: ['import_id', 'line_number'] }));
    await queryRunner.createIndex('bill_payment_lines', new TableIndex({ name: 'IDX_bill_payment_lines_agency_outcome', columnNames: ['agency_id', 'outcome'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('bill_payment_lines');
    await queryRunner.dropTable('bill_payment_imports');
    await queryRunner.dropTable('billers');
  }
}
