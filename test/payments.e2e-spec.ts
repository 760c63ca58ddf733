import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import omise from 'omise';
import { createOmiseMock, type OmiseMock } from '../apps/omise-mock/src/omise-mock';
import { DataSource } from 'typeorm';
import { PaymentEntity, SettlePayment, signWebhook, type GatewayCharge } from '@bizportal/payments';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const KEYS = { publicKey: 'pkey_test_local', secretKey: 'skey_test_local' };
const SECRET = randomBytes(32).toString('base64');
const WEBHOOK = '/api/v1/payments/omise/webhook';

describe('e-Payment through the official Omise client and the local gateway', () => {
  let t: TestApp;
  let mock: OmiseMock;
  let apiUrl = '';
  let vault: omise.IOmise;

  beforeAll(async () => {
    mock = createOmiseMock({ ...KEYS, webhookSecret: SECRET, webhookUrl: () => `${apiUrl}${WEBHOOK}`, webhookRetryDelaysMs: [50, 100, 200], log: () => undefined });
    const { port } = await mock.listen(0, '127.0.0.1');
    t = await startTestApp({
      OMISE_LOCAL_PORT: String(port),
      OMISE_WEBHOOK_SECRET: SECRET,
      OMISE_TIMEOUT_MS: '1000',
      PAYMENT_RECONCILE_INTERVAL_MS: '0',
    });
    const server = await t.app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    vault = omise({ ...KEYS, host: 'omise-mock.localhost', vaultHost: 'omise-mock.localhost', scheme: 'http' as omise.Scheme });
  });
  afterAll(async () => {
    await t.close();
    await mock.close();
  });
  afterEach(() => Object.assign(mock.config, { down: false, latencyMs: 0, dropWebhooks: false, failNextWebhooks: 0 }));

  async function awaitingPayment() {
    const app = await createFoodApplication(t);
    await drive(t, app.id, TO_AWAITING_PAYMENT);
    return app;
  }
  const applicant = () => t.login('somchai');
  const pay = async (id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/applications/${id}/payments`).auth(await applicant(), { type: 'bearer' }).send(body);
  const state = async (id: string) => (await t.http.get(`/api/v1/applications/${id}`).auth(await applicant(), { type: 'bearer' }).expect(200)).body;
  const payments = async (id: string) => (await t.http.get(`/api/v1/applications/${id}/payments`).auth(await applicant(), { type: 'bearer' }).expect(200)).body;
  const chargeOf = (paymentId: string) => Object.values(mock.state.charges).find((c) => (c as { metadata?: { paymentId?: string } }).metadata?.paymentId === paymentId) as unknown as { id: string; amount: number; currency: string };
  const gateway = (path: string, method = 'POST') =>
    fetch(`${mock.url}${path}`, { method, headers: { Authorization: `Basic ${Buffer.from(`${KEYS.secretKey}:`).toString('base64')}` } });
  const token = async (number: string) =>
    (await vault.tokens.create({ card: { name: 'สมชาย ใจดี', number, expiration_month: 12, expiration_year: 2030, security_code: '123' } } as never)) as unknown as { id: string };
  const deliver = (body: string, timestamp = String(Math.floor(Date.now() / 1000)), signature = signWebhook(body, SECRET, timestamp)) =>
    t.http.post(WEBHOOK).set('content-type', 'application/json').set('Omise-Signature', signature).set('Omise-Signature-Timestamp', timestamp).send(body);
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 200; i++) if (await check()) return;
    else await new Promise((r) => setTimeout(r, 25));
    throw new Error('condition not met in time');
  };

  it('pays by PromptPay QR: the signed webhook moves the application on, with a receipt in Thai words', async () => {
    const app = await awaitingPayment();
    const res = await pay(app.id, { method: 'promptpay' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ method: 'promptpay', status: 'pending', amountSatang: 200000, qr: { svg: `/api/v1/payments/${res.body.id}/qr` } });
    expect(new Date(res.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    const qr = await t.http.get(res.body.qr.svg).auth(await applicant(), { type: 'bearer' }).expect(200);
    expect(qr.headers['content-type']).toMatch(/svg/);

    expect((await gateway(`/charges/${chargeOf(res.body.id).id}/mark_as_paid`)).status).toBe(200);
    await until(async () => ['issuing', 'completed'].includes((await state(app.id)).status));
    const paid = await payments(app.id);
    expect(paid.invoices).toEqual([expect.objectContaining({ status: 'paid', amountSatang: 200000 })]);
    expect(paid.receipts).toEqual([expect.objectContaining({ receiptNumber: expect.stringMatching(/^BMA-KHLONG-TOEI\/25\d\d\/\d{6}$/), amountWordsTh: 'สองพันบาทถ้วน' })]);
    const timeline = await t.http.get(`/api/v1/applications/${app.id}/timeline`).auth(await applicant(), { type: 'bearer' }).expect(200);
    const event = timeline.body.entries.find((e: { event: string }) => e.event === 'PAYMENT_SUCCEEDED');
    expect(event.data).toMatchObject({ method: 'promptpay', amountSatang: 200000, receiptNumber: paid.receipts[0].receiptNumber });
    const pdf = await t.http.get(paid.receipts[0].pdf).auth(await applicant(), { type: 'bearer' }).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('never creates two charges for a double click', async () => {
    const app = await awaitingPayment();
    const clicks = await Promise.all(Array.from({ length: 4 }, () => pay(app.id, { method: 'promptpay' })));
    expect(clicks.map((c) => c.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(clicks.map((c) => c.body.id)).size).toBe(1);
    expect(Object.values(mock.state.charges).filter((c) => (c as { metadata?: { applicationId?: string } }).metadata?.applicationId === app.id)).toHaveLength(1);
  });

  it('refuses a forged signature and a stale timestamp with 401, changing nothing', async () => {
    const app = await awaitingPayment();
    const res = await pay(app.id, { method: 'promptpay' });
    const charge = chargeOf(res.body.id);
    const body = JSON.stringify({ object: 'event', id: 'evnt_test_forged', key: 'charge.complete', data: { ...charge, status: 'successful' } });
    const forged = await deliver(body, undefined, signWebhook(body, Buffer.from('not the secret').toString('base64'), String(Math.floor(Date.now() / 1000))));
    expect(forged.status).toBe(401);
    expect(forged.body.message).toMatch(/signature does not match/);
    expect(forged.body.code).toBe('WEBHOOK_SIGNATURE_MISMATCH');
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const stale = await deliver(body, old);
    expect(stale.status).toBe(401);
    expect(stale.body.message).toMatch(/timestamp/);
    expect(stale.body.code).toBe('WEBHOOK_SIGNATURE_STALE');
    expect((await state(app.id)).status).toBe('awaiting_payment');
    expect(await t.count('gateway_events', "id = 'evnt_test_forged'")).toBe(0);
  });

  it('handles the same webhook delivered three times once: one payment, one event', async () => {
    const app = await awaitingPayment();
    const res = await pay(app.id, { method: 'promptpay' });
    await mock.webhooksIdle(); // charge.create is delivered (and re-fetched by the API) before webhooks are dropped
    mock.config.dropWebhooks = true;
    await gateway(`/charges/${chargeOf(res.body.id).id}/mark_as_paid`);
    const events = (await (await gateway('/events?order=reverse_chronological&limit=100', 'GET')).json()) as { data: { id: string; key: string; data: { id: string } }[] };
    const event = events.data.find((e) => e.key === 'charge.complete' && e.data.id === chargeOf(res.body.id).id)!;
    const body = JSON.stringify(event);
    const answers = await Promise.all([deliver(body), deliver(body), deliver(body)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(['issuing', 'completed']).toContain((await state(app.id)).status);
    expect(await t.count('application_events', `application_id = '${app.id}' AND type = 'PAYMENT_SUCCEEDED'`)).toBe(1);
    expect(await t.count('receipts', `application_id = '${app.id}'`)).toBe(1);
    expect(await t.count('payments', `application_id = '${app.id}' AND status = 'successful'`)).toBe(1);
  });

  it('a late duplicate that read the payment before the first delivery committed leaves the applied payment alone', async () => {
    const app = await awaitingPayment();
    const res = await pay(app.id, { method: 'promptpay' });
    await mock.webhooksIdle(); // charge.create is delivered (and re-fetched by the API) before webhooks are dropped
    mock.config.dropWebhooks = true;
    const chargeId = chargeOf(res.body.id).id;
    await gateway(`/charges/${chargeId}/mark_as_paid`);
    const paymentRows = t.app.get(DataSource).getRepository(PaymentEntity);
    const staleRead = await paymentRows.findOneByOrFail({ id: res.body.id });
    const charge = (await (await gateway(`/charges/${chargeId}`, 'GET')).json()) as GatewayCharge;
    const settlement = t.app.get(SettlePayment);
    expect(await settlement.settle(charge)).toBe('applied');
    // The interleaving CI once hit: the duplicate read the payment unapplied, then found the application moved on.
    const replay = jest.spyOn(paymentRows, 'findOneBy').mockResolvedValueOnce(staleRead);
    try {
      expect(await settlement.settle(charge)).toBe('already-applied');
      expect(replay).toHaveBeenCalled();
    } finally {
      replay.mockRestore();
    }
    expect(await paymentRows.findOneByOrFail({ id: res.body.id })).toMatchObject({ status: 'successful', failureCode: null });
    expect(await t.count('invoices', `application_id = '${app.id}' AND status = 'paid'`)).toBe(1);
    expect(await t.count('application_events', `application_id = '${app.id}' AND type = 'PAYMENT_SUCCEEDED'`)).toBe(1);
  });

  it('ignores a webhook for an unknown charge and an out-of-order failure after success', async () => {
    const unknown = JSON.stringify({ object: 'event', id: 'evnt_test_unknown1', key: 'charge.complete', data: { object: 'charge', id: 'chrg_test_doesnotexist0000' } });
    const res = await deliver(unknown);
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('unknown-charge');

    const app = await awaitingPayment();
    const started = await pay(app.id, { method: 'promptpay' });
    const charge = chargeOf(started.body.id);
    await gateway(`/charges/${charge.id}/mark_as_paid`);
    await until(async () => ['issuing', 'completed'].includes((await state(app.id)).status));
    const late = JSON.stringify({ object: 'event', id: 'evnt_test_late_failure', key: 'charge.complete', data: { ...charge, status: 'failed' } });
    expect((await deliver(late)).body.outcome).toBe('already-applied');
    expect(['issuing', 'completed']).toContain((await state(app.id)).status);
    expect(await t.count('application_events', `application_id = '${app.id}' AND type = 'PAYMENT_FAILED'`)).toBe(0);
  });

  it('holds a payment whose amount or currency does not match the fee for an officer', async () => {
    for (const change of [{ amount: 100000 }, { currency: 'USD' }]) {
      const app = await awaitingPayment();
      const started = await pay(app.id, { method: 'promptpay' });
      Object.assign(chargeOf(started.body.id), change); // the gateway reports something else than was asked
      await gateway(`/charges/${chargeOf(started.body.id).id}/mark_as_paid`);
      await mock.webhooksIdle();
      await until(async () => (await payments(app.id)).payments[0].status === 'held');
      const after = await payments(app.id);
      expect(after.payments[0].failure.message).toMatch(change.amount ? /amount 100000 satang differs/ : /currency USD differs/);
      expect(after.invoices[0].status).toBe('held');
      expect((await state(app.id)).status).toBe('awaiting_payment');
      expect(await t.count('receipts', `application_id = '${app.id}'`)).toBe(0);
    }
  });

  it('refuses to take payment for an application that is not awaiting payment (409)', async () => {
    const app = await createFoodApplication(t);
    const res = await pay(app.id, { method: 'promptpay' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/not awaiting payment/);
    expect(res.body.code).toBe('NOT_AWAITING_PAYMENT');
    expect(await t.count('payments', `application_id = '${app.id}'`)).toBe(0);
  });

  it('explains a declined card and lets the applicant try again', async () => {
    const app = await awaitingPayment();
    const declined = await pay(app.id, { method: 'card', card: { token: (await token('4111111111140011')).id } });
    expect(declined.status).toBe(422);
    expect(declined.body.details).toMatchObject({ failureCode: 'insufficient_fund' });
    expect(declined.body.message).toMatch(/try again/);
    expect(declined.body.code).toBe('PAYMENT_FAILED');
    expect((await state(app.id)).status).toBe('awaiting_payment');
    const ok = await pay(app.id, { method: 'card', card: { token: (await token('4242424242424242')).id } });
    expect(ok.status).toBe(201);
    expect(ok.body.status).toBe('successful');
    expect(['issuing', 'completed']).toContain((await state(app.id)).status);
    const missing = await pay(app.id, { method: 'card' });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('CARD_TOKEN_REQUIRED');
    expect(missing.body.details).toEqual([{ field: 'card.token', problem: 'is required for method card' }]);
  });

  it('refuses malformed webhooks and unknown payments with stable codes, recording nothing', async () => {
    const remembered = await t.count('gateway_events');
    const unsigned = await t.http.post(WEBHOOK).set('content-type', 'application/json').send('{}');
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.code).toBe('WEBHOOK_SIGNATURE_MISSING');
    const notJson = await deliver('not json');
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('JSON_INVALID'); // the body parser answers before the webhook is reached
    const notEvent = await deliver(JSON.stringify({ object: 'event', key: 'charge.complete' }));
    expect(notEvent.status).toBe(400);
    expect(notEvent.body).toMatchObject({ code: 'WEBHOOK_NOT_AN_EVENT', message: expect.stringContaining(' / The webhook body is not an Omise event') });
    expect(await t.count('gateway_events')).toBe(remembered);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const back = await t.http.get(`/api/v1/payments/${unknown}/return`);
    expect(back.status).toBe(404);
    expect(back.body.code).toBe('PAYMENT_NOT_FOUND');
    const qr = await t.http.get(`/api/v1/payments/${unknown}/qr`).auth(await applicant(), { type: 'bearer' });
    expect(qr.status).toBe(404);
    expect(qr.body.code).toBe('PAYMENT_NOT_FOUND');
    const receipt = await t.http.get('/api/v1/receipts/NO-SUCH-RECEIPT/pdf').auth(await applicant(), { type: 'bearer' });
    expect(receipt.status).toBe(404);
    expect(receipt.body.code).toBe('RECEIPT_NOT_FOUND');
  });

  it('passes a 3-D Secure authorize_uri through and completes when the bank confirms', async () => {
    const app = await awaitingPayment();
    const res = await pay(app.id, { method: 'card', card: { token: (await token('4000000000003220')).id } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'pending', authorizeUri: expect.stringContaining('/authorize') });
    const authorize = await fetch(res.body.authorizeUri.replace(/^http:\/\/[^/]+/, mock.url), { redirect: 'manual' });
    expect(authorize.status).toBe(302);
    await until(async () => ['issuing', 'completed'].includes((await state(app.id)).status));
    // The payer's browser comes back to the API, which checks the charge and sends it on to the web app's payment page.
    const back = await t.http.get(`/api/v1/payments/${res.body.id}/return`).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(back.status).toBe(303);
    expect(back.headers.location).toBe(`/payment-return?payment=${res.body.id}`);
    const asJson = await t.http.get(`/api/v1/payments/${res.body.id}/return`).set('Accept', 'application/json').expect(200);
    expect(asJson.body).toMatchObject({ paymentId: res.body.id, status: 'successful' });
    expect(JSON.stringify(asJson.body)).not.toContain(app.id);
  });

  it("tells browsers the vault's public key and origin, lets pages call only that origin besides the API, and the vault answers them (CORS)", async () => {
    const info = await t.http.get('/api/v1/payments/gateway').expect(200);
    const vaultUrl = `http://localhost:${new URL(mock.url).port}`;
    expect(info.body).toEqual({ publicKey: KEYS.publicKey, vaultUrl, minimumAmountSatang: 2000, currency: 'THB' });
    const page = await t.http.get('/api/v1/payments/gateway');
    const connectSrc = /connect-src ([^;]+)/.exec(page.headers['content-security-policy'])?.[1];
    expect(connectSrc).toBe(`'self' ${vaultUrl}`);
    const preflight = await fetch(`${mock.url}/tokens`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const created = await fetch(`${mock.url}/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${KEYS.publicKey}:`).toString('base64')}`, Origin: 'http://localhost:3000' },
      body: JSON.stringify({ card: { name: 'SOMCHAI JAIDEE', number: '4242424242424242', expiration_month: 12, expiration_year: 2099, security_code: '123' } }),
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await created.json()) as { id: string }).id).toMatch(/^tokn_/);
  });

  it('answers 503 when the gateway is down or too slow, recording nothing as paid', async () => {
    const app = await awaitingPayment();
    mock.config.down = true;
    const down = await pay(app.id, { method: 'promptpay' });
    expect(down.status).toBe(503);
    expect(down.body.message).toMatch(/nothing was charged/);
    expect(down.body.code).toBe('PAYMENT_GATEWAY_UNAVAILABLE');
    mock.config.down = false;
    mock.config.latencyMs = 2500;
    const slow = await pay(app.id, { method: 'promptpay' });
    expect(slow.status).toBe(503);
    expect(slow.body.message).toMatch(/timeout/);
    expect(slow.body.code).toBe('PAYMENT_GATEWAY_UNAVAILABLE');
    mock.config.latencyMs = 0;
    expect((await state(app.id)).status).toBe('awaiting_payment');
    expect(await t.count('payments', `application_id = '${app.id}' AND status IN ('successful', 'pending')`)).toBe(0);
    // Back up: the applicant simply tries again.
    const again = await pay(app.id, { method: 'promptpay' });
    expect(again.status).toBe(201);
  });

  it('repairs a webhook that never arrived through reconciliation', async () => {
    const app = await awaitingPayment();
    const started = await pay(app.id, { method: 'promptpay' });
    await mock.webhooksIdle(); // charge.create is delivered (and re-fetched by the API) before webhooks are dropped
    mock.config.dropWebhooks = true;
    await gateway(`/charges/${chargeOf(started.body.id).id}/mark_as_paid`);
    expect((await state(app.id)).status).toBe('awaiting_payment');
    const reconciled = await t.http.post('/api/v1/payments/reconcile').auth(await t.login('auditor'), { type: 'bearer' }).expect(200);
    expect(reconciled.body.repaired).toBeGreaterThanOrEqual(1);
    expect(['issuing', 'completed']).toContain((await state(app.id)).status);
    await t.http.post('/api/v1/payments/reconcile').auth(await applicant(), { type: 'bearer' }).expect(403);
  });

  it('answers 503 PAYMENT_CHECK_UNAVAILABLE to reconciliation while the gateway is down, and repairs on the next pass', async () => {
    const app = await awaitingPayment();
    const started = await pay(app.id, { method: 'promptpay' });
    await mock.webhooksIdle();
    mock.config.dropWebhooks = true;
    await gateway(`/charges/${chargeOf(started.body.id).id}/mark_as_paid`);
    mock.config.down = true;
    const auditor = await t.login('auditor');
    const down = await t.http.post('/api/v1/payments/reconcile').auth(auditor, { type: 'bearer' });
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('PAYMENT_CHECK_UNAVAILABLE');
    expect(down.body.message).toMatch(/checked again/);
    expect((await state(app.id)).status).toBe('awaiting_payment');
    mock.config.down = false;
    const reconciled = await t.http.post('/api/v1/payments/reconcile').auth(auditor, { type: 'bearer' }).expect(200);
    expect(reconciled.body.repaired).toBeGreaterThanOrEqual(1);
    expect(['issuing', 'completed']).toContain((await state(app.id)).status);
  });

  it('lets an expired QR be replaced by a new one', async () => {
    const app = await awaitingPayment();
    const first = await pay(app.id, { method: 'promptpay' });
    await gateway(`/charges/${chargeOf(first.body.id).id}/expire`);
    await until(async () => (await payments(app.id)).payments[0].status === 'expired');
    expect(await t.count('application_events', `application_id = '${app.id}' AND type = 'PAYMENT_FAILED'`)).toBe(1);
    const second = await pay(app.id, { method: 'promptpay' });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
  });

  it('records a cash payment at the office counter, checked against the fee', async () => {
    const app = await awaitingPayment();
    const officer = await t.login('officer.khlongtoei');
    const counter = (token: string, body: Record<string, unknown>) => t.http.post(`/api/v1/applications/${app.id}/payments/counter`).auth(token, { type: 'bearer' }).send(body);
    const wrong = await counter(officer, { receiptNumber: 'KT-2570-0001', amountSatang: 150000 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ field: 'amountSatang', problem: 'must be 200000, the fee due' }]);
    expect(wrong.body.code).toBe('COUNTER_AMOUNT_MISMATCH');
    expect(wrong.body.message).toContain('จำนวนเงินไม่ตรงกับค่าธรรมเนียม / The amount');
    const otherOffice = await counter(await t.login('officer.nonthaburi'), { receiptNumber: 'X', amountSatang: 200000 });
    expect(otherOffice.status).toBe(404);
    expect(otherOffice.body.code).toBe('APPLICATION_NOT_FOUND');
    const notStaff = await counter(await applicant(), { receiptNumber: 'X', amountSatang: 200000 });
    expect(notStaff.status).toBe(403);
    expect(await t.count('payments', `application_id = '${app.id}'`)).toBe(0);
    const ok = await counter(officer, { receiptNumber: 'KT-2570-0001', amountSatang: 200000 });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ method: 'counter', status: 'successful', officeReceiptNumber: 'KT-2570-0001' });
    const noQr = await t.http.get(`/api/v1/payments/${ok.body.id}/qr`).auth(officer, { type: 'bearer' });
    expect(noQr.status).toBe(404);
    expect(noQr.body.code).toBe('PAYMENT_HAS_NO_QR');
    expect(['issuing', 'completed']).toContain((await state(app.id)).status);
    expect((await payments(app.id)).receipts).toHaveLength(1);
  });
});
