import type { Page } from 'playwright-core';
import { COMPLETE_FOOD_FORM } from '../../support/test-app';
import { checkAccessibility } from './accessibility';
import { screenshot } from './screenshots';
import { waitForPage, type WebSuite } from './web-suite';

/**
 * axe on the page as it is, then its 360 and 1280 px screenshots, under one name. `waiting`: the page shows a
 * lasting progress message (a QR waiting to be paid), so only its h1 is awaited.
 */
export async function look(page: Page, name: string, options: { waiting?: boolean } = {}): Promise<void> {
  if (options.waiting) await page.locator('main h1').first().waitFor();
  else await waitForPage(page);
  await checkAccessibility(page, name);
  await screenshot(page, name);
}

/** The application id in /applications/<id>/… */
export function applicationIdOf(page: Page): string {
  const match = /\/applications\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`no application id in ${page.url()}`);
  return match[1];
}

/** Premises in Khlong Toei, Bangkok (subdistrict 103301), through the three lists and the address line. */
export async function choosePremises(page: Page): Promise<void> {
  await page.locator('#premises-province option[value="10"]').waitFor({ state: 'attached' });
  await page.selectOption('#premises-province', '10');
  await page.locator('#premises-district option[value="1033"]').waitFor({ state: 'attached' });
  await page.selectOption('#premises-district', '1033');
  await page.locator('#premises-subdistrict option[value="103301"]').waitFor({ state: 'attached' });
  await page.selectOption('#premises-subdistrict', '103301');
  await page.fill('#premises-address', '99 ถนนพระราม 4');
}

/** The food premises permit's form with COMPLETE_FOOD_FORM's values, in rjsf's inputs (ids root_<field>). */
export async function fillFoodForm(page: Page): Promise<void> {
  // rjsf comes with the form's own chunk.
  await page.locator('#root_contactPhone').waitFor({ timeout: 15_000 });
  for (const [field, value] of Object.entries(COMPLETE_FOOD_FORM)) {
    const input = page.locator(`#root_${field}`);
    if (await input.count()) {
      const tag = await input.evaluate((el) => el.tagName.toLowerCase());
      if (tag === 'select') await input.selectOption(String(value));
      else await input.fill(String(value));
    } else {
      await page.locator(`input[name="root_${field}"][value="${String(value)}"]`).check();
    }
  }
}

/** The task-list link whose path ends in /<task>, clicked; waits for that page. */
export async function openTask(page: Page, task: string): Promise<void> {
  const before = await page.locator('main h1').first().textContent();
  await page.locator(`main .task-list a[href*="/${task}"]`).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${task}`));
  // The task list's h1 stays until the section's lazy chunk has drawn its own.
  await page.waitForFunction((old) => document.querySelector('main h1')?.textContent !== old, before);
  await waitForPage(page);
}

/** The local gateway's charge for the application's newest payment (the gateway keeps the payment id in metadata). */
export function latestCharge(suite: WebSuite): { id: string; status?: string } {
  const charges = Object.values(suite.gateway.state.charges) as unknown as { id: string; status?: string; created?: string; metadata?: { paymentId?: string } }[];
  const ours = charges.filter((c) => c.metadata?.paymentId);
  if (!ours.length) throw new Error('the gateway holds no charge');
  return ours[ours.length - 1];
}

/** A test-control call on the local gateway with the secret key (mark_as_paid, expire). */
export async function gatewayControl(suite: WebSuite, path: string): Promise<number> {
  const res = await fetch(`${suite.gateway.url}${path}`, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from('skey_test_local:').toString('base64')}` } });
  return res.status;
}

/** Polls `check` every 200 ms until it holds (or throws after `ms`). */
export async function until(check: () => Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
