import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export type PrincipalType = 'person' | 'juristic';
/** As stored: `expired` is written only when a grant past its date makes way for a new one (its date already says so). */
export type StoredGrantStatus = 'active' | 'revoked' | 'expired';

/**
 * The right a principal (a person, or a company through an authorised director, the granter) gives an agent to file
 * and act for it (`agent_grants`, owned by the grants module): for which licence types and until when. One in force
 * per principal and agent (a partial unique index). Revoking keeps the row; `agent_grant_events` keeps its history.
 */
@Entity('agent_grants')
@Index('IDX_agent_grants_principal', ['principalType', 'principalId', 'createdAt'])
@Index('IDX_agent_grants_agent', ['agentNationalId', 'createdAt'])
@Index('UQ_agent_grants_in_force', ['principalType', 'principalId', 'agentNationalId'], { unique: true, where: "status = 'active'" })
export class AgentGrantEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'principal_type', type: 'varchar', length: 10 })
  principalType: PrincipalType;

  /** The principal's national ID (person) or juristic registration number. */
  @Column({ name: 'principal_id', type: 'varchar', length: 13 })
  principalId: string;

  @Column({ name: 'principal_name_th', type: 'varchar', length: 300 })
  principalNameTh: string;

  @Column({ name: 'principal_name_en', type: 'varchar', length: 300 })
  principalNameEn: string;

  /** The account that made the grant: the person herself, or the company's authorised director. */
  @Column({ name: 'granted_by', type: 'varchar', length: 64 })
  grantedBy: string;

  @Column({ name: 'agent_national_id', type: 'varchar', length: 13 })
  agentNationalId: string;

  /** As the civil registry named the agent when the grant was made. */
  @Column({ name: 'agent_name_th', type: 'varchar', length: 300 })
  agentNameTh: string;

  @Column({ name: 'agent_name_en', type: 'varchar', length: 300 })
  agentNameEn: string;

  /** Slugs of the licence types it covers; null when it covers every licence type. */
  @Column({ name: 'licence_types', type: 'simple-json', nullable: true })
  licenceTypes: string[] | null;

  /** The Bangkok day it runs until, inclusive (YYYY-MM-DD). */
  @Column({ name: 'valid_until_date', type: 'varchar', length: 10 })
  validUntilDate: string;

  /** The instant it ends: midnight in Bangkok after `validUntilDate`. */
  @Column({ name: 'ends_at', type: timestampColumnType() })
  endsAt: Date;

  @Column({ type: 'varchar', length: 10 })
  status: StoredGrantStatus;

  @Column({ name: 'revoked_at', type: timestampColumnType(), nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 64, nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

export type GrantEventType = 'granted' | 'revoked' | 'expired';

/** The history of a grant: made, revoked or set aside once expired, by whom and when (`agent_grant_events`). */
@Entity('agent_grant_events')
@Index('IDX_agent_grant_events_grant', ['grantId', 'at'])
export class AgentGrantEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'grant_id', type: 'varchar', length: 64 })
  grantId: string;

  @Column({ type: 'varchar', length: 10 })
  type: GrantEventType;

  /** The account that did it. */
  @Column({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: timestampColumnType() })
  at: Date;
}
