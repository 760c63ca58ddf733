import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/** Who one reminder notifies, as the `notify` effect's params say it (`vars` fill the template). */
export interface ReminderRecipient {
  to: 'applicant' | 'office' | 'user';
  /** For `to: 'user'`: the account notified in person. */
  userId?: string;
}

export interface DueReminder {
  subjectId: string;
  dueKey: string;
  applicationId: string;
  template: string;
  vars: Record<string, string>;
  recipients: ReminderRecipient[];
}

/** Finds what is due for one kind of reminder at `now`; the reminders job records each once. */
export interface ReminderSourceProvider {
  due(now: Date): Promise<DueReminder[]>;
}

/**
 * Marks a provider as the source of one kind of reminder (its name: `@ReminderSource('renewal-due')`); the reminder
 * job finds every one at start, so a library that builds on licensing (payments) contributes its own.
 */
export const ReminderSource = DiscoveryService.createDecorator<string>();

/** The time the reminder job runs at; tests move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
