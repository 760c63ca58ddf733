import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * A Digital ID sign-in is bound to the browser that started it (RFC 6749 §10.12): the hash of a random value
 * that browser holds in a short-lived cookie, which the callback must present. Also where the citizen goes
 * afterwards (a same-origin path). Attempts started before this migration have no binding and cannot finish.
 */
export class OidcLoginBinding1765200000000 implements MigrationInterface {
  name = 'OidcLoginBinding1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('oidc_login_attempts', [new TableColumn(c.string('browser_binding_hash', 64, true)), new TableColumn(c.string('return_to', 500, true))]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('oidc_login_attempts', 'return_to');
    await queryRunner.dropColumn('oidc_login_attempts', 'browser_binding_hash');
  }
}
