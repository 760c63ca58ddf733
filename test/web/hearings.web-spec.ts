import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import type { Page } from 'playwright-core';
import hearings from '../../apps/web/src/areas/hearings/texts';
import office from '../../apps/web/src/areas/office/texts';
import common from '../../apps/web/src/i18n/common';
import { Clock, HearingClosing } from '@bizportal/licensing';
import { attachRequiredDocuments } from '../support/documents';
import { drive } from '../support/flows';
import { KHLONG_TOEI_PREMISES } from '../support/test-app';
import { newContext, openPage, useWebSuite, waitForPage } from './support';
import { look, until } from './support/journey';
import { signInAs } from './support/sign-in';
import { hasPoppler } from '../support/poppler';

const h = hearings.th;
const o = office.th;
const BUSINESS = 'โรงงานแปรรูปผลไม้สมชายการเกษตร';
const NOTICE = 'สำนักงานเขตคลองเตยขอรับฟังความคิดเห็นของประชาชนต่อคำขอตั้งโรงงานแปรรูปผลไม้ขนาดเล็ก ที่ 99 ถนนพระราม 4';
const SUPPORT = 'เห็นด้วย โรงงานจะช่วยจ้างงานคนในชุมชน ขอให้ดูแลเรื่องน้ำเสียด้วย';
const ABUSE = 'เจ้าของโรงงานนี้เป็นคนโกง ไอ้พวกขี้โกง';
const HIDE_REASON = 'ใช้ถ้อยคำหยาบคายและกล่าวหาบุคคล';
const ANSWER = 'โรงงานจะติดตั้งระบบบำบัดน้ำเสียก่อนเปิดดำเนินการ และรายงานผลการตรวจวัดต่อสำนักงานเขตทุกเดือน';
const SUMMARY = 'ประชาชนส่วนใหญ่เห็นด้วยกับการตั้งโรงงาน โดยมีข้อกังวลเรื่องน้ำเสีย ซึ่งผู้ยื่นคำขอชี้แจงแล้ว';
const POINTS = ['การจ้างงานคนในชุมชน', 'การบำบัดน้ำเสียก่อนปล่อยลงท่อสาธารณะ'];
/** A 48 × 48 px photo, green, as a phone's camera would send a JPEG. */
const PHOTO = jpeg.encode({ width: 48, height: 48, data: Buffer.alloc(48 * 48 * 4, 0).map((_, i) => [40, 160, 60, 255][i % 4]) }, 85).data;

/**
 * Issue 18 in the browser: a factory applicant's public-hearing application is received, accepted and its hearing
 * opened by the office (notice and a published document); a resident who follows the subdistrict is told; two
 * residents comment (one with a photo); the office hides an abusive comment with a reason; the period ends on the
 * moved clock and the hearing job closes it; the applicant answers and sends the answers; the office summarises and
 * approves; the result letter is issued and verified with pdfsig; the public page shows the outcome. axe and
 * 360/1280 px screenshots on every new page (`hearings-NN-*`).
 */
describe('A public hearing from notice to result letter, in the browser', () => {
  const suite = useWebSuite();
  const bearer = async (username: string) => ({ Authorization: `Bearer ${await suite().api.login(username)}` });
  let applicationId = '';

  beforeAll(async () => {
    // The factory applicant submits (the apply journey's pages are the ordinary ones, tested in journey.web-spec.ts).
    const t = suite().api;
    const res = await t.http
      .post('/api/v1/applications')
      .set(await bearer('somchai'))
      .send({ licenceType: 'factory-class2-public-hearing', business: 'small-agri-processing', premises: KHLONG_TOEI_PREMISES, form: { businessName: BUSINESS, contactPhone: '0812345678' }, confirmApplicantData: true });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    applicationId = res.body.id;
    await attachRequiredDocuments(t, applicationId, 'somchai');
    await drive(t, applicationId, [{ as: 'somchai', type: 'SUBMIT' }]);
  });

  it('opened, commented on, moderated, closed, answered, summarised and concluded with a signed letter', async () => {
    const t = suite().api;

    // A resident follows Khlong Toei's subdistrict from the hearings page, to be told when a hearing opens there.
    const suda = await signInAs(await newContext(), 'suda', '/hearings?province=10&subdistrict=103301');
    await suda.locator('main h1', { hasText: h.list.title }).waitFor();
    await suda.locator('main .hearing-follow button', { hasText: 'ติดตาม' }).click();
    await suda.locator('main .hearing-follow .notice--success').waitFor();
    await suda.locator('main .hearing-follow button', { hasText: 'เลิกติดตาม' }).waitFor();
    await look(suda, 'hearings-01-list-empty-following');
    await suda.goto('/account/hearing-follows');
    await suda.locator('main tr[data-subdistrict="103301"]').waitFor();
    await look(suda, 'hearings-02-follows');

    // The office receives, accepts and opens the hearing: the notice, and the factory plan published with it.
    const officer = await signInAs(await newContext(), 'officer.khlongtoei', `/office/applications/${applicationId}`);
    await stepThrough(officer, 'event-receive');
    await stepThrough(officer, 'event-accept');
    const open = officer.locator('form[aria-labelledby="event-open_hearing-title"]');
    await open.waitFor();
    await open.locator('button[type="submit"]').click();
    await officer.locator('.error-summary li', { hasText: o.actions.openHearing.noticeShort.replace('{{min}}', '20') }).waitFor();
    await look(officer, 'hearings-03-office-open-errors');
    await officer.fill('#hearing-notice', NOTICE);
    await open.locator('input[type="checkbox"]').first().check();
    await look(officer, 'hearings-04-office-open-form');
    await open.locator('button[type="submit"]').click();
    await officer.locator('main a', { hasText: o.actions.hearing.link }).waitFor();
    const app = (await t.http.get(`/api/v1/applications/${applicationId}`).set(await bearer('officer.khlongtoei')).expect(200)).body as { state: string; hearingId: string };
    expect(app.state).toBe('hearing_open');
    const hearingId = app.hearingId;

    // The follower is told.
    await until(async () => ((await t.http.get('/api/v1/notifications').set(await bearer('suda'))).body as { message: { th: string } }[]).some((n) => n.message.th.includes('รับฟังความคิดเห็น')), 20_000, 'the follower’s notification');

    // The public list and the feed, signed out.
    const visitor = await openPage('/hearings?province=10&subdistrict=103301');
    const card = visitor.locator('main .hearing-card', { hasText: BUSINESS });
    await card.waitFor();
    expect(await card.innerText()).toContain('แขวงคลองเตย');
    await expect(visitor.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toBe('/api/v1/hearings/feed.atom?province=10&subdistrict=103301');
    const feed = await visitor.request.get('/api/v1/hearings/feed.atom?province=10&subdistrict=103301');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    expect(await feed.text()).toContain(BUSINESS);
    await look(visitor, 'hearings-05-list');
    await card.locator('a').click();
    await visitor.waitForURL((url) => url.pathname === `/hearings/${hearingId}`);
    await visitor.locator('main h1', { hasText: BUSINESS }).waitFor();
    const page = await visitor.locator('main').innerText();
    expect(page).toContain(NOTICE);
    expect(page).not.toContain('1101700230708');
    await expect(visitor.locator('main section[aria-labelledby="documents-title"] a').count()).resolves.toBe(1);
    const published = await visitor.request.get((await visitor.locator('main section[aria-labelledby="documents-title"] a').getAttribute('href'))!);
    expect(published.status()).toBe(200);
    await expect(visitor.locator('main a.button', { hasText: h.hearing.signIn }).count()).resolves.toBe(1);
    await look(visitor, 'hearings-06-hearing-signed-out');

    // Two residents comment: Suda with a photo (after the form's own refusals), Wanee abusively.
    await suda.goto(`/hearings/${hearingId}`);
    await suda.locator('#comment-form').waitFor();
    await suda.locator('#comment-form button[type="submit"]').click();
    await suda.locator('.error-summary').waitFor();
    await expect(suda.locator('.error-summary li').allInnerTexts()).resolves.toEqual([h.form.stanceMissing, h.form.textMissing]);
    await expect(suda.title()).resolves.toMatch(new RegExp(`^${common.th.errorPrefix}`));
    await look(suda, 'hearings-07-comment-errors');
    // Only invisible characters: refused as empty, by the form as the API would.
    await suda.locator('#comment-stance-support').check();
    await suda.fill('#comment-text', '\u200b\u200b  ');
    await suda.locator('#comment-form button[type="submit"]').click();
    await suda.locator('.error-summary li', { hasText: h.form.textMissing }).waitFor();
    await suda.fill('#comment-text', SUPPORT);
    await suda.setInputFiles('#comment-photos', { name: 'river.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(PHOTO) });
    await suda.locator('main .hearing-photos li', { hasText: 'river.jpg' }).waitFor();
    await look(suda, 'hearings-08-comment-form');
    await suda.locator('#comment-form button[type="submit"]').click();
    await suda.locator('main .notice--success', { hasText: h.form.sent.replace('{{number}}', '1') }).waitFor();
    await suda.locator('main li[data-comment="1"]', { hasText: SUPPORT }).waitFor();
    await expect(suda.locator('main li[data-comment="1"] img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).resolves.toBe(48);
    await look(suda, 'hearings-09-commented');

    const wanee = await signInAs(await newContext(), 'wanee', `/hearings/${hearingId}`);
    await wanee.locator('#comment-stance-oppose').check();
    await wanee.fill('#comment-text', ABUSE);
    await wanee.locator('#comment-form button[type="submit"]').click();
    await wanee.locator('main li[data-comment="2"]', { hasText: ABUSE }).waitFor();

    // The office sees both names and hides the abusive comment with a reason.
    await officer.reload();
    await officer.locator('main a', { hasText: o.actions.hearing.link }).click();
    await officer.waitForURL((url) => url.pathname === `/office/hearings/${hearingId}`);
    await officer.locator('main li[data-comment="2"]').waitFor();
    await waitForPage(officer);
    const seen = await officer.locator('main').innerText();
    expect(seen).toContain('นางสาวสุดา รักไทย');
    expect(seen).toContain('นางวาณี ศรีสุข');
    const second = officer.locator('main li[data-comment="2"]');
    await second.locator('summary').click();
    await second.locator('button[type="submit"]').click();
    await officer.locator('.error-summary li', { hasText: h.office.reasonMissing }).waitFor();
    await look(officer, 'hearings-10-office-hearing-errors');
    await officer.fill('#hide-reason-2', HIDE_REASON);
    await second.locator('button[type="submit"]').click();
    await officer.locator('main .notice--success', { hasText: h.office.hidden.replace('{{number}}', '2') }).waitFor();
    await second.locator('.hearing-hidden', { hasText: HIDE_REASON }).waitFor();
    // The office still reads the hidden text.
    await expect(second.innerText()).resolves.toContain(ABUSE);
    await look(officer, 'hearings-11-office-hidden');

    // The public reads the reason, never the hidden text or any name.
    await visitor.reload();
    await visitor.locator('main li[data-comment="2"] .hearing-hidden').waitFor();
    await expect(visitor.locator('main li[data-comment="2"] .hearing-hidden').innerText()).resolves.toBe(h.hearing.hidden.replace('{{reason}}', HIDE_REASON));
    const publicText = await visitor.locator('main').innerText();
    expect(publicText).not.toContain(ABUSE);
    expect(publicText).not.toMatch(/สุดา|วาณี|สมชาย ใจดี/);
    await look(visitor, 'hearings-12-hearing-open');

    // The period ends: the clock moves past closesAt. A comment sent from a page still showing the form is refused
    // with the API's code, in the error summary, before the hearing job has even run; then the job closes it.
    await moveClockPast(hearingId);
    await wanee.locator('#comment-stance-neutral').check();
    await wanee.fill('#comment-text', 'ส่งหลังปิดรับฟัง');
    await wanee.locator('#comment-form button[type="submit"]').click();
    await wanee.locator('.error-summary li', { hasText: h.errors.HEARING_NOT_OPEN }).waitFor();
    // The page reads the hearing again: no form now, the closing time instead, the summary still at the top.
    await wanee.locator('#comment-form').waitFor({ state: 'detached' });
    await wanee.locator('main section[aria-labelledby="how-title"] p', { hasText: h.hearing.howClosed.split('{{')[0] }).waitFor();
    await look(wanee, 'hearings-12b-comment-too-late');
    await expect(t.app.get(HearingClosing).runOnce()).resolves.toBe(1);
    await until(async () => (await t.http.get(`/api/v1/applications/${applicationId}`).set(await bearer('somchai'))).body.state === 'hearing_answers', 20_000, 'hearing_answers');

    // The applicant: told on the status page, answers comment 1 (the hidden one needs no answer), sends the answers.
    const somchai = await signInAs(await newContext(), 'somchai', `/applications/${applicationId}`);
    await somchai.locator(`main a[href="/applications/${applicationId}/hearing"]`).click();
    await somchai.waitForURL((url) => url.pathname === `/applications/${applicationId}/hearing`);
    await somchai.locator('main h1', { hasText: h.answers.title }).waitFor();
    await waitForPage(somchai);
    await expect(somchai.locator('#answer-comment-2').count()).resolves.toBe(0);
    await somchai.locator('#answers-submit').click();
    await somchai.locator('.error-summary li', { hasText: h.errors.HEARING_ANSWERS_MISSING }).waitFor();
    await look(somchai, 'hearings-13-answers-missing');
    await somchai.locator('main form.hearing-answer-form button[type="submit"]').click();
    await somchai.locator('.error-summary li', { hasText: h.answers.chooseMissing }).waitFor();
    await somchai.locator('#answer-comment-1').check();
    await somchai.fill('#answer-text', ANSWER);
    await look(somchai, 'hearings-14-answer-form');
    await somchai.locator('main form.hearing-answer-form button[type="submit"]').click();
    await somchai.locator('main .notice--success', { hasText: h.answers.saved.replace('{{numbers}}', '1') }).waitFor();
    await somchai.locator('main section[aria-labelledby="answered-title"] .hearing-answer', { hasText: ANSWER }).waitFor();
    await look(somchai, 'hearings-15-answered');
    await somchai.locator('#answers-submit').click();
    await somchai.locator('main .notice--success', { hasText: h.answers.submitted }).waitFor();

    // The office summarises (refused first without points), then the decision as the licence's own steps.
    await officer.goto(`/office/applications/${applicationId}`);
    const summarise = officer.locator('form[aria-labelledby="event-summarise_hearing-title"]');
    await summarise.waitFor();
    await officer.fill('#hearing-summary', SUMMARY);
    await summarise.locator('button[type="submit"]').click();
    await officer.locator('.error-summary li', { hasText: o.actions.summarise.pointsMissing }).waitFor();
    await officer.fill('#hearing-points', POINTS.join('\n'));
    await look(officer, 'hearings-16-office-summarise');
    await summarise.locator('button[type="submit"]').click();
    await summarise.waitFor({ state: 'detached' });
    // The approver decides in the same workspace; the letter (no fee) is issued and signed at once.
    const approver = await signInAs(await newContext(), 'approver.khlongtoei', `/office/applications/${applicationId}`);
    await stepThrough(approver, 'event-approve');

    // The result letter: issued, signed, verified with pdfsig.
    let number = '';
    await until(
      async () => {
        const timeline = (await t.http.get(`/api/v1/applications/${applicationId}/timeline`).set(await bearer('somchai'))).body.entries as { event: string; data: { licenceNumber?: string } }[];
        number = timeline.find((e) => e.event === 'LICENCE_ISSUED')?.data.licenceNumber ?? '';
        return number !== '';
      },
      60_000,
      'the result letter',
    );
    const pdf = (await somchai.request.get(`/api/v1/licences/${encodeURIComponent(number)}/pdf`)).body();
    const bytes = await pdf;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPoppler) {
      const dir = mkdtempSync(join(tmpdir(), 'bizportal-hearing-'));
      const file = join(dir, 'letter.pdf');
      writeFileSync(file, bytes);
      expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toMatch(/Signature Validation: Signature is Valid/);
    } else console.warn('poppler-utils (pdfsig) not installed: the letter’s signature was not checked');

    // The public page shows the outcome: the counts, the points, the answer next to its comment, the letter.
    await visitor.reload();
    const result = visitor.locator('main section.hearing-result');
    await result.waitFor();
    await expect(result.locator('[data-count="support"] dd').innerText()).resolves.toBe('1');
    await expect(result.locator('[data-count="hidden"] dd').innerText()).resolves.toBe('1');
    for (const point of POINTS) await result.locator('ol.hearing-points li', { hasText: point }).waitFor();
    await expect(result.innerText()).resolves.toContain(number);
    await visitor.locator('main li[data-comment="1"] .hearing-answer', { hasText: ANSWER }).waitFor();
    await look(visitor, 'hearings-17-concluded');
    const verify = await visitor.request.get((await result.locator('a', { hasText: h.hearing.verify }).getAttribute('href'))!);
    expect(verify.status()).toBe(200);

    // In English, with Buddhist-era dates.
    await visitor.evaluate(() => localStorage.setItem('bizportal.language', 'en'));
    await visitor.reload();
    await visitor.locator('main section.hearing-result h2', { hasText: hearings.en.hearing.resultTitle }).waitFor();
    await expect(visitor.locator('main').innerText()).resolves.toMatch(/25\d\d/);
    await look(visitor, 'hearings-18-concluded-en');
    expect(visitor.problems).toEqual([]);
    // A guard against a hang: seven people, nineteen pages each checked by axe and photographed twice, on a busy machine.
  }, 420_000);

  it('a followed area is dropped from the follows page', async () => {
    const kanokporn = await bearer('kanokporn');
    for (const subdistrictCode of ['103301', '103302']) await suite().api.http.post('/api/v1/hearing-follows').set(kanokporn).send({ subdistrictCode }).expect(201);
    const page = await signInAs(await newContext(), 'kanokporn', '/account/hearing-follows');
    await page.locator('main tr[data-subdistrict="103302"]').waitFor();
    await expect(page.locator('main tbody tr').count()).resolves.toBe(2);
    await page.locator('main tr[data-subdistrict="103302"] button').click();
    await page.locator('main tr[data-subdistrict="103302"]').waitFor({ state: 'detached' });
    await page.locator('main .notice--success', { hasText: 'เลิกติดตาม' }).waitFor();
    await expect(page.locator('main tbody tr').count()).resolves.toBe(1);
    const left = (await suite().api.http.get('/api/v1/hearing-follows').set(kanokporn).expect(200)).body as { subdistrict: { code: string } }[];
    expect(left.map((f) => f.subdistrict.code)).toEqual(['103301']);
    await look(page, 'hearings-20-follows-unfollowed');
  });

  it('an unknown hearing is said plainly', async () => {
    const page = await openPage('/hearings/00000000-0000-4000-8000-000000000000');
    await page.locator('main h1', { hasText: h.hearing.notFound }).waitFor();
    await look(page, 'hearings-19-unknown');
    expect(page.problems).toEqual([]);
  });

  /** Sends the plain step whose form has this id (an optional note) and waits until the step is done (its form goes). */
  async function stepThrough(page: Page, formId: string) {
    const form = page.locator(`form[aria-labelledby="${formId}-title"]`);
    await form.waitFor();
    await form.locator('button[type="submit"]').click();
    await form.waitFor({ state: 'detached' });
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);
  }

  /** The clock the API and its jobs read moves a minute past the hearing's closesAt. */
  async function moveClockPast(hearingId: string) {
    const { closesAt } = (await suite().api.http.get(`/api/v1/hearings/${hearingId}`).expect(200)).body as { closesAt: string };
    const after = new Date(new Date(closesAt).getTime() + 60_000);
    suite().api.app.get(Clock).now = () => after;
  }
});
