import { DataSource } from 'typeorm';
import { LicenceEntity, LicenceLife, OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive, sendEvent, TO_AWAITING_PAYMENT, type Step } from './support/flows';
import { COMPLETE_FOOD_FORM, startTestApp, type TestApp } from './support/test-app';

/** After issuance: delivery, suspension, reinstatement, revocation, renewal, amendment and expiry. */
describe('A licence after issuance: its life as workflow states, visible in the timeline and in verification', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let receipts = 0;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
  });
  afterAll(() => t.close());

  const as = async (username: string) => `Bearer ${await t.login(username)}`;
  const enc = encodeURIComponent;

  /** Pays at the counter and runs the outbox until the licence is issued. */
  async function payAndIssue(id: string): Promise<string> {
    await runner.runOnce();
    await t.http
      .post(`/api/v1/applications/${id}/payments/counter`)
      .set('Authorization', await as('officer.khlongtoei'))
      .send({ receiptNumber: `KT-LIFE-${++receipts}`, amountSatang: 200000 })
      .expect(201);
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
      await expectSent(app.id, { as: 'somchai', type: 'RECORD_DELIVERY', data: { trackingNumber: 'EF123456789TH' } }, 403);
      await expectSent(app.id, { as: 'officer.khlongtoei', type: 'RECORD_DELIVERY', data: { trackingNumber: 'EF123456789TH', carrier: 'ไปรษณีย์ไทย' } }, 200);
      const entries = await events(app.id);
      expect(entries.filter((e) => e.event === 'CHOOSE_DELIVERY' || e.event === 'RECORD_DELIVERY').map((e) => [e.event, e.data])).toEqual([
        ['CHOOSE_DELIVERY', { method: 'post', address: expect.any(String) }],
        ['RECORD_DELIVERY', { trackingNumber: 'EF123456789TH', carrier: 'ไปรษณีย์ไทย' }],
      ]);
      expect((await application(app.id)).state).toBe('completed');
    });

    it('has nothing to dispatch when the applicant keeps the e-licence download', async () => {
      const { id } = await issueFood();
      const refused = await expectSent(id, { as: 'officer.khlongtoei', type: 'RECORD_DELIVERY', data: { trackingNumber: 'EF123456789TH' } }, 422);
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
      const approved = await drive(t, cancel.body.id, TO_AWAITING_PAYMENT);
      expect(approved).toMatchObject({ state: 'withdrawn', status: 'completed' });
      expect((await verify(previous.number)).body).toMatchObject({ status: 'revoked', statusReason: expect.stringContaining(cancel.body.trackingNumber) });
      expect((await events(previous.id)).at(-1)).toMatchObject({ event: 'REVOKE', to: { state: 'revoked' } });
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
