import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

export class Payments1764100000000 implements MigrationInterface {
  name = 'Payments1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const application = { columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] };
    await queryRunner.createTable(
      new Table({
        name: 'invoices',
        columns: [
          c.id(),
          c.ref('application_id'),
          { ...c.ref('outbox_id'), isUnique: true },
          c.string('fee_code', 40),
          c.int('amount_satang'),
          c.string('currency', 3),
          c.string('status', 10),
          c.time('created_at'),
          c.time('paid_at', true),
        ],
        foreignKeys: [application, { columnNames: ['outbox_id'], referencedTableName: 'outbox', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['application_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payments',
        columns: [
          c.id(),
          c.ref('invoice_id'),
          c.ref('application_id'),
          c.string('method', 10),
          c.string('status', 10),
          c.int('amount_satang'),
          c.string('currency', 3),
          { ...c.string('idempotency_key', 200), isUnique: true },
          { ...c.string('charge_id', 64, true), isUnique: true },
          c.text('qr_download_uri', true),
          c.text('authorize_uri', true),
          c.time('expires_at', true),
          c.time('paid_at', true),
          c.string('failure_code', 80, true),
          c.text('failure_message', true),
          c.time('applied_at', true),
          c.string('office_receipt_number', 60, true),
          c.ref('created_by'),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        foreignKeys: [application, { columnNames: ['invoice_id'], referencedTableName: 'invoices', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['application_id'] }, { columnNames: ['status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'receipts',
        columns: [
          c.id(),
          { ...c.string('receipt_number', 80), isUnique: true },
          { ...c.ref('payment_id'), isUnique: true },
          c.ref('application_id'),
          c.ref('agency_id'),
          c.int('fiscal_year'),
          c.int('sequence'),
          c.int('amount_satang'),
          c.text('amount_words_th'),
          c.string('payer_name', 300),
          c.string('method', 10),
          c.time('issued_at'),
        ],
        foreignKeys: [application, { columnNames: ['payment_id'], referencedTableName: 'payments', referencedColumnNames: ['id'] }],
        uniques: [{ columnNames: ['agency_id', 'fiscal_year', 'sequence'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'receipt_sequences',
        columns: [{ ...c.ref('agency_id'), isPrimary: true }, { ...c.int('fiscal_year'), isPrimary: true }, c.int('last_number')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'gateway_events',
        columns: [c.id(), c.string('charge_id', 64, true), c.string('outcome', 40), c.time('received_at')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['gateway_events', 'receipt_sequences', 'receipts', 'payments', 'invoices']) await queryRunner.dropTable(table);
  }
}
