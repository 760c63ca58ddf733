import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { apiProcess } from './support/api-child';
import { startPaymentApp } from './support/payment-gateway';

jest.setTimeout(240_000);

describe('Payment crash recovery: a crash between the payment row and the gateway never blocks payment for good', () => {
  let s: Awaited<ReturnType<typeof startPaymentApp>>;
  beforeAll(async () => {
    // The child processes check the same tokens: one secret for all.
    s = await startPaymentApp({ JWT_SECRET: randomBytes(32).toString('base64url') });
  });
  afterAll(() => s.close());
  afterEach(() => Object.assign(s.mock.config, { down: false, latencyMs: 0 }));

  const start = async (base: string, id: string, body: Record<string, unknown>) =>
    fetch(`${base}/api/v1/applications/${id}/payments`, { method: 'POST', headers: { ...(await s.bearer('somchai')), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const chargesFor = (applicationId: string) => Object.values(s.mock.state.charges).filter((c) => (c as { metadata?: { applicationId?: string } }).metadata?.applicationId === applicationId) as unknown as { status: string }[];
  const pastTimeout = () => new Promise((r) => setTimeout(r, 1000 + 2000 + 300)); // OMISE_TIMEOUT_MS + recovery's grace

  it('PAYMENT_FAULT kills the process right after the row: the card waits only until the timeout, then the attempt is ended and a new one pays', async () => {
    const app = await s.awaitingPayment();
    const api = await apiProcess({ PAYMENT_FAULT: 'crash-after-payment-row' });
    await expect(start(api.url, app.id, { method: 'promptpay' })).rejects.toThrow(); // the connection dies with the process
    expect((await api.exited).signal).toBe('SIGKILL');
    expect(await s.t.count('payments', `application_id = '${app.id}' AND status = 'creating'`)).toBe(1);
    expect(chargesFor(app.id)).toHaveLength(0);

    const token = await s.cardToken('4242424242424242');
    const blocked = await s.t.http.post(`/api/v1/applications/${app.id}/payments`).set(await s.bearer('somchai')).send({ method: 'card', card: { token } });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('PAYMENT_ALREADY_OPEN');
    expect(new Date(blocked.body.details.until).getTime() - Date.now()).toBeLessThan(3500); // not forever

    await pastTimeout();
    const paid = await s.t.http.post(`/api/v1/applications/${app.id}/payments`).set(await s.bearer('somchai')).send({ method: 'card', card: { token } });
    expect(paid.status).toBe(201);
    expect(paid.body.status).toBe('successful');
    expect(await s.t.count('payments', `application_id = '${app.id}' AND status = 'failed' AND failure_code = 'gateway_no_charge'`)).toBe(1);
  });

  it('kill -9 during 23 parallel payment starts: reconciliation settles or ends every stuck row, and every applicant can pay', async () => {
    const apps: { id: string; trackingNumber: string }[] = [];
    for (let i = 0; i < 23; i++) apps.push(await s.awaitingPayment());
    const ids = apps.map((a) => `'${a.id}'`).join(',');
    const api = await apiProcess();
    s.mock.config.latencyMs = 400; // each gateway call takes a while, so rows wait in `creating`
    // No charge.create webhook reaches the surviving API: only reconciliation's search by idempotency key can find the charges.
    s.mock.config.dropWebhooks = true;
    const begin = (group: typeof apps) => group.map((a) => start(api.url, a.id, { method: 'promptpay' }).then((r) => r.status, () => 'killed' as const));
    const rows = () => s.t.count('payments', `application_id IN (${ids})`);
    // Twelve starts get as far as asking for the charge; eleven more have only asked for the PromptPay source when the process dies.
    const starts = begin(apps.slice(0, 12));
    for (let i = 0; i < 200 && (await rows()) < 12; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    starts.push(...begin(apps.slice(12)));
    for (let i = 0; i < 200 && (await rows()) < 23; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    api.child.kill('SIGKILL');
    expect((await api.exited).signal).toBe('SIGKILL');
    const outcomes = await Promise.all(starts);
    s.mock.config.latencyMs = 0;
    // Which stuck rows the gateway made a charge for depends on where the kill fell; each kind must end right.
    const stuckIds: string[] = [];
    for (const app of apps) if ((await s.t.count('payments', `application_id = '${app.id}' AND status = 'creating'`)) > 0) stuckIds.push(app.id);
    const stuck = stuckIds.length;
    expect(outcomes.filter((o) => o === 'killed').length).toBeGreaterThan(0);
    expect(stuck).toBeGreaterThan(0);

    await pastTimeout(); // the gateway has finished the requests the dead process sent
    const stuckApps = stuckIds.map((id) => ({ id, charged: chargesFor(id).length > 0 }));
    const began = performance.now();
    const reconciled = await s.t.http.post('/api/v1/payments/reconcile').set(await s.bearer('auditor')).expect(200);
    const took = performance.now() - began;
    const charged = stuckApps.filter((a) => a.charged).length;
    process.stdout.write(`reconcile of ${stuck} stuck rows (${charged} with a charge at the gateway; ${23 - stuck} others open): ${took.toFixed(0)} ms, ${JSON.stringify(reconciled.body)}\n`);
    for (const app of stuckApps) {
      // A charge carries the attempt's key: adopted. None: the attempt is ended so that a new one can start.
      const where = app.charged ? `charge_id IS NOT NULL AND status = 'pending'` : `status = 'failed' AND failure_code = 'gateway_no_charge'`;
      expect([app.id, await s.t.count('payments', `application_id = '${app.id}' AND ${where}`)]).toEqual([app.id, 1]);
    }
    expect(reconciled.body.failed).toBe(stuck - charged);
    expect(reconciled.body.repaired).toBe(charged); // no webhook told anyone: reconciliation found each charge by its key
    s.mock.config.dropWebhooks = false;
    expect(await s.t.count('payments', `application_id IN (${ids}) AND status = 'creating'`)).toBe(0);

    for (const app of apps) {
      const again = await start(s.apiUrl(), app.id, { method: 'promptpay' });
      expect(again.status).toBe(201);
      expect(chargesFor(app.id).filter((c) => c.status === 'pending')).toHaveLength(1); // one payable QR, never two
    }
  });

  it('PAYMENT_FAULT at the counter: the process dies after recording the cash; the same entry sent again applies it, once', async () => {
    const app = await s.awaitingPayment();
    await s.until(async () => (await s.t.count('invoices', `application_id = '${app.id}' AND status = 'open'`)) === 1);
    const entry = { receiptNumber: `KT-CRASH-${app.trackingNumber}`, amountSatang: 200000 };
    const record = async (base: string) =>
      fetch(`${base}/api/v1/applications/${app.id}/payments/counter`, { method: 'POST', headers: { ...(await s.bearer('officer.khlongtoei')), 'Content-Type': 'application/json' }, body: JSON.stringify(entry) });
    const api = await apiProcess({ PAYMENT_FAULT: 'crash-after-payment-row' });
    try {
      await expect(record(api.url)).rejects.toThrow(); // the connection dies with the process
    } finally {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
    }
    expect((await api.exited).signal).toBe('SIGKILL');
    expect(await s.t.count('payments', `application_id = '${app.id}' AND method = 'counter' AND status = 'creating' AND applied_at IS NULL`)).toBe(1);

    // The officer, told nothing, enters the receipt again: it is the same payment, and now it pays the fee.
    const again = await record(s.apiUrl());
    expect(again.status).toBe(201);
    const payment = await again.json();
    expect(payment.status).toBe('successful');
    const once = await record(s.apiUrl());
    expect(once.status).toBe(201);
    expect((await once.json()).id).toBe(payment.id);
    expect(await s.t.count('payments', `application_id = '${app.id}'`)).toBe(1);
    expect(await s.t.count('receipts', `application_id = '${app.id}'`)).toBe(1);
    expect(await s.t.count('application_events', `application_id = '${app.id}' AND type = 'PAYMENT_SUCCEEDED'`)).toBe(1);
    expect(await s.t.count('invoices', `application_id = '${app.id}' AND status = 'paid'`)).toBe(1);
    expect(await s.t.count('applications', `id = '${app.id}' AND status IN ('issuing', 'completed')`)).toBe(1);
  });
});
