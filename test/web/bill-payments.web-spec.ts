import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBarcode } from 'promptparse';
import { ref1OfTrackingNumber, writeBillStatement } from '@bizportal/payments';
import { attachRequiredDocuments } from '../support/documents';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { sampleForm } from '../support/sample-form';
import { scanImages } from '../pdf-tools/codes';
import { KHLONG_TOEI_PREMISES } from '../support/test-app';
import { ARTIFACTS, newContext, useWebSuite } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

/**
 * Bill payment in the browser: the applicant's pay page (the slip below the gateway minimum, the slip beside PromptPay
 * and card above it) and the office's page (a statement's lines settled, held or already imported, a refused file
 * naming its line, a counter entry).
 */
describe('Bill payment: the pay page and the office’s bill payments page', () => {
  const suite = useWebSuite();
  const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

  /** A building permit (fee 10 THB, below the gateway's 20 THB) of somchai, awaiting payment at Khlong Toei. */
  async function buildingPermit() {
    const api = suite().api;
    const token = await api.login('somchai');
    const schema = (await api.http.get('/api/v1/licence-types/building-permit').auth(token, { type: 'bearer' }).expect(200)).body.form;
    const res = await api.http.post('/api/v1/applications').auth(token, { type: 'bearer' }).send({ licenceType: 'building-permit', business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: sampleForm(schema), confirmApplicantData: true }).expect(201);
    await attachRequiredDocuments(api, res.body.id);
    await drive(api, res.body.id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'approver.khlongtoei', type: 'APPROVE', data: { feeAmountSatang: 1000, feeReason: 'อาคารขนาดเล็ก / a small building' } },
    ]);
    return res.body as { id: string; trackingNumber: string };
  }

  const refsOf = async (id: string) => {
    const api = suite().api;
    return (await api.http.get(`/api/v1/applications/${id}/bill-payment`).auth(await api.login('somchai'), { type: 'bearer' }).expect(200)).body as { ref1: string; ref2: string; amountSatang: number };
  };

  it('below the gateway minimum the pay page offers the slip and the counter only, says why, and the slip downloads with its barcode', async () => {
    const app = await buildingPermit();
    const page = await signInAs(await newContext(), 'somchai', `/applications/${app.id}/pay`);
    const notice = page.locator('main .notice--warning', { hasText: 'ต่ำกว่ายอดขั้นต่ำ' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/10\.00 บาท.*20\.00 บาท.*ชำระผ่านเคาน์เตอร์ธนาคาร/s);
    const billpay = page.locator('section[aria-labelledby="billpay-title"]');
    await billpay.locator('dl').waitFor();
    const refs = await refsOf(app.id);
    await expect(billpay.innerText()).resolves.toMatch(new RegExp(`${refs.ref1}[\\s\\S]*${refs.ref2}[\\s\\S]*10\\.00 บาท`));
    expect(await page.locator('input[name="method"]').count()).toBe(0); // no PromptPay or card to choose
    await look(page, 'billpay-01-applicant-below-minimum');

    const [download] = await Promise.all([page.waitForEvent('download'), billpay.locator('a', { hasText: 'ดาวน์โหลดใบแจ้งการชำระเงิน' }).click()]);
    expect(download.suggestedFilename()).toBe(`bill-payment-${app.trackingNumber}.pdf`);
    const dir = join(ARTIFACTS, 'bill-slip');
    mkdirSync(dir, { recursive: true });
    const pdfPath = join(dir, 'slip.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    // The page as the bank's scanner sees it (kept under artifacts/ to be looked at).
    execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfPath, join(dir, 'slip')]);
    const codes = scanImages([join(dir, 'slip.png')]);
    expect(parseBarcode(codes.find((c) => c.startsWith('|'))!)).toMatchObject({ ref1: refs.ref1, ref2: refs.ref2, amount: 10 });
  });

  it('above the minimum bill payment is offered beside PromptPay and card, and shows the references when chosen', async () => {
    const api = suite().api;
    const app = await createFoodApplication(api, 'somchai');
    await drive(api, app.id, TO_AWAITING_PAYMENT);
    const page = await signInAs(await newContext(), 'somchai', `/applications/${app.id}/pay`);
    await page.locator('#method-billpay').waitFor();
    for (const method of ['promptpay', 'card', 'billpay', 'counter']) expect(await page.locator(`#method-${method}`).count()).toBe(1);
    await look(page, 'billpay-02-applicant-methods');
    await page.locator('#method-billpay').check();
    await page.locator('main form button[type="submit"]').first().click();
    const billpay = page.locator('section[aria-labelledby="billpay-title"]');
    await billpay.locator('dl').waitFor();
    await expect(billpay.innerText()).resolves.toContain((await refsOf(app.id)).ref1);
    await expect(billpay.innerText()).resolves.toContain('2,000.00 บาท');
    await look(page, 'billpay-03-applicant-chosen');
  });

  it('the officer imports a statement (settled, held, already imported), sees a bad file refused at its line, and enters a counter payment', async () => {
    const api = suite().api;
    const [paid, wrong, counter] = [await buildingPermit(), await buildingPermit(), await buildingPermit()];
    const [p, w, c] = [await refsOf(paid.id), await refsOf(wrong.id), await refsOf(counter.id)];
    const biller = (await api.http.get('/api/v1/bill-payments/biller').auth(await api.login('officer.khlongtoei'), { type: 'bearer' }).expect(200)).body as { bankCode: string; accountNumber: string };
    const statement = (details: Parameters<typeof writeBillStatement>[0]['details'], trailer?: { creditCount: number }) =>
      writeBillStatement({ bankCode: biller.bankCode, accountNumber: biller.accountNumber, companyName: 'สำนักงานเขตคลองเตย', effectiveDate: today(), details, ...(trailer ? { trailer } : {}) });
    const first = statement([{ paidAt: minutesAgo(50), ref1: p.ref1, ref2: p.ref2, amountSatang: 1000, customerName: 'สมชาย ใจดี' }]);
    // The first file again (with the same line), a wrong amount, and a reference that names nothing.
    const second = statement([
      { paidAt: minutesAgo(50), ref1: p.ref1, ref2: p.ref2, amountSatang: 1000, customerName: 'สมชาย ใจดี' },
      { paidAt: minutesAgo(40), ref1: w.ref1, ref2: w.ref2, amountSatang: 1500 },
      { paidAt: minutesAgo(30), ref1: ref1OfTrackingNumber('BP2569-ZZZZZZZZ'), ref2: '12345678903', amountSatang: 700 },
    ]);

    const page = await signInAs(await newContext(), 'officer.khlongtoei', '/office');
    await page.locator('main a[href="/office/bill-payments"]').click();
    await page.waitForURL((url) => url.pathname === '/office/bill-payments');
    await page.locator('main h1', { hasText: 'รับชำระผ่านเคาน์เตอร์ธนาคาร' }).waitFor();
    await look(page, 'billpay-04-office-empty');

    const upload = async (name: string, file: Buffer) => {
      await page.locator('#statement-file').setInputFiles({ name, mimeType: 'text/plain', buffer: file });
      await page.locator('main form button[type="submit"]', { hasText: 'นำเข้าไฟล์' }).click();
    };
    await upload('KTB-1.txt', first);
    await page.locator('main [role="status"]', { hasText: 'ชำระแล้ว 1 รายการ' }).waitFor();
    await upload('KTB-2.txt', second);
    const result = page.locator('main [role="status"]', { hasText: 'ชำระแล้ว 0 รายการ พักไว้ 2 รายการ นำเข้าแล้วก่อนหน้า 1 รายการ' });
    await result.waitFor();
    const lines = await result.locator('li').allInnerTexts();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/บรรทัด 2:[\s\S]*นำเข้าแล้วก่อนหน้า/);
    expect(lines[1]).toMatch(/บรรทัด 3:[\s\S]*พักไว้[\s\S]*15\.00 บาท/);
    expect(lines[2]).toMatch(/บรรทัด 4:[\s\S]*พักไว้[\s\S]*7\.00 บาท[\s\S]*ไม่ตรงกับคำขอ/);
    await expect(page.locator('main table tbody tr').count()).resolves.toBe(2);
    await look(page, 'billpay-05-office-imported');

    // A file whose trailer counts 5 lines for 1: refused whole, naming the trailer's line.
    const before = await api.count('bill_payment_lines');
    await upload('KTB-bad.txt', statement([{ paidAt: minutesAgo(20), ref1: c.ref1, ref2: c.ref2, amountSatang: 1000 }], { creditCount: 5 }));
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toMatch(/บรรทัดที่ 3/);
    expect(await api.count('bill_payment_lines')).toBe(before);
    await look(page, 'billpay-06-office-refused');

    // The counter entry: one payment seen in the bank's web statement.
    await page.fill('#entry-ref1', c.ref1);
    await page.fill('#entry-ref2', c.ref2);
    await page.fill('#entry-amount', '10');
    const paidAt = new Date(Date.now() + 7 * 3_600_000 - 10 * 60_000).toISOString().slice(0, 16);
    await page.fill('#entry-paidAt', paidAt);
    await page.fill('#entry-bankReference', 'KTB-WEB-0001');
    await page.locator('main form button[type="submit"]', { hasText: 'บันทึกรายการ' }).click();
    await page.locator('main [role="status"]', { hasText: 'ชำระแล้ว 1 รายการ' }).waitFor();
    const status = await api.http.get(`/api/v1/applications/${counter.id}`).auth(await api.login('somchai'), { type: 'bearer' }).expect(200);
    expect(status.body.status).not.toBe('awaiting_payment');
    await look(page, 'billpay-07-office-counter-entry');
  });

  it('in English, the head of the office reads the page', async () => {
    const page = await signInAs(await newContext(), 'head.khlongtoei', '/office/bill-payments');
    await page.locator('header button[lang="en"]').click();
    await page.locator('main h1', { hasText: 'Bill payments' }).waitFor();
    await look(page, 'billpay-08-office-en');
  });
});

