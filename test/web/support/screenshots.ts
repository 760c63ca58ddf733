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
 * Full-page screenshots of the page at 360 and 1280 px wide: artifacts/screenshots/<name>-360.png and <name>-1280.png.
 * The page's own viewport is put back afterwards. Returns the two files.
 */
export async function screenshot(page: Page, name: string): Promise<string[]> {
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
