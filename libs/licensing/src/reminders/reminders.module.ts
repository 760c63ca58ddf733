import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CoreModule } from '../core';
import { HolidaysModule } from '../holidays';
import { ApplicantWaitingReminders, DueSoonReminders, OverdueEscalations } from './application-reminders';
import { Clock } from './reminder-source';
import { ReminderEntity } from './reminder.entity';
import { Reminders } from './reminders.service';

/**
 * Reminders and escalation: the job and the application reminders (due soon, overdue → head of office, waiting for the
 * applicant); other modules contribute sources with @ReminderSource (licences: renewal due; payments: PromptPay QR
 * expiring). Owns `reminders`. Each reminder is a `notify` effect, so it reaches in-app and the user's channels.
 */
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature([ReminderEntity]), CoreModule, HolidaysModule, IdentityModule],
  providers: [Reminders, Clock, DueSoonReminders, OverdueEscalations, ApplicantWaitingReminders],
  exports: [Reminders, Clock],
})
export class RemindersModule {}
