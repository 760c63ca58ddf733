import type { BrowserContext, Page } from 'playwright-core';
import { waitForPage } from './web-suite';

/**
 * Signs `username` in the way a person does in the embedded (demo) mode: the /sign-in page's demo-user section, which
 * posts to POST /api/v1/auth/dev-login with `cookie: true` and so leaves an httpOnly session cookie in the context.
 * Citizens have a button each; staff are chosen from a labelled list. Ends on `returnTo` (default /applications) with
 * its h1 drawn. Given a context, opens a page of it and returns that page.
 */
export async function signInAs(target: Page | BrowserContext, username: string, returnTo = '/applications'): Promise<Page> {
  const page = 'goto' in target ? target : await target.newPage();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator('#dev-title').waitFor({ state: 'visible', timeout: 15_000 });
  const citizen = page.locator('ul.dev-users li').filter({ has: page.locator('span.hint', { hasText: new RegExp(`^${escapeRegExp(username)} ·`) }) });
  if (await citizen.count()) {
    await citizen.getByRole('button').click();
  } else {
    const form = page.locator('form').filter({ has: page.locator(`option[value="${username}"]`) });
    if (!(await form.count())) throw new Error(`signInAs: no demo user "${username}" on /sign-in`);
    await form.locator('select').selectOption(username);
    await form.locator('button[type="submit"]').click();
  }
  // The page reloads at returnTo once the cookie is set.
  await page.waitForURL((url) => url.pathname + url.search === returnTo, { timeout: 15_000 });
  await waitForPage(page);
  return page;
}

/** The username of whoever the browser's session cookie belongs to (GET /api/v1/auth/me from inside the page), or null. */
export async function signedInUser(page: Page): Promise<string | null> {
  const res = await page.request.get('/api/v1/auth/me');
  if (res.status() === 401) return null;
  const body = (await res.json()) as { username?: string };
  return body.username ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
