import { createFoodApplication, drive } from '../support/flows';
import { newContext, useWebSuite } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

/** The head of office hands a day's intake to one officer in one go (issue 12: "reassigns 20 items at once"). */
describe('Office work: the head of office reassigns twenty applications at once', () => {
  const suite = useWebSuite();

  it('selects every row of the queue, picks the officer, and all twenty are hers in one step', async () => {
    const t = suite().api;
    const apps: { id: string; trackingNumber: string }[] = [];
    for (let i = 0; i < 20; i++) {
      const app = await createFoodApplication(t, 'somchai');
      await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
      apps.push(app);
    }

    const page = await signInAs(await newContext(), 'head.khlongtoei', '/office');
    await page.locator('main tr', { hasText: apps[19].trackingNumber }).waitFor();
    // The tab counts the whole office's intake, not only the page.
    await page.locator('main .queue-tabs', { hasText: '20' }).waitFor();

    await page.locator('#select-all').check();
    for (const app of apps) await expect(page.locator(`main tr:has-text("${app.trackingNumber}") input[type="checkbox"]`).isChecked()).resolves.toBe(true);
    await page.selectOption('#assign-to', 'user-officer2-kt');
    await look(page, 'office-bulk-01-selected');
    await page.locator('main button[value="assign"]').click();
    await page.locator('main [role="status"] .notice--success', { hasText: 'มอบหมาย 20 รายการ' }).waitFor();
    await look(page, 'office-bulk-02-assigned');

    const token = await t.login('head.khlongtoei');
    for (const app of apps) {
      const res = await t.http.get(`/api/v1/applications/${app.id}`).auth(token, { type: 'bearer' }).expect(200);
      expect(res.body.assignedTo?.id).toBe('user-officer2-kt');
    }
    // Each application's assignment history records the head's bulk reassignment to the officer.
    for (const app of apps) {
      const history = (await t.http.get(`/api/v1/applications/${app.id}/assignments`).auth(token, { type: 'bearer' }).expect(200)).body as { action: string; userId: string | null; actorId: string }[];
      expect(history[history.length - 1]).toEqual(expect.objectContaining({ action: 'reassign', userId: 'user-officer2-kt', actorId: 'user-head-kt' }));
    }
  });
});
