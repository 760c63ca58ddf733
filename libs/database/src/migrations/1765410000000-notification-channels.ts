import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/**
 * Issue 12 parts 4 and 5: read state per user (`notification_reads`, so one office-wide notification is read or
 * unread for each staff member on her own; it replaces `notifications.read_at`, which no route ever wrote), each
 * user's channel preferences (`notification_preferences`), each email or SMS sent for a notification
 * (`notification_deliveries`), and the reminders the reminder job has made (`reminders`, one per key).
 */
export class NotificationChannels1765410000000 implements MigrationInterface {
  name = 'NotificationChannels1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const bool = (name: string): TableColumn => new TableColumn({ name, type: 'boolean', isNullable: false, default: false });
    await queryRunner.createTable(
      new Table({
        name: 'notification_reads',
        columns: [{ ...c.ref('notification_id'), isPrimary: true }, { ...c.ref('user_id'), isPrimary: true }, c.time('read_at')],
        foreignKeys: [{ columnNames: ['notification_id'], referencedTableName: 'notifications', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createIndex('notifications', new TableIndex({ name: 'IDX_notifications_recipient_created', columnNames: ['recipient_type', 'recipient_id', 'created_at'] }));
    await queryRunner.dropColumn('notifications', 'read_at');
    await queryRunner.createTable(
      new Table({
        name: 'notification_preferences',
        columns: [{ ...c.ref('user_id'), isPrimary: true }, c.string('language', 2), bool('email_enabled'), c.string('email_address', 254, true), bool('sms_enabled'), c.string('sms_phone', 16, true), c.time('updated_at')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_deliveries',
        columns: [
          c.id(),
          c.ref('notification_id'),
          c.ref('user_id'),
          c.string('channel', 8),
          c.string('address', 254),
          c.string('language', 2),
          c.string('status', 16),
          c.int('attempts', 0),
          c.text('last_error', true),
          c.string('provider_message_id', 200, true),
          c.time('created_at'),
          c.time('sent_at', true),
        ],
        foreignKeys: [{ columnNames: ['notification_id'], referencedTableName: 'notifications', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        uniques: [{ name: 'UQ_notification_deliveries_once', columnNames: ['notification_id', 'user_id', 'channel'] }],
        indices: [{ columnNames: ['status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reminders',
        columns: [c.id(), c.string('kind', 40), c.ref('subject_id'), c.string('due_key', 40), c.ref('application_id'), c.time('created_at')],
        // Insert-first: of two overlapping runs, the second insert of the same key fails and makes nothing.
        uniques: [{ name: 'UQ_reminders_key', columnNames: ['kind', 'subject_id', 'due_key'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('reminders');
    await queryRunner.dropTable('notification_deliveries');
    await queryRunner.dropTable('notification_preferences');
    await queryRunner.dropTable('notification_reads');
    await queryRunner.dropIndex('notifications', 'IDX_notifications_recipient_created');
    await queryRunner.addColumn('notifications', new TableColumn(columns(queryRunner).time('read_at', true)));
  }
}
