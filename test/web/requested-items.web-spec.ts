import account from '../../apps/web/src/areas/applicant/account/texts';
import { samplePdf } from '../support/documents';
import { createFoodApplication, drive } from '../support/flows';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

const th = account.th.requested;
const OFFICER = 'officer.khlongtoei';
const QUESTION = 'ร้านเปิดกี่โมง / When does the shop open?';
const REASON = 'แผนผังไม่แสดงห้องครัว / the plan does not show the kitchen';

describe('The applicant answers the office’s request item by item, then sends it back (RESUBMIT)', () => {
  const suite = useWebSuite();

  it('shows the checklist, refuses to send while items remain, takes an upload and an answer, and moves the application on', async () => {
    const t = suite().api;
    const { id } = await createFoodApplication(t, 'somchai');
    await drive(t, id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: OFFICER, type: 'RECEIVE' },
      { as: OFFICER, type: 'REQUEST_INFO', comment: 'กรุณาส่งแผนผังใหม่และแจ้งเวลาเปิดร้าน', data: { items: [{ kind: 'document', documentCode: 'site-plan', reason: REASON }, { kind: 'information', question: QUESTION }] } },
    ]);

    const context = await newContext({ viewport: PHONE });
    const page = await signInAs(context, 'somchai', `/applications/${id}`);
    // The status page: the office's request as a checklist, nothing answered yet.
    const checklist = page.locator('.requested-list');
    await checklist.waitFor();
    await expect(checklist.locator('li').count()).resolves.toBe(2);
    await expect(checklist.locator('.tag').allTextContents()).resolves.toEqual([th.notAnswered, th.notAnswered]);
    await expect(checklist.textContent()).resolves.toContain(REASON);
    await expect(checklist.textContent()).resolves.toContain(QUESTION);
    await look(page, 'requested-01-status');

    await page.getByRole('link', { name: th.answerAction }).click();
    await page.waitForURL((url) => url.pathname === `/applications/${id}/requested`);
    await waitForPage(page);
    await look(page, 'requested-02-page');

    // Sending now is refused by the API: both items show in the error summary.
    await page.getByRole('button', { name: th.send }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('link').count()).resolves.toBe(2);
    await expect(summary.textContent()).resolves.toContain(QUESTION);
    await look(page, 'requested-03-refused');

    // Upload the document in place; answer the question.
    const documentInput = page.locator('input[type="file"]');
    await documentInput.setInputFiles({ name: 'site-plan.pdf', mimeType: 'application/pdf', buffer: await samplePdf('แผนผังฉบับแก้ไข') });
    await page.getByRole('button', { name: th.upload }).click();
    await page.getByRole('link', { name: 'site-plan.pdf' }).waitFor();
    await page.locator('textarea').fill('เปิด 08:00–20:00 น. ทุกวัน');
    await page.getByRole('button', { name: th.saveAnswer }).click();
    await page.locator('.notice--success', { hasText: th.answerSaved }).waitFor();
    await expect(page.locator('.requested-list .tag').allTextContents()).resolves.toEqual([th.answered, th.answered]);
    await look(page, 'requested-04-answered');

    await page.getByRole('button', { name: th.send }).click();
    await page.waitForURL((url) => url.pathname === `/applications/${id}`);
    await waitForPage(page);
    await expect(page.locator('.requested-list').count()).resolves.toBe(0);
    await look(page, 'requested-05-sent');

    const token = await t.login('somchai');
    const app = await t.http.get(`/api/v1/applications/${id}`).auth(token, { type: 'bearer' }).expect(200);
    expect(app.body.status).not.toBe('needs_documents');
    const requests = await t.http.get(`/api/v1/applications/${id}/information-requests`).auth(token, { type: 'bearer' }).expect(200);
    expect(requests.body[0]).toMatchObject({ open: false, items: [expect.objectContaining({ answered: true }), expect.objectContaining({ answered: true, answerText: 'เปิด 08:00–20:00 น. ทุกวัน' })] });
  });
});
