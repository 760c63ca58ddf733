import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** One reminder made, once per key (`kind`, `subject_id`, `due_key`): a unique constraint, inserted first. */
@Entity('reminders')
export class ReminderEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** The application, licence or payment it is about. */
  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId: string;

  /** What makes it due once: the deadline, the licence's end, the state's entry time, the QR's expiry (ISO). */
  @Column({ name: 'due_key', type: 'varchar', length: 40 })
  dueKey: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}
