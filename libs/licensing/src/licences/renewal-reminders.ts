import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Repository } from 'typeorm';
import { DEFAULT_RENEWAL_REMINDER_DAYS } from '@bizportal/engine';
import { CatalogueService } from '../catalogue';
import { dateVars, ReminderSource, type DueReminder, type ReminderSourceProvider } from '../reminders';
import { LicenceEntity } from './licence.entity';

const DAY_MS = 86_400_000;

/**
 * A licence in force whose validity ends within its licence type's `renewalReminderDays` (60 when the definition does
 * not say): its holder (the applicant of the issuing application), once per end date.
 */
@ReminderSource('renewal-due')
@Injectable()
export class RenewalReminders implements ReminderSourceProvider {
  constructor(
    @InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>,
    private readonly catalogue: CatalogueService,
  ) {}

  async due(now: Date): Promise<DueReminder[]> {
    // 365 days is the longest a definition may ask for; each licence is then held to its own type's days.
    const rows = await this.licences.find({ where: { status: 'valid', validUntil: Between(now, new Date(now.getTime() + 365 * DAY_MS)) }, order: { validUntil: 'ASC' }, take: 1000 });
    const reminders: DueReminder[] = [];
    for (const licence of rows) {
      const workflow = await this.catalogue.workflow(licence.licenceType, licence.workflowVersion);
      const days = workflow.definition.renewalReminderDays ?? DEFAULT_RENEWAL_REMINDER_DAYS;
      if (licence.validUntil!.getTime() - now.getTime() > days * DAY_MS) continue;
      reminders.push({
        subjectId: licence.number,
        dueKey: licence.validUntil!.toISOString(),
        applicationId: licence.applicationId,
        template: 'reminder-renewal-due',
        vars: { ...dateVars('end', licence.validUntil!), licenceNumber: licence.number },
        recipients: [{ to: 'applicant' }],
      });
    }
    return reminders;
  }
}
