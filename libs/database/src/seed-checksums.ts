import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { placeholderOf } from './database-config';
import { TransactionRunner } from './transaction-runner';

/**
 * What each start-up seed (areas, catalogue, holidays) last applied, as a checksum of its source files (`seed_checksums`).
 * A start whose files hash the same as last time skips the seed's reading and comparing of the seeded tables, which
 * would find nothing to change; an empty database or a changed file seeds as before. A seed's `revision` is part of
 * its checksum: raise it when the seed starts writing something new, so that every database is seeded once more.
 */
@Injectable()
export class SeedChecksums {
  constructor(private readonly transactions: TransactionRunner) {}

  /** sha256 of the seed's revision and each file's name (not its directory: a moved checkout is unchanged) and bytes. */
  checksumOf(revision: string, files: string[]): string {
    const hash = createHash('sha256').update(revision);
    for (const file of files) {
      hash.update(`\0${basename(file)}\0`);
      hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
    }
    return hash.digest('hex');
  }

  /** Whether the seed last applied files with this checksum. */
  async applied(seed: string, checksum: string): Promise<boolean> {
    return this.transactions.statement(async (manager) => {
      const rows = (await manager.query(`SELECT checksum FROM seed_checksums WHERE seed = ${placeholderOf(manager)(1)}`, [seed])) as { checksum: string }[];
      return rows[0]?.checksum === checksum;
    });
  }

  /** Records the checksum in the transaction that applied the seed, so that a failed seed is tried again. */
  async record(manager: EntityManager, seed: string, checksum: string): Promise<void> {
    const $ = placeholderOf(manager);
    await this.forget(manager, seed);
    await manager.query(`INSERT INTO seed_checksums (seed, checksum, applied_at) VALUES (${$(1)}, ${$(2)}, ${$(3)})`, [seed, checksum, new Date().toISOString()]);
  }

  /** The next start applies the seed again: for a change made by other means to rows the seed writes. */
  async forget(manager: EntityManager, seed: string): Promise<void> {
    await manager.query(`DELETE FROM seed_checksums WHERE seed = ${placeholderOf(manager)(1)}`, [seed]);
  }
}
