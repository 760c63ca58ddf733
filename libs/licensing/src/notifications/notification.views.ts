import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';

/** GET /notifications: one in-app notification, read or not by the caller. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  applicationId!: string | null;
  @ApiProperty({ example: 'licence-issued' })
  template!: string;
  @ApiProperty({ type: LocalizedText })
  message!: LocalizedText;
  @ApiProperty({ enum: ['user', 'agency'], description: 'Sent to the caller herself, or to her whole office' })
  recipientType!: 'user' | 'agency';
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the caller marked it read (per person, also for an office-wide one)' })
  readAt!: string | null;
}

export class UnreadCountView {
  @ApiProperty({ minimum: 0 })
  count!: number;
}

export class MarkedReadView {
  @ApiProperty({ minimum: 0, description: 'How many notifications this call marked read' })
  marked!: number;
}

export class EmailPreferenceView {
  @ApiProperty()
  enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'email' })
  address!: string | null;
}

export class SmsPreferenceView {
  @ApiProperty()
  enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '+66812345678', description: 'E.164' })
  phone!: string | null;
}

/** GET/PUT /notifications/preferences. In-app notifications are always on. */
export class NotificationPreferencesView {
  @ApiProperty({ enum: ['th', 'en'], description: 'The language of emails and SMS; the other language follows below in emails' })
  language!: 'th' | 'en';
  @ApiProperty({ type: EmailPreferenceView })
  email!: EmailPreferenceView;
  @ApiProperty({ type: SmsPreferenceView })
  sms!: SmsPreferenceView;
}

/** GET /dev/sms: one message the local SMS provider kept. */
export class LocalSmsView {
  @ApiProperty({ example: 'local-1' })
  id!: string;
  @ApiProperty({ example: '+66812345678' })
  to!: string;
  @ApiProperty()
  text!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  sentAt!: string;
}
