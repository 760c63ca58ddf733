import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765800000000: local offices onboarded through the admin API, their jurisdictions and staff invitations', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds the columns and the invitations table with one open invitation per national ID, keeps the offices, and can be undone', async () => {
    const before = upTo(1765800000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'agencies', { id: 'bma-khlong-toei', level: 'local', province_code: '10' });
    await insertRow(before, 'agency_areas', { agency_id: 'bma-khlong-toei', subdistrict_code: '103301' });
    await before.destroy();

    const after = upTo(1765800000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['LocalOfficeOnboarding1765800000000']);
      expect(await after.query('SELECT id, kind, onboarded_by FROM agencies')).toEqual([{ id: 'bma-khlong-toei', kind: null, onboarded_by: null }]);
      expect(await after.query('SELECT agency_id, subdistrict_code, assigned_by, assigned_at FROM agency_areas')).toEqual([
        { agency_id: 'bma-khlong-toei', subdistrict_code: '103301', assigned_by: null, assigned_at: null },
      ]);
      // The unique key on the subdistrict stays: one office per subdistrict.
      await expect(insertRow(after, 'agency_areas', { agency_id: 'other', subdistrict_code: '103301' })).rejects.toThrow(/UNIQUE/);

      await insertRow(after, 'staff_invitations', { id: 'inv-1', agency_id: 'bma-khlong-toei', national_id: '1101700230708', roles: '["officer"]' });
      await expect(insertRow(after, 'staff_invitations', { id: 'inv-2', agency_id: 'bma-khlong-toei', national_id: '1101700230708', roles: '["approver"]' })).rejects.toThrow(/UNIQUE/);
      await after.query("UPDATE staff_invitations SET revoked_at = '2026-12-01 00:00:00' WHERE id = 'inv-1'");
      await insertRow(after, 'staff_invitations', { id: 'inv-2', agency_id: 'bma-khlong-toei', national_id: '1101700230708', roles: '["approver"]' });
      await after.query("UPDATE staff_invitations SET accepted_at = '2026-12-02 00:00:00' WHERE id = 'inv-2'");
      await insertRow(after, 'staff_invitations', { id: 'inv-3', agency_id: 'bma-khlong-toei', national_id: '1101700230708', roles: '["signer"]' });
      await expect(insertRow(after, 'staff_invitations', { id: 'inv-4', agency_id: 'no-such-office', national_id: '3101005678123', roles: '[]' })).rejects.toThrow(/FOREIGN KEY/);
      expect(await after.query('PRAGMA foreign_key_check')).toEqual([]);

      await after.undoLastMigration();
      expect(await after.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'staff_invitations'")).toEqual([]);
      expect(await after.query('SELECT id FROM agencies')).toEqual([{ id: 'bma-khlong-toei' }]);
      await expect(after.query('SELECT kind FROM agencies')).rejects.toThrow(/no such column/);
      await expect(after.query('SELECT assigned_by FROM agency_areas')).rejects.toThrow(/no such column/);
      expect(await after.query('SELECT agency_id, subdistrict_code FROM agency_areas')).toEqual([{ agency_id: 'bma-khlong-toei', subdistrict_code: '103301' }]);
    } finally {
      await after.destroy();
    }
  });
});
