import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765420000000: work queue indexes and saved views', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the queue indexes and work_queue_views (names unique per user), and can be undone', async () => {
    const db = upTo(1765420000000);
    await db.initialize();
    try {
      expect((await db.runMigrations()).map((m) => m.name)).toContain('WorkQueueViewsAndIndexes1765420000000');
      const indexes = async () => ((await db.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'")) as { name: string }[]).map((r) => r.name);
      expect(await indexes()).toEqual(expect.arrayContaining(['IDX_applications_queue', 'IDX_applications_queue_counts']));
      const columns = ((await db.query("PRAGMA index_info('IDX_applications_queue')")) as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(['agency_id', 'due_at', 'created_at', 'id', 'awaiting_actor']);
      const eventIndexes = async () => ((await db.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'application_events'")) as { name: string }[]).map((r) => r.name);
      expect(await eventIndexes()).toContain('IDX_application_events_status_time');

      await insertRow(db, 'users', { id: 'user-officer-kt', username: 'officer.khlongtoei' });
      await insertRow(db, 'users', { id: 'user-officer2-kt', username: 'officer2.khlongtoei' });
      await insertRow(db, 'work_queue_views', { id: 'view-1', user_id: 'user-officer-kt', name: 'เกินกำหนด', filter: '{"overdue":true}' });
      await insertRow(db, 'work_queue_views', { id: 'view-2', user_id: 'user-officer2-kt', name: 'เกินกำหนด', filter: '{}' });
      await expect(insertRow(db, 'work_queue_views', { id: 'view-3', user_id: 'user-officer-kt', name: 'เกินกำหนด', filter: '{}' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(db, 'work_queue_views', { id: 'view-4', user_id: 'no-such-user', name: 'x', filter: '{}' })).rejects.toThrow(/FOREIGN KEY/);

      await db.undoLastMigration();
      expect(await indexes()).not.toContain('IDX_applications_queue');
      expect(await indexes()).not.toContain('IDX_applications_queue_counts');
      expect(await eventIndexes()).not.toContain('IDX_application_events_status_time');
      expect(await db.query("SELECT name FROM sqlite_master WHERE name = 'work_queue_views'")).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
