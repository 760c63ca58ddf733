import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1767100000000: agent grants', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('keeps one grant in force per principal and agent, their history, the grant of an application, and can be undone', async () => {
    const db = upTo(1767100000000);
    await db.initialize();
    try {
      await db.runMigrations();
      await insertRow(db, 'users', { id: 'user-wanee', username: 'wanee', national_id: '1103700012346' });
      const grant = { principal_type: 'juristic', principal_id: '0105560012342', granted_by: 'user-wanee', agent_national_id: '1101400567898', status: 'active' };
      await insertRow(db, 'agent_grants', { id: 'grant-1', ...grant });
      await expect(insertRow(db, 'agent_grants', { id: 'grant-2', ...grant })).rejects.toThrow(/UNIQUE/);
      // A revoked one does not count: a new grant may follow it.
      await db.query("UPDATE agent_grants SET status = 'revoked' WHERE id = 'grant-1'");
      await insertRow(db, 'agent_grants', { id: 'grant-2', ...grant });
      await insertRow(db, 'agent_grant_events', { id: 'event-1', grant_id: 'grant-1', type: 'granted', actor_id: 'user-wanee' });
      await expect(insertRow(db, 'agent_grant_events', { id: 'event-2', grant_id: 'no-such-grant', type: 'granted', actor_id: 'user-wanee' })).rejects.toThrow(/FOREIGN KEY/);
      await insertRow(db, 'licence_types', { slug: 'food-premises-permit' });
      await insertRow(db, 'applications', { id: 'app-1', applicant_id: 'user-wanee', tracking_number: 'BP2569-GRANT001', licence_type: 'food-premises-permit', agent_grant_id: 'grant-2' });

      await db.undoLastMigration();
      expect(await db.query("SELECT name FROM sqlite_master WHERE name IN ('agent_grants', 'agent_grant_events')")).toEqual([]);
      const columns = ((await db.query("PRAGMA table_info('applications')")) as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('agent_grant_id');
      expect(await db.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await db.destroy();
    }
  });
});
