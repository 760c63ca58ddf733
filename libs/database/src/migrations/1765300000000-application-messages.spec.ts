import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765300000000: application messages, and outbox rows without a workflow step', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('keeps the outbox rows and what refers to them, lets event_id be empty, and can be undone', async () => {
    const before = upTo(1765300000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-MSG0001', licence_type: 'food-premises-permit' });
    await insertRow(before, 'application_events', { id: 'event-1', application_id: 'app-1', seq: 1 });
    await insertRow(before, 'outbox', { id: 'outbox-1', application_id: 'app-1', event_id: 'event-1', type: 'notify', params: '{}' });
    await insertRow(before, 'notifications', { id: 'notification-1', outbox_id: 'outbox-1', application_id: 'app-1' });
    await expect(insertRow(before, 'outbox', { id: 'outbox-x', application_id: 'app-1', event_id: null, type: 'notify', params: '{}' })).rejects.toThrow(/NOT NULL/);
    await before.destroy();

    const after = upTo(1765300000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['ApplicationMessages1765300000000']);
      expect(await after.query('SELECT id, event_id FROM outbox')).toEqual([{ id: 'outbox-1', event_id: 'event-1' }]);
      expect(await after.query('SELECT id, outbox_id FROM notifications')).toEqual([{ id: 'notification-1', outbox_id: 'outbox-1' }]);
      const fks = (await after.query('PRAGMA foreign_key_list(outbox)')) as { table: string; from: string }[];
      expect(fks.map((f) => `${f.from}->${f.table}`).sort()).toEqual(['application_id->applications', 'event_id->application_events']);
      expect(await after.query('PRAGMA foreign_key_check')).toEqual([]);

      await insertRow(after, 'outbox', { id: 'outbox-2', application_id: 'app-1', event_id: null, type: 'notify', params: '{}' });
      await insertRow(after, 'notifications', { id: 'notification-2', outbox_id: 'outbox-2', application_id: 'app-1' });
      await insertRow(after, 'application_messages', { id: 'message-1', application_id: 'app-1', author_side: 'applicant', body: 'สวัสดีครับ' });
      await expect(insertRow(after, 'application_messages', { id: 'message-2', application_id: 'no-such-app' })).rejects.toThrow(/FOREIGN KEY/);

      await after.undoLastMigration();
      expect(await after.query('SELECT id FROM outbox')).toEqual([{ id: 'outbox-1' }]);
      expect(await after.query('SELECT id FROM notifications')).toEqual([{ id: 'notification-1' }]);
      expect(await after.query("SELECT name FROM sqlite_master WHERE name = 'application_messages'")).toEqual([]);
      expect(await after.query('PRAGMA foreign_key_check')).toEqual([]);
    } finally {
      await after.destroy();
    }
  });
});
