import account from '../../apps/web/src/areas/applicant/account/texts';
import { samplePdf } from '../support/documents';
import { createFoodApplication, drive, inspectionDate } from '../support/flows';
import type { Page } from 'playwright-core';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

const requested = account.th.requested;
/** A 1×1 PNG (the inspector's photo). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * Issue 12's whole office path in the browser, each person in her own browser: the officer takes the application
 * from the queue and asks for two documents with reasons, the applicant uploads both and sends them back, the
 * officer accepts it and records the inspection with a photo, and the approver approves.
 */
describe('An application through the office, in the browser, from the queue to approval', () => {
  const suite = useWebSuite();

  async function sendStep(page: Page, event: string, done: string) {
    const form = page.locator(`form[aria-labelledby="event-${event}-title"]`);
    await form.waitFor();
    await form.locator('button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: `บันทึกแล้ว: ${done}` }).waitFor();
  }

  async function claim(page: Page) {
    await page.getByRole('button', { name: 'รับผิดชอบคำขอนี้' }).click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'คุณเป็นผู้รับผิดชอบคำขอนี้แล้ว' }).waitFor();
  }

  it('queue → claim → request two documents → the applicant uploads both → accept → inspection with a photo → approve', async () => {
    const t = suite().api;
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const stateOf = async () => (await t.http.get(`/api/v1/applications/${app.id}`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200)).body as { state: string; status: string };

    // The officer: from the queue into the workspace; claims, receives, asks for two documents.
    const officer = await signInAs(await newContext(), 'officer.khlongtoei', '/office');
    await officer.locator('main tr', { hasText: app.trackingNumber }).locator('a').click();
    await officer.waitForURL((url) => url.pathname === `/office/applications/${app.id}`);
    await waitForPage(officer);
    await claim(officer);
    await sendStep(officer, 'receive', 'รับเรื่อง');
    const request = officer.locator('form[aria-labelledby="event-request_info-title"]');
    await request.waitFor();
    const boxes = request.locator('input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const reasons = request.locator('textarea[id^="request-reason-"]');
    await reasons.nth(0).fill('แผนผังไม่แสดงตำแหน่งอ่างล้างมือ');
    await reasons.nth(1).fill('ใบรับรองแพทย์หมดอายุแล้ว');
    await request.locator('button[type="submit"]').click();
    await officer.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: ขอเอกสารหรือข้อมูลเพิ่มเติม' }).waitFor();
    await expect(stateOf()).resolves.toMatchObject({ status: 'needs_documents' });

    // The applicant, on her phone: the checklist names both documents with their reasons; she uploads both and sends.
    const applicant = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/applications/${app.id}`);
    const checklist = applicant.locator('.requested-list');
    await checklist.locator('li').first().waitFor();
    await expect(checklist.locator('li').count()).resolves.toBe(2);
    await expect(checklist.textContent()).resolves.toContain('แผนผังไม่แสดงตำแหน่งอ่างล้างมือ');
    await expect(checklist.textContent()).resolves.toContain('ใบรับรองแพทย์หมดอายุแล้ว');
    await applicant.getByRole('link', { name: requested.answerAction }).click();
    await applicant.waitForURL((url) => url.pathname === `/applications/${app.id}/requested`);
    await waitForPage(applicant);
    const inputs = applicant.locator('main input[type="file"]');
    await inputs.first().waitFor();
    await expect(inputs.count()).resolves.toBe(2);
    for (const [n, name] of ['plan-revised.pdf', 'medical-certificate.pdf'].entries()) {
      const item = applicant.locator('main section.requested-item').nth(n);
      await item.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: await samplePdf(name) });
      await item.getByRole('button', { name: requested.upload }).click();
      await applicant.getByRole('link', { name }).waitFor();
    }
    await expect(applicant.locator('.requested-list .tag').allTextContents()).resolves.toEqual([requested.answered, requested.answered]);
    await look(applicant, 'office-journey-01-applicant-answered');
    await applicant.getByRole('button', { name: requested.send }).click();
    await applicant.waitForURL((url) => url.pathname === `/applications/${app.id}`);
    await expect(stateOf()).resolves.not.toMatchObject({ status: 'needs_documents' });

    // The officer again: the answers are in the workspace; she takes it back, accepts, books and records the inspection.
    await officer.reload();
    await waitForPage(officer);
    await officer.locator('section[aria-labelledby="requests-title"] .request-card .tag--red').first().waitFor({ state: 'detached' });
    if (await officer.getByRole('button', { name: 'รับผิดชอบคำขอนี้' }).count()) await claim(officer);
    await sendStep(officer, 'accept', 'รับคำขอ');
    const schedule = officer.locator('form[aria-labelledby="event-schedule_inspection-title"]');
    await schedule.waitFor();
    await officer.fill('#schedule-date', inspectionDate());
    await officer.fill('#schedule-from', '09:00');
    await officer.fill('#schedule-to', '11:00');
    await schedule.locator('button[type="submit"]').click();
    await officer.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: นัดตรวจสถานที่' }).waitFor();
    const record = officer.locator('form[aria-labelledby="event-record_inspection-title"]');
    await record.waitFor();
    for (const radio of await record.locator('input[type="radio"][id^="finding-"][id$="-pass"]').all()) await radio.check();
    await record.locator('#inspect-photos').setInputFiles({ name: 'ครัว.png', mimeType: 'image/png', buffer: PNG });
    await record.locator('.photo-list img').waitFor();
    await officer.locator('#inspect-result-pass').check();
    await record.locator('button[type="submit"]').click();
    await officer.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: บันทึกผลการตรวจสถานที่' }).waitFor();
    await look(officer, 'office-journey-02-inspected');

    // The approver: from her queue, approves.
    const approver = await signInAs(await newContext(), 'approver.khlongtoei', '/office');
    await approver.locator('main tr', { hasText: app.trackingNumber }).locator('a').click();
    await approver.waitForURL((url) => url.pathname === `/office/applications/${app.id}`);
    await waitForPage(approver);
    // The food permit's fee is the catalogue's range: the approver sets it with the reason.
    await approver.locator('#event-approve-fee-amount').fill('2000');
    await approver.locator('#event-approve-fee-reason').fill('พื้นที่ 250 ตร.ม. ใช้อัตราต่ำสุด');
    await sendStep(approver, 'approve', 'อนุมัติ');
    await look(approver, 'office-journey-03-approved');

    await expect(stateOf()).resolves.toMatchObject({ status: 'awaiting_payment' });
    const inspections = (await t.http.get(`/api/v1/applications/${app.id}/inspections`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body as { result: string; photos: unknown[] }[];
    expect(inspections).toEqual([expect.objectContaining({ result: 'pass', photos: [expect.anything()] })]);
    const timeline = (await t.http.get(`/api/v1/applications/${app.id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body as { entries: { event: string }[]; integrity: { verified: boolean } };
    expect(timeline.entries.map((e) => e.event)).toEqual(expect.arrayContaining(['SUBMIT', 'RECEIVE', 'REQUEST_INFO', 'RESUBMIT', 'ACCEPT', 'SCHEDULE_INSPECTION', 'RECORD_INSPECTION', 'APPROVE']));
    expect(timeline.integrity.verified).toBe(true);
  }, 300_000);
});
