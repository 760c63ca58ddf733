import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from './migrations';

export const DEFAULT_DATABASE_URL = 'sqlite:data/bizportal.sqlite';

export type DatabaseDialect = 'sqlite' | 'postgres';

export function dialectOf(url: string): DatabaseDialect {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got '${url.split(':')[0]}:…')`);
}

/** The dialect chosen by the environment; entity column types that differ by dialect read it. */
export function currentDialect(): DatabaseDialect {
  return dialectOf(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
}

/** Timestamps are UTC instants on both databases. */
export function timestampColumnType(): 'timestamptz' | 'datetime' {
  return currentDialect() === 'postgres' ? 'timestamptz' : 'datetime';
}

/** Settings of every SQLite connection the product opens (the benchmark's raw baseline uses it too). */
export function prepareSqliteConnection(db: { pragma(sql: string): unknown }): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A licensing system of record: every commit reaches the disk before it is acknowledged.
  db.pragma('synchronous = FULL');
}

/**
 * The placeholder of the index-th value (from 1) in raw SQL for the manager's database: `$1, $2…` on PostgreSQL, `?` on
 * SQLite, where values bind in order (a value used twice is passed twice).
 */
export function placeholderOf(manager: { connection: { options: { type: string } } }): (index: number) => string {
  return manager.connection.options.type === 'postgres' ? (index) => `$${index}` : () => '?';
}

/** Binary data (signed PDFs) on both databases. */
export function binaryColumnType(): 'bytea' | 'blob' {
  return currentDialect() === 'postgres' ? 'bytea' : 'blob';
}

export interface DatabaseSettings {
  url: string;
  /** PostgreSQL schema to use (tests use one per suite); defaults to the server's search path. */
  schema?: string;
  logging?: boolean;
}

/** TypeORM options for SQLite (better-sqlite3, file under data/) or PostgreSQL; migrations run on start. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const common = {
    migrations: ALL_MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: settings.logging ?? false,
  };
  if (dialectOf(settings.url) === 'sqlite') {
    const file = settings.url.slice('sqlite:'.length);
    const database = file === ':memory:' ? file : resolve(file);
    if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database,
      enableWAL: database !== ':memory:',
      prepareDatabase: prepareSqliteConnection,
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: settings.url,
    schema: settings.schema,
    extra: settings.schema ? { options: `-c search_path=${settings.schema}` } : undefined,
  };
}
