import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** One notification per outbox row: running the effect twice cannot notify twice. */
  @Column({ name: 'outbox_id', type: 'varchar', length: 64, unique: true })
  outboxId: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'recipient_type', type: 'varchar', length: 16 })
  recipientType: 'user' | 'agency';

  @Column({ name: 'recipient_id', type: 'varchar', length: 64 })
  recipientId: string;

  @Column({ type: 'varchar', length: 80 })
  template: string;

  @Column({ name: 'message_th', type: 'text' })
  messageTh: string;

  @Column({ name: 'message_en', type: 'text' })
  messageEn: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'read_at', type: timestampColumnType(), nullable: true })
  readAt: Date | null;
}
