import type { Repository } from 'typeorm';
import type { CatalogueService } from '../catalogue';
import type { LicenceEntity } from './licence.entity';
import { RenewalReminders } from './renewal-reminders';

const DAY_MS = 86_400_000;
const now = new Date('2027-03-01T03:00:00Z');

/** The rule on top of the query: each licence held to its own type's days, 60 when the definition says nothing. */
describe('RenewalReminders', () => {
  const licence = (number: string, licenceType: string, daysLeft: number) => ({ number, licenceType, workflowVersion: 1, applicationId: `app-${number}`, validUntil: new Date(now.getTime() + daysLeft * DAY_MS), status: 'valid' }) as LicenceEntity;
  const rows = [licence('A-1', 'default-type', 59), licence('A-2', 'default-type', 61), licence('B-1', 'ten-day-type', 9), licence('B-2', 'ten-day-type', 11)];
  const repository = { find: async () => rows } as unknown as Repository<LicenceEntity>;
  const catalogue = {
    workflow: async (slug: string) => ({ definition: { name: { th: 'ใบอนุญาต', en: 'Licence' }, ...(slug === 'ten-day-type' ? { renewalReminderDays: 10 } : {}) } }),
  } as unknown as CatalogueService;

  it('is due within renewalReminderDays, 60 when absent, keyed by the licence and its end', async () => {
    const due = await new RenewalReminders(repository, catalogue).due(now);
    expect(due.map((d) => d.subjectId)).toEqual(['A-1', 'B-1']);
    expect(due[0]).toMatchObject({ dueKey: rows[0].validUntil!.toISOString(), applicationId: 'app-A-1', template: 'reminder-renewal-due', recipients: [{ to: 'applicant' }] });
    expect(due[0].vars).toMatchObject({ licenceNumber: 'A-1', endTh: expect.stringMatching(/2570/), endEn: expect.stringMatching(/2027/) });
  });
});
