/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutboxRunner } from '@bizportal/licensing';
import texts from '../../apps/web/src/areas/public/texts';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT, type Step } from '../support/flows';
import { openPage, PHONE, useWebSuite } from './support';
import { look } from './support/journey';
import { WEB_DIST } from './support/web-build';

/**
 * The public performance dashboard (/statistics), without signing in: the headline figures are the API's, each chart
 * is followed by a table with the same numbers, a filter goes into the address and changes the figures, a count under
 * 5 reads "น้อยกว่า 5", the open-data downloads answer, and recharts stays in the dashboard's own chunk.
 */
describe('The public statistics dashboard', () => {
  const suite = useWebSuite();
  const th = texts.th.statistics;
  const number = new Intl.NumberFormat('th-TH');
  type Figures = { received: number | null; completed: number | null; rejected: number | null; medianProcessingDays: number | null; p90ProcessingDays: number | null; onTimeShare: number | null; suppressed: string[]; paymentChannels: { method: string; payments: number | null; share: number | null }[] };

  /** What the page should print for a figure (the page's rule, restated). */
  const count = (n: number | null | undefined, suppressed: string[], name: string) => (n != null ? number.format(n) : suppressed.includes(name) ? th.suppressed : th.none);
  const days = (n: number | null | undefined, suppressed: string[], name: string) =>
    n != null ? th.days.replace('{{count}}', String(n)) : suppressed.includes(name) ? th.suppressedDerived : th.none;
  const share = (n: number | null | undefined, suppressed: string[], name: string) =>
    n != null ? th.percent.replace('{{value}}', new Intl.NumberFormat('th-TH', { maximumFractionDigits: 1 }).format(n * 100)) : suppressed.includes(name) ? th.suppressedDerived : th.none;
  const SCORES = [5, 4, 4, 2, 5, 3];
  const get = async (path: string) => (await suite().api.http.get(`/api/v1${path}`).expect(200)).body;

  beforeAll(async () => {
    // Eight food premises permits at Khlong Toei: five rejected (a median to show), one licence issued after a counter
    // payment, two still in progress (a count under 5).
    const api = suite().api;
    const runner = api.app.get(OutboxRunner);
    const finished: string[] = [];
    for (let n = 0; n < 8; n++) {
      const app = await createFoodApplication(api, 'somchai');
      if (n <= 5) finished.push(app.id);
      if (n < 5) await drive(api, app.id, [...TO_AWAITING_PAYMENT.slice(0, -1), { as: 'approver.khlongtoei', type: 'REJECT', comment: 'ไม่ผ่านเกณฑ์สุขาภิบาล' }] as Step[]);
      else if (n === 5) {
        await drive(api, app.id, TO_AWAITING_PAYMENT);
        await runner.runOnce();
        const token = await api.login('officer.khlongtoei');
        await api.http.post(`/api/v1/applications/${app.id}/payments/counter`).auth(token, { type: 'bearer' }).send({ receiptNumber: `KT-DASH-${n}`, amountSatang: 200000 }).expect(201);
        await runner.runOnce();
      } else await drive(api, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    }
    // Somchai rates the six finished ones.
    const token = await api.login('somchai');
    for (const [i, id] of finished.entries()) {
      await api.http.post(`/api/v1/applications/${id}/satisfaction`).auth(token, { type: 'bearer' }).send({ score: SCORES[i], comment: 'ความเห็นส่วนตัวถึงสำนักงาน' }).expect(201);
    }
  }, 240_000);

  it('shows the API’s figures without signing in, each chart with its table, suppressed counts as “น้อยกว่า 5”', async () => {
    const summary = await get('/statistics');
    const months = await get('/statistics/months');
    const types = await get('/statistics/licence-types');
    expect(summary.figures.received).toBe(8);
    expect(summary.figures.rejected).toBe(5);
    expect(summary.now.inProgress).toBeNull(); // two open: suppressed
    expect(summary.now.suppressed).toContain('inProgress');

    const page = await openPage('/statistics');
    expect(await page.locator('main h1').innerText()).toBe(th.title);
    await page.locator('[data-figure="received"]').waitFor();
    const figure = (name: string) => page.locator(`[data-figure="${name}"] .stat-figure__value`).innerText();
    const f: Figures = summary.figures;
    expect({
      received: await figure('received'),
      completed: await figure('completed'),
      rejected: await figure('rejected'),
      inProgress: await figure('inProgress'),
      overdue: await figure('overdue'),
      median: await figure('median'),
      p90: await figure('p90'),
      onTime: await figure('onTime'),
    }).toEqual({
      received: count(f.received, f.suppressed, 'received'),
      completed: count(f.completed, f.suppressed, 'completed'),
      rejected: count(f.rejected, f.suppressed, 'rejected'),
      inProgress: count(summary.now.inProgress, summary.now.suppressed, 'inProgress'),
      overdue: count(summary.now.overdue, summary.now.suppressed, 'overdue'),
      median: days(f.medianProcessingDays, f.suppressed, 'medianProcessingDays'),
      p90: days(f.p90ProcessingDays, f.suppressed, 'p90ProcessingDays'),
      onTime: share(f.onTimeShare, f.suppressed, 'onTimeShare'),
    });
    expect(await figure('received')).toBe('8');
    expect(await figure('inProgress')).toBe('น้อยกว่า 5');
    await expect(page.locator('main').innerText()).resolves.toContain(th.suppressionTitle);

    // Every chart is an image named by a summary, followed by a table of the same numbers.
    for (const chart of ['months', 'processing', 'channels']) {
      const fig = page.locator(`[data-chart="${chart}"]`);
      await fig.locator('svg[role="img"]').first().waitFor();
      for (const svg of await fig.locator('svg[role="img"]').all()) expect((await svg.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
      const table = page.locator(`[data-chart="${chart}"] ~ details table`);
      expect(await table.locator('caption').innerText()).not.toBe('');
    }

    // Months: a row per month of the period, in the Buddhist era, the chart's two series in it.
    const rows = page.locator('[data-chart="months"] ~ details tbody tr');
    expect(await rows.count()).toBe(months.months.length);
    for (const m of months.months as { month: string; figures: Figures }[]) {
      const row = page.locator(`tr[data-month="${m.month}"]`);
      const [y, mm] = m.month.split('-').map(Number);
      expect(await row.locator('th').innerText()).toBe(new Intl.DateTimeFormat('th-TH', { month: 'short', year: 'numeric', timeZone: 'Asia/Bangkok' }).format(new Date(Date.UTC(y, mm - 1, 15))));
      expect(await row.locator('th').innerText()).toContain(String(y + 543));
      expect(await row.locator('[data-field="received"]').innerText()).toBe(count(m.figures.received, m.figures.suppressed, 'received'));
      expect(await row.locator('[data-field="completed"]').innerText()).toBe(count(m.figures.completed, m.figures.suppressed, 'completed'));
    }
    // The month totals in the chart's name are the table's.
    const total = (months.months as { figures: Figures }[]).reduce((s, m) => s + (m.figures.received ?? 0), 0);
    expect(await page.locator('[data-chart="months"] svg[role="img"]').getAttribute('aria-label')).toContain(`ได้รับรวม ${number.format(total)}`);

    // Processing time per licence type: the chart's bar labels and the table say the same days.
    for (const item of types.items as { licenceType: { slug: string }; statutoryDays: number | null; figures: Figures }[]) {
      const row = page.locator(`tr[data-licence-type="${item.licenceType.slug}"]`);
      const median = days(item.figures.medianProcessingDays, item.figures.suppressed, 'medianProcessingDays');
      expect(await row.locator('[data-field="median"]').innerText()).toBe(median);
      expect(await row.locator('[data-field="statutory"]').innerText()).toBe(item.statutoryDays != null ? th.days.replace('{{count}}', String(item.statutoryDays)) : th.none);
      if (item.figures.medianProcessingDays != null) {
        const labels = (await page.locator(`[data-chart="processing"] li[data-licence-type="${item.licenceType.slug}"] .recharts-label-list text`).allTextContents()).map((l) => l.replace(/\s+/g, ' '));
        expect(labels).toContain(`${number.format(item.figures.medianProcessingDays)} ${th.unitDays}`);
        expect(labels).toContain(`${number.format(item.statutoryDays!)} ${th.unitDays}`);
      }
    }
    // Payment channels: one payment in all, so every channel's count is under 5 or 0.
    for (const c of f.paymentChannels) {
      const row = page.locator(`tr[data-channel="${c.method}"]`);
      expect(await row.locator('[data-field="payments"]').innerText()).toBe(count(c.payments, f.suppressed, `paymentChannels.${c.method}.payments`));
    }

    // The open data answers.
    const links = await page.locator('[data-open-data] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links).toHaveLength(4);
    for (const href of links) expect({ href, status: (await fetch(`${suite().baseUrl}${href}`)).status }).toEqual({ href, status: 200 });
    await expect(page.locator('main').innerText()).resolves.toContain('CC BY 4.0');
    expect(page.problems).toEqual([]);
    await look(page, 'statistics-01-dashboard');
  });

  it('shows applicants’ satisfaction and the completion rate, with the scores’ table and no comment', async () => {
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const page = await openPage('/statistics');
    const section = page.locator('[data-section="satisfaction"]');
    await section.locator('[data-figure="meanScore"]').waitFor();
    const value = (name: string) => section.locator(`[data-figure="${name}"] .stat-figure__value`).innerText();
    // Worked by hand: (5 + 4 + 4 + 2 + 5 + 3) / 6 = 3.83; six of the eight started this month are finished: 75%.
    expect(await value('meanScore')).toBe(th.outOfFive.replace('{{score}}', '3.83'));
    expect(await section.locator('[data-figure="meanScore"] .stat-figure__hint').innerText()).toBe(th.ratingsHint.replace('{{ratings}}', '6'));
    expect(await value('completionRate')).toBe('75%');
    expect(await value('abandoned')).toBe('0');
    const scoreCount = async (score: number) => section.locator(`tr[data-score="${score}"] [data-field="count"]`).innerText();
    expect(await Promise.all([5, 4, 3, 2, 1].map(scoreCount))).toEqual(['2', '2', '1', '1', '0']);
    expect(await section.locator('[data-chart="scores"] svg[role="img"]').getAttribute('aria-label')).toContain('5 – พอใจมาก 2 (33.3%)');
    const row = section.locator(`tr[data-satisfaction-month="${month}"]`);
    expect(await row.locator('[data-field="ratings"]').innerText()).toBe('6');
    expect(await row.locator('[data-field="started"]').innerText()).toBe('8');
    expect(await row.locator('[data-field="completionRate"]').innerText()).toBe('75%');
    expect(await section.locator('tbody tr[data-satisfaction-month]').count()).toBe(12);
    await expect(page.locator('main').innerText()).resolves.not.toContain('ความเห็นส่วนตัว');

    // One office's figures with no ratings there: nothing to withhold, nothing rated.
    const other = await openPage('/statistics?office=nonthaburi-city', { viewport: PHONE });
    await other.locator('[data-section="satisfaction"] [data-figure="meanScore"]').waitFor();
    expect(await other.locator('[data-section="satisfaction"] [data-figure="meanScore"] .stat-figure__value').innerText()).toBe(th.noRatings);
    // A period longer than the route answers says so instead of a partial figure.
    const long = await openPage('/statistics?from=2022-01&to=2026-12');
    await long.locator('[data-section="satisfaction"] .inset-text').waitFor();
    expect(await long.locator('[data-section="satisfaction"] [data-figure="meanScore"]').count()).toBe(0);
    expect([page.problems, other.problems, long.problems]).toEqual([[], [], []]);
    await look(page, 'statistics-03-satisfaction');
    await look(other, 'statistics-04-satisfaction-office');
  });

  it('keeps the filters in the address: a period without applications shows zeros, shared by its link', async () => {
    const page = await openPage('/statistics');
    await page.locator('[data-figure="received"]').waitFor();
    await page.selectOption('#stat-licence-type', 'food-premises-permit');
    await page.selectOption('#stat-from', '2025-01');
    await page.selectOption('#stat-to', '2025-03');
    await page.getByRole('button', { name: th.apply }).click();
    await page.waitForURL(/from=2025-01/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ licenceType: 'food-premises-permit', from: '2025-01', to: '2025-03' });
    const answer = await get('/statistics?licenceType=food-premises-permit&from=2025-01&to=2025-03');
    expect(answer.figures.received).toBe(0);
    await page.locator('.stat-showing', { hasText: 'มกราคม 2568' }).waitFor();
    expect(await page.locator('[data-figure="received"] .stat-figure__value').innerText()).toBe('0');
    expect(await page.locator('[data-figure="median"] .stat-figure__hint').innerText()).toContain(th.days.replace('{{count}}', String(answer.statutoryDays)));
    expect(await page.locator('[data-chart="months"] ~ details tbody tr').count()).toBe(3);

    // The same address in a new browser shows the same view; a first month after the last is refused on the form.
    const shared = await openPage(url.pathname + url.search, { viewport: PHONE });
    await shared.locator('.stat-showing', { hasText: 'มีนาคม 2568' }).waitFor();
    expect(await shared.locator('#stat-licence-type').inputValue()).toBe('food-premises-permit');
    await shared.selectOption('#stat-from', '2025-03');
    await shared.selectOption('#stat-to', '2025-01');
    await shared.getByRole('button', { name: th.apply }).click();
    await shared.locator('.error-summary').waitFor();
    expect(new URL(shared.url()).searchParams.get('from')).toBe('2025-01');
    expect(shared.problems).toEqual([]);
    await look(page, 'statistics-02-filtered');

    // In English: the same page, months still in the Buddhist era.
    await page.getByRole('button', { name: /English/i }).click();
    await page.locator('main h1', { hasText: texts.en.statistics.title }).waitFor();
    await expect(page.locator('.stat-showing').innerText()).resolves.toContain('January 2568');
  });

  it('keeps recharts in the dashboard’s chunk only (Vite manifest)', () => {
    type Chunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
    const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key) || !manifest[key]) return seen;
      seen.add(key);
      for (const next of manifest[key].imports ?? []) closure(next, seen);
      return seen;
    };
    const hasRecharts = (key: string) => manifest[key].file.endsWith('.js') && readFileSync(join(WEB_DIST, manifest[key].file), 'utf8').includes('recharts-surface');
    const dashboard = Object.keys(manifest).find((k) => k.endsWith('areas/public/StatisticsPage.tsx'))!;
    expect([...closure(dashboard)].some(hasRecharts)).toBe(true);
    const others = Object.keys(manifest).filter((k) => (manifest[k].isEntry || manifest[k].isDynamicEntry) && k !== dashboard);
    expect(others.length).toBeGreaterThan(20);
    const leaks = others.flatMap((k) => [...closure(k)].filter(hasRecharts).map((chunk) => `${k} → ${chunk}`));
    expect(leaks).toEqual([]);
  });
});
