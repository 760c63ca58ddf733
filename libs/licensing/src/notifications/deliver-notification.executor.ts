import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { OutboxEffect, type EffectExecutor, type OutboxEntity } from '../core';
import { notificationEmail, notificationSms } from './channels/channel-messages';
import { Mailer } from './channels/mailer';
import { SmsProvider } from './channels/sms-provider';
import { DELIVER_NOTIFICATION } from './notification-deliveries.service';
import { NotificationDeliveryEntity, NotificationEntity } from './notification.entity';

/**
 * The `deliver-notification` effect: sends one delivery (email or SMS) and records the outcome on its row. A failure
 * is recorded (`failed`, attempts, last error) and thrown, so the outbox retries it with its back-off and gives up as
 * it does for every effect. A delivery already `sent` is not sent again; a crash between the provider taking it and
 * our write can still send twice (the email keeps one Message-ID), which we prefer to losing it.
 */
@OutboxEffect(DELIVER_NOTIFICATION)
@Injectable()
export class DeliverNotificationExecutor implements EffectExecutor {
  constructor(
    @InjectRepository(NotificationDeliveryEntity) private readonly deliveries: Repository<NotificationDeliveryEntity>,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly transactions: TransactionRunner,
    private readonly mailer: Mailer,
    private readonly sms: SmsProvider,
    private readonly config: ConfigService,
  ) {}

  async run(row: OutboxEntity): Promise<void> {
    const delivery = await this.deliveries.findOneBy({ id: String(row.params.deliveryId) });
    if (!delivery) throw new Error(`No delivery ${String(row.params.deliveryId)}`);
    if (delivery.status === 'sent') return;
    const notification = await this.notifications.findOneByOrFail({ id: delivery.notificationId });
    const message = { th: notification.messageTh, en: notification.messageEn };
    const base = this.config.get<string>('PUBLIC_BASE_URL');
    const link = base && notification.applicationId ? `${base}/applications/${notification.applicationId}` : null;
    try {
      const { providerMessageId } =
        delivery.channel === 'email'
          ? await this.mailer.send({ to: delivery.address, ...notificationEmail(message, delivery.language, link), messageId: delivery.id })
          : await this.sms.send(delivery.address, notificationSms(message, delivery.language, link));
      await this.transactions.run((manager) =>
        manager.update(NotificationDeliveryEntity, { id: delivery.id }, { status: 'sent', attempts: delivery.attempts + 1, sentAt: new Date(), lastError: null, providerMessageId }),
      );
    } catch (error) {
      const lastError = ((error as Error).message ?? String(error)).slice(0, 2000);
      await this.transactions.run((manager) => manager.update(NotificationDeliveryEntity, { id: delivery.id }, { status: 'failed', attempts: delivery.attempts + 1, lastError }));
      throw error;
    }
  }
}
