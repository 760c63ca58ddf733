import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs units of work in database transactions.
 *
 * TypeORM's better-sqlite3 driver shares one connection, so two overlapping
 * `dataSource.transaction()` calls would silently nest as savepoints of each other.
 * On SQLite we therefore queue transactions one after another; PostgreSQL runs them
 * concurrently and relies on row locks and the version check.
 *
 * On SQLite a transaction also begins IMMEDIATE, taking the write lock first. TypeORM's plain BEGIN is deferred: a
 * transaction that reads and then writes, in a process sharing the file with others (the API and its workers), fails
 * at once with SQLITE_BUSY_SNAPSHOT when another process has written since its read, without waiting `busy_timeout`.
 * Begun IMMEDIATE, it waits for the other writer instead (transaction-runner.spec.ts shows both).
 */
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inTurn(() => (this.serialize ? this.immediate(work) : this.dataSource.transaction(work)));
  }

  /**
   * Work of exactly one statement, which needs no BEGIN and COMMIT of its own: on PostgreSQL it runs at once in
   * autocommit; on SQLite it takes its turn in the queue, so it never lands inside another's open transaction.
   */
  statement<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inTurn(() => work(this.dataSource.manager));
  }

  private async immediate<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.query('BEGIN IMMEDIATE');
    // What TypeORM's startTransaction records, so that a save() inside joins this transaction (as a savepoint).
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // As TypeORM's own transaction(): the work's error is the one to report, not a failed rollback's.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** On SQLite, after everything queued before it; on PostgreSQL, at once. */
  private inTurn<T>(task: () => Promise<T>): Promise<T> {
    if (!this.serialize) return task();
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
