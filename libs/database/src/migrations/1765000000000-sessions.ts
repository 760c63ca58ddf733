import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * One row per sign-in: the bearer token names it (`sid`), every request checks it, and signing out or a
 * change of the account's roles or office revokes it. A deleted account takes its sessions with it.
 */
export class Sessions1765000000000 implements MigrationInterface {
  name = 'Sessions1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [c.id(), c.ref('user_id'), c.time('created_at'), c.time('expires_at'), c.time('revoked_at', true)],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ columnNames: ['user_id'] }, { columnNames: ['expires_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sessions');
  }
}
