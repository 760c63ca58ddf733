import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** One started Digital ID sign-in: what the callback must match, kept on the server, used once, expiring. */
@Entity('oidc_login_attempts')
export class OidcLoginAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  state: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 500 })
  redirectUri: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'expires_at', type: timestampColumnType() })
  expiresAt: Date;

  /** SHA-256 (base64url) of the random value in the cookie of the browser that started the sign-in. */
  @Column({ name: 'browser_binding_hash', type: 'varchar', length: 64, nullable: true })
  browserBindingHash: string | null;

  /** The same-origin path (`?returnTo=`) the browser is sent to after signing in; null: the home page. */
  @Column({ name: 'return_to', type: 'varchar', length: 500, nullable: true })
  returnTo: string | null;

  @Column({ name: 'used_at', type: timestampColumnType(), nullable: true })
  usedAt: Date | null;
}
