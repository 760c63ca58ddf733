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
}

/** That one user has read one notification; per user, so an office-wide notification is read by each staff member on her own. */
@Entity('notification_reads')
export class NotificationReadEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'varchar', length: 64 })
  notificationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ name: 'read_at', type: timestampColumnType() })
  readAt: Date;
}

export type NotificationLanguage = 'th' | 'en';

/** A user's channels besides in-app (which is always on); no row means Thai and in-app only. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ type: 'varchar', length: 2 })
  language: NotificationLanguage;

  @Column({ name: 'email_enabled', type: 'boolean' })
  emailEnabled: boolean;

  @Column({ name: 'email_address', type: 'varchar', length: 254, nullable: true })
  emailAddress: string | null;

  @Column({ name: 'sms_enabled', type: 'boolean' })
  smsEnabled: boolean;

  /** E.164, +66…. */
  @Column({ name: 'sms_phone', type: 'varchar', length: 16, nullable: true })
  smsPhone: string | null;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt: Date;
}

export type DeliveryChannel = 'email' | 'sms';
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** One email or SMS of one notification to one user, sent by the `deliver-notification` outbox effect. */
@Entity('notification_deliveries')
export class NotificationDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'notification_id', type: 'varchar', length: 64 })
  notificationId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ type: 'varchar', length: 8 })
  channel: DeliveryChannel;

  /** The address or number as it was when the notification was made. */
  @Column({ type: 'varchar', length: 254 })
  address: string;

  @Column({ type: 'varchar', length: 2 })
  language: NotificationLanguage;

  /** `failed` after an attempt that failed (the outbox retries it); `sent` once the provider took it. */
  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'provider_message_id', type: 'varchar', length: 200, nullable: true })
  providerMessageId: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'sent_at', type: timestampColumnType(), nullable: true })
  sentAt: Date | null;
}
