import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { PrecheckItem } from './precheck-items';

/**
 * The officer's pre-check of a submitted application (`application_prechecks`, owned by the prechecks module): one
 * row each time it is prepared — at SUBMIT and RESUBMIT by the `prepare-precheck` effect (its outbox id unique, so
 * a second run of the effect adds nothing), or again when an officer asks. The newest is the one shown.
 */
@Entity('application_prechecks')
export class PrecheckEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  /** The effect that prepared it, or null when an officer asked for it again. */
  @Column({ name: 'outbox_id', type: 'varchar', length: 64, nullable: true, unique: true })
  outboxId: string | null;

  /** SUBMIT, RESUBMIT or RECHECK (an officer's request). */
  @Column({ type: 'varchar', length: 20 })
  trigger: PrecheckTrigger;

  /** The officer who asked for it again; null when the submission prepared it. */
  @Column({ name: 'requested_by', type: 'varchar', length: 64, nullable: true })
  requestedBy: string | null;

  @Column({ name: 'prepared_at', type: timestampColumnType() })
  preparedAt: Date;

  @Column({ type: 'simple-json' })
  items: PrecheckItem[];
}

export type PrecheckTrigger = 'SUBMIT' | 'RESUBMIT' | 'RECHECK';
