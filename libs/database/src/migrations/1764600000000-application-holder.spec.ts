import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { prepareSqliteConnection } from '../database-config';
import { ALL_MIGRATIONS } from '.';

const timestampOf = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)![1]);

/** Inserts a row, giving every NOT NULL column without a default some value of its type. */
async function insertRow(ds: DataSource, table: string, values: Record<string, unknown>): Promise<void> {
  const columns = (await ds.query(`PRAGMA table_info(${table})`)) as { name: string; type: string; notnull: number; dflt_value: unknown }[];
  const row: Record<string, unknown> = {};
  for (const c of columns) {
    if (c.name in values) row[c.name] = values[c.name];
    else if (c.notnull && c.dflt_value === null) row[c.name] = /int/i.test(c.type) ? 1 : /date|time/i.test(c.type) ? '2026-11-22 00:00:00' : `${c.name}-1`;
  }
  const names = Object.keys(row);
  await ds.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, Object.values(row));
}

describe('migration 1764600000000: application holder and applicant data', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'bizportal-migration-')), 'test.sqlite');
  const upTo = (last: number) =>
    new DataSource({ type: 'better-sqlite3', database: file, migrations: ALL_MIGRATIONS.filter((m) => timestampOf(m) <= last), prepareDatabase: prepareSqliteConnection, });
  afterAll(() => rmSync(dirname(file), { recursive: true, force: true }));

  it('names existing applications after their applicant (their history intact), and can be undone', async () => {
    const before = upTo(1764600000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', display_name_th: 'นายสมชาย ใจดี', display_name_en: 'Mr Somchai Jaidee', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-1', applicant_id: 'user-somchai', licence_type: 'food-premises-permit' });
    await insertRow(before, 'application_events', { id: 'event-1', application_id: 'app-1' });
    await before.destroy();

    const after = upTo(1764600000000);
    await after.initialize();
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['ApplicationHolder1764600000000']);
      expect(await after.query('SELECT holder_type, holder_id, holder_name_th, holder_name_en, applicant_data, applicant_data_source FROM applications')).toEqual([
        { holder_type: 'person', holder_id: '1101700230708', holder_name_th: 'นายสมชาย ใจดี', holder_name_en: 'Mr Somchai Jaidee', applicant_data: null, applicant_data_source: null },
      ]);
      expect(await after.query('SELECT id, application_id FROM application_events')).toEqual([{ id: 'event-1', application_id: 'app-1' }]);
      await after.undoLastMigration();
      const columns = ((await after.query('PRAGMA table_info(applications)')) as { name: string }[]).map((c) => c.name);
      expect(columns.filter((c) => c.startsWith('holder_') || c.startsWith('applicant_data'))).toEqual([]);
      expect(await after.query('SELECT id FROM applications')).toEqual([{ id: 'app-1' }]);
    } finally {
      await after.destroy();
    }
  });
});
