import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule } from '../core';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotifyExecutor } from './notify.executor';

/** In-app notifications, written by the `notify` outbox effect; owns `notifications`. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), CoreModule],
  controllers: [NotificationsController],
  providers: [NotifyExecutor],
})
export class NotificationsModule {}
