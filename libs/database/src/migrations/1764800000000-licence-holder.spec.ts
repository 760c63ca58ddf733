import { insertRow, migrationDatabase } from './migration.test-support';

describe('migration 1764800000000: licences belong to the person or company their application was for', () => {
  const { upTo, remove } = migrationDatabase();
  afterAll(remove);

  it("moves a company's licence from the applying director to the company, leaves a person's alone, and can be undone", async () => {
    const before = upTo(1764800000000 - 1);
    await before.initialize();
    await before.runMigrations();
    await insertRow(before, 'users', { id: 'user-wanee', username: 'wanee', national_id: '1103700012346' });
    await insertRow(before, 'users', { id: 'user-somchai', username: 'somchai', national_id: '1101700230708' });
    await insertRow(before, 'licence_types', { slug: 'food-premises-permit' });
    await insertRow(before, 'applications', { id: 'app-company', applicant_id: 'user-wanee', tracking_number: 'BP2569-COMPANY1', licence_type: 'food-premises-permit', holder_type: 'juristic', holder_id: '0105560012342' });
    await insertRow(before, 'applications', { id: 'app-person', applicant_id: 'user-somchai', tracking_number: 'BP2569-PERSON01', licence_type: 'food-premises-permit', holder_type: 'person', holder_id: '1101700230708' });
    await insertRow(before, 'licences', { id: 'licence-company', number: 'A/2569/000001', application_id: 'app-company', holder_id: 'user-wanee' });
    await insertRow(before, 'licences', { id: 'licence-person', number: 'A/2569/000002', application_id: 'app-person', holder_id: 'user-somchai' });
    await before.destroy();

    const after = upTo(1764800000000);
    await after.initialize();
    const holders = () => after.query('SELECT id, holder_type, holder_id FROM licences ORDER BY id');
    try {
      expect((await after.runMigrations()).map((m) => m.name)).toEqual(['LicenceHolder1764800000000']);
      expect(await holders()).toEqual([
        { id: 'licence-company', holder_type: 'juristic', holder_id: '0105560012342' },
        { id: 'licence-person', holder_type: 'person', holder_id: 'user-somchai' },
      ]);
      await after.undoLastMigration();
      expect(await after.query('SELECT id, holder_id FROM licences ORDER BY id')).toEqual([
        { id: 'licence-company', holder_id: 'user-wanee' },
        { id: 'licence-person', holder_id: 'user-somchai' },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
