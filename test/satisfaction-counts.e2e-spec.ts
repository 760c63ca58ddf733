import { SatisfactionCounts } from '@bizportal/licensing';
import { createFoodApplication } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const FOOD = 'food-premises-permit';
const KT = 'bma-khlong-toei';

/**
 * The counts behind the public satisfaction figures are kept (SATISFACTION_STATISTICS_MAX_AGE_MS) and read again in the
 * background. A file of its own: the app module reads the environment once per test file.
 */
describe('Satisfaction figures kept between reads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', SATISFACTION_STATISTICS_MAX_AGE_MS: '600000' });
  });
  afterAll(() => t?.close());

  it('answers from the kept counts until they are older than the maximum age, then reads them again', async () => {
    const counts = t.app.get(SatisfactionCounts);
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const filter = { from: month, to: month, licenceType: FOOD, office: KT };
    const startedOf = async (now?: Date) => {
      const c = await counts.counts(filter, now);
      return { started: c.started.reduce((s, r) => s + r.started, 0), at: c.at.toISOString() };
    };
    const first = await startedOf();
    await createFoodApplication(t, 'somchai');
    // Kept: the new draft is not counted yet, and the public answer says when the counts were read.
    expect(await startedOf()).toEqual(first);
    const answer = (await t.http.get(`/api/v1/statistics/satisfaction?from=${month}&to=${month}`).expect(200)).body;
    expect(answer.generatedAt).toBe(first.at);
    // Older than the maximum age: this answer is still the kept one, while a fresh read starts behind it.
    const later = new Date(Date.now() + 600_001);
    expect(await startedOf(later)).toEqual(first);
    await counts.refresh();
    const fresh = await startedOf();
    expect(fresh.started).toBe(first.started + 1);
    expect(fresh.at > first.at).toBe(true);
    // A period before the kept 24 months is read from the database.
    const old = await counts.counts({ from: '2020-01', to: '2020-12' });
    expect(old.started).toEqual([]);
    expect(old.at.toISOString() > fresh.at).toBe(true);
  });
});
