import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765960000000: satisfaction ratings', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('takes one rating per existing application, indexes applications by start, and can be undone', async () => {
    const db = upTo(1765960000000);
    await db.initialize();
    try {
      await db.runMigrations();
      await insertRow(db, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
      await insertRow(db, 'licence_types', { slug: 'food-premises-permit' });
      await insertRow(db, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-SAT0001', licence_type: 'food-premises-permit' });
      await insertRow(db, 'satisfaction_ratings', { id: 'rating-1', application_id: 'app-1', month: '2026-12', score: 5, comment: null });
      await expect(insertRow(db, 'satisfaction_ratings', { id: 'rating-2', application_id: 'app-1', score: 1 })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(db, 'satisfaction_ratings', { id: 'rating-3', application_id: 'no-such-app', score: 1 })).rejects.toThrow(/FOREIGN KEY/);
      const indexes = async () => ((await db.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'")) as { name: string }[]).map((r) => r.name);
      expect(await indexes()).toContain('IDX_applications_created');

      await db.undoLastMigration();
      expect(await db.query("SELECT name FROM sqlite_master WHERE name = 'satisfaction_ratings'")).toEqual([]);
      expect(await indexes()).not.toContain('IDX_applications_created');
      expect(await db.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await db.destroy();
    }
  });
});
