import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1767200000000: complaints', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('keeps complaints about an existing application, one reference each, their history in order, and can be undone', async () => {
    const db = upTo(1767200000000);
    await db.initialize();
    try {
      await db.runMigrations();
      await insertRow(db, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
      await insertRow(db, 'licence_types', { slug: 'food-premises-permit' });
      await insertRow(db, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-CMP0001', licence_type: 'food-premises-permit' });
      await insertRow(db, 'complaints', { id: 'c-1', reference: 'RC-2569-AAAA2222', application_id: 'app-1', status: 'received', outcome: null });
      expect(await db.query('SELECT anonymous_to_holder FROM complaints')).toEqual([{ anonymous_to_holder: 0 }]);
      await expect(insertRow(db, 'complaints', { id: 'c-2', reference: 'RC-2569-AAAA2222', application_id: 'app-1' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(db, 'complaints', { id: 'c-3', reference: 'RC-2569-BBBB3333', application_id: 'no-such-app' })).rejects.toThrow(/FOREIGN KEY/);
      await insertRow(db, 'complaint_events', { id: 'e-1', complaint_id: 'c-1', seq: 1 });
      await expect(insertRow(db, 'complaint_events', { id: 'e-2', complaint_id: 'c-1', seq: 1 })).rejects.toThrow(/UNIQUE/);
      await insertRow(db, 'complaint_photos', { id: 'p-1', complaint_id: null });

      await db.undoLastMigration();
      expect(await db.query("SELECT name FROM sqlite_master WHERE name LIKE 'complaint%'")).toEqual([]);
      expect(await db.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await db.destroy();
    }
  });
});
