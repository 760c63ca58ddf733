import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export type AssignmentAction = 'claim' | 'release' | 'assign' | 'reassign' | 'cleared';

/**
 * Who held an application in the work queue, and when that changed. Kept apart from the hash-chained
 * event history: holding work is not a step of the workflow.
 */
@Entity('application_assignments')
export class ApplicationAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ type: 'varchar', length: 16 })
  action: AssignmentAction;

  /** The holder afterwards (null after release or clearing). */
  @Column({ name: 'user_id', type: 'varchar', length: 64, nullable: true })
  userId: string | null;

  @Column({ name: 'previous_user_id', type: 'varchar', length: 64, nullable: true })
  previousUserId: string | null;

  /** Who did it (the system's id when a workflow step cleared it). */
  @Column({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId: string;

  /** The application's state at the time. */
  @Column({ type: 'varchar', length: 80 })
  state: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}
