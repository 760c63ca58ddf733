import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { NotificationErrors as N } from './notification-errors';
import { ListNotificationsQuery, NotificationPreferencesDto } from './notification.dto';
import { MarkedReadView, NotificationPreferencesView, NotificationView, UnreadCountView } from './notification.views';
import { NotificationInbox } from './notification-inbox.service';
import { NotificationPreferences } from './notification-preferences.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationInbox,
    private readonly preferences: NotificationPreferences,
  ) {}

  @Access.signedIn('self')
  @Get()
  @ApiOperation({ summary: 'My notifications, and my office’s / การแจ้งเตือน' })
  @ApiErrors(N.code.NOTIFICATION_CURSOR_INVALID)
  @ApiOkResponse({ type: [NotificationView], description: 'Newest first, `limit` at a time (50 by default, at most 100); the next page with `before` = the last id' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListNotificationsQuery): Promise<NotificationView[]> {
    return this.inbox.list(user, query);
  }

  @Access.signedIn('self')
  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications I have not read / จำนวนการแจ้งเตือนที่ยังไม่อ่าน' })
  @ApiOkResponse({ type: UnreadCountView })
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountView> {
    return { count: await this.inbox.unreadCount(user) };
  }

  @Access.signedIn('self')
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read / ทำเครื่องหมายว่าอ่านทั้งหมดแล้ว' })
  @ApiOkResponse({ type: MarkedReadView })
  async readAll(@CurrentUser() user: AuthenticatedUser): Promise<MarkedReadView> {
    return { marked: await this.inbox.markAllRead(user) };
  }

  @Access.signedIn('self')
  @Get('preferences')
  @ApiOperation({ summary: 'My notification language and channels / การตั้งค่าการแจ้งเตือน' })
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'Thai and in-app only until set' })
  getPreferences(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesView> {
    return this.preferences.get(user.id);
  }

  @Access.signedIn('self')
  @Put('preferences')
  @ApiOperation({ summary: 'Set my notification language and channels / ตั้งค่าการแจ้งเตือน' })
  @ApiErrors(N.code.NOTIFICATION_EMAIL_INVALID, N.code.NOTIFICATION_EMAIL_REQUIRED, N.code.NOTIFICATION_PHONE_INVALID, N.code.NOTIFICATION_PHONE_REQUIRED)
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'As stored: the mobile number in E.164 (+66…)' })
  putPreferences(@CurrentUser() user: AuthenticatedUser, @Body() body: NotificationPreferencesDto): Promise<NotificationPreferencesView> {
    return this.preferences.put(user.id, body);
  }

  @Access.signedIn('self')
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read / ทำเครื่องหมายว่าอ่านแล้ว' })
  @ApiErrors(N.code.NOTIFICATION_NOT_FOUND)
  @ApiOkResponse({ type: NotificationView })
  markRead(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<NotificationView> {
    return this.inbox.markRead(user, id);
  }
}
