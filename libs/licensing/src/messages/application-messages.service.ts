import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { isOfficeStaff, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport } from '../applications';
import { Outbox, type ApplicationEntity } from '../core';
import { MessageEntity, type MessageSide } from './message.entity';
import { MessageErrors } from './messages-errors';
import type { MessageDto, MessagesMarkedReadDto } from './messages.dto';

/**
 * The thread between an application's applicant and its office: whoever may see the application
 * reads it (ApplicationSupport.loadForViewing: applicant, co-directors, the office, auditors); the
 * applicant herself and staff of the office write and mark read. Owns `application_messages`; a new
 * message notifies the other side through the outbox's `notify` effect, in the same transaction.
 */
@Injectable()
export class ApplicationMessages {
  constructor(
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    private readonly applications: ApplicationSupport,
    private readonly users: UserDirectory,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The thread, oldest first. */
  async list(applicationId: string, user: AuthenticatedUser): Promise<MessageDto[]> {
    const app = await this.applications.loadForViewing(applicationId, user);
    const rows = await this.messages.find({ where: { applicationId: app.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(view);
  }

  async post(applicationId: string, user: AuthenticatedUser, body: string): Promise<MessageDto> {
    const app = await this.applications.loadForViewing(applicationId, user);
    const side = writingSide(user, app);
    if (app.status === 'draft' || app.agencyId === null) throw MessageErrors.create('MESSAGES_NOT_OPEN_FOR_DRAFT');
    const author = await this.users.findUser(user.id);
    const message = await this.transactions.run(async (manager) => {
      // Oldest first must be the order written: never earlier than the thread's last message.
      const last = await manager.findOne(MessageEntity, { where: { applicationId: app.id }, order: { createdAt: 'DESC' } });
      const now = new Date(Math.max(Date.now(), (last?.createdAt.getTime() ?? 0) + 1));
      const row: MessageEntity = {
        id: randomUUID(),
        applicationId: app.id,
        authorSide: side,
        authorId: user.id,
        authorNameTh: author?.displayNameTh ?? user.displayName,
        authorNameEn: author?.displayNameEn ?? user.displayName,
        body,
        createdAt: now,
        readAt: null,
        readBy: null,
      };
      await manager.insert(MessageEntity, row);
      const notify =
        side === 'applicant'
          ? { template: 'message-from-applicant', to: 'office', ...(app.assignedTo ? { staffId: app.assignedTo } : {}) }
          : { template: 'message-from-office', to: 'applicant' };
      await this.outbox.record(manager, app.id, [{ type: 'notify', params: notify }], now);
      return row;
    });
    this.outbox.runSoon();
    return view(message);
  }

  /** Marks the other side's unread messages read for the caller's side. */
  async markRead(applicationId: string, user: AuthenticatedUser): Promise<MessagesMarkedReadDto> {
    const app = await this.applications.loadForViewing(applicationId, user);
    const side = writingSide(user, app);
    const result = await this.transactions.run((manager) =>
      manager.update(MessageEntity, { applicationId: app.id, authorSide: Not(side), readAt: IsNull() }, { readAt: new Date(), readBy: user.id }),
    );
    return { marked: result.affected ?? 0 };
  }
}

/** The side the user writes for: the applicant who made it, or staff of its office; anyone else who sees it only reads. */
function writingSide(user: AuthenticatedUser, app: ApplicationEntity): MessageSide {
  if (user.roles.includes('applicant') && app.applicantId === user.id) return 'applicant';
  if (isOfficeStaff(user, app.agencyId)) return 'office';
  throw MessageErrors.create('MESSAGES_READ_ONLY');
}

function view(row: MessageEntity): MessageDto {
  return {
    id: row.id,
    authorSide: row.authorSide,
    authorName: { th: row.authorNameTh, en: row.authorNameEn },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    readByOtherSide: row.readAt !== null,
    readAt: row.readAt?.toISOString() ?? null,
  };
}
