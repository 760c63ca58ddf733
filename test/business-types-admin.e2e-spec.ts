import { DataSource } from 'typeorm';
import { CatalogueSeeding } from '@bizportal/licensing';
import { KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

const ADMIN = '/api/v1/admin/businesses';
const BAKERY = 'bakery';
const STALL = 'street-stall-permit';

const yesNo = (id: string) => [
  { id: `${id}-a`, text: { th: 'ใช่', en: 'Yes' } },
  { id: `${id}-b`, text: { th: 'ไม่ใช่', en: 'No' } },
];

/** A new business type as an official writes it: one licence for all, one decided by the quiz. */
function bakery() {
  return {
    name: { th: 'ร้านเบเกอรี่', en: 'Bakery' },
    description: { th: 'ร้านทำและขายขนมอบ', en: 'A shop that bakes and sells pastries' },
    licences: ['food-premises-permit', 'liquor-sale-licence'],
    quiz: {
      questions: [{ id: 'q1', text: { th: 'ร้านของคุณขายเครื่องดื่มแอลกอฮอล์หรือไม่', en: 'Does your shop sell alcoholic drinks?' }, multiple: false, options: yesNo('q1') }],
      rules: { 'liquor-sale-licence': { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }] } },
    },
  };
}

/** A licence type officials create with the workflow admin API (test/admin-workflows.e2e-spec.ts writes the same). */
function stallDefinition() {
  return {
    slug: STALL,
    name: { th: 'ใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ', en: 'Street stall permit' },
    category: 'licence',
    agency: { level: 'local' },
    legalBasis: 'พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535',
    processingDays: 15,
    validity: { years: 1 },
    fees: [{ code: 'licence', amountSatang: 30000, due: 'after-approval' }],
    form: { type: 'object', additionalProperties: false, required: ['stallName'], properties: { stallName: { type: 'string', minLength: 1 } } },
    documents: [],
    machine: { template: 'licence', params: { fee: 'licence', inspection: true, planApproval: false, slaDays: { receive: 1, check: 3, inspection: 5, decision: 5, issue: 1 } } },
  };
}

describe('Officials configure business types and the Smart Quiz as versioned data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const admin = async () => ({ Authorization: `Bearer ${await t.login('admin')}` });
  /** Rows of the two tables the business types own, to check that a refusal wrote nothing. */
  const footprint = async () => ({
    businesses: await t.count('businesses'),
    versions: await t.count('business_type_versions'),
    bakeryVersions: await t.count('business_type_versions', `business_slug = '${BAKERY}'`),
    published: await t.count('business_type_versions', 'published_at IS NOT NULL'),
  });
  const slugsOf = (res: { body: { slug: string }[] }) => res.body.map((b) => b.slug);
  const quiz = (answers: Record<string, string | string[]>) => t.http.post(`/api/v1/businesses/${BAKERY}/quiz`).send({ answers });

  it('seeds each business type of businesses.json as its published version 1, and seeding again adds nothing', async () => {
    const list = await t.http.get(ADMIN).set(await admin()).expect(200);
    expect(list.body).toHaveLength(25);
    expect(list.body).toContainEqual({ slug: 'restaurant', name: { th: 'ธุรกิจร้านอาหารและเครื่องดื่ม', en: 'Restaurant and beverage business' }, currentVersion: 1, draftVersion: null, licenceCount: 16 });
    const versions = await t.http.get(`${ADMIN}/restaurant/versions`).set(await admin()).expect(200);
    expect(versions.body).toEqual([
      expect.objectContaining({ slug: 'restaurant', version: 1, status: 'current', revision: 1, createdBy: 'workflows/ files', publishedBy: 'workflows/ files' }),
    ]);
    const v1 = await t.http.get(`${ADMIN}/restaurant/versions/1`).set(await admin()).expect(200);
    const publicView = await t.http.get('/api/v1/businesses/restaurant').expect(200);
    expect(v1.body.content.quiz).toEqual(publicView.body.quiz);
    expect(publicView.body).toMatchObject({ version: 1, description: null, bizPortalGroup: 'RESTAURANT' });

    // A second start on the same database finds every entry unchanged. Its files' checksum would skip the seed
    // (test/start-up-seeds.e2e-spec.ts); forgotten here, so that the seed runs and its own comparison is tested.
    const before = await footprint();
    await t.app.get(DataSource).query(`DELETE FROM seed_checksums WHERE seed = 'catalogue'`);
    await t.app.get(CatalogueSeeding).onModuleInit();
    expect(await footprint()).toEqual(before);
    expect(before).toMatchObject({ businesses: 25, versions: 25, published: 25 });
  });

  it('creates a business type as a draft that the finder does not show until it is published', async () => {
    const created = await t.http.post(ADMIN).set(await admin()).send({ slug: BAKERY, content: bakery() }).expect(201);
    expect(created.body).toMatchObject({ slug: BAKERY, version: 1, status: 'draft', revision: 1, createdBy: 'admin', publishedAt: null, content: bakery() });
    expect(slugsOf(await t.http.get('/api/v1/businesses').expect(200))).not.toContain(BAKERY);
    expect((await t.http.get(`/api/v1/businesses/${BAKERY}`)).body.code).toBe('BUSINESS_TYPE_NOT_FOUND');
    expect((await quiz({ q1: 'q1-a' })).status).toBe(404);
    const list = await t.http.get(ADMIN).set(await admin()).expect(200);
    expect(list.body).toContainEqual({ slug: BAKERY, name: bakery().name, currentVersion: null, draftVersion: 1, licenceCount: 2 });

    const again = await t.http.post(ADMIN).set(await admin()).send({ slug: BAKERY, content: bakery() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BUSINESS_TYPE_EXISTS');
    expect(await t.count('business_type_versions', `business_slug = '${BAKERY}'`)).toBe(1);
  });

  it('refuses malformed business types with 400 naming each field, and writes nothing', async () => {
    const before = await footprint();
    const cases: [string, object, string, string][] = [
      ['a slug with capitals', { slug: 'Bakery Shop', content: bakery() }, 'BUSINESS_TYPE_CONTENT_INVALID', 'slug'],
      ['no content', { slug: 'cafe' }, 'VALIDATION_FAILED', 'content'],
      ['an empty Thai name', { slug: 'cafe', content: { ...bakery(), name: { th: '  ', en: 'Café' } } }, 'BUSINESS_TYPE_CONTENT_INVALID', 'name.th'],
      ['a question id the web app cannot carry in its address', { slug: 'cafe', content: { ...bakery(), quiz: { ...bakery().quiz, questions: [{ ...bakery().quiz.questions[0], id: 'q 1' }] } } }, 'BUSINESS_TYPE_CONTENT_INVALID', 'quiz.questions.0.id'],
      ['a rule mode that is neither any nor all', { slug: 'cafe', content: { ...bakery(), quiz: { ...bakery().quiz, rules: { 'liquor-sale-licence': { mode: 'some', conditions: [] } } } } }, 'BUSINESS_TYPE_CONTENT_INVALID', 'quiz.rules.liquor-sale-licence.mode'],
      ['an unknown field', { slug: 'cafe', content: { ...bakery(), sources: ['S1'] } }, 'BUSINESS_TYPE_CONTENT_INVALID', 'sources'],
      ['licences that are not a list', { slug: 'cafe', content: { ...bakery(), licences: 'food-premises-permit' } }, 'BUSINESS_TYPE_CONTENT_INVALID', 'licences'],
    ];
    for (const [name, body, code, field] of cases) {
      const res = await t.http.post(ADMIN).set(await admin()).send(body);
      expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status: 400, code });
      expect(res.body.details).toContainEqual(expect.objectContaining({ field }));
    }
    const draft = await t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(await admin()).expect(200);
    const badEdit = await t.http
      .put(`${ADMIN}/${BAKERY}/versions/1`)
      .set(await admin())
      .send({ revision: draft.body.revision, content: { ...bakery(), description: { th: 'มี\u0007อักขระควบคุม', en: 'x' } } });
    expect(badEdit.status).toBe(400);
    expect(badEdit.body).toMatchObject({ code: 'BUSINESS_TYPE_CONTENT_INVALID', details: [{ field: 'description.th', problem: 'must not contain control characters' }] });
    expect(badEdit.body.message).toMatch(/^ข้อมูลประเภทธุรกิจไม่ถูกต้อง \/ The business type is not well formed/);
    expect(await footprint()).toEqual(before);
    expect((await t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(await admin())).body).toEqual(draft.body);
  });

  it('edits the draft, validates it with problems by field, and refuses to publish it with problems (422, nothing written)', async () => {
    const v1 = (await t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(await admin())).body;
    const broken = bakery();
    broken.licences.push('no-such-licence');
    broken.quiz.rules['liquor-sale-licence'].conditions[0].answers = ['q1-z'];
    const saved = await t.http.put(`${ADMIN}/${BAKERY}/versions/1`).set(await admin()).send({ revision: v1.revision, content: broken }).expect(200);
    expect(saved.body).toMatchObject({ revision: 2, status: 'draft', content: broken });

    const stale = await t.http.put(`${ADMIN}/${BAKERY}/versions/1`).set(await admin()).send({ revision: 1, content: bakery() });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'BUSINESS_DRAFT_CHANGED', details: { revision: 2 } });

    const validation = await t.http.post(`${ADMIN}/${BAKERY}/versions/1/validate`).set(await admin()).expect(200);
    const problems = [
      { field: 'licences.2', problem: "'no-such-licence' is not a licence type" },
      { field: 'quiz.rules.liquor-sale-licence.conditions.0.answers.0', problem: "the rule for 'liquor-sale-licence' names answer 'q1-z', which is not an option of 'q1'" },
    ];
    expect(validation.body).toEqual({ slug: BAKERY, version: 1, revision: 2, valid: false, problems });

    const before = await footprint();
    const publish = await t.http.post(`${ADMIN}/${BAKERY}/versions/1/publish`).set(await admin()).send({});
    expect(publish.status).toBe(422);
    expect(publish.body).toMatchObject({ code: 'BUSINESS_TYPE_INVALID', details: problems });
    expect(publish.body.message).toMatch(/^เผยแพร่ไม่ได้ .* Version 1 of bakery cannot be published: licences.2: 'no-such-licence' is not a licence type/);
    expect(await footprint()).toEqual(before);
    expect(slugsOf(await t.http.get('/api/v1/businesses'))).not.toContain(BAKERY);

    // Publishing names the revision the official validated: an older one is refused.
    const old = await t.http.post(`${ADMIN}/${BAKERY}/versions/1/publish`).set(await admin()).send({ revision: 1 });
    expect({ status: old.status, code: old.body.code }).toEqual({ status: 409, code: 'BUSINESS_DRAFT_CHANGED' });
  });

  it('finds questions never asked and rules that can never hold', async () => {
    const v1 = (await t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(await admin())).body;
    const content = bakery();
    content.licences.push('tobacco-sale-licence');
    content.quiz.questions.push({ id: 'q2', text: { th: 'ขายยาสูบหรือไม่', en: 'Do you sell tobacco?' }, multiple: false, options: yesNo('q2') });
    // q2 would be asked only after q1 was answered both yes and no: never.
    (content.quiz.rules as Record<string, unknown>)['tobacco-sale-licence'] = {
      mode: 'all',
      conditions: [
        { question: 'q1', answers: ['q1-a'] },
        { question: 'q1', answers: ['q1-b'] },
        { question: 'q2', answers: ['q2-a'] },
      ],
    };
    await t.http.put(`${ADMIN}/${BAKERY}/versions/1`).set(await admin()).send({ revision: v1.revision, content }).expect(200);
    const validation = await t.http.post(`${ADMIN}/${BAKERY}/versions/1/validate`).set(await admin()).expect(200);
    expect(validation.body.problems).toEqual([
      { field: 'quiz.questions.1', problem: "question 'q2' is never asked: no answers to the earlier questions open it" },
      { field: 'quiz.rules.tobacco-sale-licence', problem: expect.stringMatching(/^the rule for 'tobacco-sale-licence' can never hold/) },
    ]);
  });

  it('publishes a valid draft: the finder and the quiz show it at once, in the same running app', async () => {
    const v1 = (await t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(await admin())).body;
    await t.http.put(`${ADMIN}/${BAKERY}/versions/1`).set(await admin()).send({ revision: v1.revision, content: bakery() }).expect(200);
    expect((await t.http.post(`${ADMIN}/${BAKERY}/versions/1/validate`).set(await admin())).body).toMatchObject({ valid: true, problems: [] });
    const published = await t.http.post(`${ADMIN}/${BAKERY}/versions/1/publish`).set(await admin()).send({ revision: v1.revision + 1 }).expect(200);
    expect(published.body).toMatchObject({ slug: BAKERY, version: 1, status: 'current', publishedBy: 'admin', previousVersion: null });

    const list = await t.http.get('/api/v1/businesses').expect(200);
    expect(list.body).toContainEqual({ slug: BAKERY, name: bakery().name, description: bakery().description, licenceCount: 2 });
    const described = await t.http.get(`/api/v1/businesses/${BAKERY}`).expect(200);
    expect(described.body).toMatchObject({ version: 1, description: bakery().description, quiz: bakery().quiz });
    expect((await quiz({ q1: 'q1-a' }).expect(200)).body.licences.map((l: { slug: string }) => l.slug)).toEqual(['food-premises-permit', 'liquor-sale-licence']);
    expect((await quiz({ q1: 'q1-b' }).expect(200)).body.licences.map((l: { slug: string }) => l.slug)).toEqual(['food-premises-permit']);

    const twice = await t.http.post(`${ADMIN}/${BAKERY}/versions/1/publish`).set(await admin()).send({});
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'BUSINESS_VERSION_NOT_DRAFT' });
    const edit = await t.http.put(`${ADMIN}/${BAKERY}/versions/1`).set(await admin()).send({ revision: 3, content: bakery() });
    expect({ status: edit.status, code: edit.body.code }).toEqual({ status: 409, code: 'BUSINESS_VERSION_NOT_DRAFT' });
  });

  it('adds a new licence type to the quiz as an edit of a new draft: it needs a published workflow, then reaches the finder without a restart', async () => {
    const headers = await admin();
    const draft = await t.http.post(`${ADMIN}/${BAKERY}/versions`).set(headers).send({}).expect(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft', revision: 1, content: bakery() });
    const second = await t.http.post(`${ADMIN}/${BAKERY}/versions`).set(headers).send({});
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'BUSINESS_DRAFT_EXISTS', details: { version: 2 } });

    // The licence type exists only as a draft workflow for now.
    await t.http.post('/api/v1/admin/licence-types').set(headers).send({ definition: stallDefinition() }).expect(201);
    const content = bakery();
    content.licences.push(STALL);
    content.quiz.questions.push({ id: 'q2', text: { th: 'คุณขายขนมที่แผงลอยริมทางด้วยหรือไม่', en: 'Do you also sell from a street stall?' }, multiple: false, options: yesNo('q2') });
    (content.quiz.rules as Record<string, unknown>)[STALL] = { mode: 'all', conditions: [{ question: 'q2', answers: ['q2-a'] }] };
    await t.http.put(`${ADMIN}/${BAKERY}/versions/2`).set(headers).send({ revision: 1, content }).expect(200);
    const unpublished = await t.http.post(`${ADMIN}/${BAKERY}/versions/2/validate`).set(headers).expect(200);
    expect(unpublished.body.problems).toEqual([{ field: 'licences.2', problem: `'${STALL}' has no published version yet: publish its workflow first` }]);
    expect((await t.http.post(`${ADMIN}/${BAKERY}/versions/2/publish`).set(headers).send({})).status).toBe(422);

    // The finder still answers from version 1: the draft's question is not part of the quiz.
    const early = await quiz({ q1: 'q1-b', q2: 'q2-a' });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 400, code: 'QUIZ_ANSWERS_INVALID' });

    await t.http.post(`/api/v1/admin/licence-types/${STALL}/versions/1/publish`).set(headers).expect(200);
    const published = await t.http.post(`${ADMIN}/${BAKERY}/versions/2/publish`).set(headers).send({ revision: 2 }).expect(200);
    expect(published.body).toMatchObject({ version: 2, previousVersion: 1 });

    const plan = await quiz({ q1: 'q1-b', q2: 'q2-a' }).expect(200);
    expect(plan.body.licences.map((l: { slug: string }) => l.slug)).toEqual(['food-premises-permit', STALL]);
    expect(plan.body.licences[1]).toMatchObject({ slug: STALL, availableOnline: true, reason: 'answers', name: stallDefinition().name, processingDays: 15 });
    expect((await t.http.get('/api/v1/businesses').expect(200)).body).toContainEqual(expect.objectContaining({ slug: BAKERY, licenceCount: 3 }));
    // An application may name the business for the licence the quiz now gives.
    const somchai = { Authorization: `Bearer ${await t.login('somchai')}` };
    const application = await t.http
      .post('/api/v1/applications')
      .set(somchai)
      .send({ licenceType: STALL, business: BAKERY, premises: KHLONG_TOEI_PREMISES });
    expect(application.status).toBe(201);

    // Earlier versions stay readable, and the two compare.
    const versions = await t.http.get(`${ADMIN}/${BAKERY}/versions`).set(headers).expect(200);
    expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'current'],
    ]);
    expect((await t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(headers).expect(200)).body.content).toEqual(bakery());
    const diff = await t.http.get(`${ADMIN}/${BAKERY}/diff?from=1&to=2`).set(headers).expect(200);
    expect(diff.body).toEqual({
      slug: BAKERY,
      from: 1,
      to: 2,
      name: null,
      description: null,
      licences: { added: [STALL], removed: [] },
      questions: { added: ['q2'], removed: [], changed: [] },
      rules: { added: [STALL], removed: [], changed: [] },
      identical: false,
    });
  });

  it('edits a seeded business type the same way, keeping the research references', async () => {
    const headers = await admin();
    const draft = await t.http.post(`${ADMIN}/spa/versions`).set(headers).send({ from: 1 }).expect(201);
    const { bizPortalGroup, sources, notes, ...editable } = draft.body.content;
    expect(bizPortalGroup).toBe('SPA');
    const renamed = { ...editable, name: { ...editable.name, en: 'Spa and massage' } };
    const saved = await t.http.put(`${ADMIN}/spa/versions/2`).set(headers).send({ revision: 1, content: renamed }).expect(200);
    expect(saved.body.content).toEqual({ ...renamed, bizPortalGroup, sources, ...(notes === undefined ? {} : { notes }) });
    await t.http.post(`${ADMIN}/spa/versions/2/publish`).set(headers).send({ revision: 2 }).expect(200);
    expect((await t.http.get('/api/v1/businesses/spa').expect(200)).body).toMatchObject({ version: 2, name: { en: 'Spa and massage' }, bizPortalGroup: 'SPA' });
  });

  it('answers 404 and 400 for unknown types, versions and version numbers', async () => {
    const headers = await admin();
    const cases: [string, () => Promise<{ status: number; body: { code: string } }>, number, string][] = [
      ['unknown type', () => t.http.get(`${ADMIN}/no-such-business/versions`).set(headers), 404, 'BUSINESS_TYPE_NOT_FOUND'],
      ['unknown version', () => t.http.get(`${ADMIN}/${BAKERY}/versions/9`).set(headers), 404, 'BUSINESS_VERSION_NOT_FOUND'],
      ['a word for a version', () => t.http.post(`${ADMIN}/${BAKERY}/versions/two/validate`).set(headers), 400, 'BUSINESS_VERSION_NUMBER_INVALID'],
      ['a draft from an unknown version', () => t.http.post(`${ADMIN}/${BAKERY}/versions`).set(headers).send({ from: 7 }), 404, 'BUSINESS_VERSION_NOT_FOUND'],
      ['diff with an unknown version', () => t.http.get(`${ADMIN}/${BAKERY}/diff?from=1&to=9`).set(headers), 404, 'BUSINESS_VERSION_NOT_FOUND'],
      ['diff without numbers', () => t.http.get(`${ADMIN}/${BAKERY}/diff?from=a&to=2`).set(headers), 400, 'VALIDATION_FAILED'],
      ['an edit without a revision', () => t.http.put(`${ADMIN}/${BAKERY}/versions/2`).set(headers).send({ content: bakery() }), 400, 'VALIDATION_FAILED'],
    ];
    const before = await footprint();
    for (const [name, call, status, code] of cases) {
      const res = await call();
      expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status, code });
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses every route to applicants, office staff and auditors (403), and to anonymous callers (401)', async () => {
    const before = await footprint();
    for (const username of ['somchai', 'officer.khlongtoei', 'head.khlongtoei', 'auditor']) {
      const headers = { Authorization: `Bearer ${await t.login(username)}` };
      const calls = [
        t.http.get(ADMIN).set(headers),
        t.http.post(ADMIN).set(headers).send({ slug: 'sneaky-shop', content: bakery() }),
        t.http.get(`${ADMIN}/${BAKERY}/versions`).set(headers),
        t.http.post(`${ADMIN}/${BAKERY}/versions`).set(headers).send({}),
        t.http.get(`${ADMIN}/${BAKERY}/versions/1`).set(headers),
        t.http.put(`${ADMIN}/${BAKERY}/versions/1`).set(headers).send({ revision: 1, content: bakery() }),
        t.http.post(`${ADMIN}/${BAKERY}/versions/1/validate`).set(headers),
        t.http.post(`${ADMIN}/${BAKERY}/versions/1/publish`).set(headers).send({}),
        t.http.get(`${ADMIN}/${BAKERY}/diff?from=1&to=2`).set(headers),
      ];
      const answers = await Promise.all(calls);
      answers.forEach((res, call) => expect({ username, call, status: res.status, code: res.body.code }).toEqual({ username, call, status: 403, code: 'ROLE_FORBIDDEN' }));
    }
    expect((await t.http.post(ADMIN).send({ slug: 'sneaky-shop', content: bakery() })).status).toBe(401);
    expect((await t.http.get(ADMIN)).status).toBe(401);
    expect(await footprint()).toEqual(before);
  });
});
