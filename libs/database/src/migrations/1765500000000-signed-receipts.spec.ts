import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765500000000: signed receipts', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the signed PDF and its SHA-256 to receipts (empty for existing ones), and can be undone', async () => {
    const before = upTo(1765499999999);
    await before.initialize();
    await before.runMigrations();
    await before.query('PRAGMA foreign_keys = OFF'); // a receipt alone, without its application and payment
    await insertRow(before, 'receipts', { id: 'receipt-1', receipt_number: 'KT/2570/000001', payment_id: 'payment-1' });
    await before.destroy();

    const db = upTo(1765500000000);
    await db.initialize();
    try {
      expect((await db.runMigrations()).map((m) => m.name)).toEqual(['SignedReceipts1765500000000']);
      expect(await db.query("SELECT pdf, pdf_sha256 FROM receipts WHERE id = 'receipt-1'")).toEqual([{ pdf: null, pdf_sha256: null }]);
      await db.query("UPDATE receipts SET pdf = ?, pdf_sha256 = ? WHERE id = 'receipt-1'", [Buffer.from('%PDF-'), 'a'.repeat(64)]);
      const names = async () => ((await db.query('PRAGMA table_info(receipts)')) as { name: string }[]).map((c) => c.name);
      expect(await names()).toEqual(expect.arrayContaining(['pdf', 'pdf_sha256']));
      await db.query("DELETE FROM receipts WHERE id = 'receipt-1'"); // the orphan row would fail the table's rebuild
      await db.undoLastMigration();
      expect(await names()).not.toContain('pdf');
      expect(await names()).not.toContain('pdf_sha256');
    } finally {
      await db.destroy();
    }
  });
});
