import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '../core';
import { NotificationDeliveryEntity, type NotificationEntity } from './notification.entity';
import { NotificationPreferences } from './notification-preferences.service';

export const DELIVER_NOTIFICATION = 'deliver-notification';

/**
 * When a notification is written: one delivery row per channel and person whose preferences ask for it (the user, or
 * every staff member of the office for an office-wide one), each sent by its own `deliver-notification` outbox row,
 * all in the notification's transaction.
 */
@Injectable()
export class NotificationDeliveries {
  constructor(
    private readonly preferences: NotificationPreferences,
    private readonly outbox: Outbox,
  ) {}

  async planFor(manager: EntityManager, notification: NotificationEntity): Promise<number> {
    const preferences =
      notification.recipientType === 'user' ? await this.preferences.ofUsers(manager, [notification.recipientId]) : await this.preferences.ofStaff(manager, notification.recipientId);
    const rows: NotificationDeliveryEntity[] = [];
    for (const pref of preferences) {
      const base = { notificationId: notification.id, userId: pref.userId, language: pref.language, status: 'pending' as const, attempts: 0, lastError: null, providerMessageId: null, createdAt: notification.createdAt, sentAt: null };
      if (pref.emailEnabled && pref.emailAddress) rows.push({ ...base, id: randomUUID(), channel: 'email', address: pref.emailAddress });
      if (pref.smsEnabled && pref.smsPhone) rows.push({ ...base, id: randomUUID(), channel: 'sms', address: pref.smsPhone });
    }
    if (rows.length === 0) return 0;
    await manager.insert(NotificationDeliveryEntity, rows);
    await this.outbox.record(manager, notification.applicationId, rows.map((r) => ({ type: DELIVER_NOTIFICATION, params: { deliveryId: r.id } })), notification.createdAt);
    return rows.length;
  }
}
