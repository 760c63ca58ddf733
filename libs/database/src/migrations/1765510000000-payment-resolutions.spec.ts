import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765510000000: payment resolutions and office receipt numbers unique per office', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  async function seed(db: Awaited<ReturnType<typeof upTo>>, receipts: [string, string, string][]) {
    await insertRow(db, 'users', { id: 'u1', username: 'somchai' });
    for (const [app, agency] of new Map(receipts.map(([app, agency]) => [app, agency]))) {
      await insertRow(db, 'applications', { id: app, agency_id: agency, applicant_id: 'u1', tracking_number: `T-${app}` });
      await insertRow(db, 'outbox', { id: `o-${app}`, application_id: app });
      await insertRow(db, 'invoices', { id: `i-${app}`, application_id: app, outbox_id: `o-${app}` });
    }
    let n = 0;
    for (const [app, , receipt] of receipts) {
      n++;
      await insertRow(db, 'payments', { id: `p${n}`, invoice_id: `i-${app}`, application_id: app, idempotency_key: `k${n}`, office_receipt_number: receipt, status: n === 1 ? 'held' : 'successful' });
    }
  }

  it('fills agency_id from the application, refuses a receipt number used twice by one office, and can be undone', async () => {
    const db = upTo(1765510000000);
    await db.initialize();
    try {
      await db.query('PRAGMA foreign_keys = OFF');
      // Only up to the previous migration first, with data in it.
      const before = upTo(1765500000000);
      await before.initialize();
      await before.runMigrations();
      await before.query('PRAGMA foreign_keys = OFF');
      await seed(before, [
        ['a1', 'bma-khlong-toei', 'KT-1'],
        ['a2', 'bma-pathum-wan', 'KT-1'],
      ]);
      await before.destroy();
      expect((await db.runMigrations()).map((m) => m.name)).toEqual(['PaymentResolutions1765510000000']);
      expect(await db.query('SELECT id, agency_id, hold_reason FROM payments ORDER BY id')).toEqual([
        { id: 'p1', agency_id: 'bma-khlong-toei', hold_reason: 'review' },
        { id: 'p2', agency_id: 'bma-pathum-wan', hold_reason: null },
      ]);
      await insertRow(db, 'payments', { id: 'p3', invoice_id: 'i-a2', application_id: 'a2', idempotency_key: 'k3', office_receipt_number: 'KT-2', agency_id: 'bma-pathum-wan' });
      await expect(
        insertRow(db, 'payments', { id: 'p4', invoice_id: 'i-a1', application_id: 'a1', idempotency_key: 'k4', office_receipt_number: 'KT-1', agency_id: 'bma-khlong-toei' }),
      ).rejects.toThrow(/UNIQUE/);
      // Online payments have no office receipt number: many per office.
      await insertRow(db, 'payments', { id: 'p5', invoice_id: 'i-a1', application_id: 'a1', idempotency_key: 'k5', office_receipt_number: null, agency_id: 'bma-khlong-toei' });
      await insertRow(db, 'payments', { id: 'p6', invoice_id: 'i-a1', application_id: 'a1', idempotency_key: 'k6', office_receipt_number: null, agency_id: 'bma-khlong-toei' });

      await db.undoLastMigration();
      const names = ((await db.query('PRAGMA table_info(payments)')) as { name: string }[]).map((c) => c.name);
      expect(names).not.toContain('agency_id');
      expect(names).not.toContain('resolution');
      expect(await db.query("SELECT name FROM sqlite_master WHERE name = 'UQ_payments_agency_office_receipt'")).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('stops on one office using one receipt number twice, naming it', async () => {
    const other = migrationDatabase();
    const before = other.upTo(1765500000000);
    await before.initialize();
    await before.runMigrations();
    await before.query('PRAGMA foreign_keys = OFF');
    await seed(before, [
      ['a1', 'bma-khlong-toei', 'KT-9'],
      ['a2', 'bma-khlong-toei', 'KT-9'],
    ]);
    await before.destroy();
    const db = other.upTo(1765510000000);
    await db.initialize();
    try {
      await expect(db.runMigrations()).rejects.toThrow('bma-khlong-toei: KT-9');
      expect(((await db.query('PRAGMA table_info(payments)')) as { name: string }[]).map((c) => c.name)).not.toContain('agency_id');
    } finally {
      await db.destroy();
      other.remove();
    }
  });
});
