import { DataSource } from 'typeorm';
import { ApplicationEntity } from '@bizportal/licensing';
import office from '../../apps/web/src/areas/office/texts';
import { createFoodApplication, drive } from '../support/flows';
import { newContext, PHONE, useWebSuite } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';

const p = office.th.precheck;
const KRUA_WANEE = '0105560012342';

/**
 * Issue 17 part 5 in the browser: the review workspace shows the system's pre-check of a submitted application, each
 * item with its result, what was found and its source, and checks again on request. The API is the real one.
 */
describe('The officer’s pre-check in the review workspace', () => {
  const suite = useWebSuite();
  let applicationId = '';

  beforeAll(async () => {
    const t = suite().api;
    const app = await createFoodApplication(t, 'wanee', { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE } });
    // The name recorded on the draft differs from the DBD register's now: the pre-check must say so.
    await t.app.get(DataSource).getRepository(ApplicationEntity).update(app.id, { holderNameTh: 'บริษัท ครัววาณีเดิม จำกัด' });
    await drive(t, app.id, [{ as: 'wanee', type: 'SUBMIT' }]);
    applicationId = app.id;
  });

  const items = (page: import('playwright-core').Page) => page.locator('main .precheck-item h3').allInnerTexts();

  it('shows each item with its result and source, the failed name with both names, and checks again on request', async () => {
    const page = await signInAs(await newContext({ viewport: PHONE }), 'officer.khlongtoei', `/office/applications/${applicationId}`);
    await page.locator('main .precheck-item').first().waitFor();
    await expect(page.locator('#precheck-title').innerText()).resolves.toBe(p.title);
    await expect(items(page)).resolves.toEqual([
      `${p.results.pass} ${p.items.documents}`,
      `${p.results.fail} ${p.items['holder-name']}`,
      `${p.results.pass} ${p.items['holder-address']}`,
      `${p.results.pass} ${p.items['juristic-standing']}`,
      `${p.results.pass} ${p.items['premises-area']}`,
      `${p.results.pass} ${p.items['previous-revocation']}`,
    ]);
    const name = page.locator('main .precheck-item--fail');
    await expect(name.locator('p').first().innerText()).resolves.toBe('ชื่อในคำขอ "บริษัท ครัววาณีเดิม จำกัด" แต่ในทะเบียนขณะนี้ "บริษัท ครัววาณี จำกัด"');
    await expect(name.locator('p.hint').innerText()).resolves.toContain(p.sources.dbd);
    await expect(page.locator('#precheck-title ~ p > strong').innerText()).resolves.toBe('ผ่าน 5 · ไม่ผ่าน 1 · ตรวจไม่ได้ 0');
    // The contents list leads to it.
    await expect(page.locator('nav .contents-list a[href="#precheck-title"]').count()).resolves.toBe(1);
    await page.locator('#precheck-title').scrollIntoViewIfNeeded();
    await look(page, 'office-precheck-01-prepared');

    await page.getByRole('button', { name: p.again }).click();
    await page.locator('main .notice--success', { hasText: p.checkedAgain }).waitFor();
    await expect(page.locator('#precheck-title ~ p.hint').first().innerText()).resolves.toContain('ตรวจอีกครั้งตามที่เจ้าหน้าที่ขอ');
    await look(page, 'office-precheck-02-checked-again');
  });

  it('is not shown to the signer, whom the pre-check does not concern', async () => {
    const page = await signInAs(await newContext(), 'signer.khlongtoei', `/office/applications/${applicationId}`);
    await page.locator('#timeline-title').waitFor();
    await expect(page.locator('#precheck-title').count()).resolves.toBe(0);
    await expect(page.locator('nav .contents-list a[href="#precheck-title"]').count()).resolves.toBe(0);
  });
});
