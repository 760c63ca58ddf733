import { CatalogueService } from '@bizportal/licensing';
import { attachRequiredDocuments } from '../support/documents';
import { drive, KHLONG_TOEI_INSPECTION, inspectionResult, officeStepsToPayment, PRIVACY_CONSENT } from '../support/flows';
import { KHLONG_TOEI_PREMISES } from '../support/test-app';
import { sampleForm } from '../support/sample-form';
import { openPage, PHONE, useWebSuite, waitForPage } from './support';
import { applicationIdOf, choosePremises, fillFoodForm, gatewayControl, look, openTask, until } from './support/journey';
import { signInAs } from './support/sign-in';

/** Smart Quiz answers for a restaurant whose plan lists the food premises permit beside the licences every restaurant needs. */
const RESTAURANT_ANSWERS = ['q1-b', 'q2-b', 'q3-c', 'q4-g', 'q5-b', 'q6-b', 'q7-b'];
/** In the plan's order. */
const THREE = ['signboard-tax', 'food-premises-permit', 'commercial-registration'];

describe('Several licences in one application: from the restaurant quiz to three applications submitted together', () => {
  const suite = useWebSuite();

  it('ticks three licences on the plan, enters the premises and applicant once, fills each, submits all, and sees each go its own way', async () => {
    const page = await openPage('/businesses/restaurant/quiz', { viewport: PHONE });
    for (const answer of RESTAURANT_ANSWERS) await page.locator(`#${answer.split('-')[0]}-${answer}`).check();
    await page.getByRole('button', { name: 'ดูใบอนุญาตที่คุณต้องขอ' }).click();
    await page.waitForURL((url) => url.pathname === '/businesses/restaurant/plan');
    await waitForPage(page);

    // Fewer than two ticked: the plan says so, nothing happens.
    const together = page.locator('main section.plan-together');
    await together.getByRole('button', { name: 'ยื่นคำขอรวม' }).click();
    await page.locator('main .error-summary', { hasText: 'เลือกใบอนุญาต 2 ถึง 10 รายการ' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/businesses/restaurant/plan');
    for (const slug of THREE) await page.locator(`#together-${slug}`).check();
    await look(page, 'bundles-01-plan-together');
    await together.getByRole('button', { name: 'ยื่นคำขอรวม' }).click();
    await page.waitForURL((url) => url.pathname === '/bundles/new');
    const returnTo = new URL(page.url()).pathname + new URL(page.url()).search;
    expect(returnTo).toBe(`/bundles/new?business=restaurant&licences=${THREE.join(',')}`);
    await page.getByRole('heading', { level: 1, name: 'กรุณาเข้าสู่ระบบ' }).waitFor();
    await signInAs(page, 'somchai', returnTo);

    // The shared step, once: premises, shared form fields, the applicant's government data confirmed.
    await page.locator('main li', { hasText: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร' }).first().waitFor();
    await page.getByRole('button', { name: 'สร้างแบบร่างคำขอทั้งหมด' }).click();
    await page.locator('main .error-summary').waitFor();
    await look(page, 'bundles-02-start-errors');
    await choosePremises(page);
    await page.fill('#shared-business-name', 'ครัวคุณแม่');
    await page.fill('#shared-contact-phone', '0812345678');
    await page.locator('#confirm-applicant-data').check();
    await look(page, 'bundles-03-start');
    await page.getByRole('button', { name: 'สร้างแบบร่างคำขอทั้งหมด' }).click();
    await page.waitForURL((url) => /^\/bundles\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 15_000 });
    const bundleId = new URL(page.url()).pathname.split('/')[2];
    await page.locator('main li.bundle-list__item').nth(2).waitFor();
    await look(page, 'bundles-04-bundle-drafts');

    // Submit all before anything is filled in: refused, each application named, nothing submitted.
    await page.locator('#bundle-consent').check();
    await page.getByRole('button', { name: 'ยื่นคำขอทั้งหมด' }).click();
    const refused = page.locator('main .error-summary', { hasText: 'ยังยื่นคำขอรวมไม่ได้' });
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.locator('li').allInnerTexts()).toEqual(THREE.map(() => expect.stringMatching(/\(BP25\d\d-[0-9A-Z]{8}\): กรอกแบบคำขอหรือแนบเอกสารยังไม่ครบ$/)));
    await look(page, 'bundles-05-not-ready');
    const bundle = (await (await page.request.get(`/api/v1/bundles/${bundleId}`)).json()) as { drafts: number; applications: { id: string; licenceType: { slug: string }; version: number; status: string }[] };
    expect(bundle.drafts).toBe(3);
    expect(bundle.applications.map((a) => a.licenceType.slug)).toEqual(THREE);
    const food = bundle.applications[1];

    // Each licence keeps its own form and documents: the food permit's form through its own task list, the others' through the API.
    await page.locator('main li.bundle-list__item', { hasText: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร' }).getByRole('link').click();
    await page.waitForURL((url) => url.pathname.endsWith('/tasks'));
    expect(applicationIdOf(page)).toBe(food.id);
    await waitForPage(page);
    await openTask(page, 'form');
    // The shared business name is already in the food permit's form.
    expect(await page.locator('#root_businessName').inputValue()).toBe('ครัวคุณแม่');
    await fillFoodForm(page);
    await page.getByRole('button', { name: 'ขั้นตอนถัดไป' }).first().click();
    await page.waitForURL((url) => url.pathname.endsWith('/tasks'));
    const api = suite().api;
    const token = await api.login('somchai');
    const catalogue = api.app.get(CatalogueService);
    for (const app of bundle.applications.filter((a) => a !== food)) {
      const form = sampleForm((await catalogue.workflow(app.licenceType.slug)).definition.form);
      const res = await api.http.patch(`/api/v1/applications/${app.id}`).auth(token, { type: 'bearer' }).send({ form: { ...form, businessName: 'ครัวคุณแม่' }, expectedVersion: app.version });
      expect(res.status).toBe(200);
    }
    for (const app of bundle.applications) await attachRequiredDocuments(api, app.id);

    // Submit all: one consent, three submissions.
    await page.goto(`/bundles/${bundleId}`);
    await waitForPage(page);
    await page.locator('#bundle-consent').check();
    await page.getByRole('button', { name: 'ยื่นคำขอทั้งหมด' }).click();
    await page.locator('main .notice--success', { hasText: 'ยื่นคำขอทั้งหมดแล้ว' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('main .bundle-list__item .tag').allInnerTexts()).toEqual(['ยื่นคำขอ', 'ยื่นคำขอ', 'ตรวจสอบคำขอเบื้องต้น']);
    await look(page, 'bundles-06-submitted');

    // Each office step is the application's own: the food permit is refused, the others go on.
    await drive(api, food.id, [
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: KHLONG_TOEI_INSPECTION },
      { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('fail', 'ห้องครัวไม่ถูกสุขลักษณะ') },
    ]);
    await drive(api, food.id, [{ as: 'approver.khlongtoei', type: 'REJECT', comment: 'ไม่ผ่านการตรวจสถานที่' }]);
    await drive(api, bundle.applications[0].id, [{ as: 'officer.khlongtoei', type: 'RECEIVE' }]);
    await page.reload();
    await waitForPage(page);
    await page.locator('main .bundle-list__item .tag--red').waitFor();
    const statuses = await page.locator('main .bundle-list__item .tag').allInnerTexts();
    expect(statuses).toEqual(['ตรวจสอบคำขอเบื้องต้น', 'ปฏิเสธคำขอ', 'ตรวจสอบคำขอเบื้องต้น']);
    await look(page, 'bundles-07-one-refused');

    // Her applications page names the bundle and leads back to it.
    await page.goto('/applications');
    await waitForPage(page);
    const link = page.locator(`main a[href="/bundles/${bundleId}"]`);
    await link.waitFor();
    await look(page, 'bundles-08-my-applications');
    await link.click();
    await page.waitForURL((url) => url.pathname === `/bundles/${bundleId}`);

    // In English.
    await page.evaluate(() => localStorage.setItem('bizportal.language', 'en'));
    await page.reload();
    await waitForPage(page);
    await look(page, 'bundles-09-bundle-en');
    expect(page.problems).toEqual([]);
  }, 240_000);

  it('pays the three fees approved by the office with one PromptPay QR, and each gets its own receipt', async () => {
    const api = suite().api;
    const token = await api.login('somchai');
    const catalogue = api.app.get(CatalogueService);
    const created = await api.http.post('/api/v1/bundles').auth(token, { type: 'bearer' }).send({ business: 'restaurant', licenceTypes: THREE, premises: KHLONG_TOEI_PREMISES, confirmApplicantData: true, form: { businessName: 'ครัวคุณแม่' } });
    expect(created.status).toBe(201);
    const bundle = created.body as { id: string; applications: { id: string; licenceType: { slug: string }; version: number }[] };
    for (const app of bundle.applications) {
      const workflow = await catalogue.workflow(app.licenceType.slug);
      await api.http.patch(`/api/v1/applications/${app.id}`).auth(token, { type: 'bearer' }).send({ form: sampleForm(workflow.definition.form), expectedVersion: app.version }).expect(200);
      await attachRequiredDocuments(api, app.id);
    }
    await api.http.post(`/api/v1/bundles/${bundle.id}/submit`).auth(token, { type: 'bearer' }).send({ privacyConsent: PRIVACY_CONSENT }).expect(200);
    // The office approves each on its own (the suite's outbox runner then raises each fee).
    for (const app of bundle.applications) await drive(api, app.id, officeStepsToPayment(await catalogue.workflow(app.licenceType.slug)));

    const approved = (await api.http.get(`/api/v1/bundles/${bundle.id}`).auth(token, { type: 'bearer' }).expect(200)).body;
    expect(approved.applications.map((a: { status: string }) => a.status)).toEqual(['awaiting_payment', 'awaiting_payment', 'awaiting_payment']);
    const page = await openPage('/', { viewport: PHONE });
    await signInAs(page, 'somchai', `/bundles/${bundle.id}`);
    const pay = page.getByRole('button', { name: 'ชำระค่าธรรมเนียมรวมด้วย QR เดียว' });
    await pay.waitFor();
    await look(page, 'bundles-10-pay-together');
    await pay.click();
    const qr = page.locator('main section[aria-labelledby="qr-title"] img');
    await qr.waitFor({ timeout: 15_000 });
    // One line per fee and office, and the total in baht.
    const lines = await page.locator('main .bundle-pay tbody tr').allInnerTexts();
    expect(lines).toHaveLength(3);
    const total = await page.locator('main .bundle-pay tfoot td').innerText();
    expect(total).toMatch(/^[\d,]+\.\d\d บาท$/);
    await look(page, 'bundles-11-one-qr', { waiting: true });

    // The payer's bank pays the one charge; the page moves on by itself.
    const charges = Object.values(suite().gateway.state.charges) as unknown as { id: string; amount: number; metadata?: { bundleId?: string } }[];
    const charge = charges.find((c) => c.metadata?.bundleId === bundle.id)!;
    expect(charges.filter((c) => c.metadata?.bundleId === bundle.id)).toHaveLength(1);
    expect(await gatewayControl(suite(), `/charges/${charge.id}/mark_as_paid`)).toBe(200);
    await page.locator('main .notice--success', { hasText: 'ชำระค่าธรรมเนียมรวมเรียบร้อย' }).waitFor({ timeout: 20_000 });
    await look(page, 'bundles-12-paid');

    const receipts: string[] = [];
    for (const app of bundle.applications) {
      await until(async () => (await api.http.get(`/api/v1/applications/${app.id}/payments`).auth(token, { type: 'bearer' })).body.receipts.length === 1, 20_000, 'the receipt');
      receipts.push((await api.http.get(`/api/v1/applications/${app.id}/payments`).auth(token, { type: 'bearer' })).body.receipts[0].receiptNumber);
    }
    expect(receipts).toEqual(THREE.map(() => expect.stringMatching(/^BMA-KHLONG-TOEI\/25\d\d\/\d{6}$/)));
    expect(new Set(receipts).size).toBe(3);
    expect(page.problems).toEqual([]);
  }, 240_000);
});
