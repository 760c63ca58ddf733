import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1767300000000: the partial index of applications waiting for office staff', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('indexes only the applications waiting for office staff, by office, holder and due date, and can be undone', async () => {
    const db = upTo(1767300000000);
    await db.initialize();
    try {
      expect((await db.runMigrations()).map((m) => m.name)).toContain('OfficeOpenIndex1767300000000');
      const columns = ((await db.query("PRAGMA index_info('IDX_applications_office_open')")) as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(['agency_id', 'assigned_to', 'due_at']);
      const [{ sql }] = (await db.query("SELECT sql FROM sqlite_master WHERE name = 'IDX_applications_office_open'")) as { sql: string }[];
      expect(sql).toMatch(/WHERE awaiting_actor IN \('officer', 'approver', 'signer'\)$/);

      // Rows of this table alone: the users, licence types and offices they point to do not matter here.
      await db.query('PRAGMA foreign_keys = OFF');
      for (const [id, awaiting] of [['a-officer', 'officer'], ['a-approver', 'approver'], ['a-signer', 'signer'], ['a-applicant', 'applicant'], ['a-system', 'system'], ['a-decided', null]] as const) {
        await insertRow(db, 'applications', { id, tracking_number: `T-${id}`, agency_id: 'office-1', awaiting_actor: awaiting, due_at: '2026-12-01 00:00:00.000' });
      }
      // The index holds the three office actors' applications only (counted through it, INDEXED BY refuses any other index).
      const [{ n }] = (await db.query("SELECT COUNT(*) AS n FROM applications INDEXED BY IDX_applications_office_open WHERE agency_id = 'office-1' AND awaiting_actor IN ('officer', 'approver', 'signer')")) as { n: number }[];
      expect(n).toBe(3);

      // The dashboard's pass per holder reads it in holder order: no table rows, no sort for the GROUP BY.
      const plan = (await db.query(
        "EXPLAIN QUERY PLAN SELECT a.assigned_to, COUNT(*), SUM(CASE WHEN a.due_at < ? THEN 1 ELSE 0 END) FROM applications a WHERE a.agency_id = ? AND a.awaiting_actor IN ('officer', 'approver', 'signer') GROUP BY a.assigned_to",
        ['2026-12-01 00:00:00.000', 'office-1'],
      )) as { detail: string }[];
      const detail = plan.map((p) => p.detail).join('\n');
      expect(detail).toMatch(/IDX_applications_office_open/);
      expect(detail).not.toMatch(/TEMP B-TREE/);

      await db.undoLastMigration();
      const names = ((await db.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'")) as { name: string }[]).map((r) => r.name);
      expect(names).not.toContain('IDX_applications_office_open');
    } finally {
      await db.destroy();
    }
  });
});
