import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** One sign-in: the bearer token carries its id as `sid`; it ends at `expires_at` or when revoked. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'expires_at', type: timestampColumnType() })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: timestampColumnType(), nullable: true })
  revokedAt: Date | null;
}
