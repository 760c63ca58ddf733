import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Messages between an applicant and the office, one thread per application (`application_messages`),
 * and outbox rows that no workflow step made: a new message records a `notify` effect, so
 * `outbox.event_id` may now be empty (it still names the step for every effect a step recorded).
 */
export class ApplicationMessages1765300000000 implements MigrationInterface {
  name = 'ApplicationMessages1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'application_messages',
        columns: [
          c.id(),
          c.ref('application_id'),
          c.string('author_side', 16),
          c.ref('author_id'),
          c.string('author_name_th', 300),
          c.string('author_name_en', 300),
          c.text('body'),
          c.time('created_at'),
          // When the other side first marked it read, and who.
          c.time('read_at', true),
          c.ref('read_by', true),
        ],
        foreignKeys: [{ columnNames: ['application_id'], referencedTableName: 'applications', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['application_id', 'created_at'] }],
      }),
    );
    // TypeORM runs migrations on SQLite with foreign keys off, so its copy of the table keeps the rows that refer to it.
    await queryRunner.changeColumn('outbox', 'event_id', new TableColumn(c.ref('event_id', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Undoing the feature removes what only it made: the threads, and the notifications of their messages with their outbox rows.
    const q = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`DELETE FROM ${q('notifications')} WHERE outbox_id IN (SELECT id FROM ${q('outbox')} WHERE event_id IS NULL)`);
    await queryRunner.query(`DELETE FROM ${q('outbox')} WHERE event_id IS NULL`);
    // TypeORM undoes a migration with foreign keys on, and SQLite can only change a column by copying the table, which
    // the rows referring to the outbox refuse (even deferred): there event_id stays nullable, which the older code never uses.
    if (queryRunner.connection.options.type === 'postgres') await queryRunner.changeColumn('outbox', 'event_id', new TableColumn(columns(queryRunner).ref('event_id')));
    await queryRunner.dropTable('application_messages');
  }
}
