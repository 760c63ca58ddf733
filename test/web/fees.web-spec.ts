import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { newContext, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

/**
 * Fees by rule in the browser: the food premises permit's fee is the catalogue's range (2,000–3,000 THB, no rule), so
 * the approver sets the amount with a reason in the review workspace; the applicant's pay page shows the line and how
 * it was computed before she pays; the studio's version page lists the fee lines.
 */
describe('Fees by rule: the approver sets a fee within its range, the applicant reads the lines before paying', () => {
  const suite = useWebSuite();

  it('refuses an amount outside the range and a missing reason, approves with 2,500 THB, and the pay page shows the line', async () => {
    const api = suite().api;
    const app = await createFoodApplication(api, 'somchai');
    await drive(api, app.id, TO_AWAITING_PAYMENT.slice(0, -1));

    const approver = await signInAs(await newContext(), 'approver.khlongtoei', `/office/applications/${app.id}`);
    await waitForPage(approver);
    const form = approver.locator('form[aria-labelledby="event-approve-title"]');
    await form.waitFor();
    await expect(form.innerText()).resolves.toMatch(/2,000\.00 บาท – 3,000\.00 บาท/);

    // Out of the range and no reason: the error summary names both, and nothing is sent.
    await approver.fill('#event-approve-fee-amount', '3500');
    await form.locator('button[type="submit"]').click();
    const summary = approver.locator('main .error-summary');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toMatch(/ระหว่าง 2,000\.00 บาท ถึง 3,000\.00 บาท[\s\S]*ใส่เหตุผล/);
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#event-approve-fee-amount');
    await look(approver, 'fees-01-approve-errors');
    const still = await api.http.get(`/api/v1/applications/${app.id}`).auth(await api.login('somchai'), { type: 'bearer' }).expect(200);
    expect(still.body.state).toBe('consideration');

    await approver.fill('#event-approve-fee-amount', '2,500');
    await approver.fill('#event-approve-fee-reason', 'พื้นที่ประกอบการ 250 ตร.ม. และที่นั่ง 80 ที่');
    await form.locator('button[type="submit"]').click();
    await approver.locator('main [role="status"] .notice--success', { hasText: 'บันทึกแล้ว: อนุมัติ' }).waitFor();
    await look(approver, 'fees-02-approved');

    // The outbox raises the invoice.
    const token = await api.login('somchai');
    for (let i = 0; i < 100 && (await api.http.get(`/api/v1/applications/${app.id}/payments`).auth(token, { type: 'bearer' })).body.invoices.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const applicant = await signInAs(await newContext(), 'somchai', `/applications/${app.id}/pay`);
    const lines = applicant.locator('table.fee-lines');
    await lines.waitFor();
    await expect(applicant.locator('main .amount').innerText()).resolves.toBe('2,500.00 บาท');
    await expect(lines.locator('caption').innerText()).resolves.toBe('รายการค่าธรรมเนียมและวิธีคำนวณ');
    await expect(lines.locator('tbody tr').innerText()).resolves.toMatch(/ค่าธรรมเนียม\s+หน่วยงานกำหนด 2,500 บาท ในช่วง 2,000–3,000 บาท เหตุผล: พื้นที่ประกอบการ 250 ตร\.ม\. และที่นั่ง 80 ที่\s+2,500\.00 บาท/);
    await expect(lines.locator('tfoot').innerText()).resolves.toMatch(/รวมที่ต้องชำระ\s+2,500\.00 บาท/);
    await look(applicant, 'fees-03-pay-page-lines');

    // In English.
    await applicant.locator('header button[lang="en"]').click();
    await expect(lines.locator('tbody tr').innerText()).resolves.toMatch(/Set by the office at 2,500 THB within 2,000–3,000 THB\. Reason: /);
    await look(applicant, 'fees-04-pay-page-lines-en');
  });

  it("the studio's version page lists the fee lines and the late-renewal surcharge", async () => {
    const page = await signInAs(await newContext(), 'admin', '/studio/licence-types/food-premises-permit/versions/1');
    const section = page.locator('section[aria-labelledby="fee-rules-title"]');
    await section.waitFor();
    await expect(section.innerText()).resolves.toMatch(/แคตตาล็อกระบุเป็นช่วง 2,000\.00 บาท – 3,000\.00 บาท[\s\S]*เงินเพิ่มร้อยละ 20 ของค่าธรรมเนียม licence \(ครั้งเดียว\)/);
    await look(page, 'fees-05-studio-version');
  });
});
