import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createOmiseMock, type OmiseMock } from '../apps/omise-mock/src/omise-mock';
import { CatalogueService, OutboxRunner } from '@bizportal/licensing';
import { attachRequiredDocuments } from './support/documents';
import { drive, officeStepsToPayment, PRIVACY_CONSENT } from './support/flows';
import { sampleForm } from './support/sample-form';
import { KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

const KEYS = { publicKey: 'pkey_test_local', secretKey: 'skey_test_local' };
const SECRET = randomBytes(32).toString('base64');
const THREE = ['food-premises-permit', 'signboard-tax', 'commercial-registration'];

describe('Bundles: the fees that fall due together paid with one PromptPay charge (issue 17 part 2)', () => {
  let t: TestApp;
  let mock: OmiseMock;
  let apiUrl = '';

  beforeAll(async () => {
    mock = createOmiseMock({ ...KEYS, webhookSecret: SECRET, webhookUrl: () => `${apiUrl}/api/v1/payments/omise/webhook`, webhookRetryDelaysMs: [50, 100, 200], log: () => undefined });
    const { port } = await mock.listen(0, '127.0.0.1');
    t = await startTestApp({ OMISE_LOCAL_PORT: String(port), OMISE_WEBHOOK_SECRET: SECRET, OMISE_TIMEOUT_MS: '1000', PAYMENT_RECONCILE_INTERVAL_MS: '0', OUTBOX_RUNNER_ENABLED: 'false' });
    const server = await t.app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
    await mock.close();
  });

  const as = async (who: string) => ({ Authorization: `Bearer ${await t.login(who)}` });
  const payTogether = async (id: string, body: Record<string, unknown> = { method: 'promptpay' }, who = 'somchai') => t.http.post(`/api/v1/bundles/${id}/payments`).set(await as(who)).send(body);
  const gateway = (path: string) => fetch(`${mock.url}${path}`, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from(`${KEYS.secretKey}:`).toString('base64')}` } });
  const chargeFor = (key: string) => Object.values(mock.state.charges).find((c) => (c as { metadata?: { sharedChargeKey?: string } }).metadata?.sharedChargeKey === key) as unknown as { id: string; amount: number };
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 200; i++) if (await check()) return;
    else await new Promise((r) => setTimeout(r, 25));
    throw new Error('condition not met in time');
  };

  /** A bundle of the three licences, each filled in, submitted together, and taken by the office to its fee. */
  async function bundleAwaitingPayment(licences = THREE) {
    const bundle = (await t.http.post('/api/v1/bundles').set(await as('somchai')).send({ business: 'restaurant', licenceTypes: licences, premises: KHLONG_TOEI_PREMISES, confirmApplicantData: true, form: { businessName: 'ครัวคุณแม่' } }).expect(201)).body;
    const catalogue = t.app.get(CatalogueService);
    for (const app of bundle.applications) {
      const workflow = await catalogue.workflow(app.licenceType.slug);
      await t.http.patch(`/api/v1/applications/${app.id}`).set(await as('somchai')).send({ form: sampleForm(workflow.definition.form), expectedVersion: app.version }).expect(200);
      await attachRequiredDocuments(t, app.id);
    }
    await t.http.post(`/api/v1/bundles/${bundle.id}/submit`).set(await as('somchai')).send({ privacyConsent: PRIVACY_CONSENT }).expect(200);
    for (const app of bundle.applications) await drive(t, app.id, officeStepsToPayment(await catalogue.workflow(app.licenceType.slug)));
    await t.app.get(OutboxRunner).runOnce(); // raises each fee
    return bundle as { id: string; applications: { id: string; licenceType: { slug: string } }[] };
  }

  it('charges the fees’ total once, and on payment gives each fee its own receipt at its own office', async () => {
    const bundle = await bundleAwaitingPayment();
    const fees = await Promise.all(bundle.applications.map(async (a) => (await t.http.get(`/api/v1/applications/${a.id}/payments`).set(await as('somchai')).expect(200)).body.invoices.find((i: { status: string }) => i.status === 'open').amountSatang as number));
    const res = await payTogether(bundle.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ method: 'promptpay', status: 'pending', amountSatang: fees.reduce((a, b) => a + b, 0), qr: { svg: expect.stringMatching(/^\/api\/v1\/payments\/[0-9a-f-]{36}\/qr$/) } });
    expect(res.body.lines.map((l: { licenceType: { slug: string }; amountSatang: number; agency: { id: string } }) => [l.licenceType.slug, l.amountSatang, l.agency.id])).toEqual(THREE.map((slug, i) => [slug, fees[i], 'bma-khlong-toei']));
    const qr = await t.http.get(res.body.qr.svg).set(await as('somchai')).expect(200);
    expect(qr.headers['content-type']).toMatch(/svg/);
    // A double click answers the same charge; one charge at the gateway for the total.
    const again = await payTogether(bundle.id);
    expect([again.status, again.body.key]).toEqual([200, res.body.key]);
    const charge = chargeFor(res.body.key);
    expect(charge.amount).toBe(res.body.amountSatang);
    expect(Object.values(mock.state.charges).filter((c) => (c as { metadata?: { sharedChargeKey?: string } }).metadata?.sharedChargeKey === res.body.key)).toHaveLength(1);

    // The payer's bank pays; the signed webhook settles each fee on its own.
    expect((await gateway(`/charges/${charge.id}/mark_as_paid`)).status).toBe(200);
    await until(async () => {
      const states = await Promise.all(bundle.applications.map(async (a) => (await t.http.get(`/api/v1/applications/${a.id}`).set(await as('somchai'))).body.status));
      return states.every((s) => s === 'issuing' || s === 'completed');
    });
    const receipts: string[] = [];
    for (const [i, app] of bundle.applications.entries()) {
      const paid = (await t.http.get(`/api/v1/applications/${app.id}/payments`).set(await as('somchai')).expect(200)).body;
      expect(paid.invoices).toEqual([expect.objectContaining({ status: 'paid', amountSatang: fees[i] })]);
      expect(paid.receipts).toEqual([expect.objectContaining({ receiptNumber: expect.stringMatching(/^BMA-KHLONG-TOEI\/25\d\d\/\d{6}$/), amountSatang: fees[i] })]);
      receipts.push(paid.receipts[0].receiptNumber);
      const timeline = (await t.http.get(`/api/v1/applications/${app.id}/timeline`).set(await as('somchai')).expect(200)).body;
      const succeeded = timeline.entries.filter((e: { event: string }) => e.event === 'PAYMENT_SUCCEEDED');
      expect(succeeded).toEqual([expect.objectContaining({ data: expect.objectContaining({ method: 'promptpay', amountSatang: fees[i], chargeId: charge.id, receiptNumber: paid.receipts[0].receiptNumber }) })]);
    }
    expect(new Set(receipts).size).toBe(3);
    // Nothing left to pay.
    const nothing = await payTogether(bundle.id);
    expect([nothing.status, nothing.body.code]).toEqual([409, 'BUNDLE_NOTHING_TO_PAY']);
  });

  it('refuses with a 4xx and writes nothing: no fee due yet, another applicant, a method other than PromptPay', async () => {
    const bundle = (await t.http.post('/api/v1/bundles').set(await as('somchai')).send({ business: 'restaurant', licenceTypes: ['signboard-tax', 'commercial-registration'], premises: KHLONG_TOEI_PREMISES }).expect(201)).body;
    const before = await t.count('payments');
    const none = await payTogether(bundle.id);
    expect([none.status, none.body.code]).toEqual([409, 'BUNDLE_NOTHING_TO_PAY']);
    const card = await payTogether(bundle.id, { method: 'card' });
    expect([card.status, card.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const other = await payTogether(bundle.id, { method: 'promptpay' }, 'suda');
    expect([other.status, other.body.code]).toEqual([404, 'BUNDLE_NOT_FOUND']);
    expect(await t.count('payments')).toBe(before);
  });
});
