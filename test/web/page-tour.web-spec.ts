/// <reference lib="dom" />
// (The functions given to page.evaluate run in the browser.)
import type { Page } from 'playwright-core';
import { checkAccessibility, DESKTOP, openPage, pageChecksOn, PHONE, screenshot, useWebSuite, ZOOM_200 } from './support';

/**
 * Every public page, in a real browser at a phone's and a laptop's width and at 200% zoom. To add a page, add a line:
 * `name` names its screenshots (artifacts/screenshots/<name>-360.png, -1280.png) and its axe report.
 */
const PUBLIC_PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'businesses', path: '/businesses' },
  { name: 'business-restaurant', path: '/businesses/restaurant' },
  { name: 'quiz-restaurant', path: '/businesses/restaurant/quiz' },
  { name: 'plan-restaurant', path: '/businesses/restaurant/plan' },
  { name: 'quiz-beauty-clinic', path: '/businesses/beauty-clinic/quiz' },
  { name: 'licence-type', path: '/licence-types/food-premises-permit' },
  { name: 'track', path: '/track' },
  { name: 'track-unknown', path: '/track/BP2569-ZZZZZZZZ' },
  { name: 'verification', path: '/verification' },
  { name: 'privacy', path: '/privacy' },
  { name: 'accessibility', path: '/accessibility' },
  { name: 'verification-unknown', path: '/verification/BMA-NO-SUCH/2569/000001' },
  { name: 'statistics', path: '/statistics' },
  { name: 'complaint-status', path: '/complaints/status' },
  { name: 'complaint-status-unknown', path: '/complaints/status/RC-2569-ZZZZZZZZ' },
  { name: 'hearings', path: '/hearings' },
  { name: 'hearings-closed-bangkok', path: '/hearings?province=10&status=closed' },
  { name: 'hearing-unknown', path: '/hearings/00000000-0000-4000-8000-000000000000' },
  { name: 'sign-in', path: '/sign-in' },
  { name: 'sign-in-error', path: '/sign-in?error=DIGITAL_ID_STATE_EXPIRED' },
  { name: 'not-found', path: '/no-such-page/at-all' },
];

async function structure(page: Page) {
  return page.evaluate(() => ({
    h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? ''),
    lang: document.documentElement.getAttribute('lang'),
    title: document.title.trim(),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

// One API, gateway and browser for the whole file.
const suite = useWebSuite();
// Layout alone (sideways scroll, 200% zoom), which no database changes: skipped where the page checks are off.
const layoutIt = pageChecksOn() ? it : it.skip;

describe('Page tour: every public page at 360 and 1280 px and at 200% zoom', () => {

  describe.each(PUBLIC_PAGES)('$name ($path)', ({ name, path }) => {
    it.each([PHONE, DESKTOP])('at $width px: one h1, a language, a title naming the page, no serious accessibility problem', async (viewport) => {
      const page = await openPage(path, { viewport });
      const s = await structure(page);
      expect(s.h1s).toHaveLength(1);
      expect(s.h1s[0]).not.toBe('');
      expect(['th', 'en']).toContain(s.lang);
      // GOV.UK: the title starts with what the h1 says, then the service's name.
      // A page showing an error puts "ข้อผิดพลาด: " (Error: ) first.
      expect(s.title.replace(/^(ข้อผิดพลาด|Error): /, '').startsWith(s.h1s[0])).toBe(true);
      await checkAccessibility(page, `${name}-${viewport.width}`);
      expect(page.problems).toEqual([]);
    });

    layoutIt('fits a 360 px phone without scrolling sideways; screenshots at 360 and 1280 px', async () => {
      const page = await openPage(path, { viewport: PHONE });
      const s = await structure(page);
      expect(s.scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, name);
    });

    layoutIt('still works at 200% zoom (640×450 CSS px at 2 device pixels each): no sideways scroll, the menu opens', async () => {
      const page = await openPage(path, ZOOM_200);
      const s = await structure(page);
      expect(s.scrollWidth).toBeLessThanOrEqual(ZOOM_200.viewport.width);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
      // Every navigation link can be reached: shown, or behind a menu button that shows them.
      const nav = page.locator('#main-nav a').first();
      if (!(await nav.isVisible())) {
        const toggle = page.locator('button[aria-controls="main-nav"]');
        await toggle.click();
        await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      }
      await expect(nav.isVisible()).resolves.toBe(true);
      await checkAccessibility(page, `${name}-zoom200`);
    });
  });
});

/**
 * The business types whose Smart Quiz had no questions (beauty clinic, medical devices, elderly care, online
 * clothing) now ask what their licences are for; answered in the browser, the plan lists what the API decides.
 */
describe('Smart Quiz of the business types that had no questions, answered in the browser', () => {
  const CASES: { slug: string; answers: string[]; expected: string[] }[] = [
    { slug: 'beauty-clinic', answers: ['q1-a', 'q2-a', 'q3-a'], expected: ['clinic-business-licence', 'clinic-operation-licence', 'medical-device-import-certificate', 'signboard-tax'] },
    { slug: 'medical-devices', answers: ['q1-a', 'q2-b'], expected: ['medical-device-import-certificate'] },
    { slug: 'elderly-patient-care', answers: ['q1-b', 'q2-b'], expected: ['hospital-establishment-plan-approval', 'hospital-business-licence', 'hospital-operation-licence'] },
    { slug: 'ecommerce-clothing', answers: ['q1-b'], expected: ['e-commerce-registration'] },
  ];

  it.each(CASES)('$slug: every question shown, the answers give the plan the catalogue supports', async ({ slug, answers, expected }) => {
    const api = suite().api.http;
    const business = (await api.get(`/api/v1/businesses/${slug}`).expect(200)).body as {
      quiz: { questions: { id: string; text: { th: string } }[] };
      licences: { slug: string; name: { th: string } }[];
    };
    expect(business.quiz.questions.length).toBe(answers.length);
    const page = await openPage(`/businesses/${slug}/quiz`, { viewport: PHONE });
    const legends = await page.locator('main fieldset legend').allTextContents();
    expect(legends).toHaveLength(business.quiz.questions.length);
    business.quiz.questions.forEach((q, i) => expect(legends[i]).toContain(q.text.th));
    for (const answer of answers) await page.locator(`#${answer.split('-')[0]}-${answer}`).check();
    await checkAccessibility(page, `quiz-answered-${slug}-360`);
    await screenshot(page, `quiz-answered-${slug}`);
    await page.getByRole('button', { name: 'ดูใบอนุญาตที่คุณต้องขอ' }).click();
    await page.waitForURL((url) => url.pathname === `/businesses/${slug}/plan`);
    await page.locator('main .plan-licence__title').first().waitFor();
    const titles = await page.locator('main .plan-licence__title').allTextContents();
    const names = (slugs: string[]) => slugs.map((l) => business.licences.find((x) => x.slug === l)!.name.th);
    expect([...titles].sort()).toEqual(names(expected).sort());
    await checkAccessibility(page, `plan-${slug}-360`);
    await screenshot(page, `plan-${slug}`);
    expect(page.problems).toEqual([]);
  });
});
