import { DataSource } from 'typeorm';
import type { Page } from 'playwright-core';
import { FOOD, applicationIn, foodVersion2, publishVersion } from '../support/migrations';
import { newContext, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

/** Issue 14 part 2 in Chromium: an official publishes version 2 and moves the running version-1 applications, dry run first. */
describe('Studio: migrating running applications to a new workflow version', () => {
  const suite = useWebSuite();

  const versionsOf = async (ids: string[]) => {
    const rows: { id: string; workflow_version: number | string; state: string }[] = await suite().api.app.get(DataSource).query(`SELECT id, workflow_version, state FROM applications WHERE id IN (${ids.map((id) => `'${id}'`).join(',')})`);
    return Object.fromEntries(rows.map((r) => [r.id, `${r.state}@${Number(r.workflow_version)}`]));
  };
  const planText = (page: Page) => page.locator('[data-testid="migration-plan"]').innerText();

  it('publishes version 2 in the studio, then checks a plan (a refusal, an actor change, nothing moved) and moves the others, with a report', async () => {
    const api = suite().api;
    const apps = {
      submitted: await applicationIn(api, 'submitted'),
      checking: await applicationIn(api, 'checking'),
      inspection: await applicationIn(api, 'inspection'),
      consideration: await applicationIn(api, 'consideration'),
    };
    const ids = Object.values(apps).map((a) => a.id);
    const v2 = await publishVersion(api, foodVersion2());
    const before = await versionsOf(ids);
    expect(Object.values(before).every((v) => v.endsWith('@1'))).toBe(true);

    // From the licence type's versions to the migration page: version 1 (with running applications) to the current one.
    const page = await signInAs(await newContext(), 'admin', `/studio/licence-types/${FOOD}`);
    await page.getByRole('link', { name: 'ย้ายคำขอที่ดำเนินการอยู่ไปฉบับอื่น' }).click();
    await page.waitForURL(`**/studio/licence-types/${FOOD}/migrations`);
    await page.locator('#map-submitted').waitFor();
    await expect(page.locator('#migration-from').inputValue()).resolves.toBe('1');
    await expect(page.locator('#migration-to').inputValue()).resolves.toBe(String(v2));
    // Only the states holding live applications, each defaulting to the state of the same name.
    const listed = await page.locator('.migration-mapping select').evaluateAll((els) => els.map((el) => `${el.id}=${(el as HTMLSelectElement).value}`));
    expect(listed.sort()).toEqual(['map-checking=checking', 'map-consideration=consideration', 'map-inspection=inspection', 'map-submitted=submitted']);
    await expect(page.locator('label[for="map-checking"]').innerText()).resolves.toContain('1 คำขอ');
    await look(page, 'studio-migrations-1-plan');

    // An application still waiting for its inspection has no result to be considered on: the dry run says so, and
    // the run cannot start until the plan changes or moves only the others.
    await page.selectOption('#map-inspection', 'consideration');
    await page.click('#migration-check');
    await page.locator('[data-testid="migration-plan"]').waitFor();
    await expect(planText(page)).resolves.toMatch(/ย้ายได้\s+3/);
    await expect(planText(page)).resolves.toMatch(/ย้ายไม่ได้\s+1/);
    const refusedRow = page.locator('[data-testid="plan-application"]', { hasText: apps.inspection.trackingNumber });
    await expect(refusedRow.innerText()).resolves.toContain('RECORD_INSPECTION');
    expect(await page.locator('#migration-start').count()).toBe(0);
    await look(page, 'studio-migrations-2-dry-run-refused');
    expect(await versionsOf(ids)).toEqual(before);

    // A target that waits for someone else is refused unless the official says it is intended.
    await page.selectOption('#map-checking', 'needs_documents');
    expect(await page.locator('[data-testid="migration-plan"]').count()).toBe(0); // a changed plan must be checked again
    await page.click('#migration-check');
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('สถานะปลายทาง 1 สถานะรอผู้ดำเนินการต่างจากสถานะเดิม');
    await expect(page.locator('label[for="allow-needs_documents"]').innerText()).resolves.toMatch(/ผู้ยื่นคำขอ/);
    await look(page, 'studio-migrations-3-actor-change');
    await page.selectOption('#map-checking', 'checking');

    // Moving only what can be moved.
    await page.click('#migration-check');
    await page.locator('[data-testid="migration-plan"]').waitFor();
    await page.check('#skip-refused');
    await page.locator('#migration-start').click();
    await page.waitForURL(new RegExp(`/studio/licence-types/${FOOD}/migrations/[^/]+$`));
    await page.waitForFunction(() => document.querySelector('[data-testid="migration-status"]')?.textContent?.includes('เสร็จสิ้น'), undefined, { timeout: 30_000 });
    await expect(page.locator('[data-testid="migration-status"]').innerText()).resolves.toContain('ย้ายแล้ว 3 จาก 4 คำขอ');
    await look(page, 'studio-migrations-4-report');
    const after = await versionsOf(ids);
    expect(after).toEqual({
      [apps.submitted.id]: `submitted@${v2}`,
      [apps.checking.id]: `checking@${v2}`,
      [apps.inspection.id]: 'inspection@1',
      [apps.consideration.id]: `consideration@${v2}`,
    });
    // The report's filter: the refused application, with the reason.
    await page.getByRole('link', { name: 'ย้ายไม่ได้' }).click();
    await page.waitForURL(/outcome=refused/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="migration-items"] tbody tr').length === 1);
    await expect(page.locator('[data-testid="migration-items"]').innerText()).resolves.toContain(apps.inspection.trackingNumber);

    // The moved application's timeline shows the move; the list of migrations shows the run.
    const timeline = await api.http.get(`/api/v1/applications/${apps.consideration.id}/timeline`).set('Authorization', `Bearer ${await api.login('somchai')}`);
    expect(timeline.body.entries.map((e: { event: string }) => e.event)).toContain('MIGRATED');
    await page.goto(`/studio/licence-types/${FOOD}/migrations`);
    await waitForPage(page);
    await expect(page.locator('[data-testid="migration-history"]').innerText()).resolves.toContain(`ฉบับที่ 1 → ฉบับที่ ${v2}`);
    // Only the refused application is left on version 1.
    await page.locator('#map-inspection').waitFor();
    expect(await page.locator('.migration-mapping select').count()).toBe(1);
    await look(page, 'studio-migrations-5-after');
  });
});
