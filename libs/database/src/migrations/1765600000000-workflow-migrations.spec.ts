import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765600000000: workflow migrations and their items', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the two tables with their keys, one running migration per licence type, and can be undone', async () => {
    const before = upTo(1765600000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', tracking_number: 'BP2569-MIG0001', licence_type: 'food-premises-permit' });
    await before.destroy();

    const after = upTo(1765600000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['WorkflowMigrations1765600000000']);
      expect(await after.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);

      await insertRow(after, 'workflow_migrations', { id: 'm-1', licence_type: 'food-premises-permit', status: 'running' });
      const [row] = await after.query("SELECT moved, refused, skipped, batches, resumed, skip_refused FROM workflow_migrations WHERE id = 'm-1'");
      expect(row).toEqual({ moved: 0, refused: 0, skipped: 0, batches: 0, resumed: 0, skip_refused: 0 });
      // A second running migration of the same licence type is refused; a finished one or another type's is not.
      await expect(insertRow(after, 'workflow_migrations', { id: 'm-2', licence_type: 'food-premises-permit', status: 'running' })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'workflow_migrations', { id: 'm-3', licence_type: 'food-premises-permit', status: 'completed' });
      await insertRow(after, 'workflow_migrations', { id: 'm-4', licence_type: 'street-stall-permit', status: 'running' });

      await insertRow(after, 'workflow_migration_items', { migration_id: 'm-1', seq: 1, application_id: 'app-1', outcome: 'pending', code: null, details: null, event_id: null, done_at: null });
      await expect(insertRow(after, 'workflow_migration_items', { migration_id: 'm-1', seq: 2, application_id: 'app-1', outcome: 'pending' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(after, 'workflow_migration_items', { migration_id: 'm-1', seq: 3, application_id: 'no-such-app', outcome: 'pending' })).rejects.toThrow(/FOREIGN KEY/);
      await expect(insertRow(after, 'workflow_migration_items', { migration_id: 'no-such-run', seq: 1, application_id: 'app-1', outcome: 'pending' })).rejects.toThrow(/FOREIGN KEY/);
      expect(await after.query('PRAGMA foreign_key_check')).toEqual([]);

      await after.undoLastMigration();
      expect(await after.query("SELECT name FROM sqlite_master WHERE name LIKE '%workflow_migration%'")).toEqual([]);
      expect(await after.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await after.destroy();
    }
  });
});
