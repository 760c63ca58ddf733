import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createOmiseMock, type OmiseMock } from '../apps/omise-mock/src/omise-mock';
import { LicenceEntity, LicenceLife, OutboxRunner } from '@bizportal/licensing';
import { attachRequiredDocuments } from './support/documents';
import { createFoodApplication, drive, FOOD_FEE_SET, KHLONG_TOEI_INSPECTION, sendEvent, TO_AWAITING_PAYMENT, type Step } from './support/flows';
import { COMPLETE_FOOD_FORM, startTestApp, type TestApp } from './support/test-app';

/** A cancellation request: submitted, received and accepted, then decided (no inspection, no fee). */
const TO_CONSIDERATION_FOR_CANCELLATION: Step[] = TO_AWAITING_PAYMENT.filter((s) => s.type === 'SUBMIT' || s.type === 'RECEIVE' || s.type === 'ACCEPT');

/** After issuance: delivery, suspension, reinstatement, revocation, renewal, amendment and expiry. */
describe('A licence after issuance: its life as workflow states, visible in the timeline and in verification', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let receipts = 0;
  // The local gateway, for a PromptPay charge left open on a renewal when its licence is revoked.
  let gateway: OmiseMock;
  beforeAll(async () => {
    gateway = createOmiseMock({ publicKey: 'pkey_test_local', secretKey: 'skey_test_local', webhookSecret: randomBytes(32).toString('base64'), webhookUrl: () => 'http://127.0.0.1:9/', log: () => undefined });
    gateway.config.dropWebhooks = true;
    const { port } = await gateway.listen(0, '127.0.0.1');
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', OMISE_LOCAL_PORT: String(port), PAYMENT_RECONCILE_INTERVAL_MS: '0' });
    runner = t.app.get(OutboxRunner);
  });
  afterAll(async () => {
    await t.close();
    await gateway.close();
  });

  const as = async (username: string) => `Bearer ${await t.login(username)}`;
  const enc = encodeURIComponent;

  /** Khlong Toei's officer records the food premises permit's 2,000 baht paid in cash at the counter. */
  const payAtCounter = async (id: string) =>
    t.http
      .post(`/api/v1/applications/${id}/payments/counter`)
      .set('Authorization', await as('officer.khlongtoei'))
      .send({ receiptNumber: `KT-LIFE-${++receipts}`, amountSatang: 200000 });

  /** Pays at the counter and runs the outbox until the licence is issued. */
  async function payAndIssue(id: string): Promise<string> {
    await runner.runOnce();
    expect((await payAtCounter(id)).status).toBe(201);
    await runner.runOnce();
    const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).set('Authorization', await as('somchai')).expect(200);
    const issued = timeline.body.entries.find((e: { event: string }) => e.event === 'LICENCE_ISSUED');
    if (!issued) throw new Error(`not issued: ${JSON.stringify(timeline.body.entries.map((e: { event: string }) => e.event))}`);
    return issued.data.licenceNumber as string;
  }

  async function issueFood(overrides: Record<string, unknown> = {}, before: Step[] = []) {
    const app = await createFoodApplication(t, 'somchai', overrides);
    await drive(t, app.id, [...before, ...TO_AWAITING_PAYMENT]);
    return { id: app.id, trackingNumber: app.trackingNumber, number: await payAndIssue(app.id) };
  }

  /** Sends an event and insists on the HTTP status. */
  async function expectSent(id: string, step: Step, status: number) {
    const res = await sendEvent(t, id, step);
    if (res.status !== status) throw new Error(`${step.type} as ${step.as}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }

  const verify = (number: string) => t.http.get(`/api/v1/verify/${enc(number)}`).expect(200);
  const application = async (id: string) => (await t.http.get(`/api/v1/applications/${id}`).set('Authorization', await as('somchai')).expect(200)).body;
  const events = async (id: string) =>
    (await t.http.get(`/api/v1/applications/${id}/timeline`).set('Authorization', await as('somchai')).expect(200)).body.entries as {
      event: string;
      comment: string | null;
      data: Record<string, unknown> | null;
      to: { state: string };
    }[];

  describe('delivery: e-licence, pickup or post with a tracking number', () => {
    it('records the choice and the dispatch in the timeline; refuses a post choice without an address and a dispatch that does not fit', async () => {
      const app = await createFoodApplication(t);
      const noAddress = await expectSent(app.id, { as: 'somchai', type: 'CHOOSE_DELIVERY', data: { method: 'post' } }, 400);
      expect(noAddress.body.message).toMatch(/address/);
      await expectSent(app.id, { as: 'officer.khlongtoei', type: 'CHOOSE_DELIVERY', data: { method: 'pickup' } }, 403);
      const chosen = await expectSent(app.id, {
        as: 'somchai',
        type: 'CHOOSE_DELIVERY',
        data: { method: 'post', address: '99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110' },
      }, 200);
      expect(chosen.body).toMatchObject({ state: 'draft', delivery: { method: 'post', address: expect.stringContaining('พระราม 4') } });
      await drive(t, app.id, TO_AWAITING_PAYMENT);
      await payAndIssue(app.id);

      await expectSent(app.id, { as: 'officer.khlongtoei', type: 'RECORD_DELIVERY', data: { collectedBy: 'นายสมชาย ใจดี' } }, 422);
      await expectSent(app.id, { as: 'officer.khlongtoei', type: 'RECORD_DELIVERY', data: { trackingNumber: 'not a number!' } }, 400);
      await expectSent(app.id, { as: 'somchai', type: 'RECORD_DELIVERY', data: { trackingNumber: 'EF123456785TH' } }, 403);
      await expectSent(app.id, { as: 'officer.khlongtoei', type: 'RECORD_DELIVERY', data: { trackingNumber: 'EF123456785TH', carrier: 'ไปรษณีย์ไทย' } }, 200);
      const entries = await events(app.id);
      expect(entries.filter((e) => e.event === 'CHOOSE_DELIVERY' || e.event === 'RECORD_DELIVERY').map((e) => [e.event, e.data])).toEqual([
        ['CHOOSE_DELIVERY', { method: 'post', address: expect.any(String) }],
        ['RECORD_DELIVERY', { trackingNumber: 'EF123456785TH', carrier: 'ไปรษณีย์ไทย' }],
      ]);
      expect((await application(app.id)).state).toBe('completed');
    });

    it('has nothing to dispatch when the applicant keeps the e-licence download', async () => {
      const { id } = await issueFood();
      const refused = await expectSent(id, { as: 'officer.khlongtoei', type: 'RECORD_DELIVERY', data: { trackingNumber: 'EF123456785TH' } }, 422);
      expect(refused.body.message).toMatch(/post|pickup/);
      expect((await application(id)).delivery).toEqual({ method: 'e-licence', address: null });
    });
  });

  describe('suspension, reinstatement and revocation by the office', () => {
    let id = '';
    let number = '';
    beforeAll(async () => ({ id, number } = await issueFood()));

    it('lets only the approver of the issuing office suspend, with a reason; verification says suspended at once', async () => {
      await expectSent(id, { as: 'approver.khlongtoei', type: 'SUSPEND' }, 400);
      await expectSent(id, { as: 'officer.khlongtoei', type: 'SUSPEND', comment: 'ร้องเรียนเรื่องสุขอนามัย' }, 403);
      await expectSent(id, { as: 'approver.nonthaburi', type: 'SUSPEND', comment: 'ร้องเรียนเรื่องสุขอนามัย' }, 404);
      await expectSent(id, { as: 'somchai', type: 'SUSPEND', comment: 'ขอพักเอง' }, 403);
      expect((await verify(number)).body.status).toBe('valid');

      const suspended = await expectSent(id, {
        as: 'approver.khlongtoei',
        type: 'SUSPEND',
        comment: 'พักใช้ 7 วัน ตามผลตรวจสุขาภิบาล',
        data: { until: '2026-12-31' },
      }, 200);
      expect(suspended.body).toMatchObject({ state: 'suspended', status: 'suspended' });
      const publicView = (await verify(number)).body;
      expect(publicView).toMatchObject({ status: 'suspended', statusReason: 'พักใช้ 7 วัน ตามผลตรวจสุขาภิบาล' });
      // A suspended licence can be neither renewed nor amended.
      const renewal = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: number })
        .expect(422);
      expect(renewal.body.message).toMatch(/suspended/);
    });

    it('reinstates, then revokes; a revoked licence verifies as revoked and accepts nothing more', async () => {
      await expectSent(id, { as: 'approver.khlongtoei', type: 'REINSTATE', comment: 'แก้ไขครบถ้วนแล้ว' }, 200);
      expect((await verify(number)).body).toMatchObject({ status: 'valid' });
      await expectSent(id, { as: 'approver.khlongtoei', type: 'REVOKE', comment: 'ฝ่าฝืนคำสั่งเจ้าพนักงานท้องถิ่นซ้ำ' }, 200);
      expect((await verify(number)).body).toMatchObject({ status: 'revoked', statusReason: 'ฝ่าฝืนคำสั่งเจ้าพนักงานท้องถิ่นซ้ำ' });
      await expectSent(id, { as: 'approver.khlongtoei', type: 'REINSTATE', comment: 'ขอคืนสิทธิ์' }, 409);
      expect((await events(id)).slice(-3).map((e) => [e.event, e.to.state])).toEqual([
        ['SUSPEND', 'suspended'],
        ['REINSTATE', 'completed'],
        ['REVOKE', 'revoked'],
      ]);
      const holderView = await t.http.get(`/api/v1/licences/${enc(number)}`).set('Authorization', await as('somchai')).expect(200);
      expect(holderView.body.status).toBe('revoked');
    });
  });

  describe('renewal: its own application, pre-filled, continuing the validity', () => {
    let previous = { id: '', number: '' };
    let renewalId = '';
    beforeAll(async () => {
      previous = await issueFood({ form: { ...COMPLETE_FOOD_FORM, businessName: 'ร้านต่ออายุ' } });
    });

    it('refuses renewals of a licence that is not the applicant’s, of another type, or with a malformed number, storing nothing', async () => {
      const before = await t.count('applications');
      await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('suda'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: previous.number })
        .expect(404);
      const malformed = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: 'nonsense' })
        .expect(400);
      expect(malformed.body.message).toMatch(/previousLicenceNumber/);
      const noPremises = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew' })
        .expect(400);
      expect(noPremises.body.message).toMatch(/premises/);
      expect(await t.count('applications')).toBe(before);
    });

    it('starts from the previous licence: premises, business and form copied, what the applicant sends wins', async () => {
      const res = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: previous.number, form: { seats: 60 } })
        .expect(201);
      renewalId = res.body.id;
      const old = await application(previous.id);
      expect(res.body).toMatchObject({ kind: 'renew', previousLicenceNumber: previous.number, premises: old.premises, business: 'restaurant' });
      expect(res.body.form).toEqual({ ...old.form, seats: 60 });
      const again = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: previous.number })
        .expect(409);
      expect(again.body.message).toContain(res.body.trackingNumber);
    });

    it('issues a licence valid from the day after the old one ends; the old one records the renewal and stays in force', async () => {
      await attachRequiredDocuments(t, renewalId);
      await drive(t, renewalId, TO_AWAITING_PAYMENT);
      const renewed = await payAndIssue(renewalId);
      const [oldLicence, newLicence] = await Promise.all([verify(previous.number), verify(renewed)]);
      expect(oldLicence.body).toMatchObject({ status: 'valid', continuedBy: renewed });
      expect(newLicence.body).toMatchObject({ status: 'pending', continues: previous.number });
      expect(new Date(newLicence.body.validFrom).getTime() - new Date(oldLicence.body.validUntil).getTime()).toBe(86_400_000);
      const oldEvents = await events(previous.id);
      expect(oldEvents.at(-1)).toMatchObject({ event: 'RENEW', to: { state: 'completed' }, data: { licenceNumber: renewed, applicationId: renewalId } });
    });

    it('expires the old licence through the daily job once its date has passed; verification says expired even before the job', async () => {
      await t.app.get(LicenceLife).expireDue();
      expect((await verify(previous.number)).body.status).toBe('valid');
      const yesterday = new Date(Date.now() - 86_400_000);
      await t.app.get(DataSource).getRepository(LicenceEntity).update({ number: previous.number }, { validUntil: yesterday });
      expect((await verify(previous.number)).body.status).toBe('expired');
      const life = t.app.get(LicenceLife);
      expect(await life.expireDue()).toBe(1);
      expect(await life.expireDue()).toBe(0);
      expect(await application(previous.id)).toMatchObject({ state: 'expired', status: 'expired' });
      expect((await events(previous.id)).at(-1)).toMatchObject({ event: 'EXPIRE', data: { licenceNumber: previous.number } });
      const renewalAgain = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: previous.number })
        .expect(422);
      expect(renewalAgain.body.message).toMatch(/expired/);
    });
  });

  describe('cancellation at the holder’s request', () => {
    it('ends the named licence in the same step as the approval, with the request as the reason', async () => {
      const previous = await issueFood();
      const cancel = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'cancel', previousLicenceNumber: previous.number })
        .expect(201);
      await attachRequiredDocuments(t, cancel.body.id);
      await drive(t, cancel.body.id, TO_CONSIDERATION_FOR_CANCELLATION);
      // No site inspection: the check sends a cancellation straight to the decision.
      const inspection = await expectSent(cancel.body.id, { as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: KHLONG_TOEI_INSPECTION }, 409);
      expect(inspection.body).toMatchObject({ code: 'EVENT_NOT_ACCEPTED', details: { state: 'consideration' } });
      const approved = await expectSent(cancel.body.id, { as: 'approver.khlongtoei', type: 'APPROVE' }, 200);
      expect(approved.body).toMatchObject({ state: 'withdrawn', status: 'completed' });
      // No fee: nothing was raised, and nothing waits in the outbox to raise one.
      await runner.runOnce();
      const fees = await t.http.get(`/api/v1/applications/${cancel.body.id}/payments`).set('Authorization', await as('officer.khlongtoei')).expect(200);
      expect(fees.body.invoices).toEqual([]);
      expect((await events(cancel.body.id)).map((e) => e.event)).toEqual(['SUBMIT', 'RECEIVE', 'ACCEPT', 'APPROVE']);
      expect((await verify(previous.number)).body).toMatchObject({ status: 'revoked', statusReason: expect.stringContaining(cancel.body.trackingNumber) });
      expect((await events(previous.id)).at(-1)).toMatchObject({ event: 'REVOKE', to: { state: 'revoked' } });
    });
  });

  /**
   * The rule for a request open on a licence that the office revokes or suspends (docs/architecture.md section 9):
   * revocation closes it, suspension holds it before the decision and before issuance until reinstatement.
   */
  describe('a pending renewal when the licence is revoked or suspended', () => {
    const KT_APPROVER = 'approver.khlongtoei';
    async function renewalOf(number: string) {
      const res = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: number })
        .expect(201);
      await attachRequiredDocuments(t, res.body.id);
      return res.body as { id: string; trackingNumber: string };
    }
    const notifications = async (username: string) =>
      (await t.http.get('/api/v1/notifications?limit=100').set('Authorization', await as(username)).expect(200)).body as {
        applicationId: string;
        template: string;
        message: { th: string; en: string };
      }[];
    const invoices = async (id: string) =>
      (await t.http.get(`/api/v1/applications/${id}/payments`).set('Authorization', await as('officer.khlongtoei')).expect(200)).body.invoices as { status: string }[];

    /** A licence whose renewal was approved, then the licence suspended, then the fee paid: the renewal waits in `issuing`. */
    async function paidWhileSuspended(reason: string) {
      const licence = await issueFood();
      const renewal = await renewalOf(licence.number);
      await drive(t, renewal.id, TO_AWAITING_PAYMENT);
      await expectSent(licence.id, { as: KT_APPROVER, type: 'SUSPEND', comment: reason }, 200);
      await runner.runOnce();
      // The money is taken (it was asked for before the suspension), but nothing is issued while suspended.
      expect((await payAtCounter(renewal.id)).status).toBe(201);
      await runner.runOnce();
      await runner.runOnce();
      expect(await application(renewal.id)).toMatchObject({ state: 'issuing' });
      expect(await t.app.get(DataSource).getRepository(LicenceEntity).countBy({ applicationId: renewal.id })).toBe(0);
      return { licence, renewal };
    }

    it('revocation closes a renewal under review: closed with the reason, applicant and office told, nothing more accepted', async () => {
      const licence = await issueFood();
      const renewal = await renewalOf(licence.number);
      await drive(t, renewal.id, TO_AWAITING_PAYMENT.slice(0, 2));

      const revoked = await expectSent(licence.id, { as: KT_APPROVER, type: 'REVOKE', comment: 'ฝ่าฝืนคำสั่งเจ้าพนักงานท้องถิ่นซ้ำ' }, 200);
      expect(revoked.body).toMatchObject({ state: 'revoked' });
      expect((await events(licence.id)).at(-1)).toMatchObject({ event: 'REVOKE', data: { closedRequests: [renewal.trackingNumber] } });

      expect(await application(renewal.id)).toMatchObject({ state: 'closed', status: 'cancelled' });
      expect((await events(renewal.id)).at(-1)).toMatchObject({
        event: 'CLOSE',
        comment: 'ฝ่าฝืนคำสั่งเจ้าพนักงานท้องถิ่นซ้ำ',
        data: { licenceNumber: licence.number },
        to: { state: 'closed' },
      });
      await expectSent(renewal.id, { as: 'officer.khlongtoei', type: 'ACCEPT' }, 409);

      await runner.runOnce();
      const told = (await notifications('somchai')).filter((n) => n.applicationId === renewal.id);
      expect(told.map((n) => n.template)).toContain('request-closed-licence-revoked');
      expect(told.find((n) => n.template === 'request-closed-licence-revoked')!.message.en).toMatch(/closed: the licence it concerns was revoked/);
      const office = (await notifications('officer.khlongtoei')).filter((n) => n.applicationId === renewal.id);
      expect(office.map((n) => n.template)).toContain('request-closed-licence-revoked');
      expect(await invoices(renewal.id)).toEqual([]);
    });

    it('revocation withdraws an unpaid fee: the invoice is cancelled and the counter cannot take the money', async () => {
      const licence = await issueFood();
      const renewal = await renewalOf(licence.number);
      await drive(t, renewal.id, TO_AWAITING_PAYMENT);
      await runner.runOnce();
      expect((await invoices(renewal.id)).map((i) => i.status)).toEqual(['open']);

      await expectSent(licence.id, { as: KT_APPROVER, type: 'REVOKE', comment: 'ประกอบกิจการผิดเงื่อนไขใบอนุญาต' }, 200);
      await runner.runOnce();
      expect(await application(renewal.id)).toMatchObject({ state: 'closed', status: 'cancelled' });
      expect((await invoices(renewal.id)).map((i) => i.status)).toEqual(['cancelled']);
      const counter = await payAtCounter(renewal.id);
      expect(counter.status).toBe(409);
      expect(counter.body.code).toBe('NOT_AWAITING_PAYMENT');
    });

    it('revocation expires an open PromptPay QR at the gateway, so the closed renewal cannot be paid', async () => {
      const licence = await issueFood();
      const renewal = await renewalOf(licence.number);
      await drive(t, renewal.id, TO_AWAITING_PAYMENT);
      await runner.runOnce();
      const started = await t.http.post(`/api/v1/applications/${renewal.id}/payments`).set('Authorization', await as('somchai')).send({ method: 'promptpay' });
      expect(started.status).toBe(201);
      expect(started.body.status).toBe('pending');
      const payment = await t.app.get(DataSource).getRepository<{ id: string; chargeId: string; status: string }>('payments').findOneByOrFail({ id: started.body.id });
      expect((gateway.state.charges[payment.chargeId] as { status: string }).status).toBe('pending');

      await expectSent(licence.id, { as: KT_APPROVER, type: 'REVOKE', comment: 'ฝ่าฝืนคำสั่งซ้ำ' }, 200);
      await runner.runOnce();
      expect((gateway.state.charges[payment.chargeId] as { status: string }).status).toBe('expired');
      expect((await t.app.get(DataSource).getRepository<{ id: string; status: string }>('payments').findOneByOrFail({ id: payment.id })).status).toBe('expired');
      expect((await invoices(renewal.id)).map((i) => i.status)).toEqual(['cancelled']);
      expect((await events(renewal.id)).map((e) => e.event).slice(-1)).toEqual(['CLOSE']);
    });

    it('suspension holds the decision with REQUEST_ON_HOLD_LICENCE_SUSPENDED, writing nothing; after reinstatement the renewal is approved and issued', async () => {
      const licence = await issueFood();
      const renewal = await renewalOf(licence.number);
      await drive(t, renewal.id, TO_AWAITING_PAYMENT.slice(0, -1));
      const suspended = await expectSent(licence.id, { as: KT_APPROVER, type: 'SUSPEND', comment: 'พักใช้ระหว่างตรวจสอบข้อร้องเรียน' }, 200);
      expect(suspended.body.state).toBe('suspended');
      expect((await events(licence.id)).at(-1)).toMatchObject({ event: 'SUSPEND', data: { heldRequests: [renewal.trackingNumber] } });

      const before = await application(renewal.id);
      const historyBefore = (await events(renewal.id)).length;
      const refused = await expectSent(renewal.id, { as: KT_APPROVER, type: 'APPROVE', data: FOOD_FEE_SET }, 409);
      expect(refused.body).toMatchObject({ code: 'REQUEST_ON_HOLD_LICENCE_SUSPENDED', details: { licenceNumber: licence.number, licenceStatus: 'suspended' } });
      expect(refused.body.message).toContain('พักใช้');
      expect(refused.body.message).toContain('suspended');
      const after = await application(renewal.id);
      expect([after.state, after.version]).toEqual([before.state, before.version]);
      expect(await events(renewal.id)).toHaveLength(historyBefore);
      // The office may still ask for information meanwhile; only the decision waits.
      await runner.runOnce();
      expect((await notifications('somchai')).filter((n) => n.applicationId === renewal.id).map((n) => n.template)).toContain('request-on-hold-licence-suspended');

      await expectSent(licence.id, { as: KT_APPROVER, type: 'REINSTATE', comment: 'ข้อร้องเรียนไม่มีมูล' }, 200);
      await expectSent(renewal.id, { as: KT_APPROVER, type: 'APPROVE', data: FOOD_FEE_SET }, 200);
      const renewed = await payAndIssue(renewal.id);
      expect((await verify(licence.number)).body).toMatchObject({ status: 'valid', continuedBy: renewed });
    });

    it('suspension holds a paid renewal before issuance; reinstatement issues it', async () => {
      const { licence, renewal } = await paidWhileSuspended('พักใช้ 7 วัน');
      await expectSent(licence.id, { as: KT_APPROVER, type: 'REINSTATE', comment: 'แก้ไขครบถ้วนแล้ว' }, 200);
      await runner.runOnce();
      expect(await application(renewal.id)).toMatchObject({ state: 'completed' });
      expect((await events(licence.id)).at(-1)).toMatchObject({ event: 'RENEW' });
    });

    it('a suspended licence that expires ends the hold: the paid renewal is issued, valid from its issue', async () => {
      const { licence, renewal } = await paidWhileSuspended('พักใช้จนสิ้นอายุ');

      await t.app.get(DataSource).getRepository(LicenceEntity).update({ number: licence.number }, { validUntil: new Date(Date.now() - 86_400_000) });
      expect(await t.app.get(LicenceLife).expireDue()).toBe(1);
      await runner.runOnce();
      expect(await application(renewal.id)).toMatchObject({ state: 'completed' });
      const issued = await t.app.get(DataSource).getRepository(LicenceEntity).findOneByOrFail({ applicationId: renewal.id });
      expect(issued.status).toBe('valid');
      expect(Math.abs(issued.validFrom.getTime() - issued.issuedAt.getTime())).toBeLessThan(1000);
    });

    it('revocation closes a paid renewal waiting for issuance: no licence, the paid fee recorded for the office to refund', async () => {
      const { licence, renewal } = await paidWhileSuspended('พักใช้ระหว่างสอบสวน');
      const paid = (await events(renewal.id)).find((e) => e.event === 'PAYMENT_SUCCEEDED')!;

      await expectSent(licence.id, { as: KT_APPROVER, type: 'REVOKE', comment: 'ผลสอบสวนพบการฝ่าฝืนร้ายแรง' }, 200);
      expect(await application(renewal.id)).toMatchObject({ state: 'closed', status: 'cancelled' });
      expect((await events(renewal.id)).at(-1)).toMatchObject({
        event: 'CLOSE',
        data: { licenceNumber: licence.number, paidAmountSatang: 200000, receiptNumber: paid.data!.receiptNumber },
      });
      await runner.runOnce();
      expect(await t.app.get(DataSource).getRepository(LicenceEntity).countBy({ applicationId: renewal.id })).toBe(0);
      const office = (await notifications('officer.khlongtoei')).filter((n) => n.applicationId === renewal.id);
      const refund = office.find((n) => n.template === 'request-closed-fee-paid');
      expect(refund?.message.th).toContain('2,000.00 บาท');
      expect(refund?.message.en).toContain('THB 2,000.00');
      expect(refund?.message.en).toContain(String(paid.data!.receiptNumber));
      // The payment itself stays as paid: a refund is the office's decision, made through the payments part.
      expect((await invoices(renewal.id)).map((i) => i.status)).toEqual(['paid']);
    });
  });

  describe('amendment: an amended licence replaces the old one for the rest of its validity', () => {
    it('supersedes the previous licence in the same step as issuing the amended one', async () => {
      const previous = await issueFood();
      const amend = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'amend', previousLicenceNumber: previous.number, form: { businessName: 'ครัวคุณแม่ สาขาใหม่' } })
        .expect(201);
      expect(amend.body.form.businessName).toBe('ครัวคุณแม่ สาขาใหม่');
      await attachRequiredDocuments(t, amend.body.id);
      await drive(t, amend.body.id, TO_AWAITING_PAYMENT);
      const amended = await payAndIssue(amend.body.id);
      const [oldLicence, newLicence] = await Promise.all([verify(previous.number), verify(amended)]);
      expect(oldLicence.body).toMatchObject({ status: 'superseded', continuedBy: amended });
      expect(newLicence.body).toMatchObject({ status: 'valid', continues: previous.number, validUntil: oldLicence.body.validUntil });
      expect(await application(previous.id)).toMatchObject({ state: 'superseded', status: 'superseded' });
      expect((await events(previous.id)).at(-1)).toMatchObject({ event: 'AMEND', data: { licenceNumber: amended } });
    });
  });

  describe('a company’s licence belongs to the company', () => {
    const KRUA_WANEE = '0105560012342';
    let id = '';
    let number = '';
    beforeAll(async () => {
      const app = await createFoodApplication(t, 'wanee', { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE } });
      await drive(t, app.id, [{ as: 'wanee', type: 'SUBMIT' }, ...TO_AWAITING_PAYMENT.slice(1)]);
      id = app.id;
      number = await payAndIssue(app.id);
    });
    const licences = async (username: string) => ((await t.http.get('/api/v1/licences').set('Authorization', await as(username)).expect(200)).body as { number: string }[]).map((l) => l.number);
    const licence = async (username: string) => t.http.get(`/api/v1/licences/${enc(number)}`).set('Authorization', await as(username));

    it('names the company as holder, and every authorised director sees it, not only the one who applied', async () => {
      const seen = await licence('somchai');
      expect(seen.status).toBe(200);
      expect(seen.body.holder).toEqual({ type: 'juristic', id: KRUA_WANEE, name: 'บริษัท ครัววาณี จำกัด' });
      expect(await licences('wanee')).toContain(number);
      expect(await licences('somchai')).toContain(number);
      expect(await licences('suda')).not.toContain(number);
      expect((await licence('suda')).status).toBe(404);
      expect((await t.http.get(`/api/v1/licences/${enc(number)}/pdf`).set('Authorization', await as('somchai'))).status).toBe(200);
    });

    it('is seen by the issuing office, its head included, and by no other office', async () => {
      expect((await licence('head.khlongtoei')).status).toBe(200);
      expect((await licence('officer.khlongtoei')).status).toBe(200);
      expect((await licence('head.pathumwan')).status).toBe(404);
      expect((await licence('approver.nonthaburi')).status).toBe(404);
    });

    it('is renewed for the company by either director; a renewal for oneself instead is refused with nothing stored', async () => {
      const before = await t.count('applications');
      const forHerself = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: number, applicant: { type: 'person' } });
      expect(forHerself.status).toBe(422);
      expect(forHerself.body.details).toEqual([{ field: 'applicant', problem: expect.stringContaining(KRUA_WANEE) }]);
      expect(await t.count('applications')).toBe(before);
      const renewal = await t.http
        .post('/api/v1/applications')
        .set('Authorization', await as('somchai'))
        .send({ confirmApplicantData: true, licenceType: 'food-premises-permit', kind: 'renew', previousLicenceNumber: number })
        .expect(201);
      expect(renewal.body).toMatchObject({ previousLicenceNumber: number, holder: { type: 'juristic', id: KRUA_WANEE } });
      expect((await t.http.get(`/api/v1/applications/${renewal.body.id}`).set('Authorization', await as('wanee'))).status).toBe(200);
      expect(id).not.toBe(renewal.body.id);
    });
  });
});
