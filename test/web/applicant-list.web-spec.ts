import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationEntity } from '@bizportal/licensing';
import account from '../../apps/web/src/areas/applicant/account/texts';
import { createFoodApplication, drive } from '../support/flows';
import { newContext, PHONE, useWebSuite } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

const l = account.th.list;
const MINUTE = 60_000;

/**
 * Issue 16 part 4, the applicant's side: `/applications` reads the list a keyset page at a time (50) and loads the
 * next one on request; the rows beyond the first are written straight into the table (through the workflow, 60
 * applications would take minutes).
 */
describe('My applications in the browser: a page at a time, and more on request', () => {
  const suite = useWebSuite();
  const trackingNumbers: string[] = [];

  beforeAll(async () => {
    const t = suite().api;
    const real = await createFoodApplication(t, 'wanee');
    await drive(t, real.id, [{ as: 'wanee', type: 'SUBMIT' }]);
    const apps = t.app.get(DataSource).getRepository(ApplicationEntity);
    const template = (await apps.findOneBy({ id: real.id }))!;
    const start = template.createdAt.getTime() - 1000 * MINUTE;
    const rows = Array.from({ length: 59 }, (_, i): ApplicationEntity => ({ ...template, id: randomUUID(), trackingNumber: `WL-${String(i).padStart(3, '0')}`, createdAt: new Date(start + i * MINUTE) }));
    await apps.insert(rows.map((r) => ({ ...r })));
    // Newest first: the real one, then WL-058 … WL-000.
    trackingNumbers.push(template.trackingNumber, ...rows.map((r) => r.trackingNumber).reverse());
  });

  const shownNumbers = (page: import('playwright-core').Page) => page.locator('main .app-list__item dl dd:nth-of-type(1)').allInnerTexts();

  it('shows the newest 50 with how many there are, then the rest after “load more”, and no button at the end', async () => {
    {
      // look() photographs at 360 and 1280 px.
      const page = await signInAs(await newContext({ viewport: PHONE }), 'wanee', '/applications');
      await page.locator('main .app-list__item').first().waitFor();
      await expect(shownNumbers(page)).resolves.toEqual(trackingNumbers.slice(0, 50));
      await expect(page.locator('main p.hint').innerText()).resolves.toBe(l.more.replace('{{shown}}', '50').replace('{{total}}', '60'));
      // Counts only once every page is loaded: the tab of done applications would otherwise say 0 with some unseen.
      await expect(page.locator('main .group-tabs a[aria-current="page"]').innerText()).resolves.toBe(l.inProgress);
      await look(page, 'applicant-list-01-first-page');
      // No finished application among the first 50: the done tab says so without claiming there are none.
      await page.locator('main .group-tabs a', { hasText: l.done }).click();
      // The tab re-renders after the click: wait for the done group's heading before reading what it says.
      await page.locator('main h2', { hasText: l.done }).waitFor();
      await expect(page.locator('main h2 + p, main p.hint + p').last().innerText()).resolves.toBe(l.noneLoaded);
      await page.locator('main .group-tabs a', { hasText: l.inProgress }).click();
      await page.locator('main .app-list__item').first().waitFor();

      await page.getByRole('button', { name: l.loadMore }).click();
      await page.locator('main .app-list__item').nth(59).waitFor();
      await expect(shownNumbers(page)).resolves.toEqual(trackingNumbers);
      await expect(page.getByRole('button', { name: l.loadMore }).count()).resolves.toBe(0);
      await expect(page.locator('main p.hint').count()).resolves.toBe(0);
      await expect(page.locator('main .group-tabs a[aria-current="page"]').innerText()).resolves.toBe(`${l.inProgress} (60)`);
      await look(page, 'applicant-list-02-all-loaded');
    }
  });
});
