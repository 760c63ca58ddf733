export { NotificationEntity } from './notification.entity';
export { NotificationsModule } from './notifications.module';
