/// <reference lib="dom" />
// (The functions given to page.evaluate run in the browser.)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './web-suite';

/** Kept by CI, ignored by git. */
export const ARTIFACTS = resolve(__dirname, '../../../artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

/**
 * Whether axe and the screenshots run (WEB_PAGE_CHECKS, on unless `off`). They check how a page draws, which is the
 * same whichever database the API uses: `.ci/run` takes them on its SQLite half and turns them off on the PostgreSQL
 * half, where every journey still runs and asserts.
 */
export function pageChecksOn(): boolean {
  const setting = process.env.WEB_PAGE_CHECKS ?? 'on';
  if (setting !== 'on' && setting !== 'off') throw new Error(`WEB_PAGE_CHECKS must be on or off (got '${setting}')`);
  return setting === 'on';
}

/**
 * Full-page screenshots of the page at 360 and 1280 px wide: artifacts/screenshots/<name>-360.png and <name>-1280.png.
 * The page's own viewport is put back afterwards. Returns the two files (none when WEB_PAGE_CHECKS=off).
 */
export async function screenshot(page: Page, name: string): Promise<string[]> {
  if (!pageChecksOn()) return [];
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  const files: string[] = [];
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    // Let layout (the phone menu, images) settle at the new width before the shot.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const file = join(SCREENSHOTS, `${name.replace(/[^a-z0-9._-]+/gi, '_')}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    files.push(file);
  }
  if (original) await page.setViewportSize(original);
  return files;
}
