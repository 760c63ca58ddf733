import { DataSource } from 'typeorm';
import { ApplicationEntity, OutboxRunner, SatisfactionRatingEntity } from '@bizportal/licensing';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const KRUA_WANEE = '0105560012342'; // wanee's company; somchai is another of its authorised directors
const NONTHABURI_PREMISES = { address: '5 ถนนประชาราษฎร์ ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี นนทบุรี 11000', provinceCode: '12', districtCode: '1201', subdistrictCode: '120101' };
const FOOD = 'food-premises-permit';
const KT = 'bma-khlong-toei';

/**
 * Applicants rate the service once their application is finished (issue 15 part 3): once, 1 to 5 with an optional
 * comment; the office reads the comments; the public reads only the statistics, small counts withheld.
 */
describe('Satisfaction with the service', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const rate = async (username: string, id: string, body: unknown) => t.http.post(`/api/v1/applications/${id}/satisfaction`).set(await as(username)).send(body as object);
  const read = async (username: string, id: string) => t.http.get(`/api/v1/applications/${id}/satisfaction`).set(await as(username));
  const ratingRows = () => t.app.get(DataSource).getRepository(SatisfactionRatingEntity).find({ order: { ratedAt: 'ASC' } });

  /** Somchai's applications in Khlong Toei: issued (licence in force), rejected, cancelled after submission, submitted, a draft, a draft cancelled. */
  const f = { issued: '', rejected: '', withdrawn: '', submitted: '', draft: '', cancelledDraft: '', company: '', suda: '' };
  /** Applications of the food permit somchai started in Khlong Toei this month (the completion figures count them). */
  let startedHere = 0;

  const food = async (username = 'somchai', overrides: Record<string, unknown> = {}) => {
    const app = await createFoodApplication(t, username, overrides);
    if (username === 'somchai') startedHere++;
    return app.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
    f.issued = await food();
    await drive(t, f.issued, TO_AWAITING_PAYMENT);
    await runner.runOnce(); // the fee
    await t.http.post(`/api/v1/applications/${f.issued}/payments/counter`).set(await as('officer.khlongtoei')).send({ receiptNumber: 'KT-SAT-1', amountSatang: 200000 }).expect(201);
    await runner.runOnce(); // the licence
    f.rejected = await food();
    await drive(t, f.rejected, [...TO_AWAITING_PAYMENT.slice(0, 5), { as: 'approver.khlongtoei', type: 'REJECT', comment: 'สถานที่ไม่ผ่านเกณฑ์' }]);
    f.withdrawn = await food();
    await drive(t, f.withdrawn, [{ as: 'somchai', type: 'SUBMIT' }, { as: 'somchai', type: 'CANCEL' }]);
    f.submitted = await food();
    await drive(t, f.submitted, [{ as: 'somchai', type: 'SUBMIT' }]);
    f.draft = await food();
    f.cancelledDraft = await food();
    await drive(t, f.cancelledDraft, [{ as: 'somchai', type: 'CANCEL' }]);
    f.company = await food('wanee', { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE } });
    await drive(t, f.company, [{ as: 'wanee', type: 'SUBMIT' }, { as: 'wanee', type: 'CANCEL' }]);
    f.suda = await food('suda', { premises: NONTHABURI_PREMISES });
    await drive(t, f.suda, [{ as: 'suda', type: 'SUBMIT' }, { as: 'suda', type: 'CANCEL' }]);
    const states = await t.app.get(DataSource).getRepository(ApplicationEntity).findBy({});
    expect(Object.fromEntries(Object.entries(f).map(([k, id]) => [k, states.find((a) => a.id === id)!.status]))).toEqual({
      issued: 'completed',
      rejected: 'rejected',
      withdrawn: 'cancelled',
      submitted: 'submitted',
      draft: 'draft',
      cancelledDraft: 'cancelled',
      company: 'cancelled',
      suda: 'cancelled',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is not offered before the application is finished: a draft, a running one, a draft cancelled before submission', async () => {
    for (const id of [f.draft, f.submitted, f.cancelledDraft]) {
      const res = await rate('somchai', id, { score: 5 });
      expect([res.status, res.body.code]).toEqual([409, 'SATISFACTION_NOT_FINISHED']);
      expect(res.body.message).toMatch(/[\u0E00-\u0E7F].* \/ The service can be rated once/);
      expect((await read('somchai', id).then((r) => r.body))).toEqual({ finished: false, canRate: false, rating: null });
    }
    expect(await ratingRows()).toEqual([]);
  });

  it('refuses bad ratings with 400 and stores nothing', async () => {
    const bad: [string, unknown, string][] = [
      ['no score', {}, 'score'],
      ['score 0', { score: 0 }, 'score'],
      ['score 6', { score: 6 }, 'score'],
      ['a fraction', { score: 3.5 }, 'score'],
      ['a number as text', { score: '5' }, 'score'],
      ['a comment too long', { score: 4, comment: 'ก'.repeat(1001) }, 'comment'],
      ['a control character', { score: 4, comment: 'ดี\u0007มาก' }, 'comment'],
      ['a tab', { score: 4, comment: 'ดี\tมาก' }, 'comment'],
      ['nothing visible', { score: 4, comment: '\u200b\u200b' }, 'comment'],
      ['a comment that is not text', { score: 4, comment: 42 }, 'comment'],
      ['a field of its own', { score: 4, name: 'สมชาย' }, 'name'],
    ];
    for (const [what, body, field] of bad) {
      const res = await rate('somchai', f.issued, body);
      expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status: 400, code: 'VALIDATION_FAILED' });
      expect({ what, mentions: JSON.stringify(res.body).includes(field) }).toEqual({ what, mentions: true });
    }
    const nul = await rate('somchai', f.issued, { score: 4, comment: 'ดี\u0000' });
    expect([nul.status, nul.body.code]).toEqual([400, 'TEXT_CONTROL_CHARACTERS']);
    expect(await ratingRows()).toEqual([]);
  });

  it('hides others’ applications like the rest of the application routes, and lets only the applicant rate', async () => {
    const other = await rate('suda', f.issued, { score: 1 });
    expect([other.status, other.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    expect(JSON.stringify(other.body)).not.toContain('somchai');
    const officer = await rate('officer.khlongtoei', f.issued, { score: 5 });
    expect([officer.status, officer.body.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    const anonymous = await t.http.post(`/api/v1/applications/${f.issued}/satisfaction`).send({ score: 5 });
    expect(anonymous.status).toBe(401);
    // A co-director of the company sees its application but did not make it.
    const director = await rate('somchai', f.company, { score: 2 });
    expect([director.status, director.body.code]).toEqual([403, 'SATISFACTION_ONLY_APPLICANT']);
    expect((await read('somchai', f.company)).body.code).toBe('SATISFACTION_NOT_YOURS');
    const unknown = await rate('somchai', '6f0c1d7e-8a3b-4c2d-9e1f-0a1b2c3d4e5f', { score: 5 });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    expect(await ratingRows()).toEqual([]);
  });

  it('takes one rating of a finished application, with its licence type, office and month, and refuses a second', async () => {
    const before = (await read('somchai', f.issued)).body;
    expect(before).toEqual({ finished: true, canRate: true, rating: null });
    const res = await rate('somchai', f.issued, { score: 4, comment: '  เจ้าหน้าที่ให้คำแนะนำชัดเจน\r\nรอไม่นาน  ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ score: 4, comment: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน\nรอไม่นาน', ratedAt: expect.any(String) });
    const rows = await ratingRows();
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    expect(rows).toEqual([expect.objectContaining({ applicationId: f.issued, licenceType: FOOD, agencyId: KT, month, score: 4, comment: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน\nรอไม่นาน' })]);

    expect((await read('somchai', f.issued)).body).toEqual({ finished: true, canRate: false, rating: res.body });
    const again = await rate('somchai', f.issued, { score: 1, comment: 'เปลี่ยนใจ' });
    expect([again.status, again.body.code]).toEqual([409, 'SATISFACTION_ALREADY_GIVEN']);
    expect(await ratingRows()).toEqual(rows);
  });

  it('rates a rejected and a withdrawn application too; an empty comment is no comment; two at once give one', async () => {
    expect((await rate('somchai', f.rejected, { score: 2, comment: '   ' })).body).toEqual({ score: 2, comment: null, ratedAt: expect.any(String) });
    const [a, b] = await Promise.all([rate('somchai', f.withdrawn, { score: 5 }), rate('somchai', f.withdrawn, { score: 1 })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('SATISFACTION_ALREADY_GIVEN');
    expect((await ratingRows()).filter((r) => r.applicationId === f.withdrawn)).toHaveLength(1);
    // wanee made her company's application: she may rate it.
    expect((await rate('wanee', f.company, { score: 3 })).status).toBe(201);
  });

  it('shows the office its applications’ ratings with the comments, and nobody else', async () => {
    const officer = (await read('officer.khlongtoei', f.issued)).body;
    expect(officer).toEqual({ finished: true, canRate: false, rating: { score: 4, comment: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน\nรอไม่นาน', ratedAt: expect.any(String) } });
    expect((await read('head.khlongtoei', f.issued)).status).toBe(200);
    for (const [who, status, code] of [
      ['approver.khlongtoei', 403, 'ROLE_FORBIDDEN'],
      ['auditor', 403, 'ROLE_FORBIDDEN'],
      ['officer.nonthaburi', 404, 'APPLICATION_NOT_FOUND'],
      ['suda', 404, 'APPLICATION_NOT_FOUND'],
    ] as const) {
      const res = await read(who, f.issued);
      expect({ who, status: res.status, code: res.body.code }).toEqual({ who, status, code });
    }

    const list = (await t.http.get('/api/v1/satisfaction/office').set(await as('officer.khlongtoei')).expect(200)).body;
    expect(list.items.map((i: { applicationId: string }) => i.applicationId)).toEqual([f.company, f.withdrawn, f.rejected, f.issued]);
    expect(list.items[3]).toEqual({ id: expect.any(String), applicationId: f.issued, trackingNumber: expect.stringMatching(/^BP/), licenceType: FOOD, score: 4, comment: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน\nรอไม่นาน', ratedAt: expect.any(String) });
    expect(list.nextBefore).toBeNull();
    // A page at a time, newest first.
    const first = (await t.http.get('/api/v1/satisfaction/office?limit=3').set(await as('head.khlongtoei')).expect(200)).body;
    expect(first.items).toHaveLength(3);
    const second = (await t.http.get(`/api/v1/satisfaction/office?limit=3&before=${first.nextBefore}`).set(await as('head.khlongtoei')).expect(200)).body;
    expect([...first.items, ...second.items].map((i: { id: string }) => i.id)).toEqual(list.items.map((i: { id: string }) => i.id));
    expect(second.nextBefore).toBeNull();
    // Another office's cursor, or none of its ratings.
    const foreign = await t.http.get(`/api/v1/satisfaction/office?before=${first.nextBefore}`).set(await as('officer.nonthaburi'));
    expect([foreign.status, foreign.body.code]).toEqual([400, 'SATISFACTION_CURSOR_INVALID']);
    expect((await t.http.get('/api/v1/satisfaction/office').set(await as('officer.nonthaburi')).expect(200)).body).toEqual({ items: [], nextBefore: null });
    expect((await t.http.get('/api/v1/satisfaction/office').set(await as('somchai'))).status).toBe(403);
  });

  it('publishes the figures per month, licence type and office without comments, withholding 1–4', async () => {
    // Two more rated withdrawals in Khlong Toei: five ratings there this month.
    for (const score of [5, 5]) {
      const id = await food();
      await drive(t, id, [{ as: 'somchai', type: 'SUBMIT' }, { as: 'somchai', type: 'CANCEL' }]);
      expect((await rate('somchai', id, { score, comment: 'ความเห็นส่วนตัว' })).status).toBe(201);
    }
    // Suda rates hers: one rating in Nonthaburi.
    expect((await rate('suda', f.suda, { score: 1, comment: 'ความเห็นส่วนตัว' })).status).toBe(201);
    // Five drafts started last month and left since: abandoned, in last month's cell.
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const [y, m] = month.split('-').map(Number);
    const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    // Started in the first hour of last month (Bangkok), last changed 31 days ago.
    const startedAt = new Date(Date.UTC(y, m - 2, 1) - 6 * 3_600_000);
    const lastChanged = new Date(Date.now() - 31 * 86_400_000);
    const repo = t.app.get(DataSource).getRepository(ApplicationEntity);
    for (let i = 0; i < 5; i++) {
      const { id } = await createFoodApplication(t, 'somchai', {}, { documents: false });
      await repo.update({ id }, { createdAt: startedAt, updatedAt: lastChanged });
    }

    const res = await t.http.get(`/api/v1/statistics/satisfaction/cells?from=${lastMonth}&to=${month}`).expect(200);
    const totals = await t.http.get(`/api/v1/statistics/satisfaction?from=${lastMonth}&to=${month}`).expect(200);
    for (const answer of [res, totals]) expect(answer.body).toMatchObject({ from: lastMonth, to: month, minimumCellSize: 5, abandonedAfterDays: 30, generatedAt: expect.any(String) });
    expect(totals.body.cells).toBeUndefined();
    const cell = (mon: string, office: string) => res.body.cells.find((c: { month: string; office: { id: string } }) => c.month === mon && c.office.id === office);
    // Khlong Toei this month: 4 (issued), 2 (rejected), 5 or 1 (withdrawn, the race), 3 (the company's), 5, 5.
    const here = cell(month, KT);
    const raced = (await ratingRows()).find((r) => r.applicationId === f.withdrawn)!.score;
    const scores = [4, 2, raced, 3, 5, 5];
    expect(here.licenceType).toEqual({ slug: FOOD, name: { th: expect.stringContaining('อาหาร'), en: expect.any(String) } });
    expect(here.office.name.th).toMatch(/คลองเตย/);
    expect(here.satisfaction).toEqual({
      ratings: 6,
      meanScore: Math.round((scores.reduce((a, b) => a + b, 0) / 6) * 100) / 100,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: scores.filter((s) => s === score).length })),
      suppressed: false,
    });
    // Started here this month: somchai's (startedHere) and wanee's company's; completed = submitted and finished.
    const started = startedHere + 1;
    const completed = 6; // issued, rejected, withdrawn, the company's, and the two withdrawals above
    const abandoned = 1; // the draft cancelled before submission
    expect(here.completion).toEqual({ started, completed, abandoned, inProgress: started - completed - abandoned, rate: Math.round((completed / started) * 10_000) / 10_000, suppressed: false });
    // One rating and one application in Nonthaburi: withheld.
    expect(cell(month, 'nonthaburi-city')).toMatchObject({
      satisfaction: { ratings: null, meanScore: null, distribution: null, suppressed: true },
      completion: { started: null, completed: null, abandoned: null, inProgress: null, rate: null, suppressed: true },
    });
    // Last month: five drafts left unchanged, no ratings.
    expect(cell(lastMonth, KT)).toMatchObject({
      satisfaction: { ratings: 0, meanScore: null, distribution: null, suppressed: false },
      completion: { started: 5, completed: 0, abandoned: 5, inProgress: 0, rate: 0, suppressed: false },
    });
    // The month's totals count Nonthaburi's withheld rating and application: summed first, then withheld.
    const all = [...scores, 1];
    expect(totals.body.months.map((m: { month: string }) => m.month)).toEqual([lastMonth, month]);
    const thisMonth = totals.body.months[1];
    expect(thisMonth.satisfaction).toEqual({
      ratings: 7,
      meanScore: Math.round((all.reduce((a, b) => a + b, 0) / 7) * 100) / 100,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: all.filter((s) => s === score).length })),
      suppressed: false,
    });
    expect(thisMonth.completion).toMatchObject({ started: started + 1, completed: completed + 1, abandoned });
    expect(totals.body.months[0]).toEqual({ month: lastMonth, satisfaction: { ratings: 0, meanScore: null, distribution: null, suppressed: false }, completion: { started: 5, completed: 0, abandoned: 5, inProgress: 0, rate: 0, suppressed: false } });
    expect(totals.body.overall.satisfaction.ratings).toBe(7);
    expect(totals.body.overall.completion).toMatchObject({ started: started + 6, completed: completed + 1, abandoned: abandoned + 5 });
    // No comments, ids, tracking numbers or names of people.
    const text = JSON.stringify([res.body, totals.body]);
    for (const secret of ['ความเห็นส่วนตัว', 'คำแนะนำ', f.issued, 'BP25', 'BP26', 'somchai', 'สมชาย']) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });

    // Filters narrow it; the default is the last twelve months.
    const filteredCells = (await t.http.get(`/api/v1/statistics/satisfaction/cells?office=nonthaburi-city&licenceType=${FOOD}`).expect(200)).body;
    const filtered = (await t.http.get(`/api/v1/statistics/satisfaction?office=nonthaburi-city&licenceType=${FOOD}`).expect(200)).body;
    expect(filteredCells.cells.map((c: { office: { id: string } }) => c.office.id)).toEqual(['nonthaburi-city']);
    expect(filtered.to).toBe(month);
    // A page at a time: two cells, then the rest after the first page's last; a malformed cursor is refused.
    const firstPage = (await t.http.get(`/api/v1/statistics/satisfaction/cells?from=${lastMonth}&to=${month}&limit=2`).expect(200)).body;
    expect(firstPage.cells).toHaveLength(2);
    const rest = (await t.http.get(`/api/v1/statistics/satisfaction/cells?from=${lastMonth}&to=${month}&limit=1000&after=${encodeURIComponent(firstPage.nextAfter)}`).expect(200)).body;
    expect([...firstPage.cells, ...rest.cells]).toEqual(res.body.cells);
    expect([res.body.nextAfter, rest.nextAfter]).toEqual([null, null]);
    for (const bad of ['after=2026-13|x|y', 'after=x', 'limit=0', 'limit=1001']) {
      const refused = await t.http.get(`/api/v1/statistics/satisfaction/cells?${bad}`);
      expect({ bad, status: refused.status, code: refused.body.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
    }
    // Alone, Nonthaburi's one rating is withheld in its month and in the period.
    expect(filtered.overall.satisfaction).toEqual({ ratings: null, meanScore: null, distribution: null, suppressed: true });
    expect(filtered.months).toHaveLength(12);
  });

  it('refuses a period it cannot answer with 400', async () => {
    for (const [query, code] of [
      ['from=2026-12&to=2026-01', 'STATISTICS_PERIOD_INVALID'],
      ['from=2024-12&to=2026-12', 'STATISTICS_PERIOD_INVALID'],
      ['from=2026-13', 'VALIDATION_FAILED'],
      ['to=2026-1', 'VALIDATION_FAILED'],
      ['licenceType=Food Permit', 'VALIDATION_FAILED'],
      ['office=../x', 'VALIDATION_FAILED'],
      ['comment=1', 'VALIDATION_FAILED'],
    ]) {
      for (const route of ['satisfaction', 'satisfaction/cells']) {
        const res = await t.http.get(`/api/v1/statistics/${route}?${query}`);
        expect({ route, query, status: res.status, code: res.body.code }).toEqual({ route, query, status: 400, code });
      }
    }
    expect((await t.http.get('/api/v1/statistics/satisfaction?from=2025-01&to=2026-12')).status).toBe(200);
  });
});
