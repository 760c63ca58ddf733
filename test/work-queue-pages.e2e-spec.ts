import { randomUUID } from 'node:crypto';
import { DataSource, type Logger, type Repository } from 'typeorm';
import type { StateMeta } from '@bizportal/engine';
import { ApplicationEntity, ApplicationEventEntity, CatalogueService } from '@bizportal/licensing';
import { createFoodApplication, drive } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

interface Item {
  id: string;
  kind: string;
  status: string;
  awaiting: string;
  dueAt: string | null;
  submittedAt: string | null;
  overdue: boolean;
  dueSoon: boolean;
  licenceType: { slug: string };
  premises: { subdistrictCode: string };
  assignedTo: { id: string } | null;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
  counts: { all: number; mine: number; unassigned: number; overdue: number; dueSoon: number };
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const KT = 'bma-khlong-toei';

/**
 * The work queue page and the head of office's dashboard, on applications written straight into the table
 * (each filter needs rows that differ in one field; making them through the workflow would take minutes).
 */
describe('Work queue pages: filters, keyset paging, counts, bulk claim, staff, saved views, the dashboard', () => {
  let t: TestApp;
  let apps: Repository<ApplicationEntity>;
  let events: Repository<ApplicationEventEntity>;
  let template: ApplicationEntity;
  let serial = 0;
  const now = Date.now();

  beforeAll(async () => {
    t = await startTestApp();
    const dataSource = t.app.get(DataSource);
    apps = dataSource.getRepository(ApplicationEntity);
    events = dataSource.getRepository(ApplicationEventEntity);
    const app = await createFoodApplication(t);
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    template = (await apps.findOneBy({ id: app.id }))!;
    // The real one leaves the office, so every queue below holds only the rows the tests make.
    await apps.update({ id: app.id }, { agencyId: 'bma-pathum-wan' });
  });
  afterAll(() => t.close());

  const make = async (over: Partial<ApplicationEntity> = {}) => {
    serial++;
    const row: ApplicationEntity = {
      ...template,
      id: randomUUID(),
      trackingNumber: `WQ-${serial}-${randomUUID().slice(0, 8)}`,
      agencyId: KT,
      assignedTo: null,
      assignedAt: null,
      createdAt: new Date(now - 60 * DAY + serial * 1000),
      ...over,
    };
    await apps.insert(row);
    return row;
  };
  const get = async (as: string, query: Record<string, string> = {}) => t.http.get('/api/v1/work-queue').query(query).auth(await t.login(as), { type: 'bearer' });
  const page = async (as: string, query: Record<string, string> = {}) => {
    const res = await get(as, query);
    expect(res.status).toBe(200);
    return res.body as Page;
  };
  const ids = (p: Page) => p.items.map((i) => i.id).sort();
  const call = async (method: 'get' | 'post' | 'delete', as: string, path: string, body?: object) =>
    t.http[method](`/api/v1/work-queue${path}`).auth(await t.login(as), { type: 'bearer' }).send(body);

  describe('filters and counts', () => {
    const rows: Record<string, ApplicationEntity> = {};
    let otherType: { slug: string; version: number; state: string };

    beforeAll(async () => {
      const catalogue = t.app.get(CatalogueService);
      const other = await catalogue.licenceType('food-production-licence');
      const workflow = await catalogue.workflow(other.slug, other.currentVersion);
      const state = Object.keys(workflow.definition.machine.states).find((s) => (workflow.definition.machine.states[s].meta as StateMeta).actor === 'officer')!;
      otherType = { slug: other.slug, version: other.currentVersion, state };
      rows.overdue = await make({ dueAt: new Date(now - 2 * DAY), subdistrictCode: '103301' });
      rows.soon = await make({ dueAt: new Date(now + HOUR) });
      rows.later = await make({ dueAt: new Date(now + 30 * DAY), assignedTo: 'user-officer-kt', assignedAt: new Date(), kind: 'renew', status: 'checking', subdistrictCode: '103302' });
      rows.atApprover = await make({ dueAt: new Date(now - DAY), awaitingActor: 'approver', status: 'under_consideration', assignedTo: 'user-approver-kt', assignedAt: new Date() });
      rows.noDue = await make({ dueAt: null, assignedTo: 'user-officer2-kt', assignedAt: new Date() });
      rows.otherType = await make({ licenceType: otherType.slug, workflowVersion: otherType.version, state: otherType.state, dueAt: new Date(now + 10 * DAY), kind: 'amend' });
      rows.elsewhere = await make({ agencyId: 'bma-pathum-wan', dueAt: new Date(now - DAY) });
      rows.applicants = await make({ awaitingActor: 'applicant', status: 'needs_documents', dueAt: new Date(now - DAY) });
    });

    it('shows the officer what waits for officers in her office, oldest due first, no due date last, with kind and submittedAt', async () => {
      const all = await page('officer.khlongtoei');
      expect(all.items.map((i) => i.id)).toEqual([rows.overdue.id, rows.soon.id, rows.otherType.id, rows.later.id, rows.noDue.id]);
      expect(all.items[0]).toEqual(expect.objectContaining({ kind: 'new', overdue: true, dueSoon: false, submittedAt: template.submittedAt!.toISOString() }));
      expect(all.items[1]).toEqual(expect.objectContaining({ overdue: false, dueSoon: true }));
      expect(all.items[2]).toEqual(expect.objectContaining({ kind: 'amend', licenceType: expect.objectContaining({ slug: 'food-production-licence' }), dueSoon: false }));
      expect(all.nextCursor).toBeNull();
      expect(all.counts).toEqual({ all: 5, mine: 1, unassigned: 3, overdue: 1, dueSoon: 1 });
      // The head of office sees the approver's too.
      const head = await page('head.khlongtoei');
      expect(head.items.map((i) => i.id)).toEqual([rows.overdue.id, rows.atApprover.id, rows.soon.id, rows.otherType.id, rows.later.id, rows.noDue.id]);
      expect(head.counts).toEqual({ all: 6, mine: 0, unassigned: 3, overdue: 2, dueSoon: 1 });
      expect(ids(await page('head.pathumwan'))).not.toContain(rows.overdue.id);
    });

    it.each([
      ['mine', { mine: 'true' }, ['later']],
      ['unassigned', { unassigned: 'true' }, ['overdue', 'soon', 'otherType']],
      ['overdue', { overdue: 'true' }, ['overdue', 'atApprover']],
      ['dueSoon', { dueSoon: 'true' }, ['soon']],
      ['status', { status: 'checking' }, ['later']],
      ['licenceType', { licenceType: 'food-production-licence' }, ['otherType']],
      ['subdistrict', { subdistrict: '103302' }, ['later']],
      ['assignee', { assignee: 'user-approver-kt' }, ['atApprover']],
      ['kind', { kind: 'renew' }, ['later']],
      ['status and overdue together', { status: 'under_consideration', overdue: 'true' }, ['atApprover']],
      ['an unknown licence type', { licenceType: 'no-such-type' }, []],
    ])('filters by %s', async (_, query, expected) => {
      const as = 'mine' in query ? 'officer.khlongtoei' : 'head.khlongtoei';
      const result = await page(as, query as Record<string, string>);
      expect(ids(result)).toEqual(expected.map((k) => rows[k].id).sort());
    });

    it('counts each tab under the other filters, not the tab filters or the page', async () => {
      const p = await page('head.khlongtoei', { assignee: 'user-officer-kt', overdue: 'true', limit: '1' });
      expect(p.items).toEqual([]);
      expect(p.counts).toEqual({ all: 1, mine: 0, unassigned: 0, overdue: 0, dueSoon: 0 });
      const byKind = await page('officer.khlongtoei', { kind: 'new', limit: '1' });
      expect(byKind.items).toHaveLength(1);
      expect(byKind.counts).toEqual({ all: 3, mine: 0, unassigned: 2, overdue: 1, dueSoon: 1 });
    });

    it.each([
      [{ limit: '0' }, 'VALIDATION_FAILED'],
      [{ limit: '101' }, 'VALIDATION_FAILED'],
      [{ limit: 'ten' }, 'VALIDATION_FAILED'],
      [{ status: 'done' }, 'VALIDATION_FAILED'],
      [{ licenceType: 'Food Permit' }, 'VALIDATION_FAILED'],
      [{ subdistrict: '10330' }, 'VALIDATION_FAILED'],
      [{ assignee: 'user officer' }, 'VALIDATION_FAILED'],
      [{ kind: 'renewal' }, 'VALIDATION_FAILED'],
      [{ dueSoon: 'yes' }, 'VALIDATION_FAILED'],
      [{ cursor: 'not-a-cursor' }, 'WORK_QUEUE_BAD_CURSOR'],
      [{ cursor: Buffer.from('["x","y","z"]').toString('base64url') }, 'WORK_QUEUE_BAD_CURSOR'],
      [{ mine: 'true', unassigned: 'true' }, 'WORK_QUEUE_FILTER_CONFLICT'],
      [{ overdue: 'true', dueSoon: 'true' }, 'WORK_QUEUE_FILTER_CONFLICT'],
      [{ mine: 'true', assignee: 'user-officer-kt' }, 'WORK_QUEUE_FILTER_CONFLICT'],
      [{ unassigned: 'true', assignee: 'user-officer-kt' }, 'WORK_QUEUE_FILTER_CONFLICT'],
    ])('refuses %j with 400 %s', async (query, code) => {
      const res = await get('officer.khlongtoei', query);
      expect([res.status, res.body.code]).toEqual([400, code]);
    });

    it('is only for office staff', async () => {
      expect((await get('somchai')).status).toBe(403);
      expect((await get('admin')).status).toBe(403);
    });
  });

  it('pages by cursor without repeating or missing an item, also when applications arrive between pages', async () => {
    const office = 'nonthaburi-city';
    const made: ApplicationEntity[] = [];
    const sameDue = new Date(now + 5 * DAY);
    const sameCreated = new Date(now - 10 * DAY);
    for (let i = 0; i < 47; i++) {
      // Ties on due date and on creation time, and some without a due date, so the id decides.
      const dueAt = i % 7 === 0 ? null : i % 3 === 0 ? sameDue : new Date(now + (i - 20) * HOUR);
      made.push(await make({ agencyId: office, dueAt, createdAt: i % 2 ? sameCreated : new Date(now - i * HOUR) }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p: Page = await page('officer.nonthaburi', { limit: '10', ...(cursor ? { cursor } : {}) });
      expect(p.counts.all).toBeGreaterThanOrEqual(47);
      seen.push(...p.items.map((i) => i.id));
      cursor = p.nextCursor;
      pages++;
      // New work arrives while she pages: one due before where she is, one after.
      if (pages === 2) {
        made.push(await make({ agencyId: office, dueAt: new Date(now - 100 * DAY) }));
        made.push(await make({ agencyId: office, dueAt: null, createdAt: new Date(now + DAY) }));
      }
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    const early = made[made.length - 2].id;
    // Everything made before she started is there once; the late one sorts after her position, so she meets it.
    expect(seen.filter((id) => id !== early).sort()).toEqual(made.filter((m) => m.id !== early).map((m) => m.id).sort());
    expect(pages).toBe(5);
    // The order across pages is the order of one big page.
    const whole = await page('officer.nonthaburi', { limit: '100' });
    expect(seen).toEqual(whole.items.map((i) => i.id).filter((id) => id !== early));
  });

  it('claims several at once for an officer, all or none', async () => {
    const [a, b, c] = [await make({ dueAt: new Date(now + 90 * DAY) }), await make({ dueAt: new Date(now + 90 * DAY) }), await make({ dueAt: new Date(now + 90 * DAY) })];
    const held = await make({ assignedTo: 'user-officer2-kt', assignedAt: new Date(), dueAt: new Date(now + 90 * DAY) });
    const atApprover = await make({ awaitingActor: 'approver', status: 'under_consideration', dueAt: new Date(now + 90 * DAY) });
    const elsewhere = await make({ agencyId: 'bma-pathum-wan' });
    const before = await t.count('application_assignments');

    const refused = await call('post', 'officer.khlongtoei', '/claim', { applicationIds: [a.id, held.id, atApprover.id, elsewhere.id] });
    expect([refused.status, refused.body.code]).toEqual([422, 'CLAIM_REFUSED']);
    expect(refused.body.details).toEqual([
      { applicationId: held.id, problem: 'already held by user-officer2-kt' },
      { applicationId: atApprover.id, problem: expect.stringMatching(/waits for approver/) },
      { applicationId: elsewhere.id, problem: 'not an application of your office' },
    ]);
    expect((await apps.findOneBy({ id: a.id }))!.assignedTo).toBeNull();
    expect(await t.count('application_assignments')).toBe(before);

    const done = await call('post', 'officer.khlongtoei', '/claim', { applicationIds: [a.id, b.id, c.id] });
    expect(done.status).toBe(200);
    expect(done.body.items.map((i: { applicationId: string; assignedTo: { id: string } }) => [i.applicationId, i.assignedTo.id])).toEqual([a, b, c].map((r) => [r.id, 'user-officer-kt']));
    expect(await t.count('application_assignments')).toBe(before + 3);
    // Again: nothing new to record.
    expect((await call('post', 'officer.khlongtoei', '/claim', { applicationIds: [a.id] })).status).toBe(200);
    expect(await t.count('application_assignments')).toBe(before + 3);
    expect((await call('post', 'approver.khlongtoei', '/claim', { applicationIds: [atApprover.id] })).status).toBe(200);

    expect((await call('post', 'head.khlongtoei', '/claim', { applicationIds: [a.id] })).status).toBe(403);
    expect((await call('post', 'somchai', '/claim', { applicationIds: [a.id] })).status).toBe(403);
    for (const body of [{}, { applicationIds: [] }, { applicationIds: ['x'] }, { applicationIds: [a.id, a.id] }]) {
      expect((await call('post', 'officer.khlongtoei', '/claim', body)).status).toBe(400);
    }
  });

  it('lists the staff of my office with what each holds, for the pickers', async () => {
    const before = (await call('get', 'head.khlongtoei', '/staff')).body as { id: string; held: number }[];
    await make({ assignedTo: 'user-officer2-kt', assignedAt: new Date(), dueAt: new Date(now + 80 * DAY) });
    await make({ assignedTo: 'user-officer2-kt', assignedAt: new Date(), awaitingActor: 'applicant', status: 'needs_documents' }); // not waiting for staff: not counted
    const res = await call('get', 'officer.khlongtoei', '/staff');
    expect(res.status).toBe(200);
    const staff = res.body as { id: string; username: string; roles: string[]; held: number; displayName: { th: string; en: string } }[];
    expect(staff.map((s) => s.username)).toEqual(['approver.khlongtoei', 'head.khlongtoei', 'officer.khlongtoei', 'officer2.khlongtoei', 'signer.khlongtoei']);
    expect(staff.find((s) => s.id === 'user-officer-kt')).toEqual({ id: 'user-officer-kt', username: 'officer.khlongtoei', displayName: { th: 'นางวิไล ตรวจการ', en: 'Mrs Wilai Truatkan' }, roles: ['officer'], held: expect.any(Number) });
    const officer2 = staff.find((s) => s.id === 'user-officer2-kt')!;
    expect(officer2.held).toBe(before.find((s) => s.id === 'user-officer2-kt')!.held + 1);
    const counted = await apps.count({ where: { agencyId: KT, assignedTo: 'user-officer2-kt', awaitingActor: 'officer' } });
    expect(officer2.held).toBe(counted);
    expect((await call('get', 'officer.nonthaburi', '/staff')).body.map((s: { username: string }) => s.username)).toEqual(['approver.nonthaburi', 'head.nonthaburi', 'officer.nonthaburi', 'signer.nonthaburi']);
    expect((await call('get', 'somchai', '/staff')).status).toBe(403);
    expect((await call('get', 'auditor', '/staff')).status).toBe(403);
  });

  it('keeps each person’s saved views: create, list, delete, at most 20, unique names, nobody else’s', async () => {
    const create = (as: string, body: object) => call('post', as, '/views', body);
    const first = await create('approver.khlongtoei', { name: '  เกินกำหนด  ', filter: { overdue: true, kind: 'renew' } });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), name: 'เกินกำหนด', filter: { overdue: true, kind: 'renew' }, createdAt: expect.any(String) });
    expect((await create('approver.khlongtoei', { name: 'เกินกำหนด', filter: {} })).body.code).toBe('WORK_QUEUE_VIEW_NAME_TAKEN');
    // Another person may use the same name.
    expect((await create('officer2.khlongtoei', { name: 'เกินกำหนด', filter: { mine: true } })).status).toBe(201);

    for (const [body, code] of [
      [{ name: '   ', filter: {} }, 'WORK_QUEUE_VIEW_NAME_INVALID'],
      [{ name: 'ก'.repeat(61), filter: {} }, 'WORK_QUEUE_VIEW_NAME_INVALID'],
      [{ name: 'a\u0007b', filter: {} }, 'WORK_QUEUE_VIEW_NAME_INVALID'],
      [{ name: 'x', filter: { mine: true, unassigned: true } }, 'WORK_QUEUE_FILTER_CONFLICT'],
      [{ name: 'x', filter: { cursor: 'abc' } }, 'VALIDATION_FAILED'],
      [{ name: 'x', filter: { limit: 10 } }, 'VALIDATION_FAILED'],
      [{ name: 'x', filter: { status: 'nope' } }, 'VALIDATION_FAILED'],
      [{ name: 'x', filter: { overdue: 'yes' } }, 'VALIDATION_FAILED'],
      [{ name: 'x' }, 'VALIDATION_FAILED'],
      [{ name: 7, filter: {} }, 'VALIDATION_FAILED'],
    ] as const) {
      const res = await create('approver.khlongtoei', body);
      expect([res.status, res.body.code]).toEqual([400, code]);
    }
    // 60 Thai letters with vowel and tone marks are 60 visible characters, though more code points.
    expect((await create('approver.khlongtoei', { name: 'กี่'.repeat(60), filter: {} })).status).toBe(201);
    for (let i = 3; i <= 20; i++) expect((await create('approver.khlongtoei', { name: `มุมมอง ${i}`, filter: { status: 'submitted' } })).status).toBe(201);
    const full = await create('approver.khlongtoei', { name: 'ที่ 21', filter: {} });
    expect([full.status, full.body.code]).toEqual([409, 'WORK_QUEUE_VIEW_LIMIT']);

    const mine = (await call('get', 'approver.khlongtoei', '/views')).body as { id: string; name: string }[];
    expect(mine).toHaveLength(20);
    expect(mine[0].name).toBe('เกินกำหนด');
    expect((await call('get', 'officer2.khlongtoei', '/views')).body).toHaveLength(1);
    // Someone else's view is not found; her own is deleted once.
    expect((await call('delete', 'officer2.khlongtoei', `/views/${first.body.id}`)).status).toBe(404);
    expect((await call('delete', 'head.khlongtoei', `/views/${first.body.id}`)).status).toBe(404);
    const deleted = await call('delete', 'approver.khlongtoei', `/views/${first.body.id}`);
    expect([deleted.status, deleted.body.id]).toEqual([200, first.body.id]);
    expect((await call('delete', 'approver.khlongtoei', `/views/${first.body.id}`)).body.code).toBe('WORK_QUEUE_VIEW_NOT_FOUND');
    expect((await call('delete', 'approver.khlongtoei', '/views/not-a-uuid')).status).toBe(400);
    expect((await create('approver.khlongtoei', { name: 'ที่ 21', filter: {} })).status).toBe(201);
    expect((await call('get', 'somchai', '/views')).status).toBe(403);
    expect((await create('somchai', { name: 'x', filter: {} })).status).toBe(403);
  });

  describe('the head of office dashboard', () => {
    const office = 'nonthaburi-city';
    let food: { decided: string; officerState: string; approverState: string; officerSla: number };

    /** A decided application of the office: filed at `filed`, the officer's step ended `officerHours` later, the approver's an hour after. */
    const decided = async (filed: Date, officerHours: number, status: 'completed' | 'rejected' = 'completed') => {
      const app = await make({ agencyId: office, state: food.decided, status, awaitingActor: null, dueAt: null });
      const at = (ms: number) => new Date(filed.getTime() + ms);
      const history: [string, string, Date][] = [
        ['draft', food.officerState, filed],
        [food.officerState, food.approverState, at(officerHours * HOUR)],
        [food.approverState, food.decided, at(officerHours * HOUR + HOUR)],
      ];
      await events.insert(
        history.map(([fromState, toState, createdAt], seq) => ({
          id: randomUUID(),
          applicationId: app.id,
          seq: seq + 1,
          type: 'STEP',
          fromState,
          toState,
          status: toState === food.decided ? status : 'submitted',
          actorId: 'user-officer-nb',
          actorRoles: ['officer'],
          actorAgencyId: office,
          comment: null,
          data: null,
          createdAt,
          prevHash: '0'.repeat(64),
          hash: '0'.repeat(64),
        })),
      );
      return app;
    };

    beforeAll(async () => {
      const workflow = await t.app.get(CatalogueService).workflow(template.licenceType, template.workflowVersion);
      const states = workflow.definition.machine.states;
      const find = (test: (m: StateMeta) => boolean) => Object.keys(states).find((s) => test(states[s].meta as StateMeta))!;
      const officerState = find((m) => m.actor === 'officer' && (m.slaDays ?? 0) >= 1);
      food = { officerState, approverState: find((m) => m.actor === 'approver' && (m.slaDays ?? 0) >= 1), decided: find((m) => m.status === 'completed'), officerSla: (states[officerState].meta as StateMeta).slaDays! };
    });

    it('shows workload per person, unassigned and overdue work, and decisions on time over 30 and 90 days', async () => {
      // Open work of the office.
      const o1 = await make({ agencyId: office, dueAt: new Date(now - 5 * DAY), assignedTo: 'user-officer-nb', assignedAt: new Date() });
      const o2 = await make({ agencyId: office, dueAt: new Date(now - 3 * DAY) });
      await make({ agencyId: office, dueAt: new Date(now + HOUR), assignedTo: 'user-officer-nb', assignedAt: new Date() });
      await make({ agencyId: office, dueAt: new Date(now + 40 * DAY), assignedTo: 'user-approver-nb', assignedAt: new Date(), awaitingActor: 'approver', status: 'under_consideration' });
      await make({ agencyId: office, dueAt: new Date(now - DAY), assignedTo: 'user-signer-nb', assignedAt: new Date(), awaitingActor: 'signer' });
      // Waiting for the applicant or the system: not the office's work, not counted, however overdue.
      await make({ agencyId: office, dueAt: new Date(now - 4 * DAY), awaitingActor: 'applicant' });
      await make({ agencyId: office, dueAt: new Date(now - 4 * DAY), awaitingActor: 'system' });
      // Decisions: on time 10 days ago, late 20 days ago, on time (rejected) 60 days ago, and one 120 days ago (outside both windows).
      await decided(new Date(now - 10 * DAY), 1);
      await decided(new Date(now - 40 * DAY - 20 * DAY), 1, 'rejected');
      await decided(new Date(now - 20 * DAY - 25 * DAY), 24 * 25);
      await decided(new Date(now - 120 * DAY), 1);
      const open = await apps.find({ where: { agencyId: office } });
      const openForStaff = open.filter((a) => a.awaitingActor === 'officer' || a.awaitingActor === 'approver' || a.awaitingActor === 'signer');
      const overdueOpen = openForStaff.filter((a) => a.dueAt && a.dueAt.getTime() < Date.now());

      const res = await call('get', 'head.nonthaburi', '/dashboard');
      expect(res.status).toBe(200);
      const d = res.body;
      expect(Math.abs(new Date(d.generatedAt).getTime() - Date.now())).toBeLessThan(60_000);
      expect(d.staff.map((s: { user: { id: string } }) => s.user.id)).toEqual(['user-approver-nb', 'user-head-nb', 'user-officer-nb', 'user-signer-nb']);
      expect(d.staff.find((s: { user: { id: string } }) => s.user.id === 'user-officer-nb')).toEqual({
        user: { id: 'user-officer-nb', username: 'officer.nonthaburi', displayName: expect.objectContaining({ en: 'Mr Thana Sukhaphiban' }) },
        roles: ['officer'],
        held: openForStaff.filter((a) => a.assignedTo === 'user-officer-nb').length,
        overdue: 1,
        dueSoon: 1,
      });
      expect(d.staff.find((s: { user: { id: string } }) => s.user.id === 'user-approver-nb')).toEqual(expect.objectContaining({ held: 1, overdue: 0, dueSoon: 0 }));
      expect(d.staff.find((s: { user: { id: string } }) => s.user.id === 'user-signer-nb')).toEqual(expect.objectContaining({ held: 1, overdue: 1, dueSoon: 0 }));
      expect(d.unassigned).toEqual({ count: openForStaff.filter((a) => !a.assignedTo).length, overdue: overdueOpen.filter((a) => !a.assignedTo).length });
      expect(d.overdue.count).toBe(overdueOpen.length);
      expect(d.overdue.oldest.length).toBe(Math.min(10, overdueOpen.length));
      const dues = d.overdue.oldest.map((i: { dueAt: string }) => i.dueAt);
      expect(dues).toEqual([...dues].sort());
      const first = d.overdue.oldest.find((i: { id: string }) => i.id === o1.id);
      expect(first).toEqual({ id: o1.id, trackingNumber: o1.trackingNumber, licenceType: { slug: template.licenceType, name: expect.any(Object) }, dueAt: o1.dueAt!.toISOString(), assignedTo: expect.objectContaining({ id: 'user-officer-nb' }) });
      expect(d.overdue.oldest.find((i: { id: string }) => i.id === o2.id).assignedTo).toBeNull();
      expect(d.onTime).toEqual([
        { days: 30, completed: 2, withinTime: 1, share: 0.5 },
        { days: 90, completed: 3, withinTime: 2, share: 2 / 3 },
      ]);
      // Kept for DASHBOARD_ON_TIME_MAX_AGE_MS in a deployment; the tests read them on every request.
      expect(Math.abs(new Date(d.onTimeAsOf).getTime() - new Date(d.generatedAt).getTime())).toBeLessThan(5_000);
      // The late one is the one whose officer step took 25 days against an SLA of a few working days.
      expect(food.officerSla).toBeLessThan(15);
    });

    it('is the head of office’s, for her own office only', async () => {
      const kt = await call('get', 'head.khlongtoei', '/dashboard');
      expect(kt.status).toBe(200);
      expect(kt.body.onTime).toEqual([
        { days: 30, completed: 0, withinTime: 0, share: null },
        { days: 90, completed: 0, withinTime: 0, share: null },
      ]);
      expect(kt.body.staff.map((s: { user: { id: string } }) => s.user.id)).not.toContain('user-officer-nb');
      for (const as of ['officer.khlongtoei', 'approver.nonthaburi', 'somchai', 'auditor', 'admin']) expect((await call('get', as, '/dashboard')).status).toBe(403);
    });

    it('counts per holder through the partial index of the work waiting for office staff (SQLite; PostgreSQL has none)', async () => {
      const dataSource = t.app.get(DataSource);
      const sent: { query: string; parameters: unknown[] }[] = [];
      const logger = dataSource.logger;
      // TypeORM hands every statement to the data source's logger: this one records them as well.
      const recording: Logger = Object.assign(Object.create(logger) as Logger, { logQuery: (query: string, parameters?: unknown[]) => void sent.push({ query, parameters: parameters ?? [] }) });
      (dataSource as unknown as { logger: Logger }).logger = recording;
      try {
        expect((await call('get', 'head.nonthaburi', '/dashboard')).status).toBe(200);
      } finally {
        (dataSource as unknown as { logger: Logger }).logger = logger;
      }
      const perHolder = sent.find((s) => /"applications" "a"/.test(s.query) && /GROUP BY/.test(s.query));
      expect(perHolder).toBeDefined();
      if (dataSource.options.type === 'postgres') {
        // The head's queue page must keep walking IDX_applications_queue in order (migration 1767300000000 says why).
        expect(await dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'IDX_applications_office_open'`)).toEqual([]);
        return;
      }
      const plan = (await dataSource.query(`EXPLAIN QUERY PLAN ${perHolder!.query}`, perHolder!.parameters)) as { detail: string }[];
      const text = plan.map((row) => row.detail).join('\n');
      expect(text).toMatch(/IDX_applications_office_open/);
      expect(text).not.toMatch(/TEMP B-TREE/);
    });
  });
});
