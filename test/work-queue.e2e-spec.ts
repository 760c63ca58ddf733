import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

interface QueueItem {
  id: string;
  state: string;
  awaiting: string;
  dueAt: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  assignedTo: { id: string; username: string } | null;
}

const LUMPHINI = { address: '1 ถนนวิทยุ แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330', provinceCode: '10', districtCode: '1007', subdistrictCode: '100704' };
/** Only the clock: timers keep running for the HTTP server, the database drivers and the outbox. */
const DATE_ONLY = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

describe('Work queue: claim, release, assign, bulk reassign, and deadlines in working days', () => {
  let t: TestApp;
  // The deadline tests move the clock up to three weeks ahead: tokens signed now must still be valid then.
  beforeAll(async () => (t = await startTestApp({ JWT_EXPIRES_IN: '60d' })));
  afterAll(() => t.close());

  const post = async (as: string, path: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/v1${path}`).auth(await t.login(as), { type: 'bearer' }).send(body);
  const queue = async (as: string, query: Record<string, string> = {}) =>
    t.http.get('/api/v1/work-queue').query(query).auth(await t.login(as), { type: 'bearer' });
  // One page of up to 100 holds everything these tests make.
  const items = async (as: string, query: Record<string, string> = {}) => {
    const res = await queue(as, { limit: '100', ...query });
    expect(res.body.nextCursor).toBeNull();
    expect(res.status).toBe(200);
    return res.body.items as QueueItem[];
  };
  const submitted = async (premises?: Record<string, string>) => {
    const app = await createFoodApplication(t, 'somchai', premises ? { premises } : {});
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    return app.id;
  };
  const holder = async (id: string) => (await t.http.get(`/api/v1/applications/${id}`).auth(await t.login('head.khlongtoei'), { type: 'bearer' }).expect(200)).body.assignedTo;

  it('lets an officer of the office claim an application awaiting her role, once; others get 409, 403 or 404', async () => {
    const id = await submitted();
    const claimed = await post('officer.khlongtoei', `/applications/${id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toEqual(expect.objectContaining({ applicationId: id, awaiting: 'officer', assignedTo: expect.objectContaining({ id: 'user-officer-kt', username: 'officer.khlongtoei' }) }));
    // Claiming again is harmless; a colleague finds it taken.
    expect((await post('officer.khlongtoei', `/applications/${id}/claim`)).status).toBe(200);
    const taken = await post('officer2.khlongtoei', `/applications/${id}/claim`);
    expect(taken.status).toBe(409);
    expect(taken.body.message).toMatch(/officer\.khlongtoei already holds this application/);
    // Not awaiting an approver; another office cannot see it; the applicant and the head cannot claim.
    expect((await post('approver.khlongtoei', `/applications/${id}/claim`)).status).toBe(409);
    expect((await post('officer.pathumwan', `/applications/${id}/claim`)).status).toBe(404);
    expect((await post('somchai', `/applications/${id}/claim`)).status).toBe(403);
    expect((await post('head.khlongtoei', `/applications/${id}/claim`)).status).toBe(403);
    expect((await post('officer.khlongtoei', '/applications/not-a-uuid/claim')).status).toBe(400);
    expect((await holder(id)).id).toBe('user-officer-kt');
  });

  it('filters the queue: mine, unassigned, overdue; the head of office sees every office role', async () => {
    const mineId = await submitted();
    const freeId = await submitted();
    await post('officer.khlongtoei', `/applications/${mineId}/claim`).then((r) => expect(r.status).toBe(200));
    const atApprover = await createFoodApplication(t);
    await drive(t, atApprover.id, TO_AWAITING_PAYMENT.slice(0, 5)); // under consideration: waits for the approver

    const mine = await items('officer.khlongtoei', { mine: 'true' });
    expect(mine.map((i) => i.id)).toContain(mineId);
    expect(mine.every((i) => i.assignedTo?.id === 'user-officer-kt')).toBe(true);
    const unassigned = await items('officer2.khlongtoei', { unassigned: 'true' });
    expect(unassigned.map((i) => i.id)).toContain(freeId);
    expect(unassigned.map((i) => i.id)).not.toContain(mineId);
    expect((await items('officer2.khlongtoei', { mine: 'true' })).map((i) => i.id)).not.toContain(mineId);
    // Nothing is overdue yet: deadlines are working days ahead.
    expect(await items('officer.khlongtoei', { overdue: 'true' })).toEqual([]);

    const officerQueue = (await items('officer.khlongtoei')).map((i) => i.id);
    expect(officerQueue).not.toContain(atApprover.id);
    const headQueue = await items('head.khlongtoei');
    expect(headQueue.map((i) => i.id)).toEqual(expect.arrayContaining([mineId, freeId, atApprover.id]));
    expect(headQueue.find((i) => i.id === mineId)?.assignedTo?.username).toBe('officer.khlongtoei');
    expect(headQueue.find((i) => i.id === atApprover.id)).toEqual(expect.objectContaining({ awaiting: 'approver', assignedTo: null, workingDaysLeft: expect.any(Number) }));
    expect((await items('head.pathumwan')).map((i) => i.id)).not.toContain(mineId);

    expect((await queue('officer.khlongtoei', { mine: 'true', unassigned: 'true' })).status).toBe(400);
    expect((await queue('officer.khlongtoei', { mine: 'maybe' })).status).toBe(400);
    expect((await queue('officer.khlongtoei', { page: '2' })).status).toBe(400);
    expect((await queue('somchai')).status).toBe(403);
  });

  it('lets the holder or the head of office release, nobody else', async () => {
    const id = await submitted();
    await post('officer.khlongtoei', `/applications/${id}/claim`).then((r) => expect(r.status).toBe(200));
    expect((await post('officer2.khlongtoei', `/applications/${id}/release`)).status).toBe(403);
    expect((await post('approver.khlongtoei', `/applications/${id}/release`)).status).toBe(403);
    expect((await post('head.pathumwan', `/applications/${id}/release`)).status).toBe(404);
    const released = await post('head.khlongtoei', `/applications/${id}/release`);
    expect([released.status, released.body.assignedTo]).toEqual([200, null]);
    await post('officer2.khlongtoei', `/applications/${id}/claim`).then((r) => expect(r.status).toBe(200));
    const own = await post('officer2.khlongtoei', `/applications/${id}/release`);
    expect([own.status, own.body.assignedTo]).toEqual([200, null]);
    const history = await t.http.get(`/api/v1/applications/${id}/assignments`).auth(await t.login('head.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(history.body.map((h: { action: string; userId: string | null }) => [h.action, h.userId])).toEqual([
      ['claim', 'user-officer-kt'],
      ['release', null],
      ['claim', 'user-officer2-kt'],
      ['release', null],
    ]);
  });

  it('lets the head of office assign to staff of the office with the awaited role, else 422', async () => {
    const id = await submitted();
    const assigned = await post('head.khlongtoei', `/applications/${id}/assign`, { userId: 'user-officer2-kt' });
    expect([assigned.status, assigned.body.assignedTo?.username]).toEqual([200, 'officer2.khlongtoei']);
    // Reassigning over a holder is the head's call; a claim by someone else is then refused.
    expect((await post('head.khlongtoei', `/applications/${id}/assign`, { userId: 'user-officer-kt' })).body.assignedTo.username).toBe('officer.khlongtoei');
    expect((await post('officer2.khlongtoei', `/applications/${id}/claim`)).status).toBe(409);

    for (const [userId, problem] of [
      ['user-approver-kt', /is not an officer, whom the application waits for/],
      ['user-officer-pw', /not an officer, approver or signer of your office/],
      ['user-somchai', /not an officer, approver or signer of your office/],
      ['user-nobody', /not an officer, approver or signer of your office/],
    ] as const) {
      const res = await post('head.khlongtoei', `/applications/${id}/assign`, { userId });
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(problem);
    }
    expect((await post('officer.khlongtoei', `/applications/${id}/assign`, { userId: 'user-officer2-kt' })).status).toBe(403);
    expect((await post('head.pathumwan', `/applications/${id}/assign`, { userId: 'user-officer-pw' })).status).toBe(404);
    expect((await post('head.khlongtoei', `/applications/${id}/assign`, { userId: 'user officer' })).status).toBe(400);
    expect((await post('head.khlongtoei', `/applications/${id}/assign`, {})).status).toBe(400);
    // A draft waits for the applicant: nothing to assign.
    const draft = await createFoodApplication(t);
    expect((await post('head.khlongtoei', `/applications/${draft.id}/assign`, { userId: 'user-officer-kt' })).status).toBe(409);
    expect((await holder(id)).id).toBe('user-officer-kt');
  });

  it('reassigns in bulk all or nothing, listing every application that cannot go', async () => {
    const ids = [await submitted(), await submitted(), await submitted()];
    await post('officer.khlongtoei', `/applications/${ids[0]}/claim`).then((r) => expect(r.status).toBe(200));
    const atApprover = await createFoodApplication(t);
    await drive(t, atApprover.id, TO_AWAITING_PAYMENT.slice(0, 5));
    const elsewhere = await submitted(LUMPHINI);
    const before = await t.count('application_assignments');

    const refused = await post('head.khlongtoei', '/work-queue/reassign', { applicationIds: [...ids, atApprover.id, elsewhere], userId: 'user-officer2-kt' });
    expect(refused.status).toBe(422);
    expect(refused.body.details).toEqual([
      { applicationId: atApprover.id, problem: expect.stringMatching(/waits for an approver; officer2\.khlongtoei is not one/) },
      { applicationId: elsewhere, problem: 'not an application of your office' },
    ]);
    // Nothing changed: the first stays with its holder, the others unassigned, no history written.
    expect((await holder(ids[0])).id).toBe('user-officer-kt');
    expect(await holder(ids[1])).toBeNull();
    expect(await t.count('application_assignments')).toBe(before);

    const done = await post('head.khlongtoei', '/work-queue/reassign', { applicationIds: ids, userId: 'user-officer2-kt' });
    expect(done.status).toBe(200);
    expect(done.body.items.map((i: { assignedTo: { username: string } }) => i.assignedTo.username)).toEqual(Array(3).fill('officer2.khlongtoei'));
    expect(await t.count('application_assignments')).toBe(before + 3);
    expect((await items('officer2.khlongtoei', { mine: 'true' })).map((i) => i.id)).toEqual(expect.arrayContaining(ids));

    expect((await post('officer.khlongtoei', '/work-queue/reassign', { applicationIds: ids, userId: 'user-officer-kt' })).status).toBe(403);
    expect((await post('head.khlongtoei', '/work-queue/reassign', { applicationIds: [], userId: 'user-officer-kt' })).status).toBe(400);
    expect((await post('head.khlongtoei', '/work-queue/reassign', { applicationIds: [ids[0], ids[0]], userId: 'user-officer-kt' })).status).toBe(400);
    expect((await post('head.khlongtoei', '/work-queue/reassign', { applicationIds: ['x'], userId: 'user-officer-kt' })).status).toBe(400);
    expect((await post('head.khlongtoei', '/work-queue/reassign', { applicationIds: ids, userId: 'user-officer-pw' })).status).toBe(422);
  });

  it('keeps the holder while the application waits for the same role, clears it when it moves on, and leaves the history chain intact', async () => {
    const id = await submitted();
    await post('officer.khlongtoei', `/applications/${id}/claim`).then((r) => expect(r.status).toBe(200));
    await drive(t, id, TO_AWAITING_PAYMENT.slice(1, 4)); // RECEIVE, ACCEPT, SCHEDULE_INSPECTION: still the officer's
    expect((await holder(id)).id).toBe('user-officer-kt');
    await drive(t, id, TO_AWAITING_PAYMENT.slice(4, 5)); // RECORD_INSPECTION pass: now the approver's
    expect(await holder(id)).toBeNull();
    const history = await t.http.get(`/api/v1/applications/${id}/assignments`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(history.body.map((h: { action: string; actorId: string; state: string }) => [h.action, h.actorId, h.state])).toEqual([
      ['claim', 'user-officer-kt', 'submitted'],
      ['cleared', 'system:workflow', 'consideration'],
    ]);
    await post('approver.khlongtoei', `/applications/${id}/claim`).then((r) => expect(r.status).toBe(200));
    const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
    expect(timeline.body.integrity).toEqual({ verified: true, brokenAtSeq: null, recordedBreaks: [], anchor: null });
    expect(timeline.body.entries.map((e: { event: string }) => e.event)).not.toContain('claim');
  });

  describe('deadlines in Bangkok working days, with holidays an official adds and removes', () => {
    afterEach(() => jest.useRealTimers());
    const at = (iso: string) => jest.setSystemTime(new Date(iso));
    const admin = async (method: 'post' | 'delete', path: string, body?: Record<string, unknown>) =>
      t.http[method](`/api/v1/admin/holidays${path}`).auth(await t.login('admin'), { type: 'bearer' }).send(body);

    it('skips the weekend, the seeded substitution day and a holiday added through the admin route; recomputes when it is removed', async () => {
      const added = await admin('post', '', { date: '2026-12-08', name: { th: 'วันหยุดพิเศษ', en: 'Special holiday' }, source: 'cabinet' });
      expect(added.status).toBe(201);
      expect(added.body).toEqual({ date: '2026-12-08', name: { th: 'วันหยุดพิเศษ', en: 'Special holiday' }, source: 'cabinet' });
      const year = await t.http.get('/api/v1/holidays').query({ year: 2026 }).expect(200);
      expect(year.body.holidays.map((h: { date: string }) => h.date)).toEqual(expect.arrayContaining(['2026-12-05', '2026-12-07', '2026-12-08', '2026-12-10']));
      expect(year.body.holidays.find((h: { date: string }) => h.date === '2026-12-07')).toEqual(expect.objectContaining({ source: 'cabinet' }));

      jest.useFakeTimers({ doNotFake: [...DATE_ONLY] });
      at('2026-12-04T03:00:00Z'); // Friday 10:00 in Bangkok
      const app = await createFoodApplication(t);
      await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
      const read = async () => (await t.http.get(`/api/v1/applications/${app.id}`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body;
      // submitted: 1 working day. Sat 5 (King Bhumibol's birthday), Sun 6, Mon 7 (its substitution day), Tue 8 (added) → Wed 9.
      expect((await read()).dueAt).toBe('2026-12-09T03:00:00.000Z');
      await drive(t, app.id, [{ as: 'officer.khlongtoei', type: 'RECEIVE' }]);
      // checking: 2 working days. Wed 9, (Thu 10 Constitution Day), Fri 11.
      expect((await read()).dueAt).toBe('2026-12-11T03:00:00.000Z');

      at('2026-12-10T03:00:00Z'); // Thursday, a holiday: one working day left (Friday)
      const item = (await items('officer.khlongtoei')).find((i) => i.id === app.id)!;
      expect(item).toEqual(expect.objectContaining({ workingDaysLeft: 1, dueSoon: true, overdue: false }));

      // The official removes the special holiday: the running deadline moves back a day.
      const removed = await admin('delete', '/2026-12-08');
      expect([removed.status, removed.body.date]).toEqual([200, '2026-12-08']);
      expect((await read()).dueAt).toBe('2026-12-09T03:00:00.000Z');
      const overdue = await items('officer.khlongtoei', { overdue: 'true' });
      // Due yesterday at 10:00: overdue, but no working day has passed since (today is Constitution Day).
      expect(overdue.find((i) => i.id === app.id)).toEqual(expect.objectContaining({ overdue: true, dueSoon: false, workingDaysLeft: 0 }));
      at('2026-12-11T03:00:00Z');
      expect((await items('officer.khlongtoei', { overdue: 'true' })).find((i) => i.id === app.id)?.workingDaysLeft).toBe(-1);
      // Only what is overdue (the earlier tests' applications, made on the real date, are too by now; not all of them).
      expect(overdue.every((i) => i.overdue && new Date(i.dueAt!).getTime() < Date.now())).toBe(true);
      const fresh = await createFoodApplication(t);
      await drive(t, fresh.id, [{ as: 'somchai', type: 'SUBMIT' }]);
      expect((await items('officer.khlongtoei', { overdue: 'true' })).map((i) => i.id)).not.toContain(fresh.id);
      expect((await items('officer.khlongtoei')).find((i) => i.id === fresh.id)).toEqual(expect.objectContaining({ overdue: false, dueSoon: true, workingDaysLeft: 1 }));

      // The expected completion: due date of the current step plus the remaining steps' SLA days, in working days.
      const view = await read();
      expect(new Date(view.expectedCompletionAt).getTime()).toBeGreaterThan(new Date(view.dueAt).getTime());
      const tracked = await t.http.get(`/api/v1/track/${app.trackingNumber}`).expect(200);
      expect(tracked.body.expectedCompletionAt).toBe(view.expectedCompletionAt);
      expect(tracked.body).not.toHaveProperty('assignedTo');
    });

    it('validates holiday edits: duplicates 409, weekends and impossible dates 422, bad input 400, only workflow_admin', async () => {
      const dup = await admin('post', '', { date: '2026-12-10', name: { th: 'ซ้ำ', en: 'Again' } });
      expect(dup.status).toBe(409);
      expect(dup.body.message).toMatch(/2026-12-10 is already a holiday: Constitution Day/);
      expect((await admin('post', '', { date: '2026-12-12', name: { th: 'วันเสาร์', en: 'Saturday' } })).status).toBe(422);
      expect((await admin('post', '', { date: '2026-02-30', name: { th: 'ไม่มีวัน', en: 'No such day' } })).status).toBe(422);
      expect((await admin('post', '', { date: '30/12/2026', name: { th: 'ผิด', en: 'Wrong' } })).status).toBe(400);
      expect((await admin('post', '', { date: '2026-12-29', name: { th: 'ชื่อ' } })).status).toBe(400);
      expect((await admin('post', '', { date: '2026-12-29', name: { th: 'ชื่อ', en: 'Name' }, source: 'official' })).status).toBe(400);
      expect((await admin('post', '', { date: '2026-12-29', name: { th: 'ชื่อ', en: 'Name' }, extra: 1 })).status).toBe(400);
      const asOfficer = await t.http.post('/api/v1/admin/holidays').auth(await t.login('head.khlongtoei'), { type: 'bearer' }).send({ date: '2026-12-29', name: { th: 'ชื่อ', en: 'Name' } });
      expect(asOfficer.status).toBe(403);
      expect((await admin('delete', '/2026-12-29')).status).toBe(404);
      expect((await admin('delete', '/tomorrow')).status).toBe(400);
      expect((await t.http.get('/api/v1/holidays').query({ year: 'next' })).status).toBe(400);
      expect((await t.http.get('/api/v1/holidays').query({ year: 2570 })).status).toBe(400);
      // A removed holiday can be added again; none of the refusals stored anything.
      const holidays2026 = (await t.http.get('/api/v1/holidays').query({ year: 2026 }).expect(200)).body.holidays as { date: string }[];
      expect(holidays2026.map((h) => h.date)).not.toContain('2026-12-29');
      expect(holidays2026).toHaveLength(20);
      expect((await admin('post', '', { date: '2026-12-08', name: { th: 'วันหยุดพิเศษ', en: 'Special holiday' } })).status).toBe(201);
    });
  });
});
