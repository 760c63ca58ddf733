import { createFoodApplication, drive, inspectionDate, TO_AWAITING_PAYMENT } from '../support/flows';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

/** A 1×1 PNG (a photo from the inspection). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The office area (issue 12) in Chromium against the real API: the queue, the review workspace, the role check. */
describe('Office work: the queue and the review workspace', () => {
  const suite = useWebSuite();

  async function submittedApplication() {
    const app = await createFoodApplication(suite().api, 'somchai');
    await drive(suite().api, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    return app;
  }

  async function asStaff(username: string, path: string) {
    const page = await signInAs(await newContext(), username, path);
    // The header offers the office's work to staff.
    await page.locator('nav a[href="/office"]', { hasText: 'งานของสำนักงาน' }).waitFor({ state: 'attached' });
    return page;
  }

  it('the officer finds a new application in the queue, opens it, takes it, receives it and asks for two documents with reasons', async () => {
    const app = await submittedApplication();
    const page = await asStaff('officer.khlongtoei', '/office');

    // The queue: the application, nobody holds it yet, its due date in the Buddhist era.
    const row = page.locator('main tr', { hasText: app.trackingNumber });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร');
    await expect(row.innerText()).resolves.toContain('คลองเตย');
    await expect(row.innerText()).resolves.toContain('ยังไม่มี');
    await expect(row.locator('time').first().innerText()).resolves.toMatch(/25\d\d$/);
    await expect(page.locator('main nav a[aria-current="page"]').innerText()).resolves.toMatch(/^ทั้งหมด \(\d+\)$/);
    await look(page, 'office-01-queue');

    // The unassigned tab lists it; "my work" does not, yet.
    await page.locator('main nav a', { hasText: 'ยังไม่มีผู้รับผิดชอบ' }).click();
    await page.waitForURL((url) => url.search === '?tab=unassigned');
    await page.locator('main tr', { hasText: app.trackingNumber }).waitFor();
    await page.locator('main nav a', { hasText: 'งานของฉัน' }).click();
    await page.waitForURL((url) => url.search === '?tab=mine');
    await waitForPage(page);
    await expect(page.locator('main tr', { hasText: app.trackingNumber }).count()).resolves.toBe(0);
    await page.locator('main nav a', { hasText: 'ทั้งหมด' }).click();
    await page.waitForURL((url) => url.pathname === '/office' && url.search === '');

    // Open it: the review workspace.
    await page.locator('main tr', { hasText: app.trackingNumber }).locator('a').click();
    await page.waitForURL((url) => url.pathname === `/office/applications/${app.id}`);
    await waitForPage(page);
    await expect(page.locator('main .caption').innerText()).resolves.toContain(app.trackingNumber);
    // Government records with their source, the form's answers with the schema's labels, documents with SHA-256.
    await expect(page.locator('#applicant-title + p + section .hint, section[aria-labelledby="applicant-title"] .hint').first().innerText()).resolves.toMatch(/ข้อมูลจาก .+ เมื่อ/);
    await expect(page.locator('section[aria-labelledby="form-title"]').innerText()).resolves.toContain('ชื่อสถานประกอบการ');
    const firstHash = page.locator('section[aria-labelledby="documents-title"] .doc-hash code').first();
    await expect(firstHash.innerText()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await expect(page.locator('section[aria-labelledby="timeline-title"] .notice--success').innerText()).resolves.toContain('ตรวจสอบแล้ว');
    await look(page, 'office-02-review-submitted');

    // Take it, then receive it.
    await page.getByRole('button', { name: 'รับผิดชอบคำขอนี้' }).click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'คุณเป็นผู้รับผิดชอบคำขอนี้แล้ว' }).waitFor();
    await page.getByRole('button', { name: 'คืนงานเข้าคิว' }).waitFor();
    await page.locator('#event-receive-title').waitFor();
    await page.locator('form[aria-labelledby="event-receive-title"] button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: รับเรื่อง' }).waitFor();
    await page.locator('#event-request_info-title').waitFor();
    const afterReceive = await suite().api.http.get(`/api/v1/applications/${app.id}`).auth(await suite().api.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(afterReceive.body.state).toBe('checking');
    expect(afterReceive.body.assignedTo.id).toBe('user-officer-kt');

    // Asking without a reason: the error summary names the document and links to its reason.
    const request = page.locator('form[aria-labelledby="event-request_info-title"]');
    const boxes = request.locator('input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await request.locator('button[type="submit"]').click();
    const summary = page.locator('main .error-summary');
    await summary.waitFor();
    await expect(summary.locator('a').count()).resolves.toBe(2);
    expect(await summary.locator('a').first().getAttribute('href')).toMatch(/^#request-reason-/);
    await expect(page.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await look(page, 'office-03-request-errors');

    const reasons = request.locator('textarea[id^="request-reason-"]');
    await reasons.nth(0).fill('แผนผังไม่แสดงตำแหน่งอ่างล้างมือ');
    await reasons.nth(1).fill('ใบรับรองแพทย์หมดอายุแล้ว');
    await request.locator('button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: ขอเอกสารหรือข้อมูลเพิ่มเติม' }).waitFor();
    await expect(summary.count()).resolves.toBe(0);
    const timeline = page.locator('section[aria-labelledby="timeline-title"] .timeline');
    await timeline.locator('.timeline__comment', { hasText: 'แผนผังไม่แสดงตำแหน่งอ่างล้างมือ' }).waitFor();
    await look(page, 'office-04-review-requested');

    const after = await suite().api.http.get(`/api/v1/applications/${app.id}/timeline`).auth(await suite().api.login('somchai'), { type: 'bearer' }).expect(200);
    const last = after.body.entries[after.body.entries.length - 1] as { event: string; comment: string; to: { status: string } };
    expect(last.event).toBe('REQUEST_INFO');
    expect(last.to.status).toBe('needs_documents');
    expect(last.comment).toContain('แผนผังไม่แสดงตำแหน่งอ่างล้างมือ');
    // Structured: one item per document, with its code and reason, for the applicant to answer.
    const requests = await suite().api.http.get(`/api/v1/applications/${app.id}/information-requests`).auth(await suite().api.login('somchai'), { type: 'bearer' }).expect(200);
    const items = (requests.body as { items: { kind: string; documentCode: string; reason: string }[] }[])[0].items;
    expect(items.map((i) => [i.kind, i.reason])).toEqual([
      ['document', 'แผนผังไม่แสดงตำแหน่งอ่างล้างมือ'],
      ['document', 'ใบรับรองแพทย์หมดอายุแล้ว'],
    ]);
    expect(items.every((i) => i.documentCode.length > 0)).toBe(true);
    // The workspace lists the request, each item not yet answered.
    const requestCard = page.locator('section[aria-labelledby="requests-title"] .request-card');
    await requestCard.waitFor();
    await expect(requestCard.locator('.tag--red').count()).resolves.toBe(2);
  });

  it('a document is shown in the page, inline, beside its SHA-256', async () => {
    const app = await submittedApplication();
    const page = await asStaff('officer.khlongtoei', `/office/applications/${app.id}`);
    const first = page.locator('section[aria-labelledby="documents-title"] .doc-item').first();
    await first.getByRole('button', { name: /แสดงเอกสาร/ }).click();
    const frame = first.locator('iframe');
    await frame.waitFor({ state: 'attached' });
    const src = (await frame.getAttribute('src'))!;
    expect(src).toMatch(/\?disposition=inline$/);
    const answer = await page.request.get(src);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-disposition']).toMatch(/^inline/);
    expect(answer.headers()['content-type']).toMatch(/^application\/pdf/);
    await expect(first.getByRole('button', { name: /ซ่อนเอกสาร/ }).getAttribute('aria-expanded')).resolves.toBe('true');
  });

  it('the officer books the site inspection, then records it with its checklist and a photo', async () => {
    const app = await submittedApplication();
    await drive(suite().api, app.id, [
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
    ]);
    const page = await asStaff('officer.khlongtoei', `/office/applications/${app.id}`);
    const schedule = page.locator('form[aria-labelledby="event-schedule_inspection-title"]');
    await schedule.waitFor();
    await page.fill('#schedule-date', inspectionDate());
    await page.fill('#schedule-from', '13:00');
    await page.fill('#schedule-to', '15:00');
    await look(page, 'office-10-schedule-inspection');
    await schedule.locator('button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: นัดตรวจสถานที่' }).waitFor();
    await page.locator('section[aria-labelledby="inspections-title"]', { hasText: '13:00–15:00' }).waitFor();

    // The result: every checklist item, a photo, pass.
    const record = page.locator('form[aria-labelledby="event-record_inspection-title"]');
    await record.waitFor();
    await record.locator('input[type="radio"][id$="-pass"]').first().waitFor();
    await record.locator('button[type="submit"]').click();
    await page.locator('main .error-summary', { hasText: 'ระบุผลของรายการ' }).waitFor();
    for (const radio of await record.locator('input[type="radio"][id^="finding-"][id$="-pass"]').all()) await radio.check();
    await record.locator('#inspect-photos').setInputFiles({ name: 'ห้องครัว.png', mimeType: 'image/png', buffer: PNG });
    await record.locator('.photo-list img').waitFor();
    await page.locator('#inspect-result-pass').check();
    await look(page, 'office-11-record-inspection');
    await record.locator('button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: บันทึกผลการตรวจสถานที่' }).waitFor();
    const inspections = await suite().api.http.get(`/api/v1/applications/${app.id}/inspections`).auth(await suite().api.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    const [inspection] = inspections.body as { result: string; window: { from: string; to: string }; findings: { ok: boolean }[]; photos: unknown[] }[];
    expect(inspection.result).toBe('pass');
    expect(inspection.window).toEqual({ from: '13:00', to: '15:00' });
    expect(inspection.findings.length).toBeGreaterThan(3);
    expect(inspection.findings.every((f) => f.ok)).toBe(true);
    expect(inspection.photos).toHaveLength(1);
  });

  it('the head of office filters the queue, saves the view, assigns work to an officer and reads the overview', async () => {
    const app = await submittedApplication();
    const page = await signInAs(await newContext({ viewport: PHONE }), 'head.khlongtoei', '/office');
    const card = page.locator('main tr', { hasText: app.trackingNumber });
    await card.waitFor();
    await look(page, 'office-05-queue-head');

    // Filter by status; the address keeps it.
    await page.locator('main details.queue-tools > summary').click();
    await page.selectOption('#filter-status', 'submitted');
    await page.locator('main form.queue-filters button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'submitted');
    await card.waitFor();
    await page.fill('#view-name', 'ยื่นใหม่ รอรับเรื่อง');
    await page.locator('main form.queue-save-view button[type="submit"]').click();
    await page.locator('main .queue-views a', { hasText: 'ยื่นใหม่ รอรับเรื่อง' }).waitFor();
    await look(page, 'office-06-queue-filtered');

    // Assign it to the second officer.
    await card.locator('input[type="checkbox"]').check();
    await page.selectOption('#assign-to', 'user-officer2-kt');
    await page.locator('main button[value="assign"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'มอบหมาย 1 รายการ' }).waitFor();
    const after = await suite().api.http.get(`/api/v1/applications/${app.id}`).auth(await suite().api.login('head.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(after.body.assignedTo.id).toBe('user-officer2-kt');

    await page.goto('/office/dashboard');
    await waitForPage(page);
    await expect(page.locator('main h1').innerText()).resolves.toBe('ภาพรวมสำนักงาน');
    await page.locator('main table', { hasText: 'นายกิตติ ตรวจสอบ' }).waitFor();
    await look(page, 'office-07-dashboard');
  });

  it('an officer opening the overview is told it is for the head of office', async () => {
    const page = await asStaff('officer.khlongtoei', '/office/dashboard');
    await expect(page.locator('main h1').innerText()).resolves.toBe('หน้านี้ไม่ใช่สำหรับบทบาทของคุณ');
  });

  it('the approver refuses a rejection without a reason, then rejects with one', async () => {
    const app = await submittedApplication();
    await drive(suite().api, app.id, TO_AWAITING_PAYMENT.filter((s) => s.type !== 'SUBMIT' && s.type !== 'APPROVE'));
    const page = await asStaff('approver.khlongtoei', `/office/applications/${app.id}`);
    const reject = page.locator('form[aria-labelledby="event-reject-title"]');
    await reject.locator('button[type="submit"]').click();
    const summary = page.locator('main .error-summary');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toContain('ใส่เหตุผลที่ปฏิเสธคำขอ');
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#reject-reason');
    await look(page, 'office-08-reject-errors');
    await page.fill('#reject-reason', 'พื้นที่ประกอบการไม่เป็นไปตามหลักเกณฑ์สุขาภิบาลอาหาร');
    await reject.locator('button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: ปฏิเสธคำขอ' }).waitFor();
    const after = await suite().api.http.get(`/api/v1/applications/${app.id}`).auth(await suite().api.login('somchai'), { type: 'bearer' }).expect(200);
    expect(after.body.status).toBe('rejected');
  });

  it('the officer records a fee paid in cash at the counter, in English', async () => {
    const app = await submittedApplication();
    await drive(suite().api, app.id, TO_AWAITING_PAYMENT.filter((s) => s.type !== 'SUBMIT'));
    const page = await asStaff('officer.khlongtoei', `/office/applications/${app.id}`);
    await page.locator('header button[lang="en"]').click();
    await page.locator('main h2', { hasText: 'Actions' }).waitFor();
    await page.locator('#counter-payment-title', { hasText: 'Fee paid at the counter' }).waitFor();
    await expect(page.locator('#counter-amount').inputValue()).resolves.toMatch(/^\d+(\.\d+)?$/);
    await page.fill('#counter-receipt', 'KT-2570-00042');
    await look(page, 'office-09-counter-payment-en');
    await page.locator('form[aria-labelledby="counter-payment-title"] button[type="submit"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'Payment recorded' }).waitFor();
    const payments = await suite().api.http.get(`/api/v1/applications/${app.id}/payments`).auth(await suite().api.login('somchai'), { type: 'bearer' }).expect(200);
    expect(payments.body.invoices[0].status).toBe('paid');
  });

  it('a signed-in applicant opening /office is told the page is not for her role', async () => {
    const page = await signInAs(await newContext({ viewport: PHONE }), 'somchai', '/office');
    await expect(page.locator('main h1').innerText()).resolves.toBe('หน้านี้ไม่ใช่สำหรับบทบาทของคุณ');
    await expect(page.locator('nav a[href="/office"]').count()).resolves.toBe(0);
    await look(page, 'office-12-not-for-your-role');
  });
});
