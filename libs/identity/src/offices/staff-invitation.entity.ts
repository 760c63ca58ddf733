import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { Role } from '@bizportal/engine';

/**
 * A person invited by national ID to work in a local office with the given roles. When she first signs in with
 * Digital ID (national ID claim), the invitation becomes her account's roles and office (`accepted_at`); until then
 * it may be revoked. At most one open invitation per national ID (a partial unique index).
 */
@Entity('staff_invitations')
export class StaffInvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ name: 'national_id', type: 'varchar', length: 13 })
  nationalId: string;

  @Column({ type: 'simple-json' })
  roles: Role[];

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'accepted_at', type: timestampColumnType(), nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_user_id', type: 'varchar', length: 64, nullable: true })
  acceptedUserId: string | null;

  @Column({ name: 'revoked_at', type: timestampColumnType(), nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 64, nullable: true })
  revokedBy: string | null;
}
