import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Access, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { NotificationEntity } from './notification.entity';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  @Access.signedIn('self')
  @Get()
  @ApiOperation({ summary: 'My notifications, and my office’s / การแจ้งเตือน' })
  async list(@CurrentUser() user: AuthenticatedUser) {
    const where: { recipientType: 'user' | 'agency'; recipientId: string }[] = [{ recipientType: 'user', recipientId: user.id }];
    if (user.agencyId) where.push({ recipientType: 'agency', recipientId: user.agencyId });
    const rows = await this.notifications.find({ where, order: { createdAt: 'DESC' }, take: 100 });
    return rows.map((n) => ({
      id: n.id,
      applicationId: n.applicationId,
      template: n.template,
      message: { th: n.messageTh, en: n.messageEn },
      createdAt: n.createdAt,
      readAt: n.readAt,
    }));
  }
}
