import { migrationDatabase } from './migration.test-support';

describe('migration 1766000000000: the application list indexes', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('adds an index per list scope in page order (creation, id, then status), and can be undone', async () => {
    const db = upTo(1766000000000);
    await db.initialize();
    try {
      expect((await db.runMigrations()).map((m) => m.name)).toContain('ApplicationListIndexes1766000000000');
      const columnsOf = async (index: string) => ((await db.query(`PRAGMA index_info('${index}')`)) as { name: string }[]).map((c) => c.name);
      expect(await columnsOf('IDX_applications_applicant_list')).toEqual(['applicant_id', 'created_at', 'id', 'status']);
      expect(await columnsOf('IDX_applications_holder_list')).toEqual(['holder_type', 'holder_id', 'created_at', 'id', 'status']);
      expect(await columnsOf('IDX_applications_agency_list')).toEqual(['agency_id', 'created_at', 'id', 'status']);
      const plan = (await db.query("EXPLAIN QUERY PLAN SELECT * FROM applications WHERE applicant_id = 'user-somchai' AND created_at <= '2026-12-01' ORDER BY created_at DESC, id DESC LIMIT 21")) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/IDX_applications_applicant_list/);
      expect(plan.map((p) => p.detail).join('\n')).not.toMatch(/TEMP B-TREE/);

      await db.undoLastMigration();
      const names = ((await db.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'")) as { name: string }[]).map((r) => r.name);
      expect(names).not.toEqual(expect.arrayContaining(['IDX_applications_applicant_list']));
      expect(names.filter((n) => n.endsWith('_list'))).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
