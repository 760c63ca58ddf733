import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765550000000: billers, bill payment imports and their lines', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the three tables with their unique keys, keeps payments, and can be undone', async () => {
    const before = upTo(1765550000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'agencies', { id: 'bma-khlong-toei' });
    await insertRow(before, 'agencies', { id: 'bma-pathum-wan' });
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'building-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-BILL0001', licence_type: 'building-permit' });
    await insertRow(before, 'outbox', { id: 'out-1', application_id: 'app-1' });
    await insertRow(before, 'invoices', { id: 'inv-1', application_id: 'app-1', outbox_id: 'out-1' });
    await insertRow(before, 'payments', { id: 'pay-1', invoice_id: 'inv-1', application_id: 'app-1', idempotency_key: 'k-1' });
    await before.destroy();

    const after = upTo(1765550000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['BillPayments1765550000000']);
      expect(await after.query('SELECT id FROM payments')).toEqual([{ id: 'pay-1' }]);

      await insertRow(after, 'billers', { agency_id: 'bma-khlong-toei', tax_id: '0994000165234', suffix: '00', bank_code: '006', account_number: '9000000001' });
      // One biller ID and one bank account per office.
      await expect(insertRow(after, 'billers', { agency_id: 'bma-pathum-wan', tax_id: '0994000165234', suffix: '00', bank_code: '006', account_number: '9000000002' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(after, 'billers', { agency_id: 'bma-pathum-wan', tax_id: '0994000165234', suffix: '01', bank_code: '006', account_number: '9000000001' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(after, 'billers', { agency_id: 'no-such-office', tax_id: '0994000165234', suffix: '02', bank_code: '006', account_number: '9000000003' })).rejects.toThrow(/FOREIGN KEY/);

      await insertRow(after, 'bill_payment_imports', { id: 'imp-1', agency_id: 'bma-khlong-toei', source: 'statement', file_name: null, statement_date: null, finished_at: null });
      await insertRow(after, 'bill_payment_lines', { id: 'line-1', line_key: 'a'.repeat(64), import_id: 'imp-1', agency_id: 'bma-khlong-toei', application_id: 'app-1', payment_id: 'pay-1' });
      // A line the bank reported once is matched once.
      await expect(insertRow(after, 'bill_payment_lines', { id: 'line-2', line_key: 'a'.repeat(64), import_id: 'imp-1', agency_id: 'bma-khlong-toei' })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'bill_payment_lines', { id: 'line-3', line_key: 'b'.repeat(64), import_id: 'imp-1', agency_id: 'bma-khlong-toei', application_id: null, payment_id: null });
      await expect(insertRow(after, 'bill_payment_lines', { id: 'line-4', line_key: 'c'.repeat(64), import_id: 'no-such-import', agency_id: 'bma-khlong-toei' })).rejects.toThrow(/FOREIGN KEY/);
      expect(await after.query('PRAGMA foreign_key_check')).toEqual([]);

      await after.undoLastMigration();
      expect(await after.query("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'bill%')")).toEqual([]);
      expect(await after.query('SELECT id FROM payments')).toEqual([{ id: 'pay-1' }]);
    } finally {
      await after.destroy();
    }
  });
});
