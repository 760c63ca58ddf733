import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Between, In, IsNull, LessThan, LessThanOrEqual, Not } from 'typeorm';
import { addWorkingDays } from '@bizportal/common';
import { UserDirectory } from '@bizportal/identity';
import { ApplicationStore } from '../core';
import { HolidayCalendar } from '../holidays';
import { DUE_SOON_WORKING_DAYS, OFFICE_ACTORS } from '../work-queue';
import { dateVars } from './reminder-dates';
import { ReminderSource, type DueReminder, type ReminderSourceProvider } from './reminder-source';

const LIMIT = 500;

/** An application awaiting an office role whose deadline is within DUE_SOON_WORKING_DAYS: its holder, or else the office. */
@ReminderSource('due-soon')
@Injectable()
export class DueSoonReminders implements ReminderSourceProvider {
  constructor(
    private readonly applications: ApplicationStore,
    private readonly calendar: HolidayCalendar,
  ) {}

  async due(now: Date): Promise<DueReminder[]> {
    const horizon = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await this.calendar.dates());
    const rows = await this.applications.find({ where: { awaitingActor: In([...OFFICE_ACTORS]), dueAt: Between(now, horizon), agencyId: Not(IsNull()) }, order: { dueAt: 'ASC' }, take: LIMIT });
    return rows.map((app) => ({
      subjectId: app.id,
      dueKey: app.dueAt!.toISOString(),
      applicationId: app.id,
      template: 'reminder-due-soon',
      vars: dateVars('due', app.dueAt!, true),
      recipients: [app.assignedTo ? { to: 'user', userId: app.assignedTo } : { to: 'office' }],
    }));
  }
}

/** Past its deadline and still with an office role: the office's head(s), once per deadline (the office if it has none). */
@ReminderSource('overdue-escalation')
@Injectable()
export class OverdueEscalations implements ReminderSourceProvider {
  constructor(
    private readonly applications: ApplicationStore,
    private readonly directory: UserDirectory,
  ) {}

  async due(now: Date): Promise<DueReminder[]> {
    const rows = await this.applications.find({ where: { awaitingActor: In([...OFFICE_ACTORS]), dueAt: LessThan(now), agencyId: Not(IsNull()) }, order: { dueAt: 'ASC' }, take: LIMIT });
    const heads = new Map<string, string[]>();
    const reminders: DueReminder[] = [];
    for (const app of rows) {
      if (!heads.has(app.agencyId!)) heads.set(app.agencyId!, (await this.directory.staffOf(app.agencyId!, ['head_of_office'])).map((u) => u.id));
      const ids = heads.get(app.agencyId!)!;
      reminders.push({
        subjectId: app.id,
        dueKey: app.dueAt!.toISOString(),
        applicationId: app.id,
        template: 'reminder-overdue-escalation',
        vars: dateVars('due', app.dueAt!, true),
        recipients: ids.length > 0 ? ids.map((userId) => ({ to: 'user' as const, userId })) : [{ to: 'office' }],
      });
    }
    return reminders;
  }
}

/** The office has waited for the applicant (needs documents, payment, corrections…) more than APPLICANT_WAITING_WORKING_DAYS. */
@ReminderSource('applicant-waiting')
@Injectable()
export class ApplicantWaitingReminders implements ReminderSourceProvider {
  constructor(
    private readonly applications: ApplicationStore,
    private readonly calendar: HolidayCalendar,
    private readonly config: ConfigService,
  ) {}

  async due(now: Date): Promise<DueReminder[]> {
    const days = this.config.get<number>('APPLICANT_WAITING_WORKING_DAYS') ?? 5;
    const holidays = await this.calendar.dates();
    // Entered before this many working days back, at the latest: found by walking back, then checked exactly.
    const rows = await this.applications.find({ where: { awaitingActor: 'applicant', status: Not('draft'), stateEnteredAt: LessThanOrEqual(new Date(now.getTime() - days * 86_400_000)) }, order: { stateEnteredAt: 'ASC' }, take: LIMIT });
    return rows
      .filter((app) => addWorkingDays(app.stateEnteredAt, days, holidays).getTime() <= now.getTime())
      .map((app) => ({
        subjectId: app.id,
        dueKey: app.stateEnteredAt.toISOString(),
        applicationId: app.id,
        template: 'reminder-applicant-waiting',
        vars: { ...dateVars('since', app.stateEnteredAt), days: String(days) },
        recipients: [{ to: 'applicant' }],
      }));
  }
}
