import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TransactionRunner } from './transaction-runner';

/**
 * Another process writing the same SQLite file while a transaction is open (the API and its workers in the scaled
 * mode on SQLite). The writer is a child process: better-sqlite3 waits for a lock synchronously, so a second
 * connection in this process would block the transaction it waits for.
 */
function otherProcessInserts(file: string, value: number): string {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 300');
    try { db.prepare('INSERT INTO counters (value) VALUES (?)').run(${value}); process.stdout.write('written'); }
    catch (error) { process.stdout.write(error.code); }`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout;
}

describe('TransactionRunner on SQLite shared with another process', () => {
  let dir: string;
  let db: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tx-runner-'));
    db = new DataSource({ type: 'better-sqlite3', database: join(dir, 'shared.sqlite'), prepareDatabase: (raw) => (raw.pragma('journal_mode = WAL'), raw.pragma('busy_timeout = 5000')) });
    await db.initialize();
    await db.query('CREATE TABLE counters (value integer NOT NULL)');
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the write lock from its start: a transaction that reads, then writes, is not failed by a write in between', async () => {
    const file = join(dir, 'shared.sqlite');
    const outcome = await new TransactionRunner(db).run(async (manager) => {
      const [{ n }] = await manager.query('SELECT count(*) AS n FROM counters');
      // The other process waits for the lock this transaction holds, gives up after its own busy_timeout, and writes nothing.
      const other = otherProcessInserts(file, 2);
      await manager.query('INSERT INTO counters (value) VALUES (?)', [Number(n) + 1]);
      return other;
    });
    expect(outcome).toBe('SQLITE_BUSY');
    expect(await db.query('SELECT value FROM counters')).toEqual([{ value: 1 }]);
    // Once it has committed, the other process writes.
    expect(otherProcessInserts(file, 2)).toBe('written');
  });

  it('what a deferred BEGIN (TypeORM’s own) does instead: the write after the other process’s fails at once', async () => {
    const file = join(dir, 'shared.sqlite');
    const failed = db.transaction(async (manager) => {
      await manager.query('SELECT count(*) AS n FROM counters');
      expect(otherProcessInserts(file, 2)).toBe('written');
      await manager.query('INSERT INTO counters (value) VALUES (1)');
    });
    await expect(failed).rejects.toMatchObject({ driverError: { code: 'SQLITE_BUSY_SNAPSHOT' } });
  });

  it('rolls back on an error and leaves the connection ready for the next transaction, a save() inside joining it', async () => {
    const runner = new TransactionRunner(db);
    await expect(
      runner.run(async (manager) => {
        await manager.query('INSERT INTO counters (value) VALUES (7)');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await runner.run(async (manager) => {
      // A nested transaction of TypeORM's becomes a savepoint of this one, not a second BEGIN.
      await manager.transaction((inner) => inner.query('INSERT INTO counters (value) VALUES (8)'));
    });
    expect(await db.query('SELECT value FROM counters')).toEqual([{ value: 8 }]);
  });
});
