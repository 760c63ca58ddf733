/// <reference lib="dom" />
// (The functions given to page.evaluate run in the browser.)
import texts from '../../apps/web/src/areas/public/texts';
import common from '../../apps/web/src/i18n/common';
import { openPage, PHONE, useWebSuite } from './support';

const ONE_YEAR = 365 * 24 * 60 * 60;
const APP_MARKER = '<div id="root"></div>';

describe('The web app in a real browser, served by the API', () => {
  const suite = useWebSuite();
  const get = (path: string) => fetch(`${suite().baseUrl}${path}`, { redirect: 'manual' });

  it('serves the app shell at / and at a deep link, revalidated on every visit', async () => {
    for (const path of ['/', '/businesses/x', '/applications/123/pay']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain(APP_MARKER);
    }
    // And the browser draws a page there (whatever the route's page is), not a blank shell.
    const page = await openPage('/businesses/x');
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    expect(page.problems).toEqual([]);
  });

  it('caches the hashed assets for a year (immutable); a missing asset is a 404, not the app', async () => {
    const html = await (await get('/')).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      expect(asset).toMatch(/-[A-Za-z0-9_-]{8,}\.(js|css)$/);
      const res = await get(asset);
      expect({ asset, status: res.status }).toEqual({ asset, status: 200 });
      expect(res.headers.get('cache-control')).toBe(`public, max-age=${ONE_YEAR}, immutable`);
    }
    for (const missing of ['/assets/index-00000000.js', '/assets/nothing.css', '/favicon.ico', '/businesses/x/logo.png']) {
      const res = await get(missing);
      expect({ missing, status: res.status }).toEqual({ missing, status: 404 });
      expect(await res.text()).not.toContain(APP_MARKER);
    }
    // Vite's build manifest is not published.
    expect((await get('/.vite/manifest.json')).status).toBe(404);
  });

  it('never answers the API, its documents, the health check or the verification page with the app', async () => {
    const unknown = await get('/api/v1/unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/json/);
    expect(await unknown.json()).toMatchObject({ statusCode: 404 });

    const docs = await get('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);

    const health = await get('/health');
    expect(health.headers.get('content-type')).toMatch(/json/);

    const verify = await get('/verify/BMA-KHLONG-TOEI-2569-000001');
    expect(verify.status).toBe(404);
    const body = await verify.text();
    expect(body).not.toContain(APP_MARKER);
    expect(body).toContain('BMA-KHLONG-TOEI-2569-000001');

    for (const res of [unknown, docs, health]) expect(res.headers.get('cache-control') ?? '').not.toBe('no-cache');
  });

  it('switches the language to English and back: html[lang], the texts, and it is remembered', async () => {
    const page = await openPage('/');
    const h1 = page.locator('main h1');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('th');
    await expect(h1.textContent()).resolves.toBe(texts.th.home.title);

    const toEnglish = page.getByRole('button', { name: common.th.language.switchLabel });
    await expect(toEnglish.getAttribute('lang')).resolves.toBe('en');
    await toEnglish.click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(h1.textContent()).resolves.toBe(texts.en.home.title);
    await expect(page.getByRole('link', { name: common.en.nav.home, exact: true }).count()).resolves.toBe(1);
    await page.waitForFunction((title) => document.title.startsWith(title), texts.en.home.title);

    await page.reload();
    await page.locator('main h1').waitFor();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expect(h1.textContent()).resolves.toBe(texts.en.home.title);

    await page.getByRole('button', { name: common.en.language.switchLabel }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    await expect(h1.textContent()).resolves.toBe(texts.th.home.title);
    await page.waitForFunction((title) => document.title.startsWith(title), texts.th.home.title);
  });

  it.each([{ width: 1280, height: 900 }, PHONE])('keyboard at $width px: the first Tab reaches the skip link, which moves focus to main', async (viewport) => {
    const page = await openPage('/', { viewport });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { tag: el.tagName, href: el.getAttribute('href'), text: el.textContent, visible: box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight };
    });
    expect(focused).toEqual({ tag: 'A', href: '#main-content', text: common.th.skipToContent, visible: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    // The next Tab goes into the page's content, not back to the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => !!document.activeElement?.closest('main'))).resolves.toBe(true);
  });
});
