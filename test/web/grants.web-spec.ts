import agents from '../../apps/web/src/areas/applicant/agents/texts';
import account from '../../apps/web/src/areas/applicant/account/texts';
import common from '../../apps/web/src/i18n/common';
import { samplePdf } from '../support/documents';
import { newContext, useWebSuite, waitForPage } from './support';
import { applicationIdOf, choosePremises, fillFoodForm, look, openTask } from './support/journey';
import { signInAs } from './support/sign-in';

const a = agents.th;
const KANOKPORN = '1101400567898';
const KRUA_WANEE = 'บริษัท ครัววาณี จำกัด';
const AGENT_NAME = 'นางสาวกนกพร บุญประเสริฐ';

/** A day `daysAhead` from today in Bangkok, as the day, month and Buddhist era year the form asks for, and ISO. */
function bangkokDay(daysAhead: number) {
  const iso = new Date(Date.now() + 7 * 3_600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-').map(Number);
  return { iso, day: String(day), month: String(month), year: String(year + 543) };
}

/**
 * Issue 17 part 3 in the browser: the director of Krua Wanee grants the accountant the food premises permit, the
 * accountant files and submits it for the company, the director sees who filed it for whom and revokes the grant, and
 * the accountant's next step is refused. The API is the real one on a fresh database.
 */
describe('Filing on someone’s behalf in the browser', () => {
  const suite = useWebSuite();
  let applicationId = '';

  it('the director grants the accountant; the accountant files and submits for the company; the director sees it, revokes; the accountant is stopped', async () => {
    const director = await signInAs(await newContext(), 'wanee', '/agents');
    await director.locator('main h1', { hasText: a.agents.title }).waitFor();
    await director.locator('#grant-agent-id').waitFor();
    await look(director, 'grants-01-agents-empty');

    // Nothing chosen: the error summary names each field.
    await director.locator('main form.grant-form button[type="submit"]').click();
    await director.locator('.error-summary').waitFor();
    await expect(director.locator('.error-summary li').allInnerTexts()).resolves.toEqual([a.agents.errors.agentId, a.agents.errors.scope, a.agents.errors.until]);
    await expect(director.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await look(director, 'grants-02-agents-errors');

    // A date already past is the API's refusal, in the summary; nothing is stored.
    const until = bangkokDay(30);
    const yesterday = bangkokDay(-1);
    await director.getByLabel(/บริษัท ครัววาณี จำกัด/).check();
    await director.fill('#grant-agent-id', KANOKPORN);
    await director.locator('#grant-scope-one').check();
    await director.locator('#grant-licence-type option[value="food-premises-permit"]').waitFor({ state: 'attached' });
    await director.selectOption('#grant-licence-type', 'food-premises-permit');
    await director.fill('#grant-until-day', yesterday.day);
    await director.fill('#grant-until-month', yesterday.month);
    await director.fill('#grant-until-year', yesterday.year);
    await director.locator('main form.grant-form button[type="submit"]').click();
    await director.locator('.error-summary li', { hasText: 'วันสิ้นสุดการมอบอำนาจต้องไม่ก่อนวันนี้' }).waitFor();
    await expect(suite().api.count('agent_grants')).resolves.toBe(0);

    await director.fill('#grant-until-day', until.day);
    await director.fill('#grant-until-month', until.month);
    await director.fill('#grant-until-year', until.year);
    await director.locator('main form.grant-form button[type="submit"]').click();
    // The registry's name of the agent, so the director sees whom she named.
    await director.locator('main .notice--success', { hasText: AGENT_NAME }).waitFor();
    // The success notice shows before the list of grants has been fetched again.
    const row = director.locator('main table.grant-table tbody tr');
    await row.filter({ hasText: KRUA_WANEE }).waitFor();
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe(KRUA_WANEE);
    await expect(row.locator('td').nth(3).innerText()).resolves.toMatch(new RegExp(` ${until.year}$`));
    await expect(row.locator('td').nth(4).innerText()).resolves.toBe(a.status.active);
    await look(director, 'grants-03-agents-granted');

    // The accountant: the grant she holds, and an application started for the company.
    const accountant = await signInAs(await newContext(), 'kanokporn', '/filing-for-others');
    await accountant.locator('main h1', { hasText: a.filing.title }).waitFor();
    const card = accountant.locator('main li.grant-card');
    await expect(card.locator('h2').innerText()).resolves.toBe(`แทน ${KRUA_WANEE}`);
    await look(accountant, 'grants-04-filing-for-others');
    await card.locator('button[type="submit"]').click();
    await accountant.waitForURL((url) => url.pathname === '/applications/new' && url.searchParams.has('onBehalfOf'));
    await accountant.locator('main dl', { hasText: KRUA_WANEE }).waitFor();
    await choosePremises(accountant);
    await look(accountant, 'grants-05-start-on-behalf');
    await accountant.locator('main form button[type="submit"]').click();
    await accountant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(accountant);
    applicationId = applicationIdOf(accountant);

    // She fills in the company's application: the form, the documents (the power of attorney too, offered because
    // she files under a grant), the company's records from the registers.
    await openTask(accountant, 'form');
    await fillFoodForm(accountant);
    await accountant.getByRole('button', { name: 'ขั้นตอนถัดไป' }).first().click();
    await accountant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(accountant);
    await openTask(accountant, 'documents');
    const pdf = await samplePdf('เอกสารประกอบคำขอ ยื่นแทนนิติบุคคล');
    const rows = accountant.locator('main li.document');
    const attorney = rows.filter({ hasText: 'หนังสือมอบอำนาจ' });
    await attorney.first().waitFor();
    await expect(attorney.count()).resolves.toBe(1);
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const isAttorney = (await row.innerText()).includes('หนังสือมอบอำนาจ');
      if (!isAttorney && !(await row.locator('.tag--red').count())) continue;
      await row.locator('input[name="file"]').setInputFiles({ name: `document-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: pdf });
      await row.locator('button[type="submit"]').click();
      await row.locator('.tag--green').waitFor({ timeout: 15_000 });
    }
    await look(accountant, 'grants-06-documents-with-attorney');
    await accountant.locator('main a.button', { hasText: 'ขั้นตอนถัดไป' }).click();
    await accountant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(accountant);
    await openTask(accountant, 'applicant');
    await accountant.locator('main', { hasText: KRUA_WANEE }).waitFor();
    await accountant.locator('#confirm-applicant-data').check();
    await accountant.locator('main form button[type="submit"]').click();
    await accountant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(accountant);
    await openTask(accountant, 'delivery');
    await accountant.locator('#delivery-e-licence').check();
    await accountant.locator('main form button[type="submit"]').click();
    await accountant.waitForURL((url) => url.pathname.endsWith('/tasks'));
    await waitForPage(accountant);
    await openTask(accountant, 'check');
    await accountant.locator('#privacy-consent').check();
    await accountant.locator('#declaration').check();
    await accountant.getByRole('button', { name: 'ยืนยันและยื่นคำขอ' }).click();
    await accountant.waitForURL((url) => url.pathname.endsWith('/confirmation'), { timeout: 15_000 });
    await waitForPage(accountant);

    // The director sees it among her applications, and who filed it for whom, on its page and in its history.
    await director.goto('/applications');
    await waitForPage(director);
    const listed = director.locator('main li.app-list__item', { hasText: 'ยื่นโดย' });
    await expect(listed.innerText()).resolves.toContain(`ยื่นโดย ${AGENT_NAME} แทน ${KRUA_WANEE}`);
    await director.goto(`/applications/${applicationId}`);
    await waitForPage(director);
    await director.locator('main .timeline__meta', { hasText: `ยื่นโดย ${AGENT_NAME} แทน ${KRUA_WANEE}` }).first().waitFor();
    await expect(director.locator('main dl', { hasText: 'ผู้ยื่น' }).first().innerText()).resolves.toContain(`ยื่นโดย ${AGENT_NAME} แทน ${KRUA_WANEE}`);
    // The thread is the accountant's to write in: the principal reads it, with no form offered that the API would refuse.
    await director.locator('#messages-title').waitFor();
    await director.locator('main p.hint', { hasText: account.th.messages.readOnly }).waitFor();
    await expect(director.locator('#message-body').count()).resolves.toBe(0);
    await look(director, 'grants-07-status-filed-for-company');

    // She revokes it: one thing per page, a reason required.
    await director.goto('/agents');
    await waitForPage(director);
    await director.locator('main table.grant-table a', { hasText: a.agents.revoke }).click();
    await director.waitForURL((url) => url.pathname.endsWith('/revoke'));
    await director.locator('main h1', { hasText: a.revoke.title }).waitFor();
    await waitForPage(director);
    await look(director, 'grants-08-revoke');
    await director.locator('main form button[type="submit"]').click();
    await director.locator('.error-summary li', { hasText: a.revoke.reasonMissing }).waitFor();
    await look(director, 'grants-09-revoke-no-reason');
    await director.fill('#revoke-reason', 'เปลี่ยนสำนักงานบัญชี');
    await director.locator('main form button[type="submit"]').click();
    await director.waitForURL((url) => url.pathname === '/agents');
    await director.locator('main .notice--success', { hasText: `เพิกถอนการมอบอำนาจให้ ${AGENT_NAME} แล้ว` }).waitFor();
    await director.locator('main table.grant-table td', { hasText: a.status.revoked }).waitFor();
    await look(director, 'grants-10-revoked');

    // The accountant's next step is refused at once, with a page that says why and where to go.
    await accountant.goto(`/applications/${applicationId}`);
    await accountant.locator('main h1', { hasText: common.th.grantStopped.title }).waitFor();
    await expect(accountant.locator('main .notice--error').innerText()).resolves.toMatch(/ถูกเพิกถอนแล้ว/);
    await look(accountant, 'grants-11-agent-refused');
    await accountant.locator('main a[href="/filing-for-others"]').click();
    await accountant.locator('main li.grant-card', { hasText: a.filing.stopped }).waitFor();
    await expect(accountant.locator('main li.grant-card').innerText()).resolves.toContain('เปลี่ยนสำนักงานบัญชี');
    await look(accountant, 'grants-12-filing-stopped');
  }, 360_000);

  it('in English, with the Buddhist era year', async () => {
    const page = await signInAs(await newContext(), 'wanee', '/agents');
    await page.evaluate(() => localStorage.setItem('bizportal.language', 'en'));
    await page.reload();
    await page.locator('main h1', { hasText: agents.en.agents.title }).waitFor();
    await page.locator('main table.grant-table').waitFor();
    await expect(page.locator('main table.grant-table td').nth(3).innerText()).resolves.toMatch(/ 25\d\d BE$/);
    await look(page, 'grants-13-agents-en');
  });
});
