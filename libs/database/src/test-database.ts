import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dialectOf } from './database-config';

/** For specs: true when DATABASE_URL names PostgreSQL. */
export const testOnPostgres = dialectOf(process.env.DATABASE_URL || 'sqlite:') === 'postgres';

/**
 * For specs of the libraries: a database with `entities` synchronized, on PostgreSQL when DATABASE_URL names it (a
 * schema of its own), else on a SQLite file; `remove` drops it.
 */
export async function testDatabase(entities: DataSourceOptions['entities']): Promise<{ db: DataSource; remove(): Promise<void> }> {
  const url = process.env.DATABASE_URL ?? '';
  if (testOnPostgres) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new DataSource({ type: 'postgres', url });
    await admin.initialize();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = new DataSource({ type: 'postgres', url, schema, extra: { options: `-c search_path=${schema}` }, entities, synchronize: true });
    await db.initialize();
    return {
      db,
      async remove() {
        await db.destroy();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.destroy();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-db-spec-'));
  const db = new DataSource({ type: 'better-sqlite3', database: join(dir, 'test.sqlite'), entities, synchronize: true });
  await db.initialize();
  return {
    db,
    async remove() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
