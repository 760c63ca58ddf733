import { insertRow, migrationDatabase } from './migration.test-support';

describe('migrations 1765400000000 and 1765400000001: information requests and inspection photos', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the tables with their keys, and can be undone', async () => {
    const ds = upTo(1765400000001);
    await ds.initialize();
    try {
      await ds.runMigrations();
      await insertRow(ds, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
      await insertRow(ds, 'licence_types', { slug: 'food-premises-permit' });
      await insertRow(ds, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-REV0001', licence_type: 'food-premises-permit' });
      await insertRow(ds, 'information_requests', { id: 'req-1', application_id: 'app-1', closed_at: null });
      await insertRow(ds, 'information_request_items', { id: 'item-1', request_id: 'req-1', position: 0, kind: 'information', question: 'เปิดกี่โมง' });
      await expect(insertRow(ds, 'information_request_items', { id: 'item-2', request_id: 'req-1', position: 0, kind: 'information' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(ds, 'information_request_items', { id: 'item-3', request_id: 'no-such-request', position: 1, kind: 'information' })).rejects.toThrow(/FOREIGN KEY/);
      await expect(insertRow(ds, 'information_requests', { id: 'req-2', application_id: 'no-such-app' })).rejects.toThrow(/FOREIGN KEY/);
      await insertRow(ds, 'inspection_photos', { id: 'photo-1', application_id: 'app-1', used_at: null });
      await expect(insertRow(ds, 'inspection_photos', { id: 'photo-2', application_id: 'no-such-app' })).rejects.toThrow(/FOREIGN KEY/);

      await ds.undoLastMigration();
      expect(await ds.query("SELECT name FROM sqlite_master WHERE name = 'inspection_photos'")).toEqual([]);
      await ds.undoLastMigration();
      expect(await ds.query("SELECT name FROM sqlite_master WHERE name IN ('information_requests', 'information_request_items')")).toEqual([]);
      expect(await ds.query('PRAGMA foreign_key_check')).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
