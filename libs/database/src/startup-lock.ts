import { Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from 'pg';
import { dialectOf, type DatabaseSettings } from './database-config';

/** How long a start waits for another process's start-up (migrations and seeding) before it gives up. */
export const START_UP_LOCK_WAIT_MS = 10 * 60_000;

/**
 * One start-up at a time per PostgreSQL schema. TypeORM takes no lock around its migrations, so API and worker processes
 * starting together on an empty schema would race on them and on the seeding that follows. The lock is
 * `pg_advisory_lock(hashtext('bizportal start-up ' || current_schema()))`, held by a connection of its own (not one of
 * the pool's, which the migrations and seeds need) from before the migrations until the root module's
 * `onApplicationBootstrap` (every seed has run by then) or the process's shutdown or death (the server ends a session's
 * advisory locks with it). SQLite takes nothing: one file, one process starting at a time (see docs/architecture.md).
 */
@Injectable()
export class StartupLock implements OnApplicationShutdown {
  private readonly logger = new Logger(StartupLock.name);
  private client: Client | undefined;

  /** Waits for the lock (PostgreSQL); resolves at once on SQLite. */
  async acquire(settings: DatabaseSettings): Promise<void> {
    if (dialectOf(settings.url) !== 'postgres' || this.client) return;
    // Required here, not at import: a start on SQLite never needs pg (TypeORM loads it only for PostgreSQL too).
    const { Client: PgClient } = require('pg') as typeof import('pg');
    const client = new PgClient({
      connectionString: settings.url,
      options: settings.schema ? `-c search_path=${settings.schema}` : undefined,
      application_name: 'bizportal start-up lock',
    });
    await client.connect();
    // Losing the connection (a server restart) loses the lock with it; the start goes on, as it would without one.
    client.on('error', (error) => this.logger.warn(`Start-up lock connection: ${error.message}`));
    try {
      const key = `'bizportal start-up ' || coalesce(current_schema(), '')`;
      const [{ taken }] = (await client.query(`SELECT pg_try_advisory_lock(hashtext(${key})) AS taken`)).rows as { taken: boolean }[];
      if (!taken) {
        this.logger.log('Another process is starting on this schema (migrations, seeding): waiting for it');
        await client.query(`SET lock_timeout = ${START_UP_LOCK_WAIT_MS}`);
        await client.query(`SELECT pg_advisory_lock(hashtext(${key}))`);
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw new Error(`Start-up lock not taken: ${(error as Error).message}`);
    }
    this.client = client;
  }

  /** Ends the lock's session, which releases the lock; a no-op when none is held. */
  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch((error: Error) => this.logger.warn(`Start-up lock release: ${error.message}`));
  }

  get held(): boolean {
    return this.client !== undefined;
  }

  onApplicationShutdown(): Promise<void> {
    return this.release();
  }
}

/** Its own module, so that the DataSource's factory (TypeOrmModule.forRootAsync) and the root module share one lock. */
@Module({ providers: [StartupLock], exports: [StartupLock] })
export class StartupLockModule {}
