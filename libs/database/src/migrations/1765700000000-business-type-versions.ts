import { randomUUID } from 'node:crypto';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { canonicalJson, sha256Hex } from '@bizportal/common';
import { columns } from './columns';

/** Who the versions seeded from workflows/businesses.json name as drafter and publisher (CatalogueService's WORKFLOW_FILES_PUBLISHER). */
const FILES = 'workflows/ files';

/**
 * Business types and their Smart Quiz as versioned data (issue 14 part 3): `business_type_versions` holds each
 * version's content (names, description, licences, quiz) as JSON; a draft is edited (`revision` counts the edits),
 * a published version never changes. `businesses.current_version` names the published version the finder answers
 * from (0: none yet, the type is not shown), and the business row keeps a copy of it. One draft per business type at
 * a time (`UQ_business_type_versions_draft`, partial: where `published_at` is null). Existing business rows become
 * version 1, published by the files they were seeded from, with the checksum seeding computes, so the next start
 * adds no version.
 */
export class BusinessTypeVersions1765700000000 implements MigrationInterface {
  name = 'BusinessTypeVersions1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('businesses', new TableColumn(c.int('current_version', 0)));
    await queryRunner.createTable(
      new Table({
        name: 'business_type_versions',
        columns: [
          c.id(),
          c.string('business_slug', 80),
          c.int('version'),
          c.text('content'),
          c.string('checksum', 64),
          c.int('revision'),
          c.time('created_at'),
          c.string('created_by', 100),
          c.time('updated_at'),
          c.string('updated_by', 100),
          c.time('published_at', true),
          c.string('published_by', 100, true),
        ],
        foreignKeys: [{ columnNames: ['business_slug'], referencedTableName: 'businesses', referencedColumnNames: ['slug'] }],
        uniques: [{ name: 'UQ_business_type_versions_version', columnNames: ['business_slug', 'version'] }],
      }),
    );
    await queryRunner.createIndex(
      'business_type_versions',
      new TableIndex({ name: 'UQ_business_type_versions_draft', columnNames: ['business_slug'], isUnique: true, where: 'published_at IS NULL' }),
    );

    const rows = (await queryRunner.query('SELECT slug, name_th, name_en, licences, details FROM businesses')) as { slug: string; name_th: string; name_en: string; licences: string; details: string }[];
    const isPostgres = queryRunner.connection.options.type === 'postgres';
    // TypeORM's own SQLite form of a datetime (UTC, no zone); PostgreSQL takes the ISO string.
    const now = isPostgres ? new Date().toISOString() : new Date().toISOString().replace('T', ' ').replace('Z', '');
    for (const row of rows) {
      const { quiz, description, ...extra } = JSON.parse(row.details) as Record<string, unknown>;
      const content = { ...extra, name: { th: row.name_th, en: row.name_en }, description: description ?? null, licences: JSON.parse(row.licences), quiz: quiz ?? { questions: [], rules: {} } };
      const json = JSON.stringify(content);
      const params = [randomUUID(), row.slug, json, sha256Hex(canonicalJson(content)), now, FILES, now, FILES, now, FILES];
      const placeholders = params.map((_, i) => (isPostgres ? `$${i + 1}` : '?'));
      await queryRunner.query(
        `INSERT INTO business_type_versions (id, business_slug, version, content, checksum, revision, created_at, created_by, updated_at, updated_by, published_at, published_by)
         VALUES (${placeholders[0]}, ${placeholders[1]}, 1, ${placeholders[2]}, ${placeholders[3]}, 1, ${placeholders.slice(4).join(', ')})`,
        params,
      );
    }
    await queryRunner.query('UPDATE businesses SET current_version = 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('business_type_versions', 'UQ_business_type_versions_draft');
    await queryRunner.dropTable('business_type_versions');
    await queryRunner.dropColumn('businesses', 'current_version');
  }
}
