import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CoreModule } from '../core';
import { Mailer } from './channels/mailer';
import { LocalSmsProvider, SmsProvider, ThaiBulkSmsProvider, UnconfiguredSmsProvider } from './channels/sms-provider';
import { DeliverNotificationExecutor } from './deliver-notification.executor';
import { DevInboxController } from './dev-inbox.controller';
import { NotificationDeliveries } from './notification-deliveries.service';
import { NotificationDeliveryEntity, NotificationEntity, NotificationPreferenceEntity, NotificationReadEntity } from './notification.entity';
import { NotificationInbox } from './notification-inbox.service';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotifyExecutor } from './notify.executor';

/**
 * Notifications: the `notify` effect writes in-app rows and plans email/SMS deliveries, sent by the
 * `deliver-notification` effect; read state per user and preferences. Owns `notifications`, `notification_reads`,
 * `notification_preferences` and `notification_deliveries`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationReadEntity, NotificationPreferenceEntity, NotificationDeliveryEntity]), CoreModule, IdentityModule],
  controllers: [NotificationsController, DevInboxController],
  providers: [
    NotifyExecutor,
    DeliverNotificationExecutor,
    NotificationInbox,
    NotificationPreferences,
    NotificationDeliveries,
    Mailer,
    {
      provide: SmsProvider,
      inject: [ConfigService],
      useFactory: (config: ConfigService): SmsProvider => {
        const provider = config.get<string>('SMS_PROVIDER');
        if (provider === 'local') return new LocalSmsProvider();
        if (provider !== 'thaibulksms') return new UnconfiguredSmsProvider();
        return new ThaiBulkSmsProvider({
              url: config.get<string>('THAIBULKSMS_URL') ?? 'https://api-v2.thaibulksms.com',
              apiKey: config.get<string>('THAIBULKSMS_API_KEY')!,
              apiSecret: config.get<string>('THAIBULKSMS_API_SECRET')!,
              sender: config.get<string>('SMS_SENDER') ?? 'BizPortal',
          timeoutMs: config.get<number>('SMS_TIMEOUT_MS') ?? 10_000,
        });
      },
    },
  ],
})
export class NotificationsModule {}
