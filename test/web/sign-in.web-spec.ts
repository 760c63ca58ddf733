import { checkAccessibility, newContext, openPage, PHONE, screenshot, useWebSuite } from './support';
import { signedInUser, signInAs } from './support/sign-in';

describe('Signing in through the browser', () => {
  useWebSuite();

  it('with the ThaID / Digital ID button: the local Digital ID provider asks who, and the portal ends signed in on the page asked for', async () => {
    const page = await openPage('/sign-in?returnTo=%2Flicences', { viewport: PHONE });
    await checkAccessibility(page, 'sign-in-360');
    await screenshot(page, 'sign-in');
    await page.getByRole('button', { name: /ThaID \/ Digital ID/ }).click();
    // The provider's own page: a radio group of demo citizens and a form posting to /interaction/<uid>/login.
    await page.locator('input[type="radio"][name="account"]').first().waitFor({ timeout: 15_000 });
    const form = page.locator('form[action^="/interaction/"][action$="/login"]');
    await expect(form.count()).resolves.toBe(1);
    await page.locator('label.account', { hasText: 'สมชาย' }).locator('input[name="account"]').check();
    await form.locator('button[type="submit"]:not([formaction])').click();
    await page.waitForURL((url) => url.pathname === '/licences', { timeout: 15_000 });
    await page.locator('main h1').first().waitFor();
    await expect(signedInUser(page)).resolves.toBe('somchai');
    // The header names her beside sign-out (at 360 px inside the folded menu).
    await expect(page.locator('header .nav__account .nav__user').textContent()).resolves.toContain('สมชาย');
    await expect(page.locator('header .nav__account button').textContent()).resolves.toBe('ออกจากระบบ');
    expect(page.problems).toEqual([]);
  });

  it('as a demo user (cookie dev login): a citizen by her button, an officer from the staff list', async () => {
    const citizen = await signInAs(await newContext({ viewport: PHONE }), 'somchai', '/applications');
    await expect(signedInUser(citizen)).resolves.toBe('somchai');
    const officer = await signInAs(await newContext(), 'officer.khlongtoei', '/');
    await expect(signedInUser(officer)).resolves.toBe('officer.khlongtoei');
  });
});
