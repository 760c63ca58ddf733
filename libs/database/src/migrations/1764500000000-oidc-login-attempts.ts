import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Digital ID sign-in: one row per started OpenID Connect login (state, nonce and PKCE verifier kept on the server,
 * used once, expiring), and one portal account per national ID.
 */
export class OidcLoginAttempts1764500000000 implements MigrationInterface {
  name = 'OidcLoginAttempts1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'oidc_login_attempts',
        columns: [
          { ...c.string('state', 128), isPrimary: true },
          c.string('nonce', 128),
          c.string('code_verifier', 128),
          c.string('redirect_uri', 500),
          c.time('created_at'),
          c.time('expires_at'),
          c.time('used_at', true),
        ],
        indices: [{ columnNames: ['expires_at'] }],
      }),
    );
    // A citizen signing in twice at once must not get two accounts (NULLs, for staff, do not collide).
    await queryRunner.createIndex('users', new TableIndex({ name: 'UQ_users_national_id', columnNames: ['national_id'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('users', 'UQ_users_national_id');
    await queryRunner.dropTable('oidc_login_attempts');
  }
}
