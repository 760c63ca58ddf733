import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1764600000000: application holder and applicant data', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('names existing applications after their applicant (their history intact), and can be undone', async () => {
    const before = upTo(1764600000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', display_name_th: 'นายสมชาย ใจดี', display_name_en: 'Mr Somchai Jaidee', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', licence_type: 'food-premises-permit' });
    await insertRow(before, 'application_events', { id: 'event-1', application_id: 'app-1' });
    await before.destroy();

    const after = upTo(1764600000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['ApplicationHolder1764600000000']);
      expect(await after.query('SELECT holder_type, holder_id, holder_name_th, holder_name_en, applicant_data, applicant_data_source FROM applications')).toEqual([
        { holder_type: 'person', holder_id: '1101700230708', holder_name_th: 'นายสมชาย ใจดี', holder_name_en: 'Mr Somchai Jaidee', applicant_data: null, applicant_data_source: null },
      ]);
      expect(await after.query('SELECT id, application_id FROM application_events')).toEqual([{ id: 'event-1', application_id: 'app-1' }]);
      await after.undoLastMigration();
      const columns = ((await after.query('PRAGMA table_info(applications)')) as { name: string }[]).map((c) => c.name);
      expect(columns.filter((c) => c.startsWith('holder_') || c.startsWith('applicant_data'))).toEqual([]);
      expect(await after.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await after.destroy();
    }
  });
});
