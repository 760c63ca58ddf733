import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1767700000000: public hearings', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('makes the hearings tables with their unique keys, and can be undone', async () => {
    const db = upTo(1767700000000);
    await db.initialize();
    try {
      await db.runMigrations();
      const hearing = {
        id: 'h-1',
        application_id: 'app-1',
        reference: 'PH-2569-000001',
        agency_id: 'bma-khlong-toei',
        licence_type: 'factory-class2-public-hearing',
        province_code: '10',
        district_code: '1033',
        subdistrict_code: '103301',
        premises_address: '99 ถนนพระราม 4',
        business_name: 'โรงน้ำแข็ง',
        proposer_kind: 'person',
        proposer_name: 'โรงน้ำแข็ง',
        notice: 'ประกาศ',
        published_documents: '[]',
        days: 15,
        opens_at: '2026-12-07 03:00:00',
        closes_at: '2026-12-22 16:59:59',
        opened_by: 'user-officer-kt',
      };
      await insertRow(db, 'hearings', hearing);
      await expect(insertRow(db, 'hearings', { ...hearing, id: 'h-2', reference: 'PH-2569-000002' })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(db, 'hearings', { ...hearing, id: 'h-3', application_id: 'app-3' })).rejects.toThrow(/UNIQUE/);
      expect(await db.query('SELECT comment_count FROM hearings')).toEqual([{ comment_count: 0 }]);
      const comment = { id: 'c-1', hearing_id: 'h-1', number: 1, commenter_id: 'user-suda', stance: 'oppose', text: 'เสียงดัง', text_sha256: 'x', posted_at: '2026-12-07 04:00:00' };
      await insertRow(db, 'hearing_comments', comment);
      await expect(insertRow(db, 'hearing_comments', { ...comment, id: 'c-2' })).rejects.toThrow(/UNIQUE/);
      await insertRow(db, 'hearing_follows', { user_id: 'user-wanee', subdistrict_code: '103301', followed_at: '2026-12-07 02:00:00' });
      await expect(insertRow(db, 'hearing_follows', { user_id: 'user-wanee', subdistrict_code: '103301', followed_at: '2026-12-07 02:00:01' })).rejects.toThrow(/UNIQUE/);

      await db.undoLastMigration();
      for (const table of ['hearings', 'hearing_comments', 'hearing_photos', 'hearing_answers', 'hearing_follows', 'hearing_sequences']) {
        expect(await db.query(`SELECT name FROM sqlite_master WHERE name = '${table}'`)).toEqual([]);
      }
    } finally {
      await db.destroy();
    }
  });
});
