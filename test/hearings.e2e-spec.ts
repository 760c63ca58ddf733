import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { Clock, HearingClosing, OutboxRunner } from '@bizportal/licensing';
import { attachRequiredDocuments, samplePdf, uploadDocument } from './support/documents';
import { drive, sendEvent } from './support/flows';
import { KHLONG_TOEI_PREMISES, placeholder, startTestApp, type TestApp } from './support/test-app';
import { hasPoppler } from './support/poppler';

const JPEG = Buffer.from(jpeg.encode({ width: 2, height: 2, data: Buffer.alloc(16, 120) }, 80).data);
const BUSINESS = 'โรงน้ำแข็งสมชายบริการ';
const SOMCHAI_ID = '1101700230708';
const NOTICE = 'ประกาศรับฟังความคิดเห็นของประชาชน โรงงานผลิตน้ำแข็ง กำลังการผลิต 50 ตันต่อวัน / Public hearing on an ice factory of 50 tonnes a day';
const DAY_MS = 86_400_000;

/** Public hearings (issue 18) through the API: the whole life of one hearing, every refusal with nothing stored, who may do what. */
describe('Public hearings', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let closing: HearingClosing;
  let now = new Date();
  let appId = '';
  let hearingId = '';
  let planId = '';
  const comments: Record<string, { id: string; number: number }> = {};

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
    closing = t.app.get(HearingClosing);
    t.app.get(Clock).now = () => now;
  });
  afterAll(() => t?.close());

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const binary = (req: import('supertest').Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => cb(null, Buffer.concat(chunks)));
    });
  /** Row counts of everything a hearing act writes, to prove a refusal stored nothing. */
  const footprint = async () => ({
    hearings: await t.count('hearings'),
    comments: await t.count('hearing_comments'),
    attachedPhotos: await t.count('hearing_photos', 'comment_id IS NOT NULL'),
    answers: await t.count('hearing_answers'),
    follows: await t.count('hearing_follows'),
    events: await t.count('application_events'),
    outbox: await t.count('outbox'),
  });
  const refusedWithNothingStored = async (send: () => Promise<import('supertest').Response>, status: number, code: string) => {
    const before = await footprint();
    const res = await send();
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body.message).toBeTruthy();
    expect(await footprint()).toEqual(before);
    return res;
  };
  const comment = async (who: string, body: Record<string, unknown>) => t.http.post(`/api/v1/hearings/${hearingId}/comments`).set(await as(who)).send(body);
  const photo = async (who: string, bytes: Buffer = JPEG, type = 'image/jpeg') =>
    t.http.post('/api/v1/hearing-comments/photos').set(await as(who)).attach('file', bytes, { filename: 'photo.jpg', contentType: type });

  it('sends a class-2 factory hearing letter from the intake check to the hearing notice', async () => {
    const res = await t.http
      .post('/api/v1/applications')
      .set(await as('somchai'))
      .send({ licenceType: 'factory-class2-public-hearing', premises: KHLONG_TOEI_PREMISES, form: { businessName: BUSINESS, contactPhone: '0812345678' }, confirmApplicantData: true })
      .expect(201);
    appId = res.body.id;
    await attachRequiredDocuments(t, appId);
    const plan = await uploadDocument(t, appId, 'somchai', 'factory-buildings-plan', await samplePdf('แผนผังโรงงาน / factory plan'), 'plan.pdf');
    expect(plan.status).toBe(201);
    planId = plan.body.id;
    const after = await drive(t, appId, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
    ]);
    expect(after.state).toBe('hearing_notice');
    const view = await t.http.get(`/api/v1/applications/${appId}`).set(await as('somchai')).expect(200);
    expect(view.body.hearingId).toBeNull();
  });

  it('lets a citizen follow a subdistrict, and refuses unknown or malformed codes with nothing stored', async () => {
    await refusedWithNothingStored(async () => t.http.post('/api/v1/hearing-follows').set(await as('wanee')).send({ subdistrictCode: '12' }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(async () => t.http.post('/api/v1/hearing-follows').set(await as('wanee')).send({ subdistrictCode: '999999' }), 404, 'HEARING_AREA_UNKNOWN');
    await t.http.post('/api/v1/hearing-follows').send({ subdistrictCode: '103301' }).expect(401);
    const res = await t.http.post('/api/v1/hearing-follows').set(await as('wanee')).send({ subdistrictCode: '103301' }).expect(201);
    expect(res.body).toMatchObject({ subdistrict: { code: '103301' }, district: { code: '1033' }, province: { code: '10', name: { th: 'กรุงเทพมหานคร' } } });
    await t.http.post('/api/v1/hearing-follows').set(await as('wanee')).send({ subdistrictCode: '103301' }).expect(201);
    const list = await t.http.get('/api/v1/hearing-follows').set(await as('wanee')).expect(200);
    expect(list.body).toHaveLength(1);
    // kanokporn follows and stops: nothing left of hers.
    await t.http.post('/api/v1/hearing-follows').set(await as('kanokporn')).send({ subdistrictCode: '103301' }).expect(201);
    await t.http.delete('/api/v1/hearing-follows/103301').set(await as('kanokporn')).expect(204);
    await refusedWithNothingStored(async () => t.http.delete('/api/v1/hearing-follows/103301').set(await as('kanokporn')), 404, 'HEARING_FOLLOW_NOT_FOUND');
  });

  it('opens the hearing with the notice and the published documents; followers are told once', async () => {
    await refusedWithNothingStored(
      () => sendEvent(t, appId, { as: 'officer.khlongtoei', type: 'OPEN_HEARING', data: { notice: 'สั้นไป', publishedDocumentIds: [] } }),
      400,
      'EVENT_INVALID',
    );
    const foreign = await refusedWithNothingStored(
      () => sendEvent(t, appId, { as: 'officer.khlongtoei', type: 'OPEN_HEARING', data: { notice: NOTICE, publishedDocumentIds: ['7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60'] } }),
      422,
      'HEARING_DOCUMENTS_INVALID',
    );
    expect(foreign.body.details[0].field).toBe('data.publishedDocumentIds.0');
    await refusedWithNothingStored(() => sendEvent(t, appId, { as: 'somchai', type: 'OPEN_HEARING', data: { notice: NOTICE, publishedDocumentIds: [] } }), 403, 'EVENT_FORBIDDEN');
    await refusedWithNothingStored(() => sendEvent(t, appId, { as: 'officer.nonthaburi', type: 'OPEN_HEARING', data: { notice: NOTICE, publishedDocumentIds: [] } }), 404, 'APPLICATION_NOT_FOUND');

    now = new Date();
    const opened = await sendEvent(t, appId, { as: 'officer.khlongtoei', type: 'OPEN_HEARING', data: { notice: NOTICE, publishedDocumentIds: [planId] } });
    expect(opened.status).toBe(200);
    expect(opened.body.state).toBe('hearing_open');
    expect(opened.body.awaiting).toBe('public');
    const view = await t.http.get(`/api/v1/applications/${appId}`).set(await as('officer.khlongtoei')).expect(200);
    hearingId = view.body.hearingId;
    expect(hearingId).toMatch(/^[0-9a-f-]{36}$/);

    await runner.runOnce();
    await runner.runOnce();
    const told = await t.count('notifications', `recipient_id = ${placeholder(1)} AND template = ${placeholder(2)}`, ['user-wanee', 'hearing-opened-nearby']);
    expect(told).toBe(1);
    expect(await t.count('notifications', `recipient_id = ${placeholder(1)} AND template = ${placeholder(2)}`, ['user-kanokporn', 'hearing-opened-nearby'])).toBe(0);
  });

  it('shows the hearing to anyone: what, where, by whom, never a person’s ID or home address', async () => {
    const res = await t.http.get(`/api/v1/hearings/${hearingId}`).expect(200);
    expect(res.body).toMatchObject({
      id: hearingId,
      reference: expect.stringMatching(/^PH-25\d\d-\d{6}$/),
      licenceType: { slug: 'factory-class2-public-hearing', name: { en: 'Public-hearing result letter for a class-2 factory' } },
      proposer: { kind: 'person', name: BUSINESS },
      businessName: BUSINESS,
      premises: { address: KHLONG_TOEI_PREMISES.address, subdistrict: { code: '103301' }, district: { code: '1033' }, province: { code: '10' } },
      status: 'open',
      canComment: true,
      commentCount: 0,
      notice: NOTICE,
      documents: [{ id: planId, fileName: 'plan.pdf', url: `/api/v1/hearings/${hearingId}/documents/${planId}`, label: { th: expect.any(String), en: expect.any(String) } }],
      comments: [],
      answers: [],
      result: null,
    });
    // closesAt: the end of the Bangkok day 15 calendar days after opening.
    const closes = new Date(res.body.closesAt);
    const bangkokOpen = new Date(new Date(res.body.opensAt).getTime() + 7 * 3_600_000);
    expect(new Date(closes.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)).toBe(new Date(bangkokOpen.getTime() + 15 * DAY_MS).toISOString().slice(0, 10));
    expect(new Date(closes.getTime() + 7 * 3_600_000).toISOString().slice(11)).toBe('23:59:59.999Z');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(SOMCHAI_ID);
    expect(text).not.toContain('สมชาย ใจดี');
    expect(text).not.toContain('applicationId');
    const doc = await binary(t.http.get(`/api/v1/hearings/${hearingId}/documents/${planId}`)).expect(200);
    expect((doc.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await t.http.get(`/api/v1/hearings/${hearingId}/documents/7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60`).expect(404);
    const mine = await t.http.get('/api/v1/hearings/mine').set(await as('somchai')).expect(200);
    expect(mine.body.map((h: { id: string }) => h.id)).toEqual([hearingId]);
    expect((await t.http.get('/api/v1/hearings/mine').set(await as('suda')).expect(200)).body).toEqual([]);
  });

  it('refuses comments from no one signed in, before the opening, and empty or invisible-only, with nothing stored', async () => {
    await t.http.post(`/api/v1/hearings/${hearingId}/comments`).send({ stance: 'support', text: 'ดี' }).expect(401);
    const opensAt = new Date((await t.http.get(`/api/v1/hearings/${hearingId}`)).body.opensAt);
    now = new Date(opensAt.getTime() - 3_600_000);
    const early = await refusedWithNothingStored(() => comment('suda', { stance: 'support', text: 'เห็นด้วย' }), 409, 'HEARING_NOT_OPEN');
    expect(early.body.message).toContain('not yet open');
    now = new Date(opensAt.getTime() + 60_000);
    for (const text of ['', '   \n  ', '\u200B\u2060\u200B', ' \u3164 \u2800 ']) {
      await refusedWithNothingStored(() => comment('suda', { stance: 'support', text }), 400, 'COMMENT_EMPTY');
    }
    await refusedWithNothingStored(() => comment('suda', { stance: 'maybe', text: 'ไม่แน่ใจ' }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(() => comment('suda', { stance: 'support', text: 'ก'.repeat(2001) }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(() => comment('suda', { stance: 'support' }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(async () => t.http.post(`/api/v1/hearings/8d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60/comments`).set(await as('suda')).send({ stance: 'support', text: 'ดี' }), 404, 'HEARING_NOT_FOUND');
    // Staff are not citizens commenting.
    const staff = await comment('officer.khlongtoei', { stance: 'support', text: 'ดี' });
    expect(staff.status).toBe(403);
  });

  it('takes comments with photos from Digital ID citizens, numbered in order', async () => {
    const sudaPhoto = await photo('suda');
    expect(sudaPhoto.status).toBe(201);
    await refusedWithNothingStored(async () => photo('suda', await samplePdf(), 'application/pdf'), 415, 'HEARING_PHOTO_TYPE_NOT_ALLOWED');
    // Another person's photo, and more than three: refused, and the photo stays unattached.
    const wanee = await photo('wanee');
    await refusedWithNothingStored(() => comment('kanokporn', { stance: 'oppose', text: 'กลิ่น', photoIds: [wanee.body.id] }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(() => comment('suda', { stance: 'oppose', text: 'กลิ่น', photoIds: [sudaPhoto.body.id, wanee.body.id, wanee.body.id, sudaPhoto.body.id].map((_, i) => `7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f6${i}`) }), 400, 'VALIDATION_FAILED');

    const first = await comment('suda', { stance: 'oppose', text: '  เสียงเครื่องจักรดังตอนกลางคืน\r\nรบกวนการพักผ่อน  ', photoIds: [sudaPhoto.body.id] });
    expect(first.status).toBe(201);
    expect(first.body.number).toBe(1);
    comments.suda = first.body;
    const second = await comment('kanokporn', { stance: 'support', text: 'สร้างงานให้คนในชุมชน' });
    expect(second.body).toMatchObject({ number: 2 });
    comments.kanokporn = second.body;
    const third = await comment('wanee', { stance: 'neutral', text: 'ถ้อยคำหยาบคายที่ไม่ควรเผยแพร่', photoIds: [wanee.body.id] });
    expect(third.body).toMatchObject({ number: 3 });
    comments.wanee = third.body;

    const view = await t.http.get(`/api/v1/hearings/${hearingId}`).expect(200);
    expect(view.body.commentCount).toBe(3);
    expect(view.body.comments[0]).toMatchObject({ number: 1, stance: 'oppose', text: 'เสียงเครื่องจักรดังตอนกลางคืน\nรบกวนการพักผ่อน', hidden: null, photos: [{ id: sudaPhoto.body.id }] });
    expect(view.body.comments[0].commenter).toBeUndefined();
    expect(JSON.stringify(view.body)).not.toContain('สุดา');
    const image = await binary(t.http.get(view.body.comments[0].photos[0].url.replace(/^/, ''))).expect(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
  });

  it('stops a sixth comment from one person on a hearing', async () => {
    for (let i = 2; i <= 5; i += 1) expect((await comment('suda', { stance: 'neutral', text: `ข้อสังเกตข้อที่ ${i}` })).status).toBe(201);
    await refusedWithNothingStored(() => comment('suda', { stance: 'neutral', text: 'ข้อสังเกตข้อที่ 6' }), 409, 'HEARING_COMMENT_LIMIT');
  });

  it('lets the office see who commented and hide a comment with a reason, never deleting it', async () => {
    const office = await t.http.get(`/api/v1/office/hearings/${hearingId}`).set(await as('officer.khlongtoei')).expect(200);
    expect(office.body.comments[0].commenter).toEqual({ name: 'นางสาวสุดา รักไทย' });
    expect(office.body.applicationId).toBe(appId);
    await t.http.get(`/api/v1/office/hearings/${hearingId}`).set(await as('officer.nonthaburi')).expect(404);
    await t.http.get(`/api/v1/office/hearings/${hearingId}`).set(await as('somchai')).expect(403);
    await t.http.get(`/api/v1/office/hearings/${hearingId}`).expect(401);

    const hide = (who: string, reason: string, id = comments.wanee.id) => async () => t.http.post(`/api/v1/office/hearings/${hearingId}/comments/${id}/hide`).set(await as(who)).send({ reason });
    await refusedWithNothingStored(hide('officer.khlongtoei', 'สั้น'), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(hide('officer.nonthaburi', 'ถ้อยคำหยาบคาย / abusive language'), 404, 'HEARING_NOT_FOUND');
    expect((await hide('somchai', 'ถ้อยคำหยาบคาย / abusive language')()).status).toBe(403);
    const hidden = await hide('officer.khlongtoei', 'ถ้อยคำหยาบคาย / abusive language')();
    expect(hidden.status).toBe(200);
    expect(hidden.body.comments[2]).toMatchObject({ number: 3, text: 'ถ้อยคำหยาบคายที่ไม่ควรเผยแพร่', hidden: { reason: 'ถ้อยคำหยาบคาย / abusive language' }, commenter: { name: 'นางวาณี ศรีสุข' } });
    await refusedWithNothingStored(hide('officer.khlongtoei', 'ซ่อนอีกครั้ง / again'), 409, 'COMMENT_ALREADY_HIDDEN');
    expect(await t.count('hearing_comments')).toBe(7);

    const publicView = await t.http.get(`/api/v1/hearings/${hearingId}`).expect(200);
    expect(publicView.body.comments[2]).toMatchObject({ number: 3, text: null, photos: [], hidden: { reason: 'ถ้อยคำหยาบคาย / abusive language' } });
    const officePhoto = hidden.body.comments[2].photos[0];
    await binary(t.http.get(officePhoto.url).set(await as('officer.khlongtoei'))).expect(200);
    await t.http.get(`/api/v1/hearings/${hearingId}/comments/${comments.wanee.id}/photos/${officePhoto.id}`).expect(404);
  });

  it('takes no answers while the hearing is open, nor from anyone but the applicant', async () => {
    await refusedWithNothingStored(async () => t.http.post(`/api/v1/hearings/${hearingId}/answers`).set(await as('somchai')).send({ commentIds: [comments.suda.id], text: 'จะติดตั้งฉนวนกันเสียง' }), 409, 'HEARING_NOT_ANSWERING');
    await refusedWithNothingStored(async () => t.http.post(`/api/v1/hearings/${hearingId}/answers`).set(await as('suda')).send({ commentIds: [comments.suda.id], text: 'ตอบเอง' }), 403, 'HEARING_APPLICANT_ONLY');
    await refusedWithNothingStored(() => sendEvent(t, appId, { as: 'somchai', type: 'ANSWERS_SUBMITTED' }), 409, 'EVENT_NOT_ACCEPTED');
  });

  it('refuses comments after the period by the clock, even before the job ran; the job then closes it once', async () => {
    const { closesAt } = (await t.http.get(`/api/v1/hearings/${hearingId}`)).body;
    now = new Date(new Date(closesAt).getTime() + 1);
    const late = await refusedWithNothingStored(() => comment('kanokporn', { stance: 'support', text: 'ช้าไป' }), 409, 'HEARING_NOT_OPEN');
    expect(late.body.message).toContain('ended');
    expect((await t.http.get(`/api/v1/hearings/${hearingId}`)).body).toMatchObject({ status: 'closed', canComment: false });
    expect(await closing.runOnce()).toBe(1);
    expect(await closing.runOnce()).toBe(0);
    const app = await t.http.get(`/api/v1/applications/${appId}`).set(await as('somchai')).expect(200);
    expect(app.body.state).toBe('hearing_answers');
  });

  it('has the applicant answer every visible comment, each alone or grouped, before the summary', async () => {
    const all = (await t.http.get(`/api/v1/hearings/${hearingId}`)).body.comments as { id: string; number: number; hidden: unknown }[];
    const answer = async (body: Record<string, unknown>) => t.http.post(`/api/v1/hearings/${hearingId}/answers`).set(await as('somchai')).send(body);
    await refusedWithNothingStored(() => answer({ commentIds: [comments.wanee.id], text: 'ตอบความคิดเห็นที่ถูกซ่อน' }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(() => answer({ commentIds: [], text: 'ไม่มีความคิดเห็น' }), 400, 'VALIDATION_FAILED');
    await refusedWithNothingStored(() => answer({ commentIds: [comments.suda.id], text: '\u200B' }), 400, 'VALIDATION_FAILED');
    expect((await answer({ commentIds: [comments.suda.id], text: 'จะติดตั้งฉนวนกันเสียงและหยุดเครื่องจักรหลัง 22.00 น.' })).status).toBe(201);
    const missing = await refusedWithNothingStored(() => sendEvent(t, appId, { as: 'somchai', type: 'ANSWERS_SUBMITTED' }), 409, 'HEARING_ANSWERS_MISSING');
    expect(missing.body.message).toContain('2');
    const rest = all.filter((c) => !c.hidden && c.number !== 1).map((c) => c.id);
    expect((await answer({ commentIds: rest, text: 'ขอบคุณสำหรับความคิดเห็น บริษัทจะรับจ้างคนในชุมชนก่อน' })).status).toBe(201);
    const submitted = await sendEvent(t, appId, { as: 'somchai', type: 'ANSWERS_SUBMITTED' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('hearing_summary');
    const view = (await t.http.get(`/api/v1/hearings/${hearingId}`)).body;
    expect(view.answers).toHaveLength(2);
    expect(view.answers[1].commentNumbers).toEqual([2, 4, 5, 6, 7]);
  });

  it('summarises, issues the signed result letter with the hearing’s result, and shows the outcome publicly', async () => {
    const summary = { summary: 'ประชาชนส่วนใหญ่กังวลเรื่องเสียง ผู้ประกอบการรับจะติดตั้งฉนวนกันเสียง', points: ['เสียงเครื่องจักรตอนกลางคืน', 'การจ้างงานในชุมชน'] };
    await refusedWithNothingStored(() => sendEvent(t, appId, { as: 'officer.khlongtoei', type: 'SUMMARISE_HEARING', data: { ...summary, points: [] } }), 400, 'EVENT_INVALID');
    await drive(t, appId, [
      { as: 'officer.khlongtoei', type: 'SUMMARISE_HEARING', data: summary },
      { as: 'approver.khlongtoei', type: 'APPROVE' },
    ]);
    await runner.runOnce();
    const app = await t.http.get(`/api/v1/applications/${appId}`).set(await as('somchai')).expect(200);
    expect(app.body.state).toBe('completed');
    const view = (await t.http.get(`/api/v1/hearings/${hearingId}`).expect(200)).body;
    expect(view.status).toBe('concluded');
    expect(view.result).toMatchObject({ summary: summary.summary, points: summary.points, counts: { support: 1, oppose: 1, neutral: 4, hidden: 1 }, letter: { licenceNumber: expect.any(String), verifyUrl: expect.stringContaining('/verify/') } });

    const number = view.result.letter.licenceNumber as string;
    const pdf = (await binary(t.http.get(`/api/v1/licences/${encodeURIComponent(number)}/pdf`).set(await as('somchai'))).expect(200)).body as Buffer;
    if (!hasPoppler) return console.warn('poppler-utils (pdfsig, pdftotext) not installed: the external checks were skipped');
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-hearing-'));
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toMatch(/Signature Validation: Signature is Valid/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('ผลการรับฟังความคิดเห็นของประชาชน');
    expect(text).toContain(view.reference);
    expect(text).toMatch(/สนับสนุน 1/);
    expect(text).toMatch(/คัดค้าน 1/);
    expect(text).toMatch(/เป็นกลาง 4/);
    expect(text).toMatch(/ถูกซ่อนโดยสำนักงาน 1/);
    expect(text).toContain('การจ้างงานในชุมชน');
  });

  it('records every act of the hearing in the hash-chained history, which still verifies', async () => {
    const timeline = await t.http.get(`/api/v1/applications/${appId}/timeline`).set(await as('somchai')).expect(200);
    expect(timeline.body.integrity.verified).toBe(true);
    const entries = timeline.body.entries as { event: string; data: Record<string, unknown> | null; comment: string | null }[];
    const opened = entries.find((e) => e.event === 'OPEN_HEARING')!;
    expect(opened.data).toMatchObject({ notice: NOTICE, reference: expect.stringMatching(/^PH-/), publishedDocuments: [{ id: planId, fileName: 'plan.pdf' }] });
    const posted = entries.filter((e) => e.event === 'HEARING_COMMENT_POSTED');
    expect(posted).toHaveLength(7);
    expect(posted[0].data).toMatchObject({ number: 1, stance: 'oppose', textSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(posted)).not.toContain('user-suda');
    expect(posted.map((e) => (e as unknown as { actor: unknown }).actor)).toEqual(posted.map(() => ({ id: 'public', roles: [], agencyId: null })));
    expect(entries.find((e) => e.event === 'HEARING_COMMENT_HIDDEN')?.data).toMatchObject({ number: 3, reason: 'ถ้อยคำหยาบคาย / abusive language' });
    expect(entries.filter((e) => e.event === 'HEARING_ANSWER_POSTED')).toHaveLength(2);
    expect(entries.find((e) => e.event === 'SUMMARISE_HEARING')?.data).toMatchObject({ counts: { support: 1, oppose: 1, neutral: 4, hidden: 1 } });
    expect(entries.some((e) => e.event === 'HEARING_CLOSED')).toBe(true);
  });

  it('lists hearings by area and status a page at a time, with an Atom feed and open data without personal data', async () => {
    const bangkok = await t.http.get('/api/v1/hearings?province=10&limit=1').expect(200);
    expect(bangkok.body.items.map((h: { id: string }) => h.id)).toEqual([hearingId]);
    expect(bangkok.body.items[0].applicationId).toBeUndefined();
    expect((await t.http.get('/api/v1/hearings?province=12').expect(200)).body.items).toEqual([]);
    expect((await t.http.get('/api/v1/hearings?status=open').expect(200)).body.items).toEqual([]);
    expect((await t.http.get('/api/v1/hearings?status=concluded&subdistrict=103301').expect(200)).body.items).toHaveLength(1);
    expect((await t.http.get('/api/v1/hearings?limit=0').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.get('/api/v1/hearings?before=nonsense').expect(400)).body.code).toBe('HEARING_LIST_BAD_CURSOR');
    const cursor = Buffer.from(`${new Date().toISOString()}|ffffffff-ffff-4fff-bfff-ffffffffffff`).toString('base64url');
    expect((await t.http.get(`/api/v1/hearings?before=${cursor}`).expect(200)).body.items).toHaveLength(1);

    const feed = await t.http.get('/api/v1/hearings/feed.atom?province=10').expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    for (const tag of [/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/, /<feed[^]*<id>[^<]+<\/id>/, /<feed[^]*<title>[^<]+<\/title>/, /<feed[^]*<updated>\d{4}-\d\d-\d\dT[^<]+<\/updated>/, /<author><name>/]) expect(feed.text).toMatch(tag);
    const entry = feed.text.slice(feed.text.indexOf('<entry>'), feed.text.indexOf('</entry>'));
    expect(entry).toContain(`<id>urn:uuid:${hearingId}</id>`);
    expect(entry).toMatch(/<title>PH-25\d\d-\d{6} /);
    expect(entry).toMatch(/<updated>\d{4}-\d\d-\d\dT[^<]+<\/updated>/);
    expect(entry).toMatch(new RegExp(`<link rel="alternate" type="text/html" href="[^"]+/hearings/${hearingId}"/>`));

    const csv = await t.http.get('/api/v1/open-data/hearings.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const [header, row] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('reference,licence_type,licence_type_name_th,licence_type_name_en,province,province_name_th,district,district_name_th,subdistrict,subdistrict_name_th,opens_at,closes_at,days,status,comments_support,comments_oppose,comments_neutral,comments_hidden,outcome');
    expect(row).toMatch(/^PH-25\d\d-\d{6},factory-class2-public-hearing,.*,15,concluded,1,1,4,1,concluded$/);
    const json = await t.http.get('/api/v1/open-data/hearings.json').expect(200);
    expect(json.body).toMatchObject({ dataset: 'hearings', rows: [{ status: 'concluded', comments_hidden: 1, outcome: 'concluded' }] });
    for (const text of [csv.text, JSON.stringify(json.body)]) {
      for (const personal of [SOMCHAI_ID, 'สมชาย ใจดี', 'สุดา', 'user-', KHLONG_TOEI_PREMISES.address, 'เสียงเครื่องจักรดัง']) expect(text).not.toContain(personal);
    }
  });

  it('names a company by its registered name, and pages the list newest first by its cursor', async () => {
    now = new Date();
    const created = await t.http
      .post('/api/v1/applications')
      .set(await as('wanee'))
      .send({
        licenceType: 'factory-class3-public-hearing',
        applicant: { type: 'juristic', registrationNumber: '0105560012342' },
        premises: KHLONG_TOEI_PREMISES,
        form: { businessName: 'โรงงานของบริษัท', contactPhone: '0812345678' },
        confirmApplicantData: true,
      })
      .expect(201);
    await attachRequiredDocuments(t, created.body.id, 'wanee');
    await drive(t, created.body.id, [
      { as: 'wanee', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'officer.khlongtoei', type: 'OPEN_HEARING', data: { notice: NOTICE, publishedDocumentIds: [] } },
    ]);
    const app = (await t.http.get(`/api/v1/applications/${created.body.id}`).set(await as('wanee')).expect(200)).body;
    const company = (await t.http.get(`/api/v1/hearings/${app.hearingId}`).expect(200)).body;
    expect(company.proposer).toEqual({ kind: 'company', name: app.holder.name.th });
    expect(company.businessName).toBe('โรงงานของบริษัท');
    expect(JSON.stringify(company)).not.toContain('นางวาณี ศรีสุข');
    // Two hearings: a page of one, then the next by its cursor, then none.
    const first = (await t.http.get('/api/v1/hearings?limit=1').expect(200)).body;
    expect(first.items.map((h: { id: string }) => h.id)).toEqual([app.hearingId]);
    expect(first.nextBefore).toEqual(expect.any(String));
    const second = (await t.http.get(`/api/v1/hearings?limit=1&before=${first.nextBefore}`).expect(200)).body;
    expect({ ids: second.items.map((h: { id: string }) => h.id), next: second.nextBefore }).toEqual({ ids: [hearingId], next: null });
    expect((await t.http.get('/api/v1/hearings?status=open').expect(200)).body.items.map((h: { id: string }) => h.id)).toEqual([app.hearingId]);
    // The applicant who follows the subdistrict is not told of her own hearing.
    await runner.runOnce();
    expect(await t.count('notifications', `recipient_id = ${placeholder(1)} AND template = ${placeholder(2)}`, ['user-wanee', 'hearing-opened-nearby'])).toBe(1);
  });
});
