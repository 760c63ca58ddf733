import type { Page } from 'playwright-core';

/** Waits until the studio's live preview has answered for what is on screen now (its status no longer says it is updating). */
export async function previewSettled(page: Page): Promise<void> {
  await page.locator('[data-testid="preview-status"]').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="preview-status"]')?.textContent?.includes('กำลังปรับปรุง'), undefined, { timeout: 15_000 });
}

/**
 * On the simulator page: chooses `role` and clicks the event's button (the one leading to `to`, when an event has
 * several branches), then waits for the new step in the list of steps.
 */
export async function simulateEvent(page: Page, role: string, event: string, to?: string): Promise<void> {
  const steps = page.locator('[data-testid="simulator-steps"] > li');
  const before = await steps.count();
  await page.selectOption('#simulator-role', role);
  await page.locator(`.simulator-events button[data-event="${event}"]${to ? `[data-to="${to}"]` : ''}`).first().click();
  await steps.nth(before).waitFor();
}
