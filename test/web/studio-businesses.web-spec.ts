import studio from '../../apps/web/src/areas/studio/businesses/texts';
import { checkAccessibility, newContext, openPage, PHONE, screenshot, useWebSuite, waitForPage } from './support';
import { look, until } from './support/journey';
import { signInAs } from './support/sign-in';

const th = studio.th;

/**
 * Issue 14 part 3 in the browser: an official creates a business type in the studio with a question and a rule
 * pointing at a published licence, publishes it, and an applicant finds it, answers its quiz and sees the licence
 * in the plan, in the same running portal.
 */
describe('Studio: business types and the Smart Quiz', () => {
  const suite = useWebSuite();

  it('an official creates and publishes a business type; an applicant finds it, answers its quiz and sees the licence in the plan', async () => {
    const context = await newContext();
    const page = await signInAs(context, 'admin', '/studio/businesses');
    await page.locator('main table tbody tr').first().waitFor();
    await expect(page.locator('main table tbody tr').count()).resolves.toBe(25);
    await look(page, 'studio-businesses-01-list');

    // A new type: code and names, then its draft page.
    await page.fill('#new-slug', 'bakery');
    await page.fill('#new-name-th', 'ร้านเบเกอรี่');
    await page.fill('#new-name-en', 'Bakery');
    await page.getByRole('button', { name: th.list.submit }).click();
    await page.waitForURL((url) => url.pathname === '/studio/businesses/bakery');
    await page.locator('#name-th').waitFor();
    await waitForPage(page);
    await expect(page.locator('main h1').textContent()).resolves.toBe('ร้านเบเกอรี่');

    // Its licences: the food premises permit for every bakery, the liquor licence when it sells alcohol.
    await page.fill('#description-th', 'ร้านทำและขายขนมอบ');
    await page.fill('#description-en', 'A shop that bakes and sells pastries');
    for (const licence of ['food-premises-permit', 'liquor-sale-licence']) {
      await page.locator(`#add-licence option[value="${licence}"]`).waitFor({ state: 'attached' });
      await page.selectOption('#add-licence', licence);
      await page.getByRole('button', { name: th.editor.addLicence }).click();
      await page.locator(`#licence-${licence}`).waitFor();
    }
    await page.getByRole('button', { name: th.editor.addQuestion }).click();
    await page.fill('#quiz-questions-0-text-th', 'ร้านของคุณขายเครื่องดื่มแอลกอฮอล์หรือไม่');
    // The English question is left out: publishing refuses it, naming the field.
    await page.locator('#quiz-rules-liquor-sale-licence-when').check();
    await page.locator('#quiz-rules-liquor-sale-licence-q1-q1-a').check();
    await page.getByRole('button', { name: th.editor.publish }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await expect(page.locator('.error-summary a').first().getAttribute('href')).resolves.toBe('#quiz-questions-0-text-en');
    await look(page, 'studio-businesses-02-refused');
    await page.locator('.error-summary a').first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('quiz-questions-0-text-en');
    await page.fill('#quiz-questions-0-text-en', 'Does your shop sell alcoholic drinks?');

    await page.getByRole('button', { name: th.editor.validate }).click();
    await page.locator('.notice--success', { hasText: th.editor.valid }).waitFor();
    await page.getByRole('button', { name: th.editor.publish }).click();
    await page.locator('.notice--success', { hasText: 'เผยแพร่ฉบับที่ 1 แล้ว' }).waitFor();
    await until(async () => (await page.locator('main .tag').textContent()) === th.editor.status.current, 10_000, 'the version shown as published');
    await look(page, 'studio-businesses-03-published');
    expect((await suite().api.http.get('/api/v1/businesses/bakery').expect(200)).body).toMatchObject({ version: 1, description: { th: 'ร้านทำและขายขนมอบ' } });
    await context.close();

    // An applicant, signed in, finds it among the business types and answers its quiz.
    const applicant = await newContext({ viewport: PHONE });
    const finder = await signInAs(applicant, 'somchai', '/businesses');
    const card = finder.getByRole('link', { name: 'ร้านเบเกอรี่' });
    await card.waitFor();
    await checkAccessibility(finder, 'studio-businesses-04-finder-360');
    await screenshot(finder, 'studio-businesses-04-finder');
    await card.click();
    await finder.waitForURL((url) => url.pathname === '/businesses/bakery');
    await waitForPage(finder);
    await finder.goto('/businesses/bakery/quiz');
    await waitForPage(finder);
    await expect(finder.locator('main fieldset legend').allTextContents()).resolves.toEqual([expect.stringContaining('ร้านของคุณขายเครื่องดื่มแอลกอฮอล์หรือไม่')]);
    await finder.locator('#q1-q1-a').check();
    await look(finder, 'studio-businesses-05-quiz');
    await finder.getByRole('button', { name: 'ดูใบอนุญาตที่คุณต้องขอ' }).click();
    await finder.waitForURL((url) => url.pathname === '/businesses/bakery/plan');
    await finder.locator('main .plan-licence__title').first().waitFor();
    const names = (await suite().api.http.get('/api/v1/businesses/bakery').expect(200)).body.licences.map((l: { name: { th: string } }) => l.name.th);
    expect((await finder.locator('main .plan-licence__title').allTextContents()).sort()).toEqual([...names].sort());
    expect(names).toHaveLength(2);
    await look(finder, 'studio-businesses-06-plan');
    await applicant.close();
  }, 240_000);

  it('tells an applicant the studio is not for her role', async () => {
    const context = await newContext();
    const page = await signInAs(context, 'somchai', '/studio/businesses');
    await expect(page.locator('main h1').textContent()).resolves.toBe(th.refused.title);
    await checkAccessibility(page, 'studio-businesses-07-refused-role');
    await context.close();
    const anonymous = await openPage('/studio/businesses');
    await expect(anonymous.locator('main h1').textContent()).resolves.not.toBe(th.list.title);
  });
});
