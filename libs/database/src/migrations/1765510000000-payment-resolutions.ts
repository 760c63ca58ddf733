import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Counter payments and held payments (issue 13): each payment names the office it was paid to (`agency_id`, from its
 * application), so a paper receipt number is unique per office (`UQ_payments_agency_office_receipt`); a held payment
 * says why (`hold_reason`, since `held_at`) and how the office resolved it (`resolution` refunded/accepted, the
 * officer's reason, who and when, the gateway's refund id or the office's own refund reference).
 * Existing rows where one office used one receipt number twice stop the migration: someone must decide which
 * payment keeps the number; the error names them.
 */
export class PaymentResolutions1765510000000 implements MigrationInterface {
  name = 'PaymentResolutions1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('payments', [
      new TableColumn(c.ref('agency_id', true)),
      new TableColumn(c.string('hold_reason', 40, true)),
      new TableColumn(c.time('held_at', true)),
      new TableColumn(c.string('resolution', 10, true)),
      new TableColumn(c.text('resolution_reason', true)),
      new TableColumn(c.ref('resolved_by', true)),
      new TableColumn(c.time('resolved_at', true)),
      new TableColumn(c.string('refund_id', 64, true)),
      new TableColumn(c.string('refund_reference', 80, true)),
    ]);
    await queryRunner.query('UPDATE payments SET agency_id = (SELECT a.agency_id FROM applications a WHERE a.id = payments.application_id)');
    await queryRunner.query("UPDATE payments SET hold_reason = 'review', held_at = updated_at WHERE status = 'held'");
    const duplicates = (await queryRunner.query(
      'SELECT agency_id, office_receipt_number, COUNT(*) AS n FROM payments WHERE office_receipt_number IS NOT NULL GROUP BY agency_id, office_receipt_number HAVING COUNT(*) > 1',
    )) as { agency_id: string; office_receipt_number: string }[];
    if (duplicates.length > 0) {
      const list = duplicates.map((d) => `${d.agency_id}: ${d.office_receipt_number}`).join(', ');
      throw new Error(`Office receipt numbers used more than once (${list}): correct payments.office_receipt_number before migrating`);
    }
    await queryRunner.createIndex('payments', new TableIndex({ name: 'UQ_payments_agency_office_receipt', columnNames: ['agency_id', 'office_receipt_number'], isUnique: true }));
    await queryRunner.createIndex('payments', new TableIndex({ name: 'IDX_payments_agency_status', columnNames: ['agency_id', 'status'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('payments', 'IDX_payments_agency_status');
    await queryRunner.dropIndex('payments', 'UQ_payments_agency_office_receipt');
    for (const name of ['refund_reference', 'refund_id', 'resolved_at', 'resolved_by', 'resolution_reason', 'resolution', 'held_at', 'hold_reason', 'agency_id']) {
      await queryRunner.dropColumn('payments', name);
    }
  }
}
