export { NotificationEntity, NotificationDeliveryEntity, NotificationPreferenceEntity, NotificationReadEntity } from './notification.entity';
export { NotificationsModule } from './notifications.module';
export { NotificationErrors } from './notification-errors';
export { SmsProvider, LocalSmsProvider, ThaiBulkSmsProvider, type ThaiBulkSmsSettings } from './channels/sms-provider';
export { thaiMobileToE164, isEmailAddress } from './contact-addresses';
