import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { newContext, useWebSuite } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

/** Held money in the browser: the applicant reads what happened in plain words; the office refunds or accepts it. */
describe('Held payments: the office page and the applicant’s status page', () => {
  const suite = useWebSuite();

  /** An application whose PromptPay payment arrived with 2,500 baht for a 2,000 baht fee: held for the office. */
  async function heldApplication() {
    const api = suite().api;
    const app = await createFoodApplication(api, 'somchai');
    await drive(api, app.id, TO_AWAITING_PAYMENT);
    const token = await api.login('somchai');
    const started = await api.http.post(`/api/v1/applications/${app.id}/payments`).auth(token, { type: 'bearer' }).send({ method: 'promptpay' }).expect(201);
    const charge = Object.values(suite().gateway.state.charges).find((c) => (c as { metadata?: { paymentId?: string } }).metadata?.paymentId === started.body.id) as unknown as { id: string; amount: number };
    charge.amount = 250000;
    await fetch(`${suite().gateway.url}/charges/${charge.id}/mark_as_paid`, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from('skey_test_local:').toString('base64')}` } });
    for (let i = 0; i < 200; i++) {
      const payments = await api.http.get(`/api/v1/applications/${app.id}/payments`).auth(token, { type: 'bearer' }).expect(200);
      if (payments.body.payments[0].status === 'held') return app;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the payment was not held');
  }

  it('the applicant is told her money is held and not to pay again; the officer finds it from the queue and refunds it with a reason', async () => {
    const app = await heldApplication();
    const applicant = await signInAs(await newContext(), 'somchai', `/applications/${app.id}`);
    const money = applicant.locator('section[aria-labelledby="payment-notices-title"]');
    await money.waitFor();
    await expect(money.innerText()).resolves.toMatch(/2,500\.00 บาท.*จำนวนเงินไม่ตรงกับค่าธรรมเนียม.*ไม่ต้องชำระซ้ำ/s);
    await expect(applicant.locator('#todo-title + p').innerText()).resolves.toContain('ถูกพักไว้ให้เจ้าหน้าที่ตรวจสอบ');
    await look(applicant, 'held-01-applicant-held');

    const page = await signInAs(await newContext(), 'officer.khlongtoei', '/office');
    await page.locator('main a[href="/office/held-payments"]', { hasText: 'เงินที่พักไว้รอดำเนินการ' }).click();
    await page.waitForURL((url) => url.pathname === '/office/held-payments');
    const item = page.locator('section.held-payment', { hasText: app.trackingNumber });
    await item.waitFor();
    await expect(item.innerText()).resolves.toMatch(/2,500\.00 บาท[\s\S]*2,000\.00 บาท[\s\S]*จำนวนเงินไม่ตรงกับค่าธรรมเนียม/);
    await look(page, 'held-02-office-list');

    await item.locator('button[type="submit"]').click(); // no reason given
    await page.locator('.error-summary a', { hasText: 'ระบุเหตุผล' }).waitFor();
    await look(page, 'held-03-office-reason-missing');

    await item.locator('textarea').fill('ชำระเกินจำนวน คืนเงินเต็มจำนวนให้ผู้ยื่นคำขอ');
    await item.locator('button[type="submit"]').click();
    await page.locator('main [role="status"]', { hasText: `คืนเงิน 2,500.00 บาท ของคำขอ ${app.trackingNumber} แล้ว` }).waitFor();
    await look(page, 'held-04-office-refunded');

    await applicant.reload();
    await applicant.locator('section[aria-labelledby="payment-notices-title"]', { hasText: 'คืนเงิน' }).waitFor();
    await expect(applicant.locator('section[aria-labelledby="payment-notices-title"]').innerText()).resolves.toContain('ชำระเกินจำนวน คืนเงินเต็มจำนวนให้ผู้ยื่นคำขอ');
    await look(applicant, 'held-05-applicant-refunded');
  });

  it('in English, the approver accepts held money as the fee', async () => {
    const app = await heldApplication();
    const page = await signInAs(await newContext(), 'approver.khlongtoei', '/office/held-payments');
    await page.locator('header button[lang="en"]').click();
    await page.locator('main h1', { hasText: 'Held payments' }).waitFor();
    const item = page.locator('section.held-payment', { hasText: app.trackingNumber });
    await item.waitFor();
    await expect(item.innerText()).resolves.toContain('the amount differs from the fee');
    await item.locator('input[type="radio"][id$="-accept"]').check();
    await item.locator('textarea').fill('The applicant agreed to the amended invoice');
    await look(page, 'held-06-office-accept-en');
    await item.locator('button[type="submit"]', { hasText: 'Accept as the fee' }).click();
    await page.locator('main [role="status"]', { hasText: `The money for ${app.trackingNumber} was accepted as the fee` }).waitFor();
    const after = await suite().api.http.get(`/api/v1/applications/${app.id}/payments`).auth(await suite().api.login('somchai'), { type: 'bearer' }).expect(200);
    expect(after.body.receipts).toEqual([expect.objectContaining({ amountSatang: 250000 })]);
  });
});
