import { DataSource } from 'typeorm';
import { ChainAudit, OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive, type Step } from '../support/flows';
import { asDatabaseAdmin } from '../support/history-tampering';
import { placeholder } from '../support/test-app';
import { newContext, openPage, useWebSuite } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

const RECEIVED: Step[] = [
  { as: 'somchai', type: 'SUBMIT' },
  { as: 'officer.khlongtoei', type: 'RECEIVE' },
  { as: 'officer.khlongtoei', type: 'ACCEPT' },
];
/** Noon in Bangkok: the night's run for that date. */
const night = (date: string) => new Date(`${date}T12:00:00+07:00`);

/** The history's integrity as people see it: the public tracking page's proof, and the timeline after a break. */
describe('History integrity in the browser: the anchored, timestamped proof and a recorded break', () => {
  const suite = useWebSuite();

  it('tracking shows the history in the signed, timestamped root; after a row is edited the applicant’s timeline and tracking both say so', async () => {
    const api = suite().api;
    const app = await createFoodApplication(api, 'somchai');
    await drive(api, app.id, RECEIVED);
    await api.app.get(OutboxRunner).runOnce();
    const audit = api.app.get(ChainAudit);
    await audit.runOnce(night('2099-01-01'));

    const track = await openPage(`/track/${app.trackingNumber}`);
    const integrity = track.locator('section[aria-labelledby="integrity-title"]');
    await integrity.locator('.notice--success').waitFor();
    await expect(integrity.locator('.notice--success').innerText()).resolves.toContain('ตรงกับรากยืนยันที่เผยแพร่เมื่อ 1 มกราคม 2642');
    await integrity.locator('summary').click();
    // The TSA's time is now (the anchor's date is the test's night), in the Buddhist era.
    const buddhistYear = new Date().getUTCFullYear() + 543;
    await expect(integrity.locator('details').innerText()).resolves.toMatch(new RegExp(`ประทับเวลาโดยหน่วยประทับรับรองเวลา \\(RFC 3161\\)\\s+\\d+ \\S+ (${buddhistYear}|${buddhistYear + 1})`));
    await look(track, 'integrity-01-track-anchored');

    // Someone with the database rewrites the officer's comment on the second entry; the next night finds it.
    const db = api.app.get(DataSource);
    await asDatabaseAdmin(db, async () => {
      await db.query(`UPDATE application_events SET comment = ${placeholder(1)} WHERE application_id = ${placeholder(2)} AND seq = 2`, ['แก้ไขภายหลัง', app.id]);
    });
    const run = await audit.runOnce(night('2099-01-02'));
    expect(run.newBreaks).toBeGreaterThan(0);

    const status = await signInAs(await newContext(), 'somchai', `/applications/${app.id}`);
    const alert = status.locator('.notice--error[role="alert"]', { hasText: 'เชื่อถือไม่ได้' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('รายการที่ 2 ไม่ตรงกับแฮชที่บันทึกไว้');
    expect(text).toContain('ความผิดปกติที่การตรวจสอบประจำคืนบันทึกไว้');
    expect(text).toContain('ไม่ตรงกับรากยืนยันที่เผยแพร่เมื่อ 2 มกราคม 2642 (รายการที่ 3)');
    // Found now (the run's real clock), in the Buddhist era.
    expect(text).toMatch(/ตรวจพบเมื่อ \d+ \S+ 25\d\d \d\d:\d\d: รายการที่ 2 ถูกแก้ไขหรือถูกลบ/);
    expect(text).toContain('ประวัติไม่ตรงกับรากยืนยันของวันที่ 1 มกราคม 2642 ที่รายการที่ 3');
    await look(status, 'integrity-02-timeline-break');

    await track.reload();
    await integrity.locator('.notice--error').waitFor();
    await expect(integrity.locator('.notice--error').innerText()).resolves.toContain('ไม่ตรงกับรากยืนยันที่เผยแพร่เมื่อ');
    await look(track, 'integrity-03-track-mismatch');
  });
});
