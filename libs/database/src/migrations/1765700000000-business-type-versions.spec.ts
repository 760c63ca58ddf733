import { canonicalJson, sha256Hex } from '@bizportal/common';
import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1765700000000: business types as versioned data', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it('makes each existing business type its published version 1, allows one draft at a time, and can be undone', async () => {
    const before = upTo(1765700000000 - 1);
    await before.initialize();
    await before.runMigrations();
    const quiz = { questions: [{ id: 'q1', text: { th: 'ขายสุราหรือไม่', en: 'Alcohol?' }, multiple: false, options: [] }], rules: {} };
    await insertRow(before, 'businesses', {
      slug: 'restaurant',
      name_th: 'ร้านอาหาร',
      name_en: 'Restaurant',
      licences: JSON.stringify(['food-premises-permit']),
      details: JSON.stringify({ bizPortalGroup: 'RESTAURANT', sources: ['S3'], quiz }),
    });
    await before.destroy();

    const after = upTo(1765700000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['BusinessTypeVersions1765700000000']);
      expect(await after.query('SELECT slug, current_version FROM businesses')).toEqual([{ slug: 'restaurant', current_version: 1 }]);
      const [v1] = await after.query('SELECT * FROM business_type_versions');
      const content = { name: { th: 'ร้านอาหาร', en: 'Restaurant' }, description: null, licences: ['food-premises-permit'], quiz, bizPortalGroup: 'RESTAURANT', sources: ['S3'] };
      expect(JSON.parse(v1.content)).toEqual(content);
      // The checksum seeding computes for the same entry of businesses.json, so the next start adds no version.
      expect(v1).toMatchObject({ business_slug: 'restaurant', version: 1, revision: 1, checksum: sha256Hex(canonicalJson(content)), created_by: 'workflows/ files', published_by: 'workflows/ files' });
      expect(new Date(`${v1.published_at}Z`).getTime()).toBeGreaterThan(Date.now() - 60_000);

      // A business type created through the API starts with no published version.
      await insertRow(after, 'businesses', { slug: 'bakery', licences: '[]', details: '{}' });
      expect(await after.query("SELECT current_version FROM businesses WHERE slug = 'bakery'")).toEqual([{ current_version: 0 }]);
      await insertRow(after, 'business_type_versions', { id: 'draft-1', business_slug: 'bakery', version: 1, published_at: null });
      await expect(insertRow(after, 'business_type_versions', { id: 'draft-2', business_slug: 'bakery', version: 2, published_at: null })).rejects.toThrow(/UNIQUE/);
      await expect(insertRow(after, 'business_type_versions', { id: 'v1-again', business_slug: 'bakery', version: 1, published_at: '2026-12-01 00:00:00' })).rejects.toThrow(/UNIQUE/);
      await insertRow(after, 'business_type_versions', { id: 'draft-3', business_slug: 'restaurant', version: 2, published_at: null });
      await expect(insertRow(after, 'business_type_versions', { id: 'orphan', business_slug: 'no-such-business', version: 1, published_at: null })).rejects.toThrow(/FOREIGN KEY/);

      await after.undoLastMigration();
      expect(await after.query("SELECT name FROM sqlite_master WHERE name = 'business_type_versions'")).toEqual([]);
      expect(await after.query('SELECT slug, name_en FROM businesses ORDER BY slug')).toEqual([
        { slug: 'bakery', name_en: 'name_en-1' },
        { slug: 'restaurant', name_en: 'Restaurant' },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
