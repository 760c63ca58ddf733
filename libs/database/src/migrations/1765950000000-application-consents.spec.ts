import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765950000000: the applicant’s consent to the privacy notice', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('keeps one consent per existing application and can be undone', async () => {
    const db = upTo(1765950000000);
    await db.initialize();
    try {
      await db.runMigrations();
      await insertRow(db, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
      await insertRow(db, 'licence_types', { slug: 'food-premises-permit' });
      await insertRow(db, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-CNS0001', licence_type: 'food-premises-permit' });
      await insertRow(db, 'application_consents', { id: 'consent-1', application_id: 'app-1', notice_version: '1', covers: '["application-decision"]' });
      await expect(insertRow(db, 'application_consents', { id: 'consent-2', application_id: 'app-1' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(db, 'application_consents', { id: 'consent-3', application_id: 'no-such-app' })).rejects.toThrow(/FOREIGN KEY/);

      await db.undoLastMigration();
      expect(await db.query("SELECT name FROM sqlite_master WHERE name = 'application_consents'")).toEqual([]);
      expect(await db.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await db.destroy();
    }
  });
});
