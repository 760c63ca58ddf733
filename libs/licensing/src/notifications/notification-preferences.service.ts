import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { UserEntity } from '@bizportal/identity';
import { isEmailAddress, thaiMobileToE164 } from './contact-addresses';
import { NotificationPreferenceEntity } from './notification.entity';
import { NotificationErrors } from './notification-errors';
import type { NotificationPreferencesDto } from './notification.dto';
import type { NotificationPreferencesView } from './notification.views';

/** What a user without a row gets: Thai, in-app only. */
export const DEFAULT_PREFERENCES: NotificationPreferencesView = { language: 'th', email: { enabled: false, address: null }, sms: { enabled: false, phone: null } };

/** Each user's notification language and channels besides in-app; owns `notification_preferences`. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @InjectRepository(NotificationPreferenceEntity) private readonly preferences: Repository<NotificationPreferenceEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  async get(userId: string): Promise<NotificationPreferencesView> {
    const row = await this.preferences.findOneBy({ userId });
    return row ? toView(row) : DEFAULT_PREFERENCES;
  }

  /** Checks everything before writing: a refusal stores nothing. */
  async put(userId: string, input: NotificationPreferencesDto): Promise<NotificationPreferencesView> {
    const emailAddress = input.email.address?.trim() || null;
    if (emailAddress !== null && !isEmailAddress(emailAddress)) throw NotificationErrors.create('NOTIFICATION_EMAIL_INVALID', {}, [{ field: 'email.address', problem: 'invalid' }]);
    if (input.email.enabled && emailAddress === null) throw NotificationErrors.create('NOTIFICATION_EMAIL_REQUIRED', {}, [{ field: 'email.address', problem: 'required' }]);
    const rawPhone = input.sms.phone?.trim() || null;
    const smsPhone = rawPhone === null ? null : thaiMobileToE164(rawPhone);
    if (rawPhone !== null && smsPhone === null) throw NotificationErrors.create('NOTIFICATION_PHONE_INVALID', {}, [{ field: 'sms.phone', problem: 'invalid' }]);
    if (input.sms.enabled && smsPhone === null) throw NotificationErrors.create('NOTIFICATION_PHONE_REQUIRED', {}, [{ field: 'sms.phone', problem: 'required' }]);
    const row: NotificationPreferenceEntity = {
      userId,
      language: input.language,
      emailEnabled: input.email.enabled,
      emailAddress,
      smsEnabled: input.sms.enabled,
      smsPhone,
      updatedAt: new Date(),
    };
    await this.transactions.run((manager) => manager.upsert(NotificationPreferenceEntity, row, ['userId']));
    return toView(row);
  }

  /** The rows of these users, inside the caller's transaction. */
  ofUsers(manager: EntityManager, userIds: string[]): Promise<NotificationPreferenceEntity[]> {
    return userIds.length === 0 ? Promise.resolve([]) : manager.findBy(NotificationPreferenceEntity, { userId: In(userIds) });
  }

  /** The preferences of every staff member of an office who has set any (the staff and their preferences in one statement). */
  ofStaff(manager: EntityManager, agencyId: string): Promise<NotificationPreferenceEntity[]> {
    return manager
      .createQueryBuilder(NotificationPreferenceEntity, 'preference')
      .innerJoin(UserEntity, 'staff', 'staff.id = preference.user_id')
      .where('staff.agency_id = :agencyId', { agencyId })
      .orderBy('preference.user_id', 'ASC')
      .getMany();
  }
}

function toView(row: NotificationPreferenceEntity): NotificationPreferencesView {
  return {
    language: row.language,
    email: { enabled: row.emailEnabled, address: row.emailAddress },
    sms: { enabled: row.smsEnabled, phone: row.smsPhone },
  };
}
