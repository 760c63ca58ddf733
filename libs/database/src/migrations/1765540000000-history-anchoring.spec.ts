import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765540000000: history anchors, their leaves and recorded chain breaks', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the three tables with their keys, keeps the history, and can be undone', async () => {
    const before = upTo(1765540000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-ANC0001', licence_type: 'food-premises-permit' });
    await insertRow(before, 'application_events', { id: 'event-1', application_id: 'app-1', seq: 1 });
    await before.destroy();

    const after = upTo(1765540000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['HistoryAnchoring1765540000000']);
      expect(await after.query('SELECT id FROM application_events')).toEqual([{ id: 'event-1' }]);

      await insertRow(after, 'history_anchors', { id: 'anchor-1', anchor_date: '2026-12-01', signature: Buffer.from([1, 2]) });
      await expect(insertRow(after, 'history_anchors', { id: 'anchor-2', anchor_date: '2026-12-01', signature: Buffer.from([1]) })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'history_anchor_leaves', { anchor_id: 'anchor-1', leaf_index: 0, application_id: 'app-1', event_seq: 1 });
      await expect(insertRow(after, 'history_anchor_leaves', { anchor_id: 'anchor-1', leaf_index: 0, application_id: 'app-1', tracking_number: 'BP2569-ANC0001', event_seq: 1 })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(after, 'history_anchor_leaves', { anchor_id: 'anchor-1', leaf_index: 1, application_id: 'no-such-app', event_seq: 1 })).rejects.toThrow(/FOREIGN KEY/);
      await insertRow(after, 'history_chain_breaks', { id: 'break-1', application_id: 'app-1', kind: 'link', seq: 1, anchor_id: null });
      await expect(insertRow(after, 'history_chain_breaks', { id: 'break-2', application_id: 'app-1', kind: 'link', seq: 1, anchor_id: null })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'history_chain_breaks', { id: 'break-3', application_id: 'app-1', kind: 'anchor', seq: 1, anchor_id: 'anchor-1' });
      expect(await after.query('PRAGMA foreign_key_check')).toEqual([]);

      await after.undoLastMigration();
      expect(await after.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'history_%'")).toEqual([]);
      expect(await after.query('SELECT id FROM application_events')).toEqual([{ id: 'event-1' }]);
    } finally {
      await after.destroy();
    }
  });
});
