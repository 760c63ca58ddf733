/// <reference lib="dom" />
// (The functions given to page.evaluate run in the browser.)
import type { Page } from 'playwright-core';
import { createFoodApplication, sendEvent } from '../support/flows';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { look } from './support/journey';
import { signedInUser, signInAs } from './support/sign-in';

const KANYA = '3509900112237'; // demo citizen of the local Digital ID provider, no portal account yet
const PRASIT = '3500100123457';
const BAD_CHECKSUM = '3509900112230'; // kanya's number with a wrong check digit
const SI_PHUM = { address: '12 ถนนราชดำเนิน ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200', provinceCode: '50', districtCode: '5001', subdistrictCode: '500101' };

// The API seeds the whole country's areas at start: give the suite's start more than the usual minute.
jest.setTimeout(180_000);

/**
 * The studio's local offices (issue 14 part 4) in Chromium against the real API: a system administrator onboards an
 * office in Chiang Mai, gives it subdistricts, invites an officer by national ID; she signs in with Digital ID and sees
 * the office queue; an application in its subdistrict reaches it. Refusals in the error summary, Thai and English.
 */
describe('Studio: a new office is onboarded, and an application in its subdistrict reaches its queue', () => {
  const suite = useWebSuite();

  const summary = (page: Page) => page.locator('main .error-summary');
  const banner = (page: Page) => page.locator('main .notice--success[role="status"]');

  it('sysadmin onboards an office in Chiang Mai and invites kanya; her Digital ID sign-in opens its queue, where an application in Si Phum arrives', async () => {
    // The header offers the offices page to the system administrator only.
    const page = await signInAs(await newContext(), 'sysadmin', '/studio/offices');
    await page.locator('nav a[href="/studio/offices"]', { hasText: 'หน่วยงานท้องถิ่น' }).waitFor({ state: 'attached' });
    await expect(page.locator('nav a[href="/applications"]').count()).resolves.toBe(0);
    await expect(page.locator('main h1').innerText()).resolves.toBe('หน่วยงานท้องถิ่น');
    // The 51 offices of the areas file, 50 on the first page, by id; the next page holds the last.
    await expect(page.locator('main tbody tr').count()).resolves.toBe(50);
    await look(page, 'studio-offices-01-list');
    await page.locator('main nav a', { hasText: 'หน้าถัดไป' }).click();
    await page.waitForURL((url) => url.search.startsWith('?after='));
    await page.locator('main tbody tr', { hasText: 'nonthaburi-city' }).waitFor();
    await expect(page.locator('main tbody tr').count()).resolves.toBe(1);
    // By province: none in Chiang Mai yet.
    await page.selectOption('#filter-province', '50');
    await page.getByRole('button', { name: 'แสดง' }).click();
    await page.waitForURL((url) => url.search === '?province=50');
    await page.locator('main p', { hasText: 'ยังไม่มีหน่วยงานท้องถิ่นในจังหวัดนี้' }).waitFor();

    // Create: nothing filled in → the error summary, one link per field.
    await page.getByRole('link', { name: 'เพิ่มหน่วยงานท้องถิ่น' }).click();
    await page.waitForURL((url) => url.pathname === '/studio/offices/new');
    await waitForPage(page);
    await page.getByRole('button', { name: 'บันทึกหน่วยงาน' }).click();
    await summary(page).waitFor();
    await expect(summary(page).locator('a').count()).resolves.toBe(5);
    await expect(page.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await look(page, 'studio-offices-02-new-errors');
    // An id of the areas file: the API's refusal, in Thai, beside the id.
    await page.fill('#office-id', 'bma-khlong-toei');
    await page.fill('#office-name-th', 'เทศบาลนครเชียงใหม่');
    await page.fill('#office-name-en', 'Chiang Mai City Municipality');
    await page.check('#office-kind-city_municipality');
    await page.selectOption('#office-province', '50');
    await page.getByRole('button', { name: 'บันทึกหน่วยงาน' }).click();
    await summary(page).locator('a[href="#office-id"]', { hasText: 'มีหน่วยงานที่ใช้รหัส bma-khlong-toei แล้ว' }).waitFor();
    await page.fill('#office-id', 'chiang-mai-city');
    await page.getByRole('button', { name: 'บันทึกหน่วยงาน' }).click();
    await page.waitForURL((url) => url.pathname === '/studio/offices/chiang-mai-city');
    await waitForPage(page);
    await banner(page).filter({ hasText: 'บันทึกหน่วยงาน เทศบาลนครเชียงใหม่ แล้ว' }).waitFor();
    await expect(page.locator('main h1').innerText()).resolves.toBe('เทศบาลนครเชียงใหม่');
    await look(page, 'studio-offices-03-created');

    // Its subdistricts: Mueang Chiang Mai → Si Phum and Phra Sing, nobody serves them today.
    await page.selectOption('#areas-district', '5001');
    await page.locator('#subdistrict-500101').waitFor();
    await expect(page.locator('#subdistrict-500101-note').innerText()).resolves.toBe('ยังไม่มีหน่วยงานให้บริการ');
    await page.check('#subdistrict-500101');
    await page.check('#subdistrict-500102');
    await expect(page.locator('main form[aria-labelledby="areas-edit-title"] p[role="status"]').innerText()).resolves.toContain('เลือกไว้ทั้งหมด 2 ตำบล/แขวง');
    await look(page, 'studio-offices-04-subdistricts-chosen');
    await page.getByRole('button', { name: 'บันทึกพื้นที่ให้บริการ' }).click();
    await banner(page).filter({ hasText: 'บันทึกพื้นที่ให้บริการแล้ว: 2 ตำบล/แขวง' }).waitFor();
    // The banner comes with the save's answer; the office's areas are read again after it.
    await page.locator('#subdistrict-500101-note', { hasText: /^หน่วยงานนี้ให้บริการอยู่$/ }).waitFor();
    await page.locator('section[aria-labelledby="areas-title"] tbody tr').nth(1).waitFor();
    await expect(page.locator('section[aria-labelledby="areas-title"] tbody tr').count()).resolves.toBe(2);
    // The area picker of everyone sees it at once.
    const areas = (await (await page.request.get('/api/v1/areas?parent=5001')).json()) as { items: { code: string; localOffice: { id: string } | null }[] };
    expect(areas.items.find((a) => a.code === '500101')!.localOffice?.id).toBe('chiang-mai-city');

    // Invite: a national ID with a wrong check digit is the API's refusal, in the error summary.
    await page.fill('#invite-national-id', BAD_CHECKSUM);
    await page.check('#invite-role-officer');
    await page.getByRole('button', { name: 'ส่งคำเชิญ' }).click();
    await summary(page).locator('a[href="#invite-national-id"]', { hasText: 'เลขประจำตัวประชาชนไม่ถูกต้อง' }).waitFor();
    await page.locator('#invite-national-id-error', { hasText: 'เลขประจำตัวประชาชนไม่ถูกต้อง' }).waitFor();
    await expect(page.locator('section[aria-labelledby="invitations-title"] tbody tr').count()).resolves.toBe(0);
    await look(page, 'studio-offices-05-invite-refused');
    // Kanya as officer; prasit too, then revoked.
    await page.fill('#invite-national-id', KANYA);
    await page.getByRole('button', { name: 'ส่งคำเชิญ' }).click();
    await banner(page).filter({ hasText: 'ส่งคำเชิญแล้ว (X-XXXX-XXXXX-23-7)' }).waitFor();
    await expect(summary(page).count()).resolves.toBe(0);
    await page.fill('#invite-national-id', PRASIT);
    await page.check('#invite-role-approver');
    await page.getByRole('button', { name: 'ส่งคำเชิญ' }).click();
    await banner(page).filter({ hasText: 'ส่งคำเชิญแล้ว (X-XXXX-XXXXX-45-7)' }).waitFor();
    const invitations = page.locator('section[aria-labelledby="invitations-title"] tbody tr');
    // The banner comes with the API's answer; the list is fetched again after it, so wait for the new row before counting.
    await invitations.filter({ hasText: 'X-XXXX-XXXXX-45-7' }).waitFor();
    await expect(invitations.count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'ยกเลิกคำเชิญ ของ X-XXXX-XXXXX-45-7' }).click();
    await banner(page).filter({ hasText: 'ยกเลิกคำเชิญของ X-XXXX-XXXXX-45-7 แล้ว' }).waitFor();
    await invitations.filter({ hasText: 'X-XXXX-XXXXX-45-7' }).locator('.tag', { hasText: 'ยกเลิกแล้ว' }).waitFor();
    await expect(invitations.filter({ hasText: 'X-XXXX-XXXXX-23-7' }).locator('.tag').innerText()).resolves.toBe('รอตอบรับ');
    await expect(invitations.filter({ hasText: 'X-XXXX-XXXXX-23-7' }).innerText()).resolves.toContain('เจ้าหน้าที่');
    await look(page, 'studio-offices-06-invited');
    // At 360 px the tables scroll inside their wrap; nothing widens the page (the revoke buttons' hidden text did).
    await page.setViewportSize(PHONE);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);

    // Kanya signs in with Digital ID (a new browser): the invitation makes her the office's officer; the queue is empty.
    const kanya = await (await newContext({ viewport: PHONE })).newPage();
    await kanya.goto('/sign-in?returnTo=%2Foffice');
    await kanya.getByRole('button', { name: /ThaID \/ Digital ID/ }).click();
    await kanya.locator('label.account', { hasText: 'กัญญา' }).locator('input[name="account"]').check();
    await kanya.locator('form[action^="/interaction/"][action$="/login"] button[type="submit"]:not([formaction])').click();
    await kanya.waitForURL((url) => url.pathname === '/office', { timeout: 15_000 });
    await waitForPage(kanya);
    await expect(signedInUser(kanya)).resolves.toMatch(/./);
    await expect(kanya.locator('main h1').innerText()).resolves.toBe('งานของสำนักงาน');
    await kanya.locator('header nav a[href="/office"]').waitFor({ state: 'attached' });
    await expect(kanya.locator('header nav a[href="/studio/offices"]').count()).resolves.toBe(0);

    // An applicant applies for a local licence with premises in Si Phum (through the API): it reaches kanya's queue.
    const application = await createFoodApplication(suite().api, 'somchai', { premises: SI_PHUM });
    expect((await sendEvent(suite().api, application.id, { as: 'somchai', type: 'SUBMIT' })).status).toBe(200);
    await kanya.reload();
    await waitForPage(kanya);
    const row = kanya.locator('main tr', { hasText: application.trackingNumber });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('ศรีภูมิ');
    await look(kanya, 'studio-offices-07-kanya-queue');

    // The administrator's page: accepted, and kanya among the staff.
    await page.reload();
    await waitForPage(page);
    await invitations.filter({ hasText: 'X-XXXX-XXXXX-23-7' }).locator('.tag', { hasText: 'ตอบรับแล้ว' }).waitFor();
    await expect(page.locator('section[aria-labelledby="staff-title"] tbody tr').innerText()).resolves.toContain('กัญญา ท้องถิ่นดี');
    // Kanya holds a role now: another invitation for her is refused, and the page says why.
    await page.fill('#invite-national-id', KANYA);
    await page.check('#invite-role-signer');
    await page.getByRole('button', { name: 'ส่งคำเชิญ' }).click();
    await summary(page).locator('a[href="#invite-national-id"]', { hasText: 'บัญชีของผู้นี้มีบทบาทอื่นอยู่แล้ว' }).waitFor();
  });

  it('a subdistrict another office serves is handed over only once confirmed; the page works in English', async () => {
    const admin = await suite().api.login('sysadmin');
    const create = (id: string, th: string, en: string) =>
      suite().api.http.post('/api/v1/admin/offices').auth(admin, { type: 'bearer' }).send({ id, name: { th, en }, kind: 'sao', provinceCode: '57' });
    expect((await create('sao-rop-wiang', 'องค์การบริหารส่วนตำบลทดลองรอบเวียง', 'Rop Wiang Test SAO')).status).toBe(201);
    expect((await create('sao-rim-kok', 'องค์การบริหารส่วนตำบลทดลองริมกก', 'Rim Kok Test SAO')).status).toBe(201);
    const set = await suite().api.http.put('/api/v1/admin/offices/sao-rop-wiang/subdistricts').auth(admin, { type: 'bearer' }).send({ subdistricts: ['570101', '570102'] });
    expect(set.status).toBe(200);

    const page = await signInAs(await newContext(), 'sysadmin', '/studio/offices/sao-rim-kok');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('main h1', { hasText: 'Rim Kok Test SAO' }).waitFor();
    await page.selectOption('#areas-district', '5701');
    await page.locator('#subdistrict-570102').waitFor();
    await expect(page.locator('#subdistrict-570102-note').innerText()).resolves.toBe('Served today by Rop Wiang Test SAO');
    await page.check('#subdistrict-570102');
    await page.check('#subdistrict-570103');
    const handOver = page.locator('main .offices-handover');
    await handOver.waitFor();
    await expect(handOver.locator('li').count()).resolves.toBe(1);
    await expect(handOver.locator('li').innerText()).resolves.toContain('from Rop Wiang Test SAO');
    // Not confirmed: the summary asks for it, nothing is saved.
    await page.getByRole('button', { name: 'Save the subdistricts served' }).click();
    await summary(page).locator('a[href="#handover-confirm"]', { hasText: 'Confirm the hand-over' }).waitFor();
    await page.locator('#handover-confirm-error', { hasText: 'Confirm the hand-over' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await look(page, 'studio-offices-08-handover-en');
    const before = await suite().api.http.get('/api/v1/admin/offices/sao-rim-kok').auth(admin, { type: 'bearer' });
    expect(before.body.subdistrictCount).toBe(0);
    await page.check('#handover-confirm');
    await page.getByRole('button', { name: 'Save the subdistricts served' }).click();
    await banner(page).filter({ hasText: 'Subdistricts saved: 2 served' }).waitFor();
    // Read again after the banner (a one-shot read here once caught the note before it, on a loaded machine).
    await page.locator('#subdistrict-570102-note', { hasText: /^Served by this office$/ }).waitFor();
    const other = await suite().api.http.get('/api/v1/admin/offices/sao-rop-wiang').auth(admin, { type: 'bearer' });
    expect(other.body.subdistricts.map((s: { code: string }) => s.code)).toEqual(['570101']);

    // A refusal in English: a wrong check digit.
    await page.fill('#invite-national-id', BAD_CHECKSUM);
    await page.check('#invite-role-officer');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await summary(page).locator('a[href="#invite-national-id"]', { hasText: 'The national ID is invalid' }).waitFor();
    await look(page, 'studio-offices-09-invite-refused-en');
  });

  it('anyone without the system_admin role is told the page is not for their role', async () => {
    const page = await signInAs(await newContext({ viewport: PHONE }), 'officer.khlongtoei', '/studio/offices/new');
    await expect(page.locator('main h1').innerText()).resolves.toBe('หน้านี้ไม่ใช่สำหรับบทบาทของคุณ');
    await expect(page.locator('nav a[href="/studio/offices"]').count()).resolves.toBe(0);
    await look(page, 'studio-offices-10-refused');
  });
});
