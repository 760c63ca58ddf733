import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs units of work in database transactions.
 *
 * TypeORM's better-sqlite3 driver shares one connection, so two overlapping
 * `dataSource.transaction()` calls would silently nest as savepoints of each other.
 * On SQLite we therefore queue transactions one after another; PostgreSQL runs them
 * concurrently and relies on row locks and the version check.
 */
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }
}
