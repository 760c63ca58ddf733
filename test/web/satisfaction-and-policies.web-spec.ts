import type { Page } from 'playwright-core';
import account from '../../apps/web/src/areas/applicant/account/texts';
import apply from '../../apps/web/src/areas/applicant/apply/texts';
import policies from '../../apps/web/src/areas/public/policies/texts';
import common from '../../apps/web/src/i18n/common';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { checkAccessibility, DESKTOP, newContext, openPage, PHONE, useWebSuite, waitForPage } from './support';
import { look, until } from './support/journey';
import { signInAs } from './support/sign-in';

const CONTACT = 'bizportal@example.go.th';
const sat = account.th.satisfaction;

/**
 * Issue 15 parts 3 and 4 in the browser: an applicant rates her finished application once; a submission needs the
 * consent tick; the privacy notice and the accessibility statement are public, linked from the footer, and pass axe.
 */
describe('Satisfaction, consent at submission and the policy pages in the browser', () => {
  const suite = useWebSuite({ PORTAL_CONTACT_EMAIL: CONTACT });
  const bearer = async (username: string) => ({ Authorization: `Bearer ${await suite().api.login(username)}` });

  /** A food permit of somchai's taken through to the licence in force (the counter payment, then the outbox issues it). */
  async function issuedApplication(): Promise<string> {
    const t = suite().api;
    const { id } = await createFoodApplication(t, 'somchai');
    await drive(t, id, TO_AWAITING_PAYMENT);
    const officer = await bearer('officer.khlongtoei');
    await until(async () => ((await t.http.get(`/api/v1/applications/${id}/payments`).set(officer)).body.invoices ?? []).some((i: { status: string }) => i.status === 'open'), 20_000, 'the fee');
    await t.http.post(`/api/v1/applications/${id}/payments/counter`).set(officer).send({ receiptNumber: 'KT-WEB-SAT-1', amountSatang: 200000 }).expect(201);
    await until(async () => (await t.http.get(`/api/v1/applications/${id}`).set(officer)).body.status === 'completed', 30_000, 'the licence');
    return id;
  }

  it('the privacy notice and the accessibility statement: public, in the footer, versioned and dated in the Buddhist era, axe-clean at 360 and 1280 px', async () => {
    const home = await openPage('/', { viewport: PHONE });
    await home.locator('footer').getByRole('link', { name: common.th.footer.privacy }).click();
    await home.waitForURL((url) => url.pathname === '/privacy');
    await waitForPage(home);
    await expect(home.locator('main h1').innerText()).resolves.toBe(policies.th.privacy.title);
    await home.locator('footer').getByRole('link', { name: common.th.footer.accessibility }).click();
    await home.waitForURL((url) => url.pathname === '/accessibility');
    await home.locator('main h1', { hasText: policies.th.accessibility.title }).waitFor();

    // The notice's version is the one the API asks applicants to agree to.
    const current = (await suite().api.http.get('/api/v1/policies').expect(200)).body.privacyNotice;
    for (const viewport of [PHONE, DESKTOP]) {
      const privacy = await openPage('/privacy', { viewport });
      const text = await privacy.locator('main').innerText();
      expect(text).toContain(`ฉบับที่ ${current.version} มีผลตั้งแต่วันที่ 6 ธันวาคม 2569`);
      for (const words of ['ผู้ควบคุมข้อมูลส่วนบุคคล', 'พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558', 'ผู้ให้บริการรับชำระเงิน', 'สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล', 'ระยะเวลาการเก็บรักษา']) expect(text).toContain(words);
      await expect(privacy.locator(`main a[href="mailto:${CONTACT}"]`).count()).resolves.toBe(1);
      // The contents list leads to each section.
      await expect(privacy.locator('main nav a[href^="#privacy-"]').count()).resolves.toBe(8);
      await checkAccessibility(privacy, `policies-privacy-${viewport.width}`);
      expect(privacy.problems).toEqual([]);

      const statement = await openPage('/accessibility', { viewport });
      const words = await statement.locator('main').innerText();
      expect(words).toContain('WCAG 2.1 ระดับ AA');
      expect(words).toContain('6 ธันวาคม 2569');
      expect(words).toContain(policies.th.accessibility.issues.diagram);
      await expect(statement.locator(`main a[href="mailto:${CONTACT}"]`).count()).resolves.toBe(1);
      await checkAccessibility(statement, `policies-accessibility-${viewport.width}`);
      expect(statement.problems).toEqual([]);
    }
    await look(await openPage('/privacy'), 'policies-01-privacy');
    await look(await openPage('/accessibility'), 'policies-02-accessibility');
    // In English, with the date in the Buddhist era.
    const english = await openPage('/privacy', { context: { storageState: { cookies: [], origins: [{ origin: suite().baseUrl, localStorage: [{ name: 'bizportal.language', value: 'en' }] }] } } });
    await expect(english.locator('main').innerText()).resolves.toContain('Version 1, in effect from 6 December 2569 BE');
    await look(english, 'policies-03-privacy-en');
  });

  it('a submission needs the consent tick: the error summary without it, then the consent recorded and shown', async () => {
    const { id } = await createFoodApplication(suite().api, 'somchai');
    const page = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/applications/${id}/check`);
    const consent = page.locator('#privacy-consent');
    await consent.waitFor();
    // The notice opens in a new tab, and its purposes are listed by the tick.
    await expect(page.locator('main a[href="/privacy"][target="_blank"]').innerText()).resolves.toContain('ฉบับที่ 1');
    await expect(page.locator('main').innerText()).resolves.toContain('ขอข้อมูลทะเบียนราษฎร');

    await page.locator('#declaration').check();
    await page.getByRole('button', { name: apply.th.check.submit }).click();
    const summary = page.locator('main .error-summary');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toContain(apply.th.check.consentError);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).resolves.toBe(true);
    await expect(page.locator('#privacy-consent-error').innerText()).resolves.toContain(apply.th.check.consentError);
    await expect(page.title()).resolves.toMatch(new RegExp(`^${common.th.errorPrefix}`));
    await look(page, 'consent-01-check-without-consent');
    // Nothing was sent: still a draft.
    expect((await suite().api.http.get(`/api/v1/applications/${id}`).set(await bearer('somchai'))).body.status).toBe('draft');
    // The summary's link takes the applicant to the tick.
    await summary.getByRole('link', { name: apply.th.check.consentError }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('privacy-consent');

    await consent.check();
    await page.getByRole('button', { name: apply.th.check.submit }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/confirmation'), { timeout: 15_000 });
    const submitted = (await suite().api.http.get(`/api/v1/applications/${id}`).set(await bearer('somchai'))).body;
    expect(submitted.privacyConsent).toMatchObject({ noticeVersion: '1', noticeIssuedOn: '2026-12-06', agreedAt: submitted.submittedAt });

    // The application's page shows it, and so does the SUBMIT entry of the timeline.
    await page.goto(`/applications/${id}`);
    await waitForPage(page);
    await page.locator('main .timeline').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain(account.th.status.consent);
    expect(text).toMatch(/ฉบับที่ 1 ลงวันที่ 6 ธันวาคม 2569 ยินยอมเมื่อ/);
    expect(text).toContain('ผู้ยื่นคำขอยินยอมตามประกาศความเป็นส่วนตัว ฉบับที่ 1');
    await look(page, 'consent-02-status-with-consent');
  });

  it('an applicant with a licence issued rates the service once, and sees her rating after', async () => {
    const id = await issuedApplication();
    const page = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/applications/${id}`);
    const form = page.locator('main section.satisfaction form');
    await form.waitFor();
    await expect(page.locator('main #satisfaction-title').innerText()).resolves.toBe(sat.title);
    await expect(form.locator('input[type="radio"]').count()).resolves.toBe(5);
    for (const score of ['5', '4', '3', '2', '1']) await expect(form.locator(`label[for="satisfaction-${score}"]`).innerText()).resolves.toBe(common.th.satisfactionScores[score as '5']);
    await look(page, 'satisfaction-01-form');

    // Sent without a choice: the error summary takes focus and links to the first option.
    await form.getByRole('button', { name: sat.submit }).click();
    const summary = page.locator('main .error-summary');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toContain(sat.scoreMissing);
    await expect(page.title()).resolves.toMatch(new RegExp(`^${common.th.errorPrefix}`));
    await summary.getByRole('link', { name: sat.scoreMissing }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('satisfaction-5');
    await look(page, 'satisfaction-02-no-choice');
    expect((await suite().api.http.get(`/api/v1/applications/${id}/satisfaction`).set(await bearer('somchai'))).body).toEqual({ finished: true, canRate: true, rating: null });

    await page.locator('label[for="satisfaction-5"]').click();
    await page.fill('#satisfaction-comment', '  ได้ใบอนุญาตเร็วกว่าที่คิด เจ้าหน้าที่ตอบข้อความไว  ');
    await form.getByRole('button', { name: sat.submit }).click();
    const thanks = page.locator('main .satisfaction[role="region"]');
    await thanks.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).resolves.toBe('satisfaction-thanks');
    const said = await thanks.innerText();
    expect(said).toContain(sat.thanks);
    expect(said).toContain('พอใจมาก (5 จาก 5)');
    expect(said).toContain('ได้ใบอนุญาตเร็วกว่าที่คิด เจ้าหน้าที่ตอบข้อความไว');
    await expect(page.title()).resolves.not.toMatch(new RegExp(`^${common.th.errorPrefix}`));
    await look(page, 'satisfaction-03-thanks');

    // Not offered twice: after a reload the thank-you stays and there is no form; the API refuses a second rating.
    await page.reload();
    await waitForPage(page);
    await thanks.waitFor();
    await expect(page.locator('main section.satisfaction form').count()).resolves.toBe(0);
    const again = await suite().api.http.post(`/api/v1/applications/${id}/satisfaction`).set(await bearer('somchai')).send({ score: 1 });
    expect([again.status, again.body.code]).toEqual([409, 'SATISFACTION_ALREADY_GIVEN']);
    // Her office reads the comment; the public figures carry none.
    const office = (await suite().api.http.get(`/api/v1/applications/${id}/satisfaction`).set(await bearer('officer.khlongtoei')).expect(200)).body;
    expect(office.rating).toMatchObject({ score: 5, comment: 'ได้ใบอนุญาตเร็วกว่าที่คิด เจ้าหน้าที่ตอบข้อความไว' });
    expect(JSON.stringify((await suite().api.http.get('/api/v1/statistics/satisfaction').expect(200)).body)).not.toContain('ได้ใบอนุญาต');
    // The office's review workspace shows it to the officer, with the comment.
    const officer = await signInAs(await newContext(), 'officer.khlongtoei', `/office/applications/${id}`);
    const rated = officer.locator('main section[aria-labelledby="satisfaction-title"]');
    await rated.waitFor();
    await expect(rated.innerText()).resolves.toMatch(/คะแนน 5 จาก 5 \(พอใจมาก\)[\s\S]*ได้ใบอนุญาตเร็วกว่าที่คิด/);
    await look(officer, 'satisfaction-04-office');
  });

  it('is not offered on an application still running', async () => {
    const { id } = await createFoodApplication(suite().api, 'somchai');
    await drive(suite().api, id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const page: Page = await signInAs(await newContext(), 'somchai', `/applications/${id}`);
    await page.locator('main .timeline').waitFor();
    await expect(page.locator('main .satisfaction').count()).resolves.toBe(0);
  });
});
