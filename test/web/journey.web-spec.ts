import { readFileSync } from 'node:fs';
import { samplePdf } from '../support/documents';
import { drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { openPage, PHONE, useWebSuite, waitForPage } from './support';
import { applicationIdOf, choosePremises, fillFoodForm, gatewayControl, latestCharge, look, openTask, until } from './support/journey';
import { signInAs } from './support/sign-in';

/** Smart Quiz answers for a restaurant that put the food premises permit in the plan. */
const RESTAURANT_ANSWERS = ['q1-b', 'q2-b', 'q3-c', 'q4-g', 'q5-b', 'q6-b', 'q7-b'];

describe('A newcomer’s whole journey, in Chromium at 360 px against the real API', () => {
  const suite = useWebSuite();

  it('finds the licence, applies, uploads, submits, pays by PromptPay, downloads the licence and verifies it', async () => {
    const started = Date.now();
    const step: Record<string, number> = {};
    const mark = (name: string) => (step[name] = Date.now() - started);
    const page = await openPage('/', { viewport: PHONE });
    await look(page, 'journey-01-home');

    // Find what a restaurant needs.
    await page.locator('main a.button--start').click();
    await page.waitForURL('**/businesses');
    await look(page, 'journey-02-businesses');
    await page.locator('main a[href="/businesses/restaurant"]').first().click();
    await page.waitForURL('**/businesses/restaurant');
    await look(page, 'journey-03-business');
    await page.locator('main a[href^="/businesses/restaurant/quiz"]').first().click();
    await page.waitForURL((url) => url.pathname === '/businesses/restaurant/quiz');
    await waitForPage(page);
    for (const answer of RESTAURANT_ANSWERS) await page.locator(`#${answer.split('-')[0]}-${answer}`).check();
    await look(page, 'journey-04-quiz');
    await page.getByRole('button', { name: 'ดูใบอนุญาตที่คุณต้องขอ' }).click();
    await page.waitForURL((url) => url.pathname === '/businesses/restaurant/plan');
    await look(page, 'journey-05-plan');
    mark('plan');

    // Apply: signed out, so the portal asks to sign in and comes back.
    await page.locator('main a[href="/applications/new?licenceType=food-premises-permit&business=restaurant"]').click();
    await page.waitForURL((url) => url.pathname === '/applications/new');
    await page.getByRole('heading', { level: 1, name: 'กรุณาเข้าสู่ระบบ' }).waitFor();
    await look(page, 'journey-06-sign-in-needed');
    await page.locator('main a.button', { hasText: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await look(page, 'journey-07-sign-in');
    const returnTo = new URL(page.url()).searchParams.get('returnTo');
    expect(returnTo).toBe('/applications/new?licenceType=food-premises-permit&business=restaurant');
    await signInAs(page, 'somchai', returnTo!);
    mark('signedIn');

    // Premises → draft → task list.
    await look(page, 'journey-08-premises');
    await choosePremises(page);
    await page.getByRole('button', { name: 'สร้างแบบร่างคำขอ' }).click();
    await page.waitForURL((url) => /^\/applications\/[^/]+\/tasks$/.test(url.pathname));
    const id = applicationIdOf(page);
    await look(page, 'journey-09-tasks');

    await openTask(page, 'form');
    await fillFoodForm(page);
    await look(page, 'journey-10-form');
    await page.getByRole('button', { name: 'ขั้นตอนถัดไป' }).first().click();
    await page.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(page);

    await openTask(page, 'documents');
    const pdf = await samplePdf('เอกสารประกอบคำขอ ทดสอบการเดินทางของผู้ใช้');
    const rows = page.locator('main li.document');
    const required = await rows.filter({ hasText: 'ยังไม่ได้แนบ' }).count();
    expect(required).toBeGreaterThan(0);
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      if (!(await row.locator('.tag--red').count())) continue; // optional documents stay empty
      await row.locator('input[name="file"]').setInputFiles({ name: `document-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: pdf });
      await row.locator('button[type="submit"]').click();
      await row.locator('.tag--green').waitFor({ timeout: 15_000 });
    }
    await page.locator('main .notice--success', { hasText: /ครบ|แนบ/ }).first().waitFor();
    await look(page, 'journey-11-documents');
    await page.locator('main a.button', { hasText: 'ขั้นตอนถัดไป' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(page);
    mark('documents');

    await openTask(page, 'applicant');
    await look(page, 'journey-12-applicant');
    await page.locator('#confirm-applicant-data').check();
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(page);

    await openTask(page, 'delivery');
    await page.locator('#delivery-e-licence').check();
    await look(page, 'journey-13-delivery');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(page);
    await look(page, 'journey-14-tasks-done');

    await openTask(page, 'check');
    await look(page, 'journey-15-check');
    await page.locator('#privacy-consent').check();
    await page.locator('#declaration').check();
    await page.getByRole('button', { name: 'ยืนยันและยื่นคำขอ' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/confirmation'), { timeout: 15_000 });
    await look(page, 'journey-16-confirmation');
    const trackingNumber = (await page.locator('main .panel strong').innerText()).trim();
    expect(trackingNumber).toMatch(/\S{6,}/);
    const receipt = page.locator('main a[href$="/acknowledgement.pdf"]');
    const receiptAnswer = await page.request.get((await receipt.getAttribute('href'))!);
    expect(receiptAnswer.status()).toBe(200);
    expect(receiptAnswer.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await receiptAnswer.body()).subarray(0, 5).toString()).toBe('%PDF-');
    mark('submitted');

    // The office: receive, accept, inspect, approve (bearer tokens from dev login), as an office would.
    await drive(suite().api, id, TO_AWAITING_PAYMENT.filter((s) => s.type !== 'SUBMIT'));
    await page.goto(`/applications/${id}`);
    await look(page, 'journey-17-status-awaiting-payment');
    await page.locator(`main a[href="/applications/${id}/pay"]`).first().click();
    await page.waitForURL((url) => url.pathname.endsWith('/pay'));
    await look(page, 'journey-18-pay');
    await page.getByLabel(/พร้อมเพย์/).check();
    await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click();
    const qr = page.locator('main img[src^="data:image/svg"], main img[alt*="คิวอาร์"], main section[aria-labelledby="qr-title"] img').first();
    await qr.waitFor({ timeout: 15_000 });
    await look(page, 'journey-19-promptpay-qr', { waiting: true });
    mark('qr');

    // The payer's bank pays; the gateway tells the portal; the page moves on by itself (it polls).
    expect(await gatewayControl(suite(), `/charges/${latestCharge(suite()).id}/mark_as_paid`)).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'ชำระเงินเรียบร้อย' }).waitFor({ timeout: 20_000 });
    await look(page, 'journey-20-paid');
    mark('paid');

    // The outbox issues the licence (the suite's runner polls every 100 ms).
    await until(async () => (await page.request.get(`/api/v1/applications/${id}`).then((r) => r.json())).status === 'completed', 30_000, 'the licence to be issued');
    await page.goto('/licences');
    await look(page, 'journey-21-my-licences');
    await page.locator('main a[href^="/licences/"]').first().click();
    await page.waitForURL((url) => /^\/licences\/.+/.test(url.pathname));
    await look(page, 'journey-22-licence');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main a[href$="/pdf"]').first().click()]);
    const licencePdf = readFileSync((await download.path())!);
    expect(licencePdf.subarray(0, 5).toString()).toBe('%PDF-');
    mark('licence');

    // Anyone can check the file.
    await page.goto('/verification');
    await look(page, 'journey-23-verification');
    await page.locator('main input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/pdf', buffer: licencePdf });
    await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
    await page.locator('main .notice--success', { hasText: 'ไฟล์นี้เป็นใบอนุญาตที่แท้จริงและยังมีผล' }).waitFor({ timeout: 15_000 });
    // Signed at PAdES B-LT, with the time the TSA stamped shown in Bangkok time and the Buddhist era.
    await page.locator('main .summary-list', { hasText: 'B-LT' }).waitFor();
    expect(await page.locator('main .summary-list time').textContent()).toMatch(/\d{4} เวลา \d\d:\d\d:\d\d น\./);
    await look(page, 'journey-24-verified');
    mark('verified');

    expect(page.problems).toEqual([]);
    process.stdout.write(`journey timings (ms since start): ${JSON.stringify(step)}\n`);
  }, 300_000);
});
