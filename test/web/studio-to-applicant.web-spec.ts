import businessTexts from '../../apps/web/src/areas/studio/businesses/texts';
import { checkAccessibility, newContext, PHONE, useWebSuite, waitForPage, watchProblems } from './support';
import { applicationIdOf, choosePremises, look, openTask } from './support/journey';
import { signInAs } from './support/sign-in';
import { previewSettled, simulateEvent } from './support/studio';

const business = businessTexts.th.editor;

/** The new licence type: a stall at a flea market, which an online clothes shop may also need. */
const SLUG = 'flea-market-stall-permit';
const NAME_TH = 'ใบอนุญาตตั้งแผงจำหน่ายสินค้าในตลาดนัด';
const NAME_EN = 'Flea market stall permit';
/** The business type whose quiz gets a question bringing the new licence into the plan (seeded: one question, two licences). */
const BUSINESS = 'ecommerce-clothing';
const QUESTION_TH = 'คุณขายเสื้อผ้าที่แผงในตลาดนัดด้วยหรือไม่';
const QUESTION_EN = 'Do you also sell clothes at a flea market stall?';

/**
 * Issue 14 as one chain in Chromium against one running portal: an official creates a licence type from a template,
 * previews its form, simulates it, publishes it and adds it to a business type's licences and Smart Quiz; an applicant
 * then finds it through the quiz and applies for it. Nothing is restarted between the official's steps and hers.
 */
describe('Studio to applicant: a new licence type reaches the finder and is applied for', () => {
  const suite = useWebSuite();

  it('an official creates, simulates and publishes a licence type and adds it to a business’s quiz; an applicant answers the quiz, opens it and applies', async () => {
    const started = Date.now();
    const step: Record<string, number> = {};
    const mark = (name: string) => (step[name] = Date.now() - started);
    // Not in the catalogue yet: the finder does not know it.
    await suite().api.http.get(`/api/v1/licence-types/${SLUG}`).expect(404);

    // The applicant already has the portal open on her phone, at the business type's quiz as it is today: one question.
    const applicant = await signInAs(await newContext({ viewport: PHONE }), 'somchai', `/businesses/${BUSINESS}/quiz`);
    const applicantProblems = watchProblems(applicant);
    await expect(applicant.locator('main fieldset legend').count()).resolves.toBe(1);

    // 1. The licence type, from the licence template with its first parameters (site inspection, 300 baht).
    const official = await signInAs(await newContext(), 'admin', '/studio/licence-types');
    const officialProblems = watchProblems(official);
    await official.locator('main a[href="/studio/licence-types/new"]').click();
    await waitForPage(official);
    await official.locator('#param-inspection').waitFor();
    await official.fill('#slug', SLUG);
    await official.fill('#name-th', NAME_TH);
    await official.fill('#name-en', NAME_EN);
    await official.fill('#legal-basis', 'พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535');
    await previewSettled(official);
    await expect(official.locator('[data-testid="preview-status"]').innerText()).resolves.toContain('ผ่านการตรวจสอบ');
    await checkAccessibility(official, 'chain-01-new-licence-type');
    await official.locator('main button[type="submit"]', { hasText: 'สร้างฉบับร่าง' }).click();

    // Version 1, a draft, and its form as applicants will see it.
    await official.waitForURL((url) => url.pathname === `/studio/licence-types/${SLUG}/versions/1`);
    await waitForPage(official);
    await official.locator('main .notice--success', { hasText: 'บันทึกฉบับที่ 1 เป็นฉบับร่างแล้ว' }).waitFor();
    const preview = official.locator('[data-testid="form-preview"]');
    await preview.locator('#preview_businessName').waitFor();
    await expect(preview.locator('label[for="preview_businessName"]').innerText()).resolves.toBe('ชื่อสถานประกอบการ');
    await look(official, 'chain-02-version-1');

    // Simulated from the draft to the licence in force, through the site inspection.
    await official.locator('main a', { hasText: 'จำลองการทำงาน' }).click();
    await official.waitForURL((url) => url.pathname.endsWith(`/${SLUG}/versions/1/simulate`));
    await waitForPage(official);
    const current = official.locator('[data-testid="simulator-current"]');
    await simulateEvent(official, 'applicant', 'SUBMIT');
    await expect(current.innerText()).resolves.toContain('รอเจ้าหน้าที่รับเรื่อง');
    await simulateEvent(official, 'officer', 'RECEIVE');
    await simulateEvent(official, 'officer', 'ACCEPT');
    await expect(current.innerText()).resolves.toContain('ตรวจสถานที่ประกอบการ');
    await simulateEvent(official, 'officer', 'RECORD_INSPECTION', 'consideration');
    await simulateEvent(official, 'approver', 'APPROVE');
    await expect(official.locator('.simulator-step').last().innerText()).resolves.toContain('request-payment (licence)');
    await simulateEvent(official, 'system', 'PAYMENT_SUCCEEDED');
    await simulateEvent(official, 'system', 'LICENCE_ISSUED');
    await expect(current.innerText()).resolves.toContain('ออกใบอนุญาตแล้ว ใบอนุญาตมีผลใช้');
    await expect(official.locator('main').innerText()).resolves.toContain('ผ่าน 7 รายการ ถูกปฏิเสธ 0 รายการ');
    await checkAccessibility(official, 'chain-03-simulator');

    // Published after the confirmation.
    await official.locator(`main a[href="/studio/licence-types/${SLUG}/versions/1"]`).first().click();
    await waitForPage(official);
    await official.locator('main a', { hasText: 'เผยแพร่ฉบับนี้' }).click();
    await official.waitForURL((url) => url.pathname.endsWith(`/${SLUG}/versions/1/publish`));
    await waitForPage(official);
    await official.check('#publish-confirm');
    await official.locator('main button[type="submit"]').click();
    await official.locator('main .panel h1', { hasText: 'เผยแพร่ฉบับที่ 1 แล้ว' }).waitFor();
    mark('licenceTypePublished');

    // 2. The business type: a new draft of the published version, the new licence among its licences, a question that
    // brings it into the plan on a yes.
    await official.goto('/studio/businesses');
    await waitForPage(official);
    await official.locator(`main a[href="/studio/businesses/${BUSINESS}"]`).click();
    await official.waitForURL((url) => url.pathname === `/studio/businesses/${BUSINESS}`);
    await waitForPage(official);
    await expect(official.locator('main .tag').innerText()).resolves.toBe(business.status.current);
    await official.getByRole('button', { name: business.newDraft }).click();
    await official.locator('main .tag', { hasText: business.status.draft }).waitFor();
    await expect(official.locator('main p', { hasText: business.version.replace('{{version}}', '2') }).count()).resolves.toBe(1);
    // Offered among the published licence types as soon as it is published.
    await official.locator(`#add-licence option[value="${SLUG}"]`).waitFor({ state: 'attached' });
    await expect(official.locator(`#add-licence option[value="${SLUG}"]`).innerText()).resolves.toBe(NAME_TH);
    await official.selectOption('#add-licence', SLUG);
    await official.getByRole('button', { name: business.addLicence }).click();
    await official.locator(`#licence-${SLUG}`).waitFor();
    await official.getByRole('button', { name: business.addQuestion }).click();
    await official.fill('#quiz-questions-1-text-th', QUESTION_TH);
    await official.fill('#quiz-questions-1-text-en', QUESTION_EN);
    await official.locator(`#quiz-rules-${SLUG}-when`).check();
    await official.locator(`#quiz-rules-${SLUG}-q2-q2-a`).check();
    await official.getByRole('button', { name: business.validate }).click();
    await official.locator('.notice--success', { hasText: business.valid }).waitFor();
    await look(official, 'chain-04-business-draft');
    await official.getByRole('button', { name: business.publish }).click();
    await official.locator('.notice--success', { hasText: 'เผยแพร่ฉบับที่ 2 แล้ว' }).waitFor();
    await official.locator('main .tag', { hasText: business.status.current }).waitFor();
    expect(officialProblems).toEqual([]);
    mark('businessPublished');

    // 3. The applicant, in the same tab (no reload), from the home page through the finder and the quiz to the new licence.
    await applicant.locator('header a.header__brand').click();
    await applicant.waitForURL((url) => url.pathname === '/');
    await waitForPage(applicant);
    await applicant.locator('main a.button--start').click();
    await applicant.waitForURL((url) => url.pathname === '/businesses');
    await waitForPage(applicant);
    await applicant.locator(`main a[href="/businesses/${BUSINESS}"]`).first().click();
    await applicant.waitForURL((url) => url.pathname === `/businesses/${BUSINESS}`);
    await waitForPage(applicant);
    // The step-by-step says when the new licence is needed, and links its page.
    const newStep = applicant.locator('main .step', { hasText: QUESTION_TH });
    await newStep.locator(`a[href="/licence-types/${SLUG}"]`, { hasText: NAME_TH }).waitFor();
    await look(applicant, 'chain-05-business');
    await applicant.locator(`main a[href="/businesses/${BUSINESS}/quiz"]`).first().click();
    await applicant.waitForURL((url) => url.pathname === `/businesses/${BUSINESS}/quiz`);
    await waitForPage(applicant);
    await expect(applicant.locator('main fieldset legend').allTextContents()).resolves.toEqual([expect.any(String), expect.stringContaining(QUESTION_TH)]);
    // Online only (not on the pavement), and at a flea market.
    await applicant.locator('#q1-q1-b').check();
    await applicant.locator('#q2-q2-a').check();
    await look(applicant, 'chain-06-quiz');
    await applicant.getByRole('button', { name: 'ดูใบอนุญาตที่คุณต้องขอ' }).click();
    await applicant.waitForURL((url) => url.pathname === `/businesses/${BUSINESS}/plan`);
    await applicant.locator('main .plan-licence__title').first().waitFor();
    await waitForPage(applicant);
    const plan = (await suite().api.http.post(`/api/v1/businesses/${BUSINESS}/quiz`).send({ answers: { q1: 'q1-b', q2: 'q2-a' } }).expect(200)).body;
    expect(plan.licences.map((l: { slug: string }) => l.slug).sort()).toEqual(['e-commerce-registration', SLUG]);
    expect((await applicant.locator('main .plan-licence__title').allTextContents()).sort()).toEqual(plan.licences.map((l: { name: { th: string } }) => l.name.th).sort());
    const planned = applicant.locator('main .plan-licence', { has: applicant.locator('.plan-licence__title', { hasText: NAME_TH }) });
    await expect(planned.locator('.plan-licence__facts').innerText()).resolves.toContain('300');
    // The studio named the local administration as the issuing agency (not "ไม่ระบุ").
    await expect(planned.locator('.plan-licence__facts').innerText()).resolves.toContain('องค์กรปกครองส่วนท้องถิ่น');
    await look(applicant, 'chain-07-plan');
    mark('plan');

    // Its service page, then the application.
    await planned.locator(`a[href^="/licence-types/${SLUG}?"]`).click();
    await applicant.waitForURL((url) => url.pathname === `/licence-types/${SLUG}`);
    await waitForPage(applicant);
    await expect(applicant.locator('main h1').innerText()).resolves.toContain(NAME_TH);
    await expect(applicant.locator('main').innerText()).resolves.toContain('ไม่ต้องแนบเอกสาร');
    await look(applicant, 'chain-08-licence-type');
    await applicant.locator(`main a.button[href="/applications/new?licenceType=${SLUG}&business=${BUSINESS}"]`).click();
    await applicant.waitForURL((url) => url.pathname === '/applications/new');
    await waitForPage(applicant);
    await checkAccessibility(applicant, 'chain-09-premises');
    await choosePremises(applicant);
    await applicant.getByRole('button', { name: 'สร้างแบบร่างคำขอ' }).click();
    await applicant.waitForURL((url) => /^\/applications\/[^/]+\/tasks$/.test(url.pathname));
    await waitForPage(applicant);
    const id = applicationIdOf(applicant);
    // The template's steps and no documents: the type asks for none.
    // The tasks render once the application and its licence type have loaded, after the heading.
    const taskLinks = applicant.locator('main .task-list__item');
    await taskLinks.first().waitFor({ timeout: 15_000 });
    await expect(taskLinks.count()).resolves.toBe(5);
    await expect(applicant.locator('main .task-list a[href$="/documents"]').count()).resolves.toBe(0);
    await look(applicant, 'chain-10-tasks');

    // The form the licence's JSON Schema makes (rjsf): one required field.
    await openTask(applicant, 'form');
    const businessName = applicant.locator('#root_businessName');
    await businessName.waitFor({ timeout: 15_000 });
    await expect(applicant.locator('label[for="root_businessName"]').innerText()).resolves.toContain('ชื่อสถานประกอบการ');
    await businessName.fill('ร้านเสื้อผ้าสมชาย');
    await look(applicant, 'chain-11-form');
    await applicant.getByRole('button', { name: 'ขั้นตอนถัดไป' }).first().click();
    await applicant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(applicant);

    await openTask(applicant, 'applicant');
    await applicant.locator('#confirm-applicant-data').check();
    await applicant.locator('main form button[type="submit"]').click();
    await applicant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(applicant);
    await openTask(applicant, 'delivery');
    await applicant.locator('#delivery-e-licence').check();
    await applicant.locator('main form button[type="submit"]').click();
    await applicant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(applicant);

    await openTask(applicant, 'check');
    await expect(applicant.locator('main').innerText()).resolves.toContain('ร้านเสื้อผ้าสมชาย');
    await checkAccessibility(applicant, 'chain-12-check');
    await applicant.locator('#privacy-consent').check();
    await applicant.locator('#declaration').check();
    await applicant.getByRole('button', { name: 'ยืนยันและยื่นคำขอ' }).click();
    await applicant.waitForURL((url) => url.pathname === `/applications/${id}/confirmation`, { timeout: 15_000 });
    await waitForPage(applicant);
    const trackingNumber = (await applicant.locator('main .panel strong').innerText()).trim();
    expect(trackingNumber).toMatch(/\S{6,}/);
    await look(applicant, 'chain-13-confirmation');
    mark('submitted');

    // Submitted on version 1 of the new type, and listed among her applications.
    const somchai = `Bearer ${await suite().api.login('somchai')}`;
    const stored = (await suite().api.http.get(`/api/v1/applications/${id}`).set('Authorization', somchai).expect(200)).body;
    expect(stored).toMatchObject({ trackingNumber, status: 'submitted', licenceType: { slug: SLUG, workflowVersion: 1 }, form: { businessName: 'ร้านเสื้อผ้าสมชาย' } });
    await applicant.goto('/applications');
    await waitForPage(applicant);
    const listed = applicant.locator('main .app-list__item', { hasText: trackingNumber });
    await expect(listed.locator('h3').innerText()).resolves.toBe(NAME_TH);
    await look(applicant, 'chain-14-my-applications');
    expect(applicantProblems).toEqual([]);
    mark('listed');
    process.stdout.write(`studio-to-applicant timings (ms since start): ${JSON.stringify(step)}\n`);
  }, 300_000);
});
