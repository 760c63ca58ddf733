import Ajv from 'ajv';
import { EVENT_TYPES, GUARDS, TEMPLATES, WORKFLOW_DEFINITION_SCHEMA } from '@bizportal/engine';
import { createFoodApplication } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const EDITOR = '/api/v1/admin/workflow-editor';
const ADMIN = '/api/v1/admin/licence-types';
const STALL = 'night-market-stall-permit';
const params = { fee: 'licence', inspection: true, planApproval: false, slaDays: { receive: 1, check: 3, inspection: 5, decision: 5, issue: 1 } };

function stall(machine: unknown = { template: 'licence', params }): Record<string, unknown> {
  return {
    slug: STALL,
    name: { th: 'ใบอนุญาตแผงลอยตลาดนัดกลางคืน', en: 'Night market stall permit' },
    agency: { level: 'local' },
    legalBasis: null,
    processingDays: 15,
    validity: { years: 1 },
    fees: [{ code: 'licence', amountSatang: 30000, due: 'after-approval' }],
    form: { type: 'object', properties: { stallName: { type: 'string' } } },
    documents: [],
    machine,
  };
}

describe('The workflow studio’s editor API: schema, vocabulary, preview of a draft (nothing stored)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const stored = async () => ({ types: await t.count('licence_types'), versions: await t.count('workflow_definitions') });

  it('serves the definition’s JSON Schema, which accepts a stored definition and refuses a broken one', async () => {
    const res = await t.http.get(`${EDITOR}/schema`).set(await as('admin')).expect(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(WORKFLOW_DEFINITION_SCHEMA)));
    const food = await t.http.get(`${ADMIN}/food-premises-permit/versions/1`).set(await as('admin')).expect(200);
    const validate = new Ajv({ strict: false }).compile(res.body);
    expect(validate(food.body.definition)).toBe(true);
    expect(validate({ ...food.body.definition, slug: 'Not A Slug' })).toBe(false);
  });

  it('serves the vocabulary: guards, actions, event words with labels, templates with their parameters’ schema', async () => {
    const res = await t.http.get(`${EDITOR}/vocabulary`).set(await as('admin')).expect(200);
    expect(res.body.guards.map((g: { name: string }) => g.name)).toEqual(['allOf', ...Object.keys(GUARDS)]);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(EVENT_TYPES);
    expect(res.body.events.find((e: { type: string }) => e.type === 'SUBMIT')).toEqual({ type: 'SUBMIT', label: { th: 'ยื่นคำขอ', en: 'Submit the application' }, commentRequired: false, dataSchema: expect.objectContaining({ properties: { privacyConsent: expect.objectContaining({ required: ['noticeVersion', 'agreed'] }) } }) });
    expect(res.body.templates.map((x: { name: string }) => x.name)).toEqual(Object.keys(TEMPLATES));
    expect(res.body.templates[0].paramsSchema).toEqual(TEMPLATES.licence.paramsSchema);
    expect(res.body.actors).toContain('officer');
    expect(res.body.statuses.find((s: { status: string }) => s.status === 'inspection').label.en).toBe('Site inspection');
    // The agencies a new licence type may name: the file's, by level (the create page's picker).
    expect(res.body.agencies).toContainEqual({ code: 'local-administration', level: 'local', name: expect.objectContaining({ en: expect.stringContaining('Local administration') }) });
    expect(res.body.agencies).toContainEqual({ code: 'dbd', level: 'central', name: { th: 'กรมพัฒนาธุรกิจการค้า', en: 'Department of Business Development (DBD)' } });
    expect(res.body.agencies.every((a: { level: string }) => ['local', 'provincial', 'central'].includes(a.level))).toBe(true);
  });

  it('previews a template draft for a new licence type: valid, expanded, drawn, and nothing stored', async () => {
    const before = await stored();
    const res = await t.http.post(`${EDITOR}/preview`).set(await as('admin')).send({ definition: stall() }).expect(200);
    expect(res.body).toMatchObject({ valid: true, problems: [], byState: {}, general: [] });
    expect(res.body.definition.template).toEqual({ name: 'licence', params });
    expect(res.body.definition.machine.states.inspection.meta.slaDays).toBe(5);
    expect(res.body.graph.initial).toBe('draft');
    expect(res.body.graph.states.find((s: { id: string }) => s.id === 'inspection')).toEqual({
      id: 'inspection',
      label: { th: expect.any(String), en: expect.any(String) },
      status: 'inspection',
      actor: 'officer',
      slaDays: 5,
      final: false,
      initial: false,
    });
    expect(res.body.graph.transitions.filter((x: { from: string; event: string }) => x.from === 'inspection' && x.event === 'RECORD_INSPECTION')).toHaveLength(2);
    // A parameter changed: the inspection state is gone from the drawing.
    const without = { ...params, inspection: false, slaDays: { receive: 1, check: 3, decision: 10, issue: 1 } };
    const redrawn = await t.http.post(`${EDITOR}/preview`).set(await as('admin')).send({ definition: stall({ template: 'licence', params: without }) }).expect(200);
    expect(redrawn.body.valid).toBe(true);
    expect(redrawn.body.graph.states.map((s: { id: string }) => s.id)).not.toContain('inspection');
    expect(await stored()).toEqual(before);
    await t.http.get(`${ADMIN}/${STALL}/versions`).set(await as('admin')).expect(404);
  });

  it('answers an invalid draft with its problems per state and its drawing (200), as storing it would refuse it (422)', async () => {
    const food = await t.http.get(`${ADMIN}/food-premises-permit/versions/1`).set(await as('admin')).expect(200);
    const definition = structuredClone(food.body.definition);
    definition.machine.states.checking.on.FLY = 'consideration';
    const before = await stored();
    const res = await t.http.post(`${EDITOR}/preview`).set(await as('admin')).send({ definition, licenceType: 'food-premises-permit' }).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.byState.checking).toEqual([expect.stringContaining("unknown event 'FLY'")]);
    expect(res.body.problems[0]).toMatchObject({ file: 'food-premises-permit@draft', state: 'checking' });
    expect(res.body.graph.transitions.some((x: { from: string; event: string }) => x.from === 'checking' && x.event === 'FLY')).toBe(true);
    const refused = await t.http.post(`${ADMIN}/food-premises-permit/versions`).set(await as('admin')).send({ definition }).expect(422);
    expect(refused.body.code).toBe('WORKFLOW_DEFINITION_INVALID');
    expect(refused.body.details.map((p: { problem: string }) => p.problem)).toEqual(res.body.problems.map((p: { problem: string }) => p.problem));
    expect(await stored()).toEqual(before);
  });

  it('reports a slug that is not the licence type’s, and template parameters that do not fit, with no graph', async () => {
    const mismatch = await t.http.post(`${EDITOR}/preview`).set(await as('admin')).send({ definition: stall(), licenceType: 'food-premises-permit' }).expect(200);
    expect(mismatch.body).toMatchObject({ valid: false, general: [`slug '${STALL}' does not match the licence type 'food-premises-permit'`] });
    const badParams = await t.http.post(`${EDITOR}/preview`).set(await as('admin')).send({ definition: stall({ template: 'licence', params: { ...params, inspection: 'yes' } }) }).expect(200);
    expect(badParams.body).toMatchObject({ valid: false, definition: null, graph: { initial: null, states: [], transitions: [] } });
    expect(badParams.body.general).toEqual([expect.stringContaining('machine.params.inspection')]);
  });

  it('refuses a malformed request with a stable code and stores nothing', async () => {
    const before = await stored();
    const headers = await as('admin');
    const cases: [object, number, string][] = [
      [{}, 400, 'VALIDATION_FAILED'],
      [{ definition: [stall()] }, 400, 'VALIDATION_FAILED'],
      [{ definition: 'slug: x' }, 400, 'VALIDATION_FAILED'],
      [{ definition: stall(), licenceType: '' }, 400, 'VALIDATION_FAILED'],
      [{ definition: stall(), licenceType: 'no-such-permit' }, 404, 'LICENCE_TYPE_NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.http.post(`${EDITOR}/preview`).set(headers).send(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
    }
    expect(await stored()).toEqual(before);
  });

  it('is for workflow_admin only: 403 for applicants, office staff and auditors, 401 for anonymous callers', async () => {
    for (const username of ['somchai', 'officer.khlongtoei', 'head.khlongtoei', 'auditor']) {
      const headers = await as(username);
      for (const path of ['schema', 'vocabulary']) {
        const res = await t.http.get(`${EDITOR}/${path}`).set(headers);
        expect({ username, path, status: res.status, code: res.body.code }).toEqual({ username, path, status: 403, code: 'ROLE_FORBIDDEN' });
      }
      const res = await t.http.post(`${EDITOR}/preview`).set(headers).send({ definition: stall() });
      expect({ username, status: res.status, code: res.body.code }).toEqual({ username, status: 403, code: 'ROLE_FORBIDDEN' });
    }
    await t.http.get(`${EDITOR}/vocabulary`).expect(401);
    await t.http.post(`${EDITOR}/preview`).send({ definition: stall() }).expect(401);
  });

  it('lists running applications per version, for the publish confirmation: a new application counts on its version', async () => {
    const runningOnV1 = async () => {
      const versions = await t.http.get(`${ADMIN}/food-premises-permit/versions`).set(await as('admin')).expect(200);
      return (versions.body as { version: number; runningApplications: number }[]).find((v) => v.version === 1)!.runningApplications;
    };
    const before = await runningOnV1();
    await createFoodApplication(t);
    expect(await runningOnV1()).toBe(before + 1);
  });
});
