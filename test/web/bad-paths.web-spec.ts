import { samplePdf, uploadDocument } from '../support/documents';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { gatewayControl, latestCharge, look } from './support/journey';
import { signedInUser, signInAs } from './support/sign-in';

/** The required document codes of a food premises permit draft, from the API (as the applicant). */
async function requiredCodes(suite: ReturnType<ReturnType<typeof useWebSuite>>, id: string): Promise<string[]> {
  const list = await suite.api.http.get(`/api/v1/applications/${id}/documents`).auth(await suite.api.login('somchai'), { type: 'bearer' }).expect(200);
  return (list.body.missing as { code: string }[]).map((m) => m.code);
}

describe('Bad paths in the browser: each gets a clear Thai message and a page that still works', () => {
  const suite = useWebSuite();

  it('a file named .pdf holding text is refused by its content, and a file over 10 MB before it is sent; the page still uploads a real PDF', async () => {
    const app = await createFoodApplication(suite().api, 'somchai', {}, { documents: false });
    const page = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/applications/${app.id}/documents`);
    const firstMissing = page.locator('main li.document').filter({ has: page.locator('.tag--red') }).first().locator('input[name="file"]');
    const inputId = (await firstMissing.getAttribute('id'))!;
    const row = page.locator('main li.document').filter({ has: page.locator(`[id="${inputId}"]`) });
    const input = row.locator('input[name="file"]');

    await input.setInputFiles({ name: 'ใบทะเบียนพาณิชย์.pdf', mimeType: 'application/pdf', buffer: Buffer.from('นี่ไม่ใช่ไฟล์ PDF แต่เป็นข้อความธรรมดา\n'.repeat(20)) });
    await row.locator('button[type="submit"]').click();
    await row.locator('.error-message').waitFor();
    await expect(row.locator('.error-message').innerText()).resolves.toContain('รับเฉพาะไฟล์ PDF, JPEG หรือ PNG');
    // The error summary at the top links to the field; the title says there is an error.
    const summaryLink = page.locator('main .error-summary a').first();
    await expect(summaryLink.innerText()).resolves.toContain('รับเฉพาะไฟล์ PDF, JPEG หรือ PNG');
    expect(await summaryLink.getAttribute('href')).toBe(`#${await input.getAttribute('id')}`);
    await expect(page.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await look(page, 'bad-01-wrong-type');
    expect(await suite().api.count('application_documents', `application_id = '${app.id}'`)).toBe(0);

    await input.setInputFiles({ name: 'แผนที่ร้าน.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
    await row.locator('button[type="submit"]').click();
    await row.locator('.error-message', { hasText: 'ใหญ่เกิน' }).waitFor();
    await expect(row.locator('.error-message').innerText()).resolves.toMatch(/แผนที่ร้าน\.pdf มีขนาด .+ ใหญ่เกิน 10/);
    await look(page, 'bad-02-too-large');

    // Usable: a real PDF now goes through and clears the error.
    await input.setInputFiles({ name: 'เอกสาร.pdf', mimeType: 'application/pdf', buffer: await samplePdf() });
    await row.locator('button[type="submit"]').click();
    await row.locator('.tag--green').waitFor();
    await expect(row.locator('.error-message').count()).resolves.toBe(0);
    await expect(page.locator('main .error-summary').count()).resolves.toBe(0);
    expect(await suite().api.count('application_documents', `application_id = '${app.id}'`)).toBe(1);
  });

  it('submitting with a required document missing: the error summary links to the documents section, which then lets it be fixed', async () => {
    const app = await createFoodApplication(suite().api, 'somchai', {}, { documents: false });
    const codes = await requiredCodes(suite(), app.id);
    const pdf = await samplePdf();
    for (const code of codes.slice(1)) expect((await uploadDocument(suite().api, app.id, 'somchai', code, pdf)).status).toBe(201);
    const page = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/applications/${app.id}/check`);
    await page.locator('#privacy-consent').check();
    await page.locator('#declaration').check();
    await page.getByRole('button', { name: 'ยืนยันและยื่นคำขอ' }).click();
    const summary = page.locator('main .error-summary');
    await summary.waitFor();
    const link = summary.locator(`a[href="/applications/${app.id}/documents?from=check"]`);
    await expect(link.count()).resolves.toBe(1);
    // It names the missing document in Thai.
    await expect(link.innerText()).resolves.toMatch(/เอกสาร.*: \S+/);
    await expect(page.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await look(page, 'bad-03-document-missing');
    const state = await suite().api.http.get(`/api/v1/applications/${app.id}`).auth(await suite().api.login('somchai'), { type: 'bearer' }).expect(200);
    expect(state.body.status).toBe('draft');

    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith('/documents'));
    // (The check page's h1 stays until the documents route's chunk has loaded.)
    await page.locator('main li.document').first().waitFor();
    await expect(page.locator('main li.document').filter({ has: page.locator('.tag--red') }).count()).resolves.toBe(1);
    const missingId = (await page.locator('main li.document').filter({ has: page.locator('.tag--red') }).locator('input[name="file"]').getAttribute('id'))!;
    const row = page.locator('main li.document').filter({ has: page.locator(`[id="${missingId}"]`) });
    await row.locator('input[name="file"]').setInputFiles({ name: 'last.pdf', mimeType: 'application/pdf', buffer: pdf });
    await row.locator('button[type="submit"]').click();
    await row.locator('.tag--green').waitFor();
    // "from=check" brings the applicant back to check answers, where submitting now works.
    await page.locator('main a.button', { hasText: 'ขั้นตอนถัดไป' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/check'));
    await page.locator('#declaration').waitFor();
    await page.locator('#privacy-consent').check();
    await page.locator('#declaration').check();
    await page.getByRole('button', { name: 'ยืนยันและยื่นคำขอ' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/confirmation'));
  });

  it('an expired PromptPay QR: the page says so and offers a new QR, which is then shown', async () => {
    const app = await createFoodApplication(suite().api, 'somchai');
    await drive(suite().api, app.id, TO_AWAITING_PAYMENT);
    const page = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/applications/${app.id}/pay`);
    await page.getByLabel(/พร้อมเพย์/).check();
    await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click();
    await page.locator('main section[aria-labelledby="qr-title"] img').waitFor();
    const first = latestCharge(suite()).id;
    expect(await gatewayControl(suite(), `/charges/${first}/expire`)).toBe(200);
    // The page polls every 3 s; the webhook marks the payment expired.
    await page.getByText('คิวอาร์โค้ดหมดอายุแล้ว ยังไม่ได้รับเงิน').first().waitFor({ timeout: 20_000 });
    await look(page, 'bad-04-qr-expired', { waiting: true });
    await page.getByRole('button', { name: 'ขอคิวอาร์โค้ดใหม่' }).click();
    await page.locator('main section[aria-labelledby="qr-title"] img').waitFor({ timeout: 15_000 });
    expect(latestCharge(suite()).id).not.toBe(first);
    await look(page, 'bad-05-qr-new', { waiting: true });
  });

  it('an ended session: acting on the page tells the person to sign in, and signing in brings them back to it', async () => {
    const app = await createFoodApplication(suite().api, 'somchai', {}, { documents: false });
    const context = await newContext({ viewport: PHONE });
    const page = await signInAs(context, 'somchai', `/applications/${app.id}/documents`);
    // The session is revoked on the server (signed out in another tab, or revoked by the office); the browser still holds its cookie.
    const cookies = await context.cookies();
    const csrf = (await (await page.request.get('/api/v1/auth/csrf')).json()) as { token: string };
    expect((await page.request.post('/api/v1/auth/logout', { headers: { 'X-CSRF-Token': csrf.token } })).status()).toBeLessThan(300);
    await context.addCookies(cookies);
    expect(await signedInUser(page)).toBeNull();

    const row = page.locator('main li.document').filter({ has: page.locator('.tag--red') }).first();
    await row.locator('input[name="file"]').setInputFiles({ name: 'เอกสาร.pdf', mimeType: 'application/pdf', buffer: await samplePdf() });
    await row.locator('button[type="submit"]').click();
    await page.getByRole('heading', { level: 1, name: 'กรุณาเข้าสู่ระบบ' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('main [role="alert"]').innerText()).resolves.toContain('การเข้าสู่ระบบของคุณสิ้นสุดแล้ว');
    await look(page, 'bad-06-session-ended');
    const signIn = page.locator('main a.button', { hasText: 'เข้าสู่ระบบ' });
    expect(await signIn.getAttribute('href')).toBe(`/sign-in?returnTo=${encodeURIComponent(`/applications/${app.id}/documents`)}`);
    await signIn.click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signInAs(page, 'somchai', `/applications/${app.id}/documents`);
    await page.locator('main li.document').first().waitFor();
    expect(await signedInUser(page)).toBe('somchai');
  });
});
