import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { prepareSqliteConnection } from '../database-config';
import { ALL_MIGRATIONS } from '.';

/** Test support for migration specs (excluded from the build). */
const timestampOf = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)![1]);

/** A temporary SQLite file, and data sources on it that know the migrations up to a timestamp. */
export function migrationDatabase() {
  const file = join(mkdtempSync(join(tmpdir(), 'bizportal-migration-')), 'test.sqlite');
  return {
    upTo: (last: number) =>
      new DataSource({ type: 'better-sqlite3', database: file, migrations: ALL_MIGRATIONS.filter((m) => timestampOf(m) <= last), prepareDatabase: prepareSqliteConnection }),
    remove: () => rmSync(dirname(file), { recursive: true, force: true }),
  };
}

/** Inserts a row, giving every NOT NULL column without a default some value of its type. */
export async function insertRow(ds: DataSource, table: string, values: Record<string, unknown>): Promise<void> {
  const columns = (await ds.query(`PRAGMA table_info(${table})`)) as { name: string; type: string; notnull: number; dflt_value: unknown }[];
  const row: Record<string, unknown> = {};
  for (const c of columns) {
    if (c.name in values) row[c.name] = values[c.name];
    else if (c.notnull && c.dflt_value === null) row[c.name] = /int/i.test(c.type) ? 1 : /date|time/i.test(c.type) ? '2026-11-22 00:00:00' : `${c.name}-1`;
  }
  const names = Object.keys(row);
  await ds.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, Object.values(row));
}
