import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository, type SelectQueryBuilder } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { NotificationEntity, NotificationReadEntity } from './notification.entity';
import { NotificationErrors } from './notification-errors';
import type { NotificationView } from './notification.views';

export const DEFAULT_PAGE_SIZE = 50;

/**
 * The caller's in-app notifications: her own and her office's. Read state is per user (`notification_reads`), so
 * one office-wide notification is read or unread for each staff member on her own; a notification that is not hers
 * or her office's does not exist for her (404).
 */
@Injectable()
export class NotificationInbox {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(NotificationReadEntity) private readonly reads: Repository<NotificationReadEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(user: AuthenticatedUser, options: { unread?: boolean; limit?: number; before?: string }): Promise<NotificationView[]> {
    const query = this.visibleTo(user);
    if (options.unread) this.onlyUnread(query, user);
    if (options.before) {
      const cursor = await this.visibleTo(user).andWhere('n.id = :cursor', { cursor: options.before }).getOne();
      if (!cursor) throw NotificationErrors.create('NOTIFICATION_CURSOR_INVALID');
      query.andWhere(
        new Brackets((b) => b.where('n.createdAt < :at', { at: cursor.createdAt }).orWhere(new Brackets((same) => same.where('n.createdAt = :at').andWhere('n.id < :cursorId', { cursorId: cursor.id })))),
      );
    }
    const rows = await query
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(options.limit ?? DEFAULT_PAGE_SIZE)
      .getMany();
    const readAt = await this.readTimes(user.id, rows.map((r) => r.id));
    return rows.map((n) => view(n, readAt.get(n.id) ?? null));
  }

  async unreadCount(user: AuthenticatedUser): Promise<number> {
    return this.onlyUnread(this.visibleTo(user), user).getCount();
  }

  async markRead(user: AuthenticatedUser, id: string): Promise<NotificationView> {
    const notification = await this.visibleTo(user).andWhere('n.id = :id', { id }).getOne();
    if (!notification) throw NotificationErrors.create('NOTIFICATION_NOT_FOUND');
    await this.insertReads(user.id, [id], new Date());
    const readAt = await this.readTimes(user.id, [id]);
    return view(notification, readAt.get(id)!);
  }

  async markAllRead(user: AuthenticatedUser): Promise<number> {
    const unread = await this.onlyUnread(this.visibleTo(user), user).getMany();
    await this.insertReads(user.id, unread.map((n) => n.id), new Date());
    return unread.length;
  }

  /** Insert-or-ignore: marking twice, or two tabs at once, keeps the first time. */
  private async insertReads(userId: string, ids: string[], at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      await this.transactions.run((manager) =>
        manager
          .createQueryBuilder()
          .insert()
          .into(NotificationReadEntity)
          .values(chunk.map((notificationId) => ({ notificationId, userId, readAt: at })))
          .orIgnore()
          .execute(),
      );
    }
  }

  private visibleTo(user: AuthenticatedUser): SelectQueryBuilder<NotificationEntity> {
    return this.notifications.createQueryBuilder('n').where(
      new Brackets((b) => {
        b.where(new Brackets((own) => own.where('n.recipientType = :user', { user: 'user' }).andWhere('n.recipientId = :me', { me: user.id })));
        if (user.agencyId) b.orWhere(new Brackets((office) => office.where('n.recipientType = :agency', { agency: 'agency' }).andWhere('n.recipientId = :office', { office: user.agencyId })));
      }),
    );
  }

  private onlyUnread(query: SelectQueryBuilder<NotificationEntity>, user: AuthenticatedUser): SelectQueryBuilder<NotificationEntity> {
    return query.leftJoin(NotificationReadEntity, 'r', 'r.notificationId = n.id AND r.userId = :reader', { reader: user.id }).andWhere('r.notificationId IS NULL');
  }

  private async readTimes(userId: string, ids: string[]): Promise<Map<string, Date>> {
    if (ids.length === 0) return new Map();
    const rows = await this.reads.findBy({ userId, notificationId: In(ids) });
    return new Map(rows.map((r) => [r.notificationId, r.readAt]));
  }
}

function view(n: NotificationEntity, readAt: Date | null): NotificationView {
  return {
    id: n.id,
    applicationId: n.applicationId,
    template: n.template,
    message: { th: n.messageTh, en: n.messageEn },
    recipientType: n.recipientType,
    createdAt: n.createdAt.toISOString(),
    readAt: readAt ? readAt.toISOString() : null,
  };
}
