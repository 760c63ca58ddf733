import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * `seed_checksums` (owned by the database library's SeedChecksums): for each start-up seed, the checksum of the
 * files it last applied, so that a start whose files have not changed skips reading and comparing the seeded tables.
 */
export class SeedChecksums1767400000000 implements MigrationInterface {
  name = 'SeedChecksums1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(new Table({ name: 'seed_checksums', columns: [{ ...c.string('seed', 40), isPrimary: true }, c.string('checksum', 64), c.time('applied_at')] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('seed_checksums');
  }
}
