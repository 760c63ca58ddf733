import { startPaymentApp } from './support/payment-gateway';

/**
 * Counter payments (receipt numbers unique per office, open charges closed first) and held money (listed for the
 * office, refunded through the gateway or accepted, duplicates refunded automatically), with what the applicant hears.
 */
describe('Counter payments and held payments', () => {
  let s: Awaited<ReturnType<typeof startPaymentApp>>;
  beforeAll(async () => {
    s = await startPaymentApp();
  });
  afterAll(() => s.close());
  afterEach(() => Object.assign(s.mock.config, { down: false, latencyMs: 0, dropWebhooks: false, failNextWebhooks: 0 }));

  const as = (username: string) => s.bearer(username);
  const get = async (path: string, username = 'somchai') => (await s.t.http.get(`/api/v1${path}`).set(await as(username)).expect(200)).body;
  const post = async (path: string, body: Record<string, unknown>, username: string) => s.t.http.post(`/api/v1${path}`).set(await as(username)).send(body);
  const pay = (id: string, body: Record<string, unknown>) => post(`/applications/${id}/payments`, body, 'somchai');
  const counter = (id: string, receiptNumber: string, username = 'officer.khlongtoei', amountSatang = 200000) => post(`/applications/${id}/payments/counter`, { receiptNumber, amountSatang }, username);
  const status = async (id: string) => (await get(`/applications/${id}`)).status as string;
  const timeline = async (id: string) => (await get(`/applications/${id}/timeline`)).entries as { event: string; eventLabel: { th: string; en: string }; comment: string | null; data: Record<string, unknown> | null; actor: { id: string } }[];
  const notified = (id: string, template: string) => s.t.count('notifications', `application_id = '${id}' AND template = '${template}'`);
  const moved = (st: string) => ['issuing', 'completed'].includes(st);

  /** An application whose PromptPay payment was paid with another amount than the fee: held. */
  async function heldByAmount() {
    const app = await s.awaitingPayment();
    const started = await pay(app.id, { method: 'promptpay' });
    Object.assign(s.chargeOf(started.body.id), { amount: 250000 });
    await s.gateway(`/charges/${s.chargeOf(started.body.id).id}/mark_as_paid`);
    await s.until(async () => (await get(`/applications/${app.id}/payments`)).payments[0].status === 'held');
    return { app, paymentId: started.body.id as string };
  }

  it('keeps a paper receipt number to one payment per office: 409 naming the application it settled, nothing written', async () => {
    const first = await s.awaitingPayment();
    const second = await s.awaitingPayment();
    const ok = await counter(first.id, 'KT-2570-0100');
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ method: 'counter', status: 'successful', officeReceiptNumber: 'KT-2570-0100' });
    const again = await counter(first.id, 'KT-2570-0100');
    expect(again.status).toBe(201); // the same entry sent twice
    expect(again.body.id).toBe(ok.body.id);

    const reused = await counter(second.id, 'KT-2570-0100');
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('COUNTER_RECEIPT_NUMBER_USED');
    expect(reused.body.message).toContain(first.trackingNumber);
    expect(reused.body.details).toEqual([{ field: 'receiptNumber', problem: `already used by this office for ${first.trackingNumber}` }]);
    expect(await s.t.count('payments', `application_id = '${second.id}'`)).toBe(0);
    expect(await status(second.id)).toBe('awaiting_payment');

    // Two entries racing for one number: exactly one wins.
    const [a, b] = [await s.awaitingPayment(), await s.awaitingPayment()];
    const race = await Promise.all([counter(a.id, 'KT-2570-0101'), counter(b.id, 'KT-2570-0101')]);
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(race.find((r) => r.status === 409)!.body.code).toBe('COUNTER_RECEIPT_NUMBER_USED');
    expect(await s.t.count('payments', "office_receipt_number = 'KT-2570-0101'")).toBe(1);

    const blank = await counter(second.id, '   ');
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('VALIDATION_FAILED');
  });

  it('expires the open PromptPay QR at the gateway before taking cash, so it cannot be paid as well', async () => {
    const app = await s.awaitingPayment();
    const qr = await pay(app.id, { method: 'promptpay' });
    const ok = await counter(app.id, 'KT-2570-0200');
    expect(ok.status).toBe(201);
    expect(s.chargeOf(qr.body.id).status).toBe('expired');
    expect(moved(await status(app.id))).toBe(true);
    const payments = (await get(`/applications/${app.id}/payments`)).payments as { id: string; status: string }[];
    expect(payments.find((p) => p.id === qr.body.id)!.status).toBe('expired');
    const paid = await s.gateway(`/charges/${s.chargeOf(qr.body.id).id}/mark_as_paid`);
    expect(paid.status).toBe(400); // the gateway will not take money for an expired charge
    expect((await timeline(app.id)).map((e) => e.event).slice(-3)).toEqual(expect.arrayContaining(['PAYMENT_FAILED', 'PAYMENT_SUCCEEDED']));
  });

  it('refuses the cash when the QR was paid a moment ago (the online payment pays the fee), and when the gateway is down', async () => {
    const app = await s.awaitingPayment();
    const qr = await pay(app.id, { method: 'promptpay' });
    await s.mock.webhooksIdle(); // the charge.create announcement is delivered first
    s.mock.config.dropWebhooks = true; // we have not heard of the payment yet
    await s.gateway(`/charges/${s.chargeOf(qr.body.id).id}/mark_as_paid`);
    const refused = await counter(app.id, 'KT-2570-0300');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('COUNTER_PAID_ONLINE_MEANWHILE');
    expect(refused.body.message).toMatch(/Give the cash back/);
    expect(await s.t.count('payments', `application_id = '${app.id}' AND method = 'counter'`)).toBe(0);
    expect(moved(await status(app.id))).toBe(true);
    expect(await s.t.count('receipts', `application_id = '${app.id}'`)).toBe(1);

    const other = await s.awaitingPayment();
    await pay(other.id, { method: 'promptpay' });
    s.mock.config.down = true;
    const down = await counter(other.id, 'KT-2570-0301');
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('COUNTER_GATEWAY_UNAVAILABLE');
    expect(await s.t.count('payments', `application_id = '${other.id}' AND method = 'counter'`)).toBe(0);
    expect(await status(other.id)).toBe('awaiting_payment');
  });

  it('tells the applicant and the office of held money, says what happens next instead of a bare 409, and lists it for the office only', async () => {
    const { app, paymentId } = await heldByAmount();
    await s.until(async () => (await notified(app.id, 'payment-held')) === 1 && (await notified(app.id, 'payment-held-office')) === 1);
    const mine = (await get('/notifications')) as { template: string; message: { th: string; en: string } }[];
    expect(JSON.stringify(mine.find((n) => n.template === 'payment-held'))).toMatch(/do not pay again/);

    const again = await pay(app.id, { method: 'card', card: { token: await s.cardToken('4242424242424242') } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PAYMENT_HELD_FOR_REVIEW');
    expect(again.body.message).toMatch(/ไม่ต้องชำระซ้ำ .* Do not pay again: the office will refund it or accept it/);
    expect(again.body.details).toMatchObject({ paymentId, holdReason: 'amount_mismatch' });
    const cash = await counter(app.id, 'KT-2570-0400');
    expect(cash.status).toBe(409);
    expect(cash.body.code).toBe('COUNTER_PAYMENT_HELD_FOR_REVIEW');
    expect(await s.t.count('payments', `application_id = '${app.id}'`)).toBe(1);

    const held = (await get('/held-payments', 'officer.khlongtoei')).items as Record<string, unknown>[];
    expect(held.find((h) => h.id === paymentId)).toMatchObject({
      status: 'held',
      amountSatang: 250000,
      amountText: '2,500.00 บาท',
      feeSatang: 200000,
      hold: { reason: 'amount_mismatch', text: { th: 'จำนวนเงินไม่ตรงกับค่าธรรมเนียม', en: 'the amount differs from the fee' } },
      application: { id: app.id, trackingNumber: app.trackingNumber, licenceType: { slug: 'food-premises-permit' } },
      canAccept: true,
      needsRefundReference: false,
    });
    expect(((await get('/held-payments', 'officer.nonthaburi')).items as { id: string }[]).map((h) => h.id)).not.toContain(paymentId);
    expect((await s.t.http.get('/api/v1/held-payments').set(await as('somchai'))).status).toBe(403);
    const entry = (await timeline(app.id)).find((e) => e.event === 'PAYMENT_HELD')!;
    expect(entry).toMatchObject({ eventLabel: { en: 'Payment held for the office to review' }, data: { paymentId, holdReason: 'amount_mismatch', amountSatang: 250000 } });
    expect((await get(`/applications/${app.id}/timeline`)).integrity.verified).toBe(true);
  });

  it('refunds held money through the gateway: the fee opens again, the applicant is told, the timeline records it; each refusal is exact', async () => {
    const { app, paymentId } = await heldByAmount();
    const refund = (body: Record<string, unknown>, username = 'officer.khlongtoei') => post(`/payments/${paymentId}/refund`, body, username);
    const elsewhere = await refund({ reason: 'ชำระเกิน คืนเงิน' }, 'officer.nonthaburi');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.code).toBe('HELD_PAYMENT_NOT_FOUND');
    const blank = await refund({ reason: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('VALIDATION_FAILED');
    expect((await refund({ reason: 'ชำระเกิน คืนเงิน' }, 'somchai')).status).toBe(403);
    expect(s.chargeOf(paymentId).refunded_amount).toBe(0);

    const done = await refund({ reason: 'ชำระเกินจำนวน คืนเงินเต็มจำนวน' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'refunded', resolution: { kind: 'refunded', reason: 'ชำระเกินจำนวน คืนเงินเต็มจำนวน', automatic: false, refundId: expect.stringMatching(/^rfnd_/) } });
    expect(s.chargeOf(paymentId).refunded_amount).toBe(250000);
    const twice = await refund({ reason: 'อีกครั้ง' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('HELD_PAYMENT_NOT_HELD');
    expect(s.chargeOf(paymentId).refunded_amount).toBe(250000);

    const entry = (await timeline(app.id)).find((e) => e.event === 'PAYMENT_REFUNDED')!;
    expect(entry).toMatchObject({ comment: 'ชำระเกินจำนวน คืนเงินเต็มจำนวน', actor: { id: 'user-officer-kt' }, data: { paymentId, automatic: false, refundId: done.body.resolution.refundId } });
    await s.until(async () => (await notified(app.id, 'payment-refunded')) === 1);
    expect((await get(`/applications/${app.id}/payments`)).invoices[0].status).toBe('open');
    const fresh = await pay(app.id, { method: 'promptpay' });
    expect(fresh.status).toBe(201);
  });

  it('accepts held money as the fee with a reason (receipt for what was received), but never money in another currency', async () => {
    const { app, paymentId } = await heldByAmount();
    const accepted = await post(`/payments/${paymentId}/accept`, { reason: 'ผู้ยื่นคำขอยินยอม ส่วนเกินถือเป็นค่าธรรมเนียมตามใบแจ้งหนี้ฉบับแก้ไข' }, 'approver.khlongtoei');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'successful', resolution: { kind: 'accepted' } });
    expect(moved(await status(app.id))).toBe(true);
    const paid = await get(`/applications/${app.id}/payments`);
    expect(paid.receipts).toEqual([expect.objectContaining({ amountSatang: 250000, amountWordsTh: 'สองพันห้าร้อยบาทถ้วน' })]);
    expect((await timeline(app.id)).find((e) => e.event === 'PAYMENT_SUCCEEDED')!.data).toMatchObject({ paymentId, acceptedBy: 'user-approver-kt', receiptNumber: paid.receipts[0].receiptNumber });

    const usd = await s.awaitingPayment();
    const started = await pay(usd.id, { method: 'promptpay' });
    Object.assign(s.chargeOf(started.body.id), { currency: 'USD' });
    await s.gateway(`/charges/${s.chargeOf(started.body.id).id}/mark_as_paid`);
    await s.until(async () => (await get(`/applications/${usd.id}/payments`)).payments[0].status === 'held');
    const refused = await post(`/payments/${started.body.id}/accept`, { reason: 'ลองรับไว้' }, 'officer.khlongtoei');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('HELD_PAYMENT_CANNOT_BE_ACCEPTED');
    expect(refused.body.message).toMatch(/not paid in Thai baht\. Refund it instead/);
    expect(await status(usd.id)).toBe('awaiting_payment');
    expect(await s.t.count('receipts', `application_id = '${usd.id}'`)).toBe(0);
  });

  it('refunds a second payment of a paid fee by itself (a 3-D Secure card completed after the cash)', async () => {
    const app = await s.awaitingPayment();
    const card = await pay(app.id, { method: 'card', card: { token: await s.cardToken('4000000000003220') } });
    expect(card.body.status).toBe('pending');
    expect((await counter(app.id, 'KT-2570-0500')).status).toBe(201); // a card charge cannot be expired: it stays open
    const authorize = await fetch(card.body.authorizeUri.replace(/^http:\/\/[^/]+/, s.mock.url), { redirect: 'manual' });
    expect(authorize.status).toBe(302);
    await s.until(async () => (await get(`/applications/${app.id}/payments`)).payments.find((p: { id: string }) => p.id === card.body.id).status === 'refunded');
    const refunded = (await get(`/applications/${app.id}/payments`)).payments.find((p: { id: string }) => p.id === card.body.id);
    expect(refunded).toMatchObject({ hold: { reason: 'fee_already_paid' }, resolution: { kind: 'refunded', automatic: true } });
    expect(s.chargeOf(card.body.id).refunded_amount).toBe(200000);
    const events = (await timeline(app.id)).map((e) => e.event);
    expect(events.slice(events.indexOf('PAYMENT_HELD'))).toEqual(expect.arrayContaining(['PAYMENT_HELD', 'PAYMENT_REFUNDED']));
    await s.until(async () => (await notified(app.id, 'payment-refunded')) === 1);
    expect(await notified(app.id, 'payment-held')).toBe(0); // refunded at once: one message, not two
    expect(await s.t.count('receipts', `application_id = '${app.id}'`)).toBe(1);
  });

  it('finishes a refund the gateway could not take (or took before a crash) through reconciliation, never refunding twice', async () => {
    const { paymentId } = await heldByAmount();
    s.mock.config.down = true;
    const waiting = await post(`/payments/${paymentId}/refund`, { reason: 'ชำระเกิน คืนเงิน' }, 'officer.khlongtoei');
    expect(waiting.status).toBe(200);
    expect(waiting.body.status).toBe('refunding');
    expect(((await get('/held-payments', 'officer.khlongtoei')).items as { id: string; status: string }[]).find((h) => h.id === paymentId)!.status).toBe('refunding');
    s.mock.config.down = false;
    // The crash case: the gateway made the refund, we died before writing it down.
    const charge = s.chargeOf(paymentId);
    const made = await fetch(`${s.mock.url}/charges/${charge.id}/refunds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from('skey_test_local:').toString('base64')}` },
      body: JSON.stringify({ amount: charge.amount, metadata: { paymentId } }),
    });
    expect(made.status).toBe(200);
    const reconciled = await s.t.http.post('/api/v1/payments/reconcile').set(await as('auditor')).expect(200);
    expect(reconciled.body.refunded).toBe(1);
    expect(s.chargeOf(paymentId).refunded_amount).toBe(charge.amount);
    expect(await s.t.count('payments', `id = '${paymentId}' AND status = 'refunded'`)).toBe(1);
  });
});
