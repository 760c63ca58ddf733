import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765410000000: notification read state, preferences, deliveries and reminders', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('keeps the notifications, enforces one read per person and one reminder per key, and can be undone', async () => {
    const before = upTo(1765410000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-NTF0001', licence_type: 'food-premises-permit' });
    await insertRow(before, 'outbox', { id: 'outbox-1', application_id: 'app-1', event_id: null, type: 'notify', params: '{}' });
    await insertRow(before, 'notifications', { id: 'notification-1', outbox_id: 'outbox-1', application_id: 'app-1' });
    await before.destroy();

    const after = upTo(1765410000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['NotificationChannels1765410000000']);
      expect(await after.query('SELECT id, outbox_id FROM notifications')).toEqual([{ id: 'notification-1', outbox_id: 'outbox-1' }]);
      const columns = ((await after.query('PRAGMA table_info(notifications)')) as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('read_at');

      await insertRow(after, 'notification_reads', { notification_id: 'notification-1', user_id: 'user-officer-kt' });
      await insertRow(after, 'notification_reads', { notification_id: 'notification-1', user_id: 'user-officer2-kt' });
      await expect(insertRow(after, 'notification_reads', { notification_id: 'notification-1', user_id: 'user-officer-kt' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(after, 'notification_reads', { notification_id: 'no-such', user_id: 'user-officer-kt' })).rejects.toThrow(/FOREIGN KEY/);
      await insertRow(after, 'notification_deliveries', { id: 'delivery-1', notification_id: 'notification-1', user_id: 'user-somchai', channel: 'email' });
      await expect(insertRow(after, 'notification_deliveries', { id: 'delivery-2', notification_id: 'notification-1', user_id: 'user-somchai', channel: 'email' })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'reminders', { id: 'reminder-1', kind: 'overdue-escalation', subject_id: 'app-1', due_key: '2026-12-01T03:00:00.000Z' });
      await expect(insertRow(after, 'reminders', { id: 'reminder-2', kind: 'overdue-escalation', subject_id: 'app-1', due_key: '2026-12-01T03:00:00.000Z' })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'reminders', { id: 'reminder-3', kind: 'overdue-escalation', subject_id: 'app-1', due_key: '2026-12-09T03:00:00.000Z' });

      await after.undoLastMigration();
      expect(await after.query('SELECT id FROM notifications')).toEqual([{ id: 'notification-1' }]);
      for (const table of ['notification_reads', 'notification_preferences', 'notification_deliveries', 'reminders']) {
        expect(await after.query(`SELECT name FROM sqlite_master WHERE name = '${table}'`)).toEqual([]);
      }
      expect(((await after.query('PRAGMA table_info(notifications)')) as { name: string }[]).map((c) => c.name)).toContain('read_at');
    } finally {
      await after.destroy();
    }
  });
});
