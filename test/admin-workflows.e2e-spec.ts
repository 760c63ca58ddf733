import { randomUUID } from 'node:crypto';
import { DataSource, type QueryDeepPartialEntity } from 'typeorm';
import { checkDefinition, type TransitionConfig, type WorkflowDefinition } from '@bizportal/engine';
import { OutboxRunner, WorkflowDefinitionEntity } from '@bizportal/licensing';
import { createFoodApplication, drive, FOOD_FEE_SET, footprint, inspectionResult, sendEvent } from './support/flows';
import { KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

const ADMIN = '/api/v1/admin/licence-types';
const FOOD = 'food-premises-permit';
const STALL = 'street-stall-permit';

/** A new licence type written as officials would: metadata, fees, form, and a machine from the shared licence template. */
function stallDefinition(): Record<string, unknown> {
  return {
    slug: STALL,
    name: { th: 'ใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ', en: 'Street stall permit' },
    category: 'licence',
    agency: { level: 'local' },
    legalBasis: 'พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535',
    processingDays: 15,
    validity: { years: 1 },
    fees: [{ code: 'licence', amountSatang: 30000, due: 'after-approval' }],
    form: {
      type: 'object',
      additionalProperties: false,
      required: ['stallName', 'goods'],
      properties: { stallName: { type: 'string', minLength: 1 }, goods: { type: 'string', minLength: 1 } },
    },
    documents: [],
    machine: {
      template: 'licence',
      // The office steps' days add up to processingDays (15), as the engine requires.
      params: { fee: 'licence', inspection: true, planApproval: false, slaDays: { receive: 1, check: 3, inspection: 5, decision: 5, issue: 1 } },
    },
  };
}

/** A copy with other processingDays, the decision step taking up the difference so that the office steps' days still add up. */
function withProcessingDays(definition: WorkflowDefinition, days: number): WorkflowDefinition {
  const copy = structuredClone(definition);
  copy.machine.states.consideration.meta.slaDays! += days - copy.processingDays!;
  copy.processingDays = days;
  return copy;
}

/** The problems the engine (and so workflows:check and start-up) finds in a definition, as the API sends them. */
function engineProblems(definition: unknown, file: string): object[] {
  return JSON.parse(JSON.stringify(checkDefinition(definition, file).problems));
}

const officer = { type: 'isResponsibleOffice', params: { role: 'officer' } };
const meta = (en: string) => ({ status: 'checking', actor: 'officer', slaDays: 2, label: { th: `ขั้นตอน ${en}`, en } });

describe('Officials configure workflows: licence types, versions, validation, simulation, publication', () => {
  let t: TestApp;
  let stallV1: WorkflowDefinition;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const admin = () => as('admin');
  /** A street-stall draft written straight to the table, as one stored before today's rules would be. */
  const storeUncheckedDraft = (version: number, definition: WorkflowDefinition) =>
    t.app.get(DataSource).getRepository(WorkflowDefinitionEntity).insert({
      id: randomUUID(),
      licenceType: STALL,
      version,
      definition: definition as QueryDeepPartialEntity<WorkflowDefinition>,
      checksum: 'f'.repeat(64),
      publishedAt: null,
      publishedBy: null,
      createdBy: 'former.admin',
      createdAt: new Date(),
    });

  it('creates a licence type from a template as a draft, offered to applicants only once published', async () => {
    const created = await t.http.post(ADMIN).set(await admin()).send({ definition: stallDefinition() });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ slug: STALL, version: 1, checksum: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'draft', problems: [] });

    // Stored with the template expanded, as the engine runs it.
    const stored = await t.http.get(`${ADMIN}/${STALL}/versions/1`).set(await admin()).expect(200);
    expect(stored.body).toMatchObject({ version: 1, status: 'draft', publishedAt: null, createdBy: 'admin', definition: { template: { name: 'licence' } } });
    expect(Object.keys(stored.body.definition.machine.states)).toEqual(expect.arrayContaining(['draft', 'submitted', 'inspection', 'corrections', 'consideration', 'completed']));
    stallV1 = stored.body.definition;

    // Officials see it among all licence types, with nothing published yet.
    const all = await t.http.get(ADMIN).set(await admin()).expect(200);
    expect(all.body).toContainEqual({ slug: STALL, name: { th: expect.any(String), en: 'Street stall permit' }, agencyLevel: 'local', currentVersion: null, latestVersion: 1, drafts: 1 });
    expect(all.body).toContainEqual(expect.objectContaining({ slug: FOOD, currentVersion: 1, latestVersion: 1, drafts: 0 }));

    // A draft type is not offered: not listed, not described, not open for applications.
    const listed = await t.http.get('/api/v1/licence-types').expect(200);
    expect(listed.body.map((l: { slug: string }) => l.slug)).not.toContain(STALL);
    const described = await t.http.get(`/api/v1/licence-types/${STALL}`).expect(404);
    expect(described.body.message).toMatch(/has no published workflow yet/);
    await t.http.get(`/api/v1/licence-types/${STALL}/workflow`).expect(404);
    const before = await footprint(t);
    const apply = await t.http
      .post('/api/v1/applications')
      .set(await as('somchai'))
      .send({ confirmApplicantData: true, licenceType: STALL, premises: KHLONG_TOEI_PREMISES, form: { stallName: 'ผลไม้ป้าศรี' } });
    expect(apply.status).toBe(422);
    expect(apply.body.message).toMatch(/ยังไม่เปิดรับคำขอ .* has no published workflow yet, so it cannot be applied for/);
    expect(apply.body.details).toEqual([{ field: 'licenceType', problem: `'${STALL}' has no published workflow yet` }]);
    expect(await footprint(t)).toEqual(before);

    // The slug is taken now.
    const again = await t.http.post(ADMIN).set(await admin()).send({ definition: stallDefinition() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('LICENCE_TYPE_EXISTS');
    expect(again.body.message).toMatch(/already exists: draft a new version with POST/);

    const published = await t.http.post(`${ADMIN}/${STALL}/versions/1/publish`).set(await admin()).expect(200);
    expect(published.body).toMatchObject({ slug: STALL, version: 1, status: 'current', publishedBy: 'admin', previousVersion: null });
    const offered = await t.http.get('/api/v1/licence-types').expect(200);
    expect(offered.body).toContainEqual(expect.objectContaining({ slug: STALL, currentVersion: 1, processingDays: 15 }));
    const workflow = await t.http.get(`/api/v1/licence-types/${STALL}/workflow`).expect(200);
    expect(workflow.body).toMatchObject({ version: 1, machine: { initial: 'draft' } });

    const app = await t.http
      .post('/api/v1/applications')
      .set(await as('somchai'))
      .send({ confirmApplicantData: true, licenceType: STALL, premises: KHLONG_TOEI_PREMISES, form: { stallName: 'ผลไม้ป้าศรี', goods: 'ผลไม้สด' } })
      .expect(201);
    expect(app.body).toMatchObject({ state: 'draft', licenceType: { slug: STALL, workflowVersion: 1 }, agency: { id: 'bma-khlong-toei' } });
    await drive(t, app.body.id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
    ]);

    const twice = await t.http.post(`${ADMIN}/${STALL}/versions/1/publish`).set(await admin());
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('WORKFLOW_VERSION_ALREADY_PUBLISHED');
    expect(twice.body.message).toMatch(/Version 1 of street-stall-permit was already published \(.* by admin\)/);
    expect(twice.body.details).toMatchObject({ version: 1, publishedBy: 'admin' });
  });

  it('refuses a definition that fails validation with 422, naming the state and the problem, and stores nothing', async () => {
    const cases: { name: string; change: (d: WorkflowDefinition) => void; expected: object[] }[] = [
      {
        name: 'unknown guard',
        change: (d) => ((d.machine.states.submitted.on!.RECEIVE as TransitionConfig).guard = { type: 'isMayor' }),
        expected: [{ file: `${STALL}@2`, state: 'submitted', problem: expect.stringContaining("RECEIVE: unknown guard 'isMayor'") }],
      },
      {
        name: 'unreachable state',
        change: (d) => (d.machine.states.orphan = { meta: meta('Orphan') as never, on: { ACCEPT: { guard: officer, target: 'consideration' } } }),
        expected: [{ file: `${STALL}@2`, state: 'orphan', problem: "unreachable from the initial state 'draft'" }],
      },
      {
        name: 'dead-end state',
        change: (d) => {
          d.machine.states.limbo = { meta: meta('Limbo') as never };
          d.machine.states.checking.on!.FORWARD = { guard: officer, target: 'limbo' };
        },
        expected: [{ file: `${STALL}@2`, state: 'limbo', problem: 'dead end: no final state can be reached from here' }],
      },
      {
        name: 'missing initial state',
        change: (d) => (d.machine.initial = 'start'),
        expected: [{ file: `${STALL}@2`, problem: "initial state 'start' does not exist" }],
      },
      {
        name: 'form schema that does not compile',
        change: (d) => (d.form = { type: 'object', properties: { stallName: { type: 'text' } } }),
        expected: [{ file: `${STALL}@2`, problem: expect.stringMatching(/^form is not a valid JSON Schema: schema is invalid: .*properties\/stallName\/type/) }],
      },
      {
        name: 'negative fee',
        change: (d) => (d.fees[0].amountSatang = -100),
        expected: [{ file: `${STALL}@2`, problem: 'fees.0.amountSatang must be >= 0' }],
      },
      {
        name: 'cycle with no exit',
        change: (d) => {
          d.machine.states.checking.on!.FORWARD = { guard: officer, target: 'loop_a' };
          d.machine.states.loop_a = { meta: meta('Loop A') as never, on: { RECEIVE: { guard: officer, target: 'loop_b' } } };
          d.machine.states.loop_b = { meta: meta('Loop B') as never, on: { ACCEPT: { guard: officer, target: 'loop_a' } } };
        },
        expected: [
          { file: `${STALL}@2`, state: 'loop_a', problem: 'dead end: no final state can be reached from here' },
          { file: `${STALL}@2`, state: 'loop_b', problem: 'dead end: no final state can be reached from here' },
        ],
      },
    ];
    for (const { name, change, expected } of cases) {
      const definition = structuredClone(stallV1);
      change(definition);
      const res = await t.http.post(`${ADMIN}/${STALL}/versions`).set(await admin()).send({ definition });
      expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status: 422, code: 'WORKFLOW_DEFINITION_INVALID' });
      expect({ name, details: res.body.details }).toEqual({ name, details: expected });
      expect(res.body.message).toMatch(/กระบวนงานไม่ถูกต้อง \/ The workflow definition is invalid \(street-stall-permit@2\)/);
      for (const p of expected as { state?: string }[]) if (p.state) expect(res.body.message).toContain(`[${p.state}]`);
    }
    // Template parameters are checked as well, and a brand-new type is refused the same way.
    const badParams = { ...stallDefinition(), slug: 'kiosk-permit', machine: { template: 'licence', params: { fee: 'licence', inspection: 'yes', planApproval: false, slaDays: {} } } };
    const refused = await t.http.post(ADMIN).set(await admin()).send({ definition: badParams });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('WORKFLOW_DEFINITION_INVALID');
    expect(refused.body.details).toEqual([{ file: 'kiosk-permit@1', problem: "template 'licence': machine.params.inspection must be boolean" }]);
    expect(await t.count('licence_types', "slug = 'kiosk-permit'")).toBe(0);
    // The slug in the URL wins over a different one in the body.
    const elsewhere = await t.http.post(`${ADMIN}/${STALL}/versions`).set(await admin()).send({ definition: { ...stallV1, slug: FOOD } });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('WORKFLOW_DEFINITION_INVALID');
    expect(elsewhere.body.details).toEqual([{ file: `${STALL}@2`, problem: `slug '${FOOD}' does not match the licence type '${STALL}'` }]);
    // Not a definition at all.
    const shapeless = await t.http.post(`${ADMIN}/${STALL}/versions`).set(await admin()).send({ definition: 'draft.json' });
    expect(shapeless.status).toBe(400);
    expect(shapeless.body.details).toEqual([{ field: 'definition', problem: 'definition must be a JSON object (a whole licence file)' }]);

    const versions = await t.http.get(`${ADMIN}/${STALL}/versions`).set(await admin()).expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it('validates a stored version (200 with problems per state) and refuses to publish one that fails (422)', async () => {
    // A draft stored before the engine learnt the repeated-step rule: RECEIVE twice in a row from the same office.
    const definition = structuredClone(stallV1);
    definition.machine.states.checking.on!.RECEIVE = { guard: officer, target: 'consideration' };
    await storeUncheckedDraft(2, definition);
    const report = await t.http.post(`${ADMIN}/${STALL}/versions/2/validate`).set(await admin()).expect(200);
    expect(report.body).toEqual({
      slug: STALL,
      version: 2,
      valid: false,
      problems: [{ file: `${STALL}@2`, state: 'submitted', problem: expect.stringContaining("RECEIVE leads to 'checking', which accepts RECEIVE again") }],
      byState: { submitted: [expect.stringContaining('a repeated click would advance two steps')] },
      general: [],
    });
    const publish = await t.http.post(`${ADMIN}/${STALL}/versions/2/publish`).set(await admin());
    expect(publish.status).toBe(422);
    expect(publish.body.code).toBe('WORKFLOW_DEFINITION_INVALID');
    expect(publish.body.message).toMatch(/^เผยแพร่ไม่ได้ .* This version cannot be published: it fails validation \(street-stall-permit@2\): \[submitted\] RECEIVE leads/);
    expect(publish.body.details).toEqual(report.body.problems);
    const simulate = await t.http.post(`${ADMIN}/${STALL}/versions/2/simulate`).set(await admin()).send({ events: [] });
    expect(simulate.status).toBe(422);
    expect(simulate.body).toMatchObject({ code: 'WORKFLOW_DEFINITION_INVALID', message: expect.stringMatching(/^จำลองไม่ได้ .* This version cannot be simulated/) });
    // Nothing changed: version 1 is still the one applicants get.
    const type = await t.http.get(`/api/v1/licence-types/${STALL}`).expect(200);
    expect(type.body.currentVersion).toBe(1);
    const valid = await t.http.post(`${ADMIN}/${STALL}/versions/1/validate`).set(await admin()).expect(200);
    expect(valid.body).toMatchObject({ valid: true, problems: [], byState: {}, general: [] });
    const nine = await t.http.post(`${ADMIN}/${STALL}/versions/9/validate`).set(await admin()).expect(404);
    expect(nine.body.code).toBe('WORKFLOW_VERSION_NOT_FOUND');
    const nothing = await t.http.post(`${ADMIN}/no-such-licence/versions/1/validate`).set(await admin()).expect(404);
    expect(nothing.body).toMatchObject({ code: 'LICENCE_TYPE_NOT_FOUND', message: "ไม่พบประเภทใบอนุญาต no-such-licence / No licence type 'no-such-licence'" });
    const word = await t.http.post(`${ADMIN}/${STALL}/versions/two/validate`).set(await admin());
    expect(word.status).toBe(400);
    expect(word.body.code).toBe('WORKFLOW_VERSION_NUMBER_INVALID');
    expect(word.body.message).toMatch(/The version must be a whole number/);
  });

  it('refuses every admin endpoint to applicants, officers, approvers and auditors (403), and to anonymous callers (401)', async () => {
    for (const username of ['somchai', 'officer.khlongtoei', 'approver.khlongtoei', 'auditor']) {
      const headers = await as(username);
      const publish = await t.http.post(`${ADMIN}/${STALL}/versions/1/publish`).set(headers);
      expect({ username, status: publish.status }).toEqual({ username, status: 403 });
      expect(publish.body.message).toMatch(/This needs one of the roles: workflow_admin/);
      await t.http.post(ADMIN).set(headers).send({ definition: { ...stallDefinition(), slug: 'sneaky-permit' } }).expect(403);
      await t.http.post(`${ADMIN}/${STALL}/versions`).set(headers).send({ definition: stallV1 }).expect(403);
      await t.http.get(`${ADMIN}/${STALL}/versions`).set(headers).expect(403);
      await t.http.get(ADMIN).set(headers).expect(403);
      await t.http.post(`${ADMIN}/${STALL}/versions/1/validate`).set(headers).expect(403);
      await t.http.post(`${ADMIN}/${STALL}/versions/1/simulate`).set(headers).send({ events: [] }).expect(403);
      await t.http.get(`${ADMIN}/${STALL}/diff?from=1&to=1`).set(headers).expect(403);
    }
    await t.http.post(`${ADMIN}/${STALL}/versions/1/publish`).expect(401);
    expect(await t.count('licence_types', "slug = 'sneaky-permit'")).toBe(0);
  });

  it('simulates a version without storing anything; refusals are reported per step, not thrown', async () => {
    const before = await footprint(t);
    const res = await t.http
      .post(`${ADMIN}/${FOOD}/versions/1/simulate`)
      .set(await admin())
      .send({
        events: [
          { type: 'SUBMIT', as: { roles: ['applicant'] } },
          { type: 'RECEIVE', as: { roles: ['applicant'] } },
          { type: 'RECEIVE', as: { roles: ['officer'] } },
          { type: 'TELEPORT', as: { roles: ['officer'] } },
          { type: 'APPROVE', as: { roles: ['approver'] } },
          { type: 'ACCEPT', as: { roles: ['officer'], agencyId: 'another-office' } },
          { type: 'ACCEPT', as: { roles: ['officer'] } },
          { type: 'RECORD_INSPECTION', as: { roles: ['officer'] } },
          { type: 'RECORD_INSPECTION', as: { roles: ['officer'] }, data: inspectionResult('pass') },
          { type: 'APPROVE', as: { roles: ['approver'] }, data: FOOD_FEE_SET },
          { type: 'PAYMENT_SUCCEEDED', as: { roles: ['system'] }, data: { paymentId: 'p-sim', method: 'promptpay', amountSatang: 200000 } },
          { type: 'LICENCE_ISSUED', as: { roles: ['system'] }, data: { licenceNumber: 'TEST/2569/000001', pdfSha256: '0000000000000000000000000000000000000000000000000000000000000000' } },
          { type: 'CANCEL', as: { roles: ['applicant'] } },
        ],
      })
      .expect(200);
    const steps = res.body.steps as { event: string; ok: boolean; from: string; to: string; effects: unknown[]; refusal?: { reason: string; httpStatus: number; message: string } }[];
    expect(steps.map((s) => [s.event, s.ok, s.from, s.to, s.refusal?.reason ?? null])).toEqual([
      ['SUBMIT', true, 'draft', 'submitted', null],
      ['RECEIVE', false, 'submitted', 'submitted', 'forbidden'],
      ['RECEIVE', true, 'submitted', 'checking', null],
      ['TELEPORT', false, 'checking', 'checking', 'unknown-event'],
      ['APPROVE', false, 'checking', 'checking', 'not-accepted'],
      ['ACCEPT', false, 'checking', 'checking', 'forbidden'],
      ['ACCEPT', true, 'checking', 'inspection', null],
      ['RECORD_INSPECTION', false, 'inspection', 'inspection', 'invalid-event'],
      ['RECORD_INSPECTION', true, 'inspection', 'consideration', null],
      ['APPROVE', true, 'consideration', 'awaiting_payment', null],
      ['PAYMENT_SUCCEEDED', true, 'awaiting_payment', 'issuing', null],
      ['LICENCE_ISSUED', true, 'issuing', 'completed', null],
      ['CANCEL', false, 'completed', 'completed', 'not-accepted'],
    ]);
    expect(steps[1].refusal).toMatchObject({ httpStatus: 403, message: 'เฉพาะ officer ของหน่วยงานที่รับผิดชอบ / Only a officer of the responsible office may do this' });
    expect(steps[1]).toMatchObject({ as: { id: 'simulated-applicant', roles: ['applicant'], agencyId: null } });
    expect(steps[2]).toMatchObject({ as: { roles: ['officer'], agencyId: 'simulated-office' }, status: 'checking' });
    expect(steps[3].refusal).toMatchObject({ httpStatus: 400, message: expect.stringContaining("'TELEPORT' is not an event word") });
    // An approver has nothing to do in the preliminary check: the state's events are listed, none allowed to them.
    expect(steps[4].refusal).toMatchObject({ httpStatus: 409, accepted: expect.arrayContaining(['ACCEPT', 'REQUEST_INFO', 'CANCEL']), allowed: [] });
    expect(steps[7].refusal).toMatchObject({ httpStatus: 400, problems: [{ field: 'data.result', problem: 'is required' }, { field: 'data.findings', problem: 'is required' }] });
    expect(steps[9]).toMatchObject({ status: 'awaiting_payment', effects: expect.arrayContaining([{ type: 'request-payment', params: { fee: 'licence' } }]) });
    expect(steps[10].effects).toContainEqual({ type: 'issue-licence', params: {} });
    // The issued licence lives on (suspension, revocation, expiry): completed is not an end state.
    expect(steps[11]).toMatchObject({ status: 'completed', done: false });
    expect(steps[12].refusal).toMatchObject({ httpStatus: 409, accepted: expect.arrayContaining(['SUSPEND', 'REVOKE', 'EXPIRE']) });
    expect(res.body).toMatchObject({
      slug: FOOD,
      version: 1,
      context: { applicantId: 'simulated-applicant', agencyId: 'simulated-office', formComplete: true, kind: 'new' },
      initial: { state: 'draft', status: 'draft' },
      final: { state: 'completed', status: 'completed', done: false },
      accepted: 7,
      refused: 6,
    });

    // The application's facts come from the context: an incomplete form stops SUBMIT with what the API would answer (422).
    const incomplete = await t.http
      .post(`${ADMIN}/${FOOD}/versions/1/simulate`)
      .set(await admin())
      .send({ events: [{ type: 'SUBMIT', as: { roles: ['applicant'] } }, { type: 'SUBMIT', as: { roles: ['applicant'], id: 'someone-else' } }], context: { formComplete: false } })
      .expect(200);
    expect(incomplete.body.steps.map((s: { refusal: { reason: string; httpStatus: number } }) => [s.refusal.reason, s.refusal.httpStatus])).toEqual([
      ['condition-failed', 422],
      ['forbidden', 403],
    ]);
    expect(incomplete.body.steps[0].refusal.message).toMatch(/The application form is not complete/);
    expect(await footprint(t)).toEqual(before);

    const badRole = await t.http.post(`${ADMIN}/${FOOD}/versions/1/simulate`).set(await admin()).send({ events: [{ type: 'SUBMIT', as: { roles: ['mayor'] } }] });
    expect(badRole.status).toBe(400);
    expect(badRole.body.details).toEqual([{ field: 'events.0.as.roles', problem: expect.stringContaining('each role must be one of') }]);
  });

  describe('publishing a new version of food-premises-permit', () => {
    let oldApp: { id: string };
    let v1: WorkflowDefinition;

    it('keeps a running application on version 1 to its end while new applications start on version 2', async () => {
      const type = await t.http.get(`/api/v1/licence-types/${FOOD}`).expect(200);
      expect(type.body.currentVersion).toBe(1);
      oldApp = await createFoodApplication(t);
      await drive(t, oldApp.id, [
        { as: 'somchai', type: 'SUBMIT' },
        { as: 'officer.khlongtoei', type: 'RECEIVE' },
        { as: 'officer.khlongtoei', type: 'ACCEPT' },
      ]);

      // Version 2: a hygiene review between the inspection and the decision, a shorter decision SLA, a higher fee,
      // a shorter processing time, one more form field and one more document.
      v1 = (await t.http.get(`${ADMIN}/${FOOD}/versions/1`).set(await admin()).expect(200)).body.definition;
      const v2 = structuredClone(v1);
      const states = v2.machine.states;
      const record = states.inspection.on!.RECORD_INSPECTION;
      const branches = (Array.isArray(record) ? record : [record]) as TransitionConfig[];
      branches.find((b) => b.target === 'consideration')!.target = 'hygiene_review';
      states.hygiene_review = {
        meta: { status: 'under_consideration', actor: 'officer', slaDays: 3, label: { th: 'ตรวจสุขลักษณะ "ครัว": ขั้นที่ 2 (ใหม่)', en: 'Hygiene review "kitchen": step 2 (new)' } },
        on: {
          FORWARD: { guard: officer, target: 'consideration' },
          CANCEL: { guard: { type: 'isApplicant' }, target: 'cancelled', actions: [{ type: 'notify', params: { to: 'office', template: 'application-cancelled' } }] },
        },
      };
      states.consideration.meta.slaDays = (states.consideration.meta.slaDays ?? 12) - 2;
      // The office steps' days must still add up to processingDays (5 fewer): 3 more for the review, 2 fewer to decide, 6 fewer to inspect.
      states.inspection.meta.slaDays! -= 6;
      v2.fees[0].amountSatang = (v2.fees[0].amountSatang ?? 0) + 50000;
      if (v2.fees[0].maxAmountSatang != null) v2.fees[0].maxAmountSatang += 50000;
      v2.processingDays = (v2.processingDays ?? 30) - 5;
      (v2.form.properties as Record<string, unknown>).hasGreaseTrap = { type: 'boolean', title: 'มีบ่อดักไขมัน / Has a grease trap' };
      v2.documents.push({ code: 'grease-trap-photo', label: { th: 'ภาพถ่ายบ่อดักไขมัน', en: 'Photo of the grease trap' }, required: false });

      const drafted = await t.http.post(`${ADMIN}/${FOOD}/versions`).set(await as('admin')).send({ definition: v2 }).expect(201);
      expect(drafted.body).toEqual({ slug: FOOD, version: 2, checksum: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'draft', problems: [] });
      // A draft changes nothing for applicants.
      const unchanged = await t.http.get(`/api/v1/licence-types/${FOOD}/workflow`).expect(200);
      expect(unchanged.body.version).toBe(1);
      expect(unchanged.body.machine.states.hygiene_review).toBeUndefined();
      const simulated = await t.http
        .post(`${ADMIN}/${FOOD}/versions/2/simulate`)
        .set(await admin())
        .send({
          events: [
            { type: 'SUBMIT', as: { roles: ['applicant'] } },
            { type: 'RECEIVE', as: { roles: ['officer'] } },
            { type: 'ACCEPT', as: { roles: ['officer'] } },
            { type: 'RECORD_INSPECTION', as: { roles: ['officer'] }, data: inspectionResult('pass') },
          ],
        })
        .expect(200);
      expect(simulated.body.final.state).toBe('hygiene_review');

      const published = await t.http.post(`${ADMIN}/${FOOD}/versions/2/publish`).set(await admin()).expect(200);
      expect(published.body).toMatchObject({ version: 2, status: 'current', publishedBy: 'admin', previousVersion: 1 });
      const now = await t.http.get(`/api/v1/licence-types/${FOOD}/workflow`).expect(200);
      expect(now.body.version).toBe(2);
      expect(now.body.machine.states.hygiene_review.meta.slaDays).toBe(3);

      // A new application starts on version 2 and takes the new path.
      const newApp = await createFoodApplication(t, 'suda');
      const created = await t.http.get(`/api/v1/applications/${newApp.id}`).set(await as('suda')).expect(200);
      expect(created.body.licenceType.workflowVersion).toBe(2);
      const afterInspection = await drive(t, newApp.id, [
        { as: 'suda', type: 'SUBMIT' },
        { as: 'officer.khlongtoei', type: 'RECEIVE' },
        { as: 'officer.khlongtoei', type: 'ACCEPT' },
        { as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') },
      ]);
      expect(afterInspection.state).toBe('hygiene_review');

      // The application started on version 1 goes straight from the inspection to the decision, as version 1 says.
      const oldDecision = await drive(t, oldApp.id, [{ as: 'officer.khlongtoei', type: 'RECORD_INSPECTION', data: inspectionResult('pass') }]);
      expect(oldDecision.state).toBe('consideration');
      const forwarded = await sendEvent(t, newApp.id, { as: 'officer.khlongtoei', type: 'FORWARD' });
      expect(forwarded.status).toBe(200);
      expect(forwarded.body.state).toBe('consideration');
      // Each keeps the decision deadline of its own version (version 2's is two working days shorter).
      const old = await t.http.get(`/api/v1/applications/${oldApp.id}`).set(await as('somchai')).expect(200);
      expect(new Date(old.body.dueAt).getTime()).toBeGreaterThan(new Date(forwarded.body.dueAt).getTime());
      // FORWARD means nothing in version 1's consideration.
      expect((await sendEvent(t, oldApp.id, { as: 'officer.khlongtoei', type: 'FORWARD' })).status).toBe(409);

      // To the end: approval, the fee paid at the counter, and the licence issued by the job runner.
      await drive(t, oldApp.id, [{ as: 'approver.khlongtoei', type: 'APPROVE', data: FOOD_FEE_SET }]);
      const runner = t.app.get(OutboxRunner);
      await runner.runOnce();
      await t.http
        .post(`/api/v1/applications/${oldApp.id}/payments/counter`)
        .set(await as('officer.khlongtoei'))
        .send({ receiptNumber: 'KT-OLD-1', amountSatang: 200000 })
        .expect(201);
      for (let i = 0; i < 100 && (await t.http.get(`/api/v1/applications/${oldApp.id}`).set(await as('somchai'))).body.state !== 'completed'; i++) {
        await runner.runOnce();
      }

      const finished = await t.http.get(`/api/v1/applications/${oldApp.id}`).set(await as('somchai')).expect(200);
      expect(finished.body).toMatchObject({ state: 'completed', status: 'completed', licenceType: { workflowVersion: 1 } });
      const timeline = await t.http.get(`/api/v1/applications/${oldApp.id}/timeline`).set(await as('somchai')).expect(200);
      expect(timeline.body.entries.map((e: { event: string }) => e.event)).toEqual([
        'SUBMIT', 'RECEIVE', 'ACCEPT', 'RECORD_INSPECTION', 'APPROVE', 'PAYMENT_SUCCEEDED', 'LICENCE_ISSUED',
      ]);
      expect(timeline.body.integrity.verified).toBe(true);
    });

    it('diffs the two versions: the added state, changed transition and meta, fees, form, documents and processing days', async () => {
      const res = await t.http.get(`${ADMIN}/${FOOD}/diff?from=1&to=2`).set(await admin()).expect(200);
      const diff = res.body;
      expect(diff).toMatchObject({ slug: FOOD, from: 1, to: 2, identical: false, initial: null });
      expect(diff.states.added).toEqual(['hygiene_review']);
      expect(diff.states.removed).toEqual([]);
      const changed = Object.fromEntries(diff.states.changed.map((s: { state: string }) => [s.state, s]));
      expect(Object.keys(changed).sort()).toEqual(['consideration', 'inspection']);
      expect(changed.inspection.transitions.changed).toEqual([
        expect.objectContaining({ event: 'RECORD_INSPECTION', changes: [{ path: 'target', kind: 'changed', from: 'consideration', to: 'hygiene_review' }] }),
      ]);
      const oldSla = v1.machine.states.consideration.meta.slaDays ?? 12;
      expect(changed.consideration.meta).toEqual([{ path: 'slaDays', kind: 'changed', from: v1.machine.states.consideration.meta.slaDays, to: oldSla - 2 }]);
      expect(diff.fees.changed).toEqual([
        { code: v1.fees[0].code, changes: expect.arrayContaining([{ path: 'amountSatang', kind: 'changed', from: v1.fees[0].amountSatang, to: (v1.fees[0].amountSatang ?? 0) + 50000 }]) },
      ]);
      expect(diff.processingDays).toEqual({ path: 'processingDays', kind: 'changed', from: v1.processingDays, to: (v1.processingDays ?? 30) - 5 });
      expect(diff.form).toEqual([{ path: 'form.properties.hasGreaseTrap', kind: 'added', to: { type: 'boolean', title: 'มีบ่อดักไขมัน / Has a grease trap' } }]);
      expect(diff.documents).toEqual({ added: [expect.objectContaining({ code: 'grease-trap-photo' })], removed: [], changed: [] });
      expect(diff.other).toEqual([]);
      expect(diff.summary).toEqual(expect.arrayContaining(['+ state hygiene_review', '~ inspection: RECORD_INSPECTION target: consideration → hygiene_review']));

      const same = await t.http.get(`${ADMIN}/${FOOD}/diff?from=2&to=2`).set(await admin()).expect(200);
      expect(same.body).toMatchObject({ identical: true, summary: [] });
      const missing = await t.http.get(`${ADMIN}/${FOOD}/diff?from=1&to=7`).set(await admin());
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('WORKFLOW_VERSION_NOT_FOUND');
      expect(missing.body.message).toMatch(/has no workflow version 7/);
      const bad = await t.http.get(`${ADMIN}/${FOOD}/diff?from=one`).set(await admin());
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['from', 'to']));
    });

    it('lists the versions with who drafted and published what and when', async () => {
      // A third version, drafted and left as a draft.
      const v3 = withProcessingDays(v1, 20);
      await t.http.post(`${ADMIN}/${FOOD}/versions`).set(await admin()).send({ definition: v3 }).expect(201);

      const res = await t.http.get(`${ADMIN}/${FOOD}/versions`).set(await admin()).expect(200);
      const [first, second, third] = res.body;
      expect(res.body).toHaveLength(3);
      expect(first).toEqual({
        slug: FOOD,
        version: 1,
        checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
        status: 'superseded',
        publishedAt: expect.any(String),
        publishedBy: 'workflows/ files',
        createdAt: expect.any(String),
        createdBy: 'workflows/ files',
        runningApplications: expect.any(Number),
      });
      expect(second).toMatchObject({ version: 2, status: 'current', publishedBy: 'admin', createdBy: 'admin', runningApplications: 1 });
      expect(third).toMatchObject({ version: 3, status: 'draft', publishedAt: null, publishedBy: null, createdBy: 'admin', runningApplications: 0 });
      expect(new Date(second.publishedAt).getTime()).toBeGreaterThan(new Date(first.publishedAt).getTime());
      expect(new Date(second.publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(second.createdAt).getTime());
      // The finished application no longer counts as running on version 1.
      const runningOnV1 = await t.count('applications', `licence_type = '${FOOD}' AND workflow_version = 1 AND status NOT IN ('completed', 'rejected', 'cancelled')`);
      expect(first.runningApplications).toBe(runningOnV1);

      const stall = await t.http.get(`${ADMIN}/${STALL}/versions`).set(await admin()).expect(200);
      expect(stall.body.map((v: { version: number; status: string; createdBy: string }) => [v.version, v.status, v.createdBy])).toEqual([
        [1, 'current', 'admin'],
        [2, 'draft', 'former.admin'],
      ]);
      await t.http.get(`${ADMIN}/no-such-licence/versions`).set(await admin()).expect(404);
    });
  });

  it('lets exactly one of three simultaneous publications of a draft win, and never gives two drafts one number', async () => {
    const drafts = await Promise.all(
      [11, 12, 13].map(async (days) =>
        t.http.post(`${ADMIN}/${STALL}/versions`).set(await admin()).send({ definition: withProcessingDays(stallV1, days) }),
      ),
    );
    for (const d of drafts) expect([201, 409]).toContain(d.status);
    const numbers = drafts.filter((d) => d.status === 201).map((d) => d.body.version);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(await t.count('workflow_definitions', `licence_type = '${STALL}'`)).toBe(2 + numbers.length);

    const version = numbers[0];
    const attempts = await Promise.all([1, 2, 3].map(async () => t.http.post(`${ADMIN}/${STALL}/versions/${version}/publish`).set(await admin())));
    expect(attempts.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    const type = await t.http.get(`/api/v1/licence-types/${STALL}`).expect(200);
    expect(type.body.currentVersion).toBe(version);
    const listed = await t.http.get(`${ADMIN}/${STALL}/versions`).set(await admin()).expect(200);
    expect(listed.body.find((v: { version: number }) => v.version === 1).status).toBe('superseded');
    expect(listed.body.find((v: { version: number }) => v.version === version).status).toBe('current');
  });

  it('refuses what the workflow files refuse: days that do not add up and a nonsensical fee, 422 with the problems the engine reports, nothing stored or published', async () => {
    const versions = async () => (await t.http.get(`${ADMIN}/${STALL}/versions`).set(await admin()).expect(200)).body as { version: number; status: string }[];
    const before = await versions();
    const next = Math.max(...before.map((v) => v.version)) + 1;
    const rows = await t.count('workflow_definitions');

    // A draft whose office steps take 15 days although the licence promises 20, with a fee of no stated amount.
    const draft = structuredClone(stallV1);
    draft.processingDays = 20;
    draft.fees[0].amountSatang = null;
    const expected = engineProblems(draft, `${STALL}@${next}`);
    expect(expected).toEqual([
      { file: `${STALL}@${next}`, problem: expect.stringContaining("fee 'licence': amountSatang must be a whole number of satang") },
      { file: `${STALL}@${next}`, state: 'consideration', problem: expect.stringContaining("requests payment of fee 'licence', whose amount is not stated") },
      { file: `${STALL}@${next}`, problem: "the office steps' slaDays add up to 15, not to processingDays 20" },
    ]);
    const res = await t.http.post(`${ADMIN}/${STALL}/versions`).set(await admin()).send({ definition: draft });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'WORKFLOW_DEFINITION_INVALID', message: expect.stringContaining(`The workflow definition is invalid (${STALL}@${next}): fee 'licence'`) });
    expect(res.body.details).toEqual(expected);

    // A new licence type with a fee of 0 that is still charged, and days for a plan review its shape does not have.
    const market = stallDefinition();
    (market.fees as { amountSatang: number }[])[0].amountSatang = 0;
    (market.machine as { params: { slaDays: Record<string, number> } }).params.slaDays.planReview = 3;
    const marketDefinition = { ...market, slug: 'night-market-permit' };
    const marketProblems = engineProblems(marketDefinition, 'night-market-permit@1');
    expect(marketProblems.map((p) => (p as { problem: string }).problem)).toEqual([
      expect.stringMatching(/^requests payment of fee 'licence', whose amount is 0/),
      "template 'licence': slaDays.planReview is not a step of this shape (steps: receive, check, inspection, decision, issue)",
    ]);
    const newType = await t.http.post(ADMIN).set(await admin()).send({ definition: marketDefinition });
    expect(newType.status).toBe(422);
    expect(newType.body).toMatchObject({ code: 'WORKFLOW_DEFINITION_INVALID', details: marketProblems });
    expect(await t.count('licence_types', "slug = 'night-market-permit'")).toBe(0);
    expect(await t.count('workflow_definitions')).toBe(rows);

    // A draft stored before the engine learnt these rules is validated, and refused at publication, with the same problems.
    await storeUncheckedDraft(next, draft);
    const report = await t.http.post(`${ADMIN}/${STALL}/versions/${next}/validate`).set(await admin()).expect(200);
    expect(report.body).toMatchObject({ valid: false, problems: expected });
    const current = (await t.http.get(`/api/v1/licence-types/${STALL}`).expect(200)).body.currentVersion;
    const publish = await t.http.post(`${ADMIN}/${STALL}/versions/${next}/publish`).set(await admin());
    expect(publish.status).toBe(422);
    expect(publish.body).toMatchObject({ code: 'WORKFLOW_DEFINITION_INVALID', message: expect.stringMatching(/^เผยแพร่ไม่ได้ .* This version cannot be published/) });
    expect(publish.body.details).toEqual(expected);
    expect((await t.http.get(`/api/v1/licence-types/${STALL}`).expect(200)).body.currentVersion).toBe(current);
    expect(await t.count('workflow_definitions', `licence_type = '${STALL}' AND version = ${next} AND published_at IS NULL`)).toBe(1);
    expect((await versions()).find((v) => v.version === next)).toMatchObject({ status: 'draft' });
  });
});
