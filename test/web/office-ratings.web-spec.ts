import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import office from '../../apps/web/src/areas/office/texts';
import common from '../../apps/web/src/i18n/common';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from '../support/flows';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

const r = office.th.ratings;
/** The food premises permit's name as its licence type file gives it (the API answers the slug; the page shows this). */
const FOOD_PERMIT = (JSON.parse(readFileSync(join(__dirname, '../../workflows/licences/food-premises-permit.json'), 'utf8')) as { name: { th: string; en: string } }).name;

/**
 * Issue 15 part 3, the office's side: `/office/ratings` lists the office's applicants' ratings and comments, newest
 * first, a page at a time, for officers and the head of office only; the API is the real one on a fresh database.
 */
describe('The office’s applicants’ satisfaction ratings in the browser', () => {
  const suite = useWebSuite();
  const bearer = async (username: string) => ({ Authorization: `Bearer ${await suite().api.login(username)}` });

  /** Somchai's three finished food permits in Khlong Toei, oldest rating first. */
  const rated: { id: string; trackingNumber: string; score: number; comment: string | null }[] = [];

  beforeAll(async () => {
    const t = suite().api;
    const rejected = await createFoodApplication(t, 'somchai');
    await drive(t, rejected.id, [...TO_AWAITING_PAYMENT.slice(0, 5), { as: 'approver.khlongtoei', type: 'REJECT', comment: 'สถานที่ไม่ผ่านเกณฑ์' }]);
    const withdrawn = [await createFoodApplication(t, 'somchai'), await createFoodApplication(t, 'somchai')];
    for (const app of withdrawn) await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }, { as: 'somchai', type: 'CANCEL' }]);
    const ratings = [
      { app: rejected, score: 2, comment: 'รอผลตรวจนานกว่าที่แจ้งไว้\nแต่เจ้าหน้าที่อธิบายเหตุผลชัดเจน' },
      { app: withdrawn[0], score: 5, comment: null },
      { app: withdrawn[1], score: 4, comment: 'ยื่นออนไลน์สะดวก ไม่ต้องเดินทาง' },
    ];
    for (const { app, score, comment } of ratings) {
      await t.http
        .post(`/api/v1/applications/${app.id}/satisfaction`)
        .set(await bearer('somchai'))
        .send(comment === null ? { score } : { score, comment })
        .expect(201);
      rated.push({ id: app.id, trackingNumber: app.trackingNumber, score, comment });
      // Distinct times, so "newest first" has one answer.
      await new Promise((done) => setTimeout(done, 20));
    }
  });

  const newestFirst = () => [...rated].reverse();
  const scoreText = (score: number) => `${score} จาก 5 (${common.th.satisfactionScores[String(score) as '5']})`;

  it('the officer opens the ratings from the office’s links: newest first, the score in words, the comment’s line break, the way to the review', async () => {
    const page = await signInAs(await newContext(), 'officer.khlongtoei', '/office');
    // The queue's licence-type filter shares its read of the licence types with the ratings' names: still the local ones only.
    await page.locator('main details.queue-tools > summary').click();
    const types = (await suite().api.http.get('/api/v1/licence-types').expect(200)).body as { slug: string; agency: { level: string } }[];
    const local = types.filter((type) => type.agency.level === 'local').map((type) => type.slug);
    expect(local.length).toBeGreaterThan(0);
    expect(local.length).toBeLessThan(types.length);
    await page.locator(`#filter-licence-type option[value="${local[0]}"]`).waitFor({ state: 'attached' });
    await expect(page.locator('#filter-licence-type option:not([value=""])').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).resolves.toEqual(local);
    await page.locator('main .office-links a', { hasText: r.link }).click();
    await page.waitForURL((url) => url.pathname === '/office/ratings');
    // The queue's h1 stays until the page's lazy chunk has drawn its own.
    await page.locator('main h1', { hasText: r.title }).waitFor();
    await waitForPage(page);
    await expect(page.title()).resolves.toMatch(new RegExp(`^${r.title} – `));
    // Comments are personal data: the page says who sees them.
    await expect(page.locator('main .notice').innerText()).resolves.toBe(r.private);

    const rows = page.locator('main table.ratings-table tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    for (const [i, rating] of newestFirst().entries()) {
      const row = rows.nth(i);
      await expect(row.locator('th[scope="row"] a').innerText()).resolves.toBe(rating.trackingNumber);
      await expect(row.locator('th[scope="row"] a').getAttribute('href')).resolves.toBe(`/office/applications/${rating.id}`);
      await expect(row.locator('td.ratings-table__score').innerText()).resolves.toBe(scoreText(rating.score));
      await expect(row.locator('td').nth(1).innerText()).resolves.toBe(FOOD_PERMIT.th);
      // Rated today, in the Buddhist era; the machine-readable time is the API's.
      await expect(row.locator('time').innerText()).resolves.toMatch(/ 25\d\d /);
      await expect(row.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/);
      await expect(row.locator('td.ratings-table__comment').innerText()).resolves.toBe(rating.comment ?? r.noComment);
    }
    // The line break of the comment is drawn (white-space: pre-line), not folded into a space.
    const multiLine = rows.nth(2).locator('.satisfaction-comment');
    await expect(multiLine.evaluate((el) => getComputedStyle(el).whiteSpace)).resolves.toBe('pre-line');
    // Three ratings fit one page: no page links.
    await expect(page.locator('main nav.pagination').count()).resolves.toBe(0);
    await look(page, 'ratings-01-list');

    // On a phone each rating is a card: the column names stand before the values.
    await page.setViewportSize(PHONE);
    await expect(rows.first().evaluate((el) => getComputedStyle(el).display)).resolves.toBe('grid');
    await expect(rows.first().locator('td.ratings-table__score').evaluate((el) => getComputedStyle(el, '::before').content)).resolves.toBe(`"${r.columns.score}"`);

    // The tracking number opens the office's review of that application, which shows the same rating.
    const newest = newestFirst()[0];
    await rows.first().locator('th a').click();
    await page.waitForURL((url) => url.pathname === `/office/applications/${newest.id}`);
    const section = page.locator('main section[aria-labelledby="satisfaction-title"]');
    await section.waitFor();
    await expect(section.innerText()).resolves.toContain(`คะแนน ${newest.score} จาก 5`);

    // In English: "4 of 5", the date still in the Buddhist era.
    await page.evaluate(() => localStorage.setItem('bizportal.language', 'en'));
    await page.goto('/office/ratings');
    await waitForPage(page);
    await expect(page.locator('main h1').innerText()).resolves.toBe(office.en.ratings.title);
    await expect(rows.first().locator('td.ratings-table__score').innerText()).resolves.toBe(`${newest.score} of 5 (${common.en.satisfactionScores[String(newest.score) as '5']})`);
    await expect(rows.first().locator('td').nth(1).innerText()).resolves.toBe(FOOD_PERMIT.en);
    await expect(rows.nth(1).locator('td.ratings-table__comment').innerText()).resolves.toBe(office.en.ratings.noComment);
    await expect(rows.first().locator('time').innerText()).resolves.toMatch(/ 25\d\d/);
    await look(page, 'ratings-02-list-en');
  });

  it('pages through `?limit=` with the API’s cursor in the address, so the back button returns; a bad cursor or limit is handled', async () => {
    const page = await signInAs(await newContext(), 'officer.khlongtoei', '/office/ratings?limit=2');
    const rows = page.locator('main table.ratings-table tbody tr');
    const numbers = () => rows.locator('th a').allInnerTexts();
    await expect(numbers()).resolves.toEqual(newestFirst().slice(0, 2).map((x) => x.trackingNumber));
    await expect(page.locator('main h2.ratings-heading').innerText()).resolves.toBe(r.newest);
    await expect(page.locator('main nav.pagination a').allInnerTexts()).resolves.toEqual([r.olderLink]);

    // The API's nextBefore is the second rating's id; the older page is an address of its own.
    const first = (await suite().api.http.get('/api/v1/satisfaction/office?limit=2').set(await bearer('officer.khlongtoei')).expect(200)).body;
    await page.locator('main nav.pagination a[rel="next"]').click();
    await page.waitForURL((url) => url.pathname === '/office/ratings' && url.searchParams.get('before') === first.nextBefore && url.searchParams.get('limit') === '2');
    await page.locator('main h2.ratings-heading', { hasText: r.older }).waitFor();
    await waitForPage(page);
    await expect(numbers()).resolves.toEqual([rated[0].trackingNumber]);
    // Focus moves to the new list's heading, not left on a link that is gone.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('ratings-heading');
    await expect(page.locator('main nav.pagination a').allInnerTexts()).resolves.toEqual([r.newestLink]);
    await look(page, 'ratings-03-older');

    // Back: the newest two again.
    await page.goBack();
    await page.waitForURL((url) => url.search === '?limit=2');
    await page.locator('main h2.ratings-heading', { hasText: r.newest }).waitFor();
    await expect(numbers()).resolves.toEqual(newestFirst().slice(0, 2).map((x) => x.trackingNumber));

    // A limit outside 1–100 (or not a number) is not sent: the page size of 20 applies, and no limit is carried on.
    for (const limit of ['0', '101', 'abc', '2.5']) {
      await page.goto(`/office/ratings?limit=${limit}`);
      await waitForPage(page);
      await expect(numbers()).resolves.toEqual(newestFirst().map((x) => x.trackingNumber));
    }

    // A cursor that is not one of the office's ratings: the API's refusal in Thai and the way back to the newest.
    await page.goto('/office/ratings?before=not-a-rating');
    await waitForPage(page);
    await expect(page.locator('main .notice--error[role="alert"]').innerText()).resolves.toContain('ตำแหน่งหน้าถัดไปไม่ถูกต้อง');
    await expect(rows.count()).resolves.toBe(0);
    // Asking again would get the same refusal, so no retry button is offered.
    await expect(page.locator('main .notice--error button').count()).resolves.toBe(0);
    await look(page, 'ratings-04-bad-cursor');
    await page.locator('main nav.pagination a', { hasText: r.newestLink }).click();
    await page.waitForURL((url) => url.pathname === '/office/ratings' && url.search === '');
    await page.locator('main h2.ratings-heading', { hasText: r.newest }).waitFor();
    await waitForPage(page);
    await expect(rows.count()).resolves.toBe(3);
  });

  it('another office’s officer sees none of them, only the empty list', async () => {
    const page = await signInAs(await newContext({ viewport: PHONE }), 'officer.nonthaburi', '/office/ratings');
    await expect(page.locator('main h1').innerText()).resolves.toBe(r.title);
    await expect(page.locator('main').innerText()).resolves.toContain(r.empty);
    await expect(page.locator('main table').count()).resolves.toBe(0);
    const text = await page.locator('main').innerText();
    for (const rating of rated) expect(text).not.toContain(rating.trackingNumber);
    await look(page, 'ratings-05-empty');
  });

  it('an applicant, and an approver (who does not read comments), are told the page is not for their role', async () => {
    const applicant = await signInAs(await newContext({ viewport: PHONE }), 'somchai', '/office/ratings');
    await expect(applicant.locator('main h1').innerText()).resolves.toBe(office.th.refused.title);
    await expect(applicant.locator('main a[href="/applications"]', { hasText: office.th.refused.myApplications }).count()).resolves.toBe(1);
    await expect(applicant.locator('main table').count()).resolves.toBe(0);
    await look(applicant, 'ratings-06-applicant');

    const approver = await signInAs(await newContext(), 'approver.khlongtoei', '/office/ratings');
    await expect(approver.locator('main h1').innerText()).resolves.toBe(office.th.refused.title);
    await expect(approver.locator('main').innerText()).resolves.toContain(r.readersOnly);
    await expect(approver.locator('main table').count()).resolves.toBe(0);
    // …and the queue does not offer the link to an approver.
    await approver.goto('/office');
    await waitForPage(approver);
    await approver.locator('main .office-links').waitFor();
    await expect(approver.locator('main .office-links a', { hasText: r.link }).count()).resolves.toBe(0);
  });
});
