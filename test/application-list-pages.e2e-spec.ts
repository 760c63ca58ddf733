import { randomUUID } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import { ApplicationEntity } from '@bizportal/licensing';
import { createFoodApplication, drive } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

interface Item {
  id: string;
  trackingNumber: string;
  status: string;
  createdAt: string;
  applicant: { id: string } | null;
  agency: { id: string } | null;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

const MINUTE = 60_000;

/**
 * GET /applications by keyset pages, on applications written straight into the table (a thousand through the
 * workflow would take minutes): order, stability under inserts, the scopes, the capped total, refused cursors.
 */
describe('Application list: keyset pages, capped total, bad cursors', () => {
  let t: TestApp;
  let apps: Repository<ApplicationEntity>;
  let template: ApplicationEntity;
  let serial = 0;
  const start = Date.UTC(2026, 0, 1);

  beforeAll(async () => {
    t = await startTestApp();
    apps = t.app.get(DataSource).getRepository(ApplicationEntity);
    const app = await createFoodApplication(t);
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    template = (await apps.findOneBy({ id: app.id }))!;
  });
  afterAll(() => t.close());

  const rowsFor = (applicantId: string, count: number, over: (i: number) => Partial<ApplicationEntity> = () => ({})) =>
    Array.from({ length: count }, (_, i): ApplicationEntity => {
      serial++;
      return { ...template, id: randomUUID(), trackingNumber: `AL-${serial}-${randomUUID().slice(0, 6)}`, applicantId, createdAt: new Date(start + serial * MINUTE), ...over(i) };
    });
  const insert = async (rows: ApplicationEntity[]) => {
    // Copies: insert() writes values back into the objects it is given, not always into the row they came from.
    for (let i = 0; i < rows.length; i += 200) await apps.insert(rows.slice(i, i + 200).map((r) => ({ ...r })));
    return rows;
  };
  const get = async (as: string, query: Record<string, string> = {}) => t.http.get('/api/v1/applications').query(query).auth(await t.login(as), { type: 'bearer' });
  const page = async (as: string, query: Record<string, string> = {}) => {
    const res = await get(as, query);
    expect(res.status).toBe(200);
    return res.body as Page;
  };
  const everyPage = async (as: string, query: Record<string, string>) => {
    const pages: Page[] = [await page(as, query)];
    while (pages[pages.length - 1].nextCursor) pages.push(await page(as, { ...query, cursor: pages[pages.length - 1].nextCursor! }));
    return pages;
  };
  const newestFirst = (a: ApplicationEntity, b: ApplicationEntity) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

  it('pages through every application once, newest first (ties by id), with an exact total and summaries', async () => {
    // Three share one instant: the id orders them, and a page boundary falls among them.
    const tie = new Date(start + 10_000 * MINUTE);
    const made = await insert(rowsFor('user-suda', 23, (i) => (i >= 7 && i < 10 ? { createdAt: tie } : {})));
    const pages = await everyPage('suda', { limit: '4' });
    expect(pages.map((p) => p.items.length)).toEqual([4, 4, 4, 4, 4, 3]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual([...made].sort(newestFirst).map((r) => r.id));
    expect(pages.every((p) => p.total === 23 && p.totalCapped === false)).toBe(true);
    const item = pages[0].items[0] as unknown as Record<string, unknown>;
    expect(item).toMatchObject({ applicant: { id: 'user-suda' }, agency: { id: 'bma-khlong-toei' }, status: 'submitted', statusLabel: { th: expect.any(String), en: expect.any(String) } });
    expect(item).not.toHaveProperty('form');
    expect(item).not.toHaveProperty('availableEvents');
  });

  it('keeps its place when applications arrive between pages, and filters by status', async () => {
    const made = await insert(rowsFor('user-wanee', 6, (i) => ({ status: i % 2 ? 'completed' : 'submitted' })));
    const first = await page('wanee', { limit: '3' });
    const [newer] = await insert(rowsFor('user-wanee', 1));
    const rest = await everyPage('wanee', { limit: '3', cursor: first.nextCursor! });
    const seen = [...first.items, ...rest.flatMap((p) => p.items)].map((i) => i.id);
    expect(seen).toEqual([...made].sort(newestFirst).map((r) => r.id));
    expect((await page('wanee', { limit: '3' })).items[0].id).toBe(newer.id);

    const completed = await everyPage('wanee', { limit: '2', status: 'completed' });
    expect(completed.flatMap((p) => p.items.map((i) => i.id))).toEqual(made.filter((r) => r.status === 'completed').sort(newestFirst).map((r) => r.id));
    expect(completed[0].total).toBe(3);
  });

  it('counts up to 1,000 and says when there are more', async () => {
    await insert(rowsFor('user-somchai', 1003));
    const first = await page('somchai', {});
    expect([first.items.length, first.total, first.totalCapped]).toEqual([20, 1000, true]);
    expect(first.nextCursor).not.toBeNull();
  });

  it('gives office staff their office’s applications and auditors all, by the same pages', async () => {
    await insert(rowsFor('user-suda', 5, () => ({ agencyId: 'nonthaburi-city' })));
    const office = await everyPage('officer.nonthaburi', { limit: '2' });
    expect(office.flatMap((p) => p.items).map((i) => i.agency?.id)).toEqual(Array(5).fill('nonthaburi-city'));
    expect(office[0].total).toBe(5);
    const audit = await page('auditor', { limit: '100' });
    expect([audit.total, audit.totalCapped]).toEqual([1000, true]);
    expect(audit.items).toHaveLength(100);
    // The payload budget: summaries of about 1 KB, so the largest page stays under 150 KB.
    expect(Buffer.byteLength(JSON.stringify(audit))).toBeLessThan(150 * 1024);
  });

  it.each([
    [{ cursor: 'not-a-cursor' }, 'APPLICATION_LIST_BAD_CURSOR'],
    [{ cursor: Buffer.from('["x","y"]').toString('base64url') }, 'APPLICATION_LIST_BAD_CURSOR'],
    [{ cursor: Buffer.from('["2026-01-01T00:00:00.000Z",7]').toString('base64url') }, 'APPLICATION_LIST_BAD_CURSOR'],
    [{ cursor: Buffer.from('{"createdAt":"2026-01-01T00:00:00.000Z"}').toString('base64url') }, 'APPLICATION_LIST_BAD_CURSOR'],
    [{ cursor: 'x'.repeat(201) }, 'VALIDATION_FAILED'],
    [{ limit: '0' }, 'VALIDATION_FAILED'],
    [{ limit: '101' }, 'VALIDATION_FAILED'],
    [{ page: '2' }, 'VALIDATION_FAILED'],
  ])('refuses %j with 400 %s', async (query, code) => {
    const res = await get('suda', query);
    expect([res.status, res.body.code]).toEqual([400, code]);
    if (code === 'APPLICATION_LIST_BAD_CURSOR') expect(res.body.message).toMatch(/ตำแหน่งหน้าถัดไปไม่ถูกต้อง .*cursor is not a nextCursor this list gave/);
  });
});
