import { DataSource } from 'typeorm';
import { AgencyAreaEntity } from '@bizportal/identity';
import { ApplicationEntity, LicenceEntity, OutboxEntity, OutboxRunner, PrecheckEntity } from '@bizportal/licensing';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const KRUA_WANEE = '0105560012342';
const KHLONG_TOEI_SUBDISTRICT = '103301';

/**
 * Issue 17 part 5: at submission the system prepares a checklist for the officer — documents, the holder against the
 * registers now, the premises in the office's area, a licence of the type revoked in the past year —, each item
 * pass, fail or unknown with its source. The officer still decides: nothing here changes what she may do.
 */
describe('The officer’s pre-check of a submitted application', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const read = async (username: string, id: string) => t.http.get(`/api/v1/applications/${id}/precheck`).set(await as(username));
  const recheck = async (username: string, id: string) => t.http.post(`/api/v1/applications/${id}/precheck`).set(await as(username));
  const rows = (applicationId: string) => t.app.get(DataSource).getRepository(PrecheckEntity).find({ where: { applicationId }, order: { preparedAt: 'ASC' } });
  const results = (body: { items: { code: string; result: string }[] }) => Object.fromEntries(body.items.map((i) => [i.code, i.result]));

  let revokedNumber = '';

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
    // Somchai held a food premises permit in Khlong Toei that the office revoked.
    const earlier = await createFoodApplication(t, 'somchai');
    await drive(t, earlier.id, TO_AWAITING_PAYMENT);
    await runner.runOnce();
    await t.http.post(`/api/v1/applications/${earlier.id}/payments/counter`).set(await as('officer.khlongtoei')).send({ receiptNumber: 'KT-PRE-1', amountSatang: 200000 }).expect(201);
    await runner.runOnce();
    await drive(t, earlier.id, [{ as: 'approver.khlongtoei', type: 'REVOKE', comment: 'ฝ่าฝืนคำสั่งเจ้าพนักงานท้องถิ่นซ้ำ' }]);
    revokedNumber = (await t.app.get(DataSource).getRepository(LicenceEntity).findOneByOrFail({ applicationId: earlier.id })).number;
    await runner.runOnce();
  });
  afterAll(() => t.close());

  it('says a draft has nothing to check, then “preparing” until the effect has run, then the checklist with its sources', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await expect(read('officer.khlongtoei', app.id).then((r) => r.body)).resolves.toMatchObject({ state: 'not-submitted', preparedAt: null, items: [] });
    const refused = await recheck('officer.khlongtoei', app.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PRECHECK_NOT_SUBMITTED');
    expect(await rows(app.id)).toEqual([]);

    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    await expect(read('officer.khlongtoei', app.id).then((r) => r.body)).resolves.toMatchObject({ state: 'preparing', items: [] });
    await runner.runOnce();

    const res = await read('officer.khlongtoei', app.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'prepared', trigger: 'SUBMIT' });
    expect(results(res.body)).toEqual({ documents: 'pass', 'holder-name': 'pass', 'holder-address': 'pass', 'premises-area': 'pass', 'previous-revocation': 'fail' });
    const revocation = res.body.items.find((i: { code: string }) => i.code === 'previous-revocation');
    expect(revocation).toMatchObject({ source: 'licence-register' });
    expect(revocation.detail.en).toContain(revokedNumber);
    expect(res.body.items.find((i: { code: string }) => i.code === 'holder-name')).toMatchObject({ source: 'dopa', sourceRef: 'fixture:dopa' });
    // The approver and the head of office read it too; the officer still decides: RECEIVE is offered as before.
    for (const staff of ['approver.khlongtoei', 'head.khlongtoei']) expect((await read(staff, app.id)).status).toBe(200);
    const view = await t.http.get(`/api/v1/applications/${app.id}`).set(await as('officer.khlongtoei'));
    expect(view.body.availableEvents.map((e: { type: string }) => e.type)).toContain('RECEIVE');
  });

  it('prepares once per submission even when its effect runs again', async () => {
    const app = await createFoodApplication(t, 'suda');
    await drive(t, app.id, [{ as: 'suda', type: 'SUBMIT' }]);
    await runner.runOnce();
    const outbox = t.app.get(DataSource).getRepository(OutboxEntity);
    const row = await outbox.findOneByOrFail({ applicationId: app.id, type: 'prepare-precheck' });
    await outbox.update(row.id, { status: 'pending', completedAt: null });
    await runner.runOnce();
    expect(await rows(app.id)).toHaveLength(1);
    // Suda has no revoked licence: that item passes for her.
    expect(results((await read('officer.khlongtoei', app.id)).body)['previous-revocation']).toBe('pass');
  });

  it('checks a company against the DBD register now: a name changed since the draft fails, with both names', async () => {
    const app = await createFoodApplication(t, 'wanee', { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE } });
    // The register's name changed after the draft recorded it (as if the company renamed itself).
    await t.app.get(DataSource).getRepository(ApplicationEntity).update(app.id, { holderNameTh: 'บริษัท ครัววาณีเดิม จำกัด' });
    await drive(t, app.id, [{ as: 'wanee', type: 'SUBMIT' }]);
    await runner.runOnce();
    const body = (await read('officer.khlongtoei', app.id)).body;
    expect(results(body)).toEqual({
      documents: 'pass',
      'holder-name': 'fail',
      'holder-address': 'pass',
      'juristic-standing': 'pass',
      'premises-area': 'pass',
      'previous-revocation': 'pass',
    });
    const name = body.items.find((i: { code: string }) => i.code === 'holder-name');
    expect(name).toMatchObject({ source: 'dbd', sourceRef: 'fixture:dbd' });
    expect(name.detail.th).toBe('ชื่อในคำขอ "บริษัท ครัววาณีเดิม จำกัด" แต่ในทะเบียนขณะนี้ "บริษัท ครัววาณี จำกัด"');
  });

  it('for an accountant filing under a company’s grant, checks the granting director’s standing, not the agent’s', async () => {
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Bangkok' });
    const grant = await t.http
      .post('/api/v1/grants')
      .set(await as('wanee'))
      .send({ principal: { type: 'juristic', registrationNumber: KRUA_WANEE }, agentNationalId: '1101400567898', licenceTypes: ['food-premises-permit'], validUntil })
      .expect(201);
    const app = await createFoodApplication(t, 'kanokporn', { onBehalfOf: { grantId: grant.body.id } });
    await drive(t, app.id, [{ as: 'kanokporn', type: 'SUBMIT' }]);
    await runner.runOnce();
    const standing = (await read('officer.khlongtoei', app.id)).body.items.find((i: { code: string }) => i.code === 'juristic-standing');
    expect(standing).toMatchObject({ result: 'pass', detail: { th: 'สถานะ: ยังดำเนินกิจการอยู่ และกรรมการผู้มอบอำนาจให้ยื่นแทนเป็นกรรมการผู้มีอำนาจ' } });
  });

  it('checks again on request, keeping the earlier check: the premises now served by another office fail', async () => {
    const app = await createFoodApplication(t, 'suda');
    await drive(t, app.id, [{ as: 'suda', type: 'SUBMIT' }]);
    await runner.runOnce();
    const areas = t.app.get(DataSource).getRepository(AgencyAreaEntity);
    const area = await areas.findOneByOrFail({ subdistrictCode: KHLONG_TOEI_SUBDISTRICT });
    try {
      await areas.delete({ agencyId: area.agencyId, subdistrictCode: KHLONG_TOEI_SUBDISTRICT });
      await areas.insert({ ...area, agencyId: 'bma-pathum-wan' });
      const res = await recheck('officer.khlongtoei', app.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'prepared', trigger: 'RECHECK' });
      const premises = res.body.items.find((i: { code: string }) => i.code === 'premises-area');
      expect(premises).toMatchObject({ result: 'fail', source: 'jurisdictions' });
      expect(premises.detail.th).toContain('ไม่ใช่สำนักงานนี้');
      await expect(read('head.khlongtoei', app.id).then((r) => r.body.trigger)).resolves.toBe('RECHECK');
      const kept = await rows(app.id);
      expect(kept.map((r) => [r.trigger, r.requestedBy !== null])).toEqual([
        ['SUBMIT', false],
        ['RECHECK', true],
      ]);
    } finally {
      await areas.delete({ agencyId: 'bma-pathum-wan', subdistrictCode: KHLONG_TOEI_SUBDISTRICT });
      await areas.insert(area);
    }
  });

  it('is for the office’s staff only: the applicant, another office, an auditor and a bad id are refused', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const cases: [string, number, string][] = [
      ['somchai', 403, 'ROLE_FORBIDDEN'],
      ['auditor', 403, 'ROLE_FORBIDDEN'],
      ['officer.nonthaburi', 404, 'APPLICATION_NOT_FOUND'],
    ];
    for (const [username, status, code] of cases) {
      const res = await read(username, app.id);
      expect([username, res.status, res.body.code]).toEqual([username, status, code]);
      const post = await recheck(username, app.id);
      expect([username, post.status, post.body.code]).toEqual([username, status, code]);
    }
    const bad = await read('officer.khlongtoei', 'not-a-uuid');
    expect(bad.status).toBe(400);
    expect(await rows(app.id)).toEqual([]);
    await runner.runOnce();
  });
});
