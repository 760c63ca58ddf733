import { OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

describe('In-app notifications: read state per person, unread count, paging; preferences', () => {
  let t: TestApp;
  let runner: OutboxRunner;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
    const mine = await createFoodApplication(t, 'somchai');
    await drive(t, mine.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const other = await createFoodApplication(t, 'suda');
    await drive(t, other.id, [{ as: 'suda', type: 'SUBMIT' }]);
    await runner.runOnce();
  });
  afterAll(async () => t?.close());

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const inbox = async (username: string, query = '') => (await t.http.get(`/api/v1/notifications${query}`).set(await as(username)).expect(200)).body as { id: string; template: string; readAt: string | null; recipientType: string }[];
  const unread = async (username: string) => (await t.http.get('/api/v1/notifications/unread-count').set(await as(username)).expect(200)).body.count as number;

  it('marks one read for its reader only; another person’s notification is 404 and changes nothing', async () => {
    const mine = await inbox('somchai');
    expect(mine.map((n) => n.template)).toEqual(['application-submitted']);
    expect(await unread('somchai')).toBe(1);
    const sudas = await inbox('suda');
    const reads = await t.count('notification_reads');
    const refused = await t.http.post(`/api/v1/notifications/${sudas[0].id}/read`).set(await as('somchai')).expect(404);
    expect(refused.body.code).toBe('NOTIFICATION_NOT_FOUND');
    expect(await t.count('notification_reads')).toBe(reads);
    expect(await unread('suda')).toBe(1);
    await t.http.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read').set(await as('somchai')).expect(404);

    const marked = await t.http.post(`/api/v1/notifications/${mine[0].id}/read`).set(await as('somchai')).expect(200);
    expect(marked.body.readAt).toEqual(expect.any(String));
    const again = await t.http.post(`/api/v1/notifications/${mine[0].id}/read`).set(await as('somchai')).expect(200);
    expect(again.body.readAt).toBe(marked.body.readAt);
    expect(await unread('somchai')).toBe(0);
    expect(await inbox('somchai', '?unread=true')).toEqual([]);
    expect((await inbox('somchai'))[0].readAt).toBe(marked.body.readAt);
  });

  it('an office-wide notification is read per staff member', async () => {
    const office = await inbox('officer.khlongtoei', '?unread=true');
    const newApplications = office.filter((n) => n.template === 'new-application' && n.recipientType === 'agency');
    expect(newApplications.length).toBe(2);
    const before = await unread('officer2.khlongtoei');
    await t.http.post(`/api/v1/notifications/${newApplications[0].id}/read`).set(await as('officer.khlongtoei')).expect(200);
    expect(await unread('officer.khlongtoei')).toBe(office.length - 1);
    expect(await unread('officer2.khlongtoei')).toBe(before);
    // A colleague's office is not hers.
    await t.http.post(`/api/v1/notifications/${newApplications[0].id}/read`).set(await as('officer.pathumwan')).expect(404);
    const all = await t.http.post('/api/v1/notifications/read-all').set(await as('officer2.khlongtoei')).expect(200);
    expect(all.body.marked).toBe(before);
    expect(await unread('officer2.khlongtoei')).toBe(0);
    expect(await unread('officer.khlongtoei')).toBe(office.length - 1);
  });

  it('pages newest first with limit and before', async () => {
    const all = await inbox('head.khlongtoei');
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = await inbox('head.khlongtoei', '?limit=1');
    expect(first.map((n) => n.id)).toEqual([all[0].id]);
    const second = await inbox('head.khlongtoei', `?limit=1&before=${first[0].id}`);
    expect(second.map((n) => n.id)).toEqual([all[1].id]);
    const last = await inbox('head.khlongtoei', `?before=${all[all.length - 1].id}`);
    expect(last).toEqual([]);
    const foreign = (await inbox('suda'))[0].id;
    expect((await t.http.get(`/api/v1/notifications?before=${foreign}`).set(await as('head.khlongtoei')).expect(400)).body.code).toBe('NOTIFICATION_CURSOR_INVALID');
    expect((await t.http.get('/api/v1/notifications?limit=0').set(await as('head.khlongtoei')).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.get('/api/v1/notifications?unread=maybe').set(await as('head.khlongtoei')).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  describe('preferences', () => {
    const put = async (username: string, body: unknown) => t.http.put('/api/v1/notifications/preferences').set(await as(username)).send(body as object);

    it('answers Thai and in-app only until set, then stores the number as E.164', async () => {
      const initial = await t.http.get('/api/v1/notifications/preferences').set(await as('wanee')).expect(200);
      expect(initial.body).toEqual({ language: 'th', email: { enabled: false, address: null }, sms: { enabled: false, phone: null } });
      const saved = await put('wanee', { language: 'en', email: { enabled: true, address: 'wanee@example.co.th' }, sms: { enabled: true, phone: '081-234-5678' } }).then((r) => r.body);
      expect(saved).toEqual({ language: 'en', email: { enabled: true, address: 'wanee@example.co.th' }, sms: { enabled: true, phone: '+66812345678' } });
      expect((await t.http.get('/api/v1/notifications/preferences').set(await as('wanee')).expect(200)).body).toEqual(saved);
      const off = await put('wanee', { language: 'th', email: { enabled: false, address: null }, sms: { enabled: false, phone: '0912345678' } });
      expect(off.body.sms).toEqual({ enabled: false, phone: '+66912345678' });
    });

    it.each([
      [{ language: 'th', email: { enabled: true, address: 'not-an-address' }, sms: { enabled: false, phone: null } }, 'NOTIFICATION_EMAIL_INVALID'],
      [{ language: 'th', email: { enabled: true, address: null }, sms: { enabled: false, phone: null } }, 'NOTIFICATION_EMAIL_REQUIRED'],
      [{ language: 'th', email: { enabled: false, address: null }, sms: { enabled: true, phone: '021234567' } }, 'NOTIFICATION_PHONE_INVALID'],
      [{ language: 'th', email: { enabled: false, address: null }, sms: { enabled: false, phone: '+1 555 0100' } }, 'NOTIFICATION_PHONE_INVALID'],
      [{ language: 'th', email: { enabled: false, address: null }, sms: { enabled: true, phone: '' } }, 'NOTIFICATION_PHONE_REQUIRED'],
      [{ language: 'fr', email: { enabled: false, address: null }, sms: { enabled: false, phone: null } }, 'VALIDATION_FAILED'],
      [{ language: 'th', email: { enabled: 'yes', address: null }, sms: { enabled: false, phone: null } }, 'VALIDATION_FAILED'],
      [{ language: 'th', sms: { enabled: false, phone: null } }, 'VALIDATION_FAILED'],
    ])('refuses %j with %s and stores nothing', async (body, code) => {
      const rows = await t.count('notification_preferences', "user_id = 'user-suda'");
      const res = await put('suda', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(code);
      expect(await t.count('notification_preferences', "user_id = 'user-suda'")).toBe(rows);
      expect(rows).toBe(0);
    });
  });
});
