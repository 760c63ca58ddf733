import jpeg from 'jpeg-js';
import { OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const OFFICER = 'officer.khlongtoei';
const APPROVER = 'approver.khlongtoei';
const JPEG = jpeg.encode({ width: 2, height: 2, data: Buffer.alloc(16, 120) }, 80).data;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const DESCRIPTION = 'ร้านทิ้งเศษอาหารลงท่อระบายน้ำทุกคืน ส่งกลิ่นเหม็นมาก / The shop dumps food waste into the drain every night';

/** A date in Bangkok, `days` from today. */
function bangkokDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Complaints about licensed premises: made, triaged, inspected, enforced through the licence, answered and counted', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let receipts = 0;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
  });
  afterAll(() => t.close());

  const as = async (username: string) => `Bearer ${await t.login(username)}`;
  const enc = encodeURIComponent;

  /** A food premises permit for somchai, issued by Khlong Toei after a counter payment. */
  async function issuedLicence(address = '99 ถนนสุขุมวิท แขวงคลองตัน เขตคลองเตย กรุงเทพมหานคร 10110'): Promise<{ number: string; applicationId: string }> {
    const app = await createFoodApplication(t, 'somchai', { premises: { address, provinceCode: '10', districtCode: '1033', subdistrictCode: '103301' } });
    await drive(t, app.id, TO_AWAITING_PAYMENT);
    await runner.runOnce();
    await t.http
      .post(`/api/v1/applications/${app.id}/payments/counter`)
      .set('Authorization', await as(OFFICER))
      .send({ receiptNumber: `KT-CMP-${++receipts}`, amountSatang: 200000 })
      .expect(201);
    await runner.runOnce();
    const timeline = await t.http.get(`/api/v1/applications/${app.id}/timeline`).set('Authorization', await as('somchai')).expect(200);
    const issued = timeline.body.entries.find((e: { event: string }) => e.event === 'LICENCE_ISSUED');
    return { number: issued.data.licenceNumber as string, applicationId: app.id };
  }

  const uploadPhoto = async (content: Buffer, by = 'suda', filename = 'photo.jpg') =>
    t.http.post('/api/v1/complaints/photos').set('Authorization', await as(by)).attach('file', content, { filename });
  const fileComplaint = async (body: Record<string, unknown>, by = 'suda') => t.http.post('/api/v1/complaints').set('Authorization', await as(by)).send(body);
  const act = async (id: string, what: 'triage' | 'inspection' | 'outcome' | 'response', by: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/complaints/${id}/${what}`).set('Authorization', await as(by)).send(body);
  const view = async (id: string, by: string) => t.http.get(`/api/v1/complaints/${id}`).set('Authorization', await as(by));
  const footprint = async () => ({
    complaints: await t.count('complaints'),
    events: await t.count('complaint_events'),
    attached: await t.count('complaint_photos', 'complaint_id IS NOT NULL'),
    outbox: await t.count('outbox'),
    licenceEvents: await t.count('application_events'),
  });

  /** A complaint by suda about the licence, accepted and inspected by Khlong Toei. */
  async function inspectedComplaint(number: string): Promise<{ id: string; reference: string }> {
    const made = await fileComplaint({ licenceNumber: number, category: 'hygiene', description: DESCRIPTION, anonymousToHolder: true });
    expect(made.status).toBe(201);
    await act(made.body.id, 'triage', OFFICER, { decision: 'accept', note: 'รับเรื่อง / accepted' }).then((r) => expect(r.status).toBe(201));
    await act(made.body.id, 'inspection', OFFICER, { inspectedOn: bangkokDate(0), findings: 'พบจริง / confirmed' }).then((r) => expect(r.status).toBe(201));
    return { id: made.body.id, reference: made.body.reference };
  }

  describe('finding the licence', () => {
    it('by its number or part of its premises address, among licences in force; refuses a bad search with 400 and an unknown number with 404', async () => {
      const { number } = await issuedLicence('12 ซอยกล้วยน้ำไท ถนนพระราม 4 แขวงคลองเตย');
      const byNumber = await t.http.get(`/api/v1/complaints/licences?number=${enc(number)}`).set('Authorization', await as('suda')).expect(200);
      expect(byNumber.body.items).toEqual([
        expect.objectContaining({ number, status: 'valid', address: '12 ซอยกล้วยน้ำไท ถนนพระราม 4 แขวงคลองเตย', holderMaskedName: 'น******* ใ**' }),
      ]);
      expect(JSON.stringify(byNumber.body)).not.toContain('สมชาย');
      const byAddress = await t.http.get(`/api/v1/complaints/licences?address=${enc('กล้วยน้ำไท')}`).set('Authorization', await as('suda')).expect(200);
      expect(byAddress.body.items.map((l: { number: string }) => l.number)).toEqual([number]);
      const none = await t.http.get(`/api/v1/complaints/licences?address=${enc('ไม่มีที่อยู่นี้แน่นอน')}`).set('Authorization', await as('suda')).expect(200);
      expect(none.body.items).toEqual([]);
      // The codes inside the stored premises are not the address.
      expect((await t.http.get('/api/v1/complaints/licences?address=103301').set('Authorization', await as('suda')).expect(200)).body.items).toEqual([]);
      for (const query of ['', '?address=abc', `?number=${enc(number)}&address=${enc('กล้วยน้ำไท')}`]) {
        const bad = await t.http.get(`/api/v1/complaints/licences${query}`).set('Authorization', await as('suda'));
        expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'COMPLAINT_SEARCH_INVALID' });
      }
      const unknown = await t.http.get('/api/v1/complaints/licences?number=NOPE%2F2569%2F000001').set('Authorization', await as('suda'));
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'COMPLAINT_LICENCE_NOT_FOUND' });
      await t.http.get(`/api/v1/complaints/licences?number=${enc(number)}`).expect(401);
    });
  });

  describe('bad input', () => {
    let number: string;
    let photoId: string;
    beforeAll(async () => {
      ({ number } = await issuedLicence());
      photoId = (await uploadPhoto(JPEG)).body.id;
    });

    it.each([
      ['no licence number', { licenceNumber: undefined }, 400, 'VALIDATION_FAILED'],
      ['an unknown category', { category: 'gossip' }, 400, 'VALIDATION_FAILED'],
      ['a description of 9 characters', { description: 'สั้นไปนะ' }, 400, 'VALIDATION_FAILED'],
      ['a description of spaces and zero-width characters', { description: ' \u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b ' }, 400, 'VALIDATION_FAILED'],
      ['a description with a control character', { description: `${DESCRIPTION}\u0007` }, 400, 'VALIDATION_FAILED'],
      ['a description of 2,001 characters', { description: 'ก'.repeat(2001) }, 400, 'VALIDATION_FAILED'],
      ['no anonymity choice', { anonymousToHolder: undefined }, 400, 'VALIDATION_FAILED'],
      ['anonymity as text', { anonymousToHolder: 'yes' }, 400, 'VALIDATION_FAILED'],
      ['six photos', { photoIds: Array.from({ length: 6 }, () => '0b7f5f6e-8a1d-4c3b-9e2f-1a2b3c4d5e6f') }, 400, 'VALIDATION_FAILED'],
      ['a photo id that is no uuid', { photoIds: ['photo-1'] }, 400, 'VALIDATION_FAILED'],
      ['an extra field', { priority: 'high' }, 400, 'VALIDATION_FAILED'],
      ['an unknown licence', { licenceNumber: 'BMA-XX/2569/999999' }, 404, 'COMPLAINT_LICENCE_NOT_FOUND'],
      ['a photo nobody uploaded', { photoIds: ['0b7f5f6e-8a1d-4c3b-9e2f-1a2b3c4d5e6f'] }, 422, 'COMPLAINT_PHOTOS_INVALID'],
    ])('refuses %s with its code and stores nothing', async (_what, change, status, code) => {
      const before = await footprint();
      const res = await fileComplaint({ licenceNumber: number, category: 'hygiene', description: DESCRIPTION, anonymousToHolder: false, photoIds: [photoId], ...change });
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(res.body.message).toBeTruthy();
      expect(await footprint()).toEqual(before);
    });

    it('refuses another person’s photo, a photo already used, the holder’s own licence, and a photo that is not an image', async () => {
      const somchais = (await uploadPhoto(PNG, 'somchai')).body.id;
      const before = await footprint();
      const foreign = await fileComplaint({ licenceNumber: number, category: 'noise', description: DESCRIPTION, anonymousToHolder: false, photoIds: [photoId, somchais] });
      expect({ status: foreign.status, code: foreign.body.code, details: foreign.body.details }).toEqual({ status: 422, code: 'COMPLAINT_PHOTOS_INVALID', details: [{ field: 'photoIds.1', problem: expect.any(String) }] });
      expect(await footprint()).toEqual(before);
      const own = await fileComplaint({ licenceNumber: number, category: 'noise', description: DESCRIPTION, anonymousToHolder: false }, 'somchai');
      expect({ status: own.status, code: own.body.code }).toEqual({ status: 422, code: 'COMPLAINT_OWN_LICENCE' });
      expect(await footprint()).toEqual(before);
      const photos = await t.count('complaint_photos');
      const text = await uploadPhoto(Buffer.from('not an image at all'), 'suda', 'x.jpg');
      expect(text.status).toBe(415);
      const pdf = await uploadPhoto(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'suda', 'x.pdf');
      expect(pdf.status).toBeGreaterThanOrEqual(400);
      expect(pdf.status).toBeLessThan(500);
      expect(await t.count('complaint_photos')).toBe(photos);
      const used = await fileComplaint({ licenceNumber: number, category: 'noise', description: DESCRIPTION, anonymousToHolder: false, photoIds: [photoId] });
      expect(used.status).toBe(201);
      const again = await fileComplaint({ licenceNumber: number, category: 'noise', description: DESCRIPTION, anonymousToHolder: false, photoIds: [photoId] });
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'COMPLAINT_PHOTOS_INVALID' });
    });
  });

  describe('from complaint to suspension', () => {
    it('the office triages, inspects and the approver suspends through the licence’s workflow; the holder answers without learning who complained; the public sees no personal data', async () => {
      const { number, applicationId } = await issuedLicence();
      const photo = await uploadPhoto(JPEG);
      expect(photo.status).toBe(201);
      const made = await fileComplaint({ licenceNumber: number, category: 'hygiene', description: `${DESCRIPTION}\r\nตั้งแต่ต้นเดือน / since the start of the month`, anonymousToHolder: true, photoIds: [photo.body.id] });
      expect(made.status).toBe(201);
      const complaint = made.body;
      expect(complaint).toMatchObject({
        reference: expect.stringMatching(/^RC-25\d\d-[2-9A-Z]{8}$/),
        viewerSide: 'complainant',
        licenceNumber: number,
        status: 'received',
        description: `${DESCRIPTION}\nตั้งแต่ต้นเดือน / since the start of the month`,
        anonymousToHolder: true,
        complainant: { id: 'user-suda', name: { th: 'นางสาวสุดา รักไทย', en: 'Ms Suda Rakthai' } },
        photos: [{ id: photo.body.id, mediaType: 'image/jpeg' }],
        availableActions: [],
      });

      // The holder does not see it before the office accepts it; another office never does.
      expect((await view(complaint.id, 'somchai')).status).toBe(404);
      expect((await view(complaint.id, 'officer.nonthaburi')).status).toBe(404);
      const other = await act(complaint.id, 'triage', 'officer.nonthaburi', { decision: 'accept', note: 'x' });
      expect(other.status).toBe(404);

      // The office sees who complained, and the photo.
      const office = (await view(complaint.id, OFFICER)).body;
      expect(office).toMatchObject({ viewerSide: 'office', complainant: { id: 'user-suda' }, availableActions: ['accept', 'dismiss'] });
      const image = await t.http.get(`/api/v1/complaints/${complaint.id}/photos/${photo.body.id}`).set('Authorization', await as(OFFICER)).expect(200);
      expect(image.headers['content-type']).toBe('image/jpeg');
      const listed = (await t.http.get('/api/v1/complaints/office?status=received').set('Authorization', await as(OFFICER)).expect(200)).body.items;
      expect(listed.map((c: { id: string }) => c.id)).toContain(complaint.id);
      expect((await t.http.get('/api/v1/complaints/office').set('Authorization', await as('officer.nonthaburi')).expect(200)).body.items.map((c: { id: string }) => c.id)).not.toContain(complaint.id);

      // Out of order, stale, or by the wrong role: refused, nothing changes.
      let before = await footprint();
      for (const [res, status, code] of [
        [await act(complaint.id, 'inspection', OFFICER, { inspectedOn: bangkokDate(0), findings: 'x' }), 409, 'COMPLAINT_ACTION_NOT_ALLOWED'],
        [await act(complaint.id, 'triage', OFFICER, { decision: 'accept', note: 'x', expectedVersion: 7 }), 409, 'COMPLAINT_CHANGED_CONCURRENTLY'],
        [await act(complaint.id, 'triage', OFFICER, { decision: 'maybe', note: 'x' }), 400, 'VALIDATION_FAILED'],
        [await act(complaint.id, 'triage', OFFICER, { decision: 'dismiss', note: '   ' }), 400, 'VALIDATION_FAILED'],
        [await act(complaint.id, 'triage', APPROVER, { decision: 'accept', note: 'x' }), 403, 'ROLE_FORBIDDEN'],
        [await act(complaint.id, 'outcome', OFFICER, { outcome: 'no_action', note: 'x' }), 409, 'COMPLAINT_ACTION_NOT_ALLOWED'],
      ] as const) {
        expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      }
      expect(await footprint()).toEqual(before);

      const accepted = await act(complaint.id, 'triage', OFFICER, { decision: 'accept', note: 'รับเรื่องไว้ตรวจสอบ / accepted for inspection', expectedVersion: 1 });
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({ status: 'accepted', version: 2, availableActions: ['record-inspection'] });

      // Now the holder sees it, but not who complained, nor the photo.
      const holder = (await view(complaint.id, 'somchai')).body;
      expect(holder).toMatchObject({ viewerSide: 'holder', complainant: null, photos: [], availableActions: ['respond'], description: expect.stringContaining('เศษอาหาร') });
      expect(JSON.stringify(holder)).not.toMatch(/suda|สุดา|Suda/);
      expect((await t.http.get(`/api/v1/complaints/${complaint.id}/photos/${photo.body.id}`).set('Authorization', await as('somchai'))).status).toBe(404);
      const mine = (await t.http.get('/api/v1/complaints/mine').set('Authorization', await as('somchai')).expect(200)).body.items;
      expect(mine.find((c: { id: string }) => c.id === complaint.id)).toMatchObject({ side: 'holder', status: 'accepted' });

      const future = await act(complaint.id, 'inspection', OFFICER, { inspectedOn: bangkokDate(2), findings: 'x' });
      expect({ status: future.status, code: future.body.code }).toEqual({ status: 409, code: 'COMPLAINT_ACTION_NOT_ALLOWED' });
      const inspected = await act(complaint.id, 'inspection', OFFICER, { inspectedOn: bangkokDate(0), findings: 'พบน้ำเสียไหลลงท่อสาธารณะ / waste water found in the public drain' });
      expect(inspected.body).toMatchObject({ status: 'inspected', availableActions: ['no_action', 'warning'] });
      expect((await view(complaint.id, APPROVER)).body.availableActions).toEqual(['no_action', 'warning', 'suspension', 'revocation']);

      // Suspension is the approver's; a warning needs a deadline; nothing is stored on refusal.
      before = await footprint();
      for (const [res, status, code] of [
        [await act(complaint.id, 'outcome', OFFICER, { outcome: 'suspension', note: 'x' }), 403, 'COMPLAINT_APPROVER_ONLY'],
        [await act(complaint.id, 'outcome', OFFICER, { outcome: 'warning', note: 'x' }), 400, 'COMPLAINT_WARNING_DEADLINE_INVALID'],
        [await act(complaint.id, 'outcome', OFFICER, { outcome: 'warning', note: 'x', deadline: bangkokDate(0) }), 400, 'COMPLAINT_WARNING_DEADLINE_INVALID'],
        [await act(complaint.id, 'outcome', OFFICER, { outcome: 'warning', note: 'x', deadline: bangkokDate(181) }), 400, 'COMPLAINT_WARNING_DEADLINE_INVALID'],
        [await act(complaint.id, 'outcome', OFFICER, { outcome: 'no_action', note: 'x', deadline: bangkokDate(5) }), 409, 'COMPLAINT_ACTION_NOT_ALLOWED'],
        [await act(complaint.id, 'outcome', APPROVER, { outcome: 'suspension', note: 'x', suspendedUntil: '2020-01-01' }), 409, 'COMPLAINT_ACTION_NOT_ALLOWED'],
        [await act(complaint.id, 'outcome', APPROVER, { outcome: 'closure', note: 'x' }), 400, 'VALIDATION_FAILED'],
      ] as const) {
        expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      }
      expect(await footprint()).toEqual(before);

      const until = bangkokDate(30);
      const suspended = await act(complaint.id, 'outcome', APPROVER, { outcome: 'suspension', note: 'ปล่อยน้ำเสียลงท่อสาธารณะ / waste water into the public drain', suspendedUntil: until });
      expect(suspended.status).toBe(201);
      expect(suspended.body).toMatchObject({ status: 'closed', outcome: 'suspension', outcomeLabel: { en: 'Licence suspended' } });

      // The licence's own workflow took the step, naming the complaint; verification shows it suspended.
      const verified = (await t.http.get(`/api/v1/verify/${enc(number)}`).expect(200)).body;
      expect(verified.status).toBe('suspended');
      expect(verified.statusReason).toContain(complaint.reference);
      const timeline = (await t.http.get(`/api/v1/applications/${applicationId}/timeline`).set('Authorization', await as('somchai')).expect(200)).body.entries;
      const step = timeline.find((e: { event: string }) => e.event === 'SUSPEND');
      expect(step).toMatchObject({ comment: expect.stringContaining(`Suspended following complaint ${complaint.reference}`), data: { until } });

      // The holder answers once; the complainant does not see the answer; the office does.
      const answer = await act(complaint.id, 'response', 'somchai', { text: 'ได้แก้ไขท่อแล้ว / the drain has been fixed' });
      expect(answer.status).toBe(201);
      expect(answer.body.holderResponse).toBe('ได้แก้ไขท่อแล้ว / the drain has been fixed');
      const twice = await act(complaint.id, 'response', 'somchai', { text: 'อีกครั้ง' });
      expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'COMPLAINT_RESPONSE_NOT_OPEN' });
      const byComplainant = await act(complaint.id, 'response', 'suda', { text: 'x' });
      expect({ status: byComplainant.status, code: byComplainant.body.code }).toEqual({ status: 403, code: 'COMPLAINT_HOLDER_ONLY' });
      expect((await view(complaint.id, 'suda')).body).toMatchObject({ holderResponse: null, status: 'closed' });
      expect((await view(complaint.id, OFFICER)).body.holderResponse).toBe('ได้แก้ไขท่อแล้ว / the drain has been fixed');

      // Everyone concerned was told.
      await runner.runOnce();
      const inbox = async (username: string) => (await t.http.get('/api/v1/notifications').set('Authorization', await as(username)).expect(200)).body as { template: string; message: { en: string } }[];
      const sudas = (await inbox('suda')).filter((n) => n.template === 'complaint-status').map((n) => n.message.en);
      expect(sudas).toEqual(expect.arrayContaining([`Your complaint ${complaint.reference}: Received, awaiting triage.`, `Your complaint ${complaint.reference}: Closed.`]));
      const somchais = (await inbox('somchai')).map((n) => n.template);
      expect(somchais).toEqual(expect.arrayContaining(['complaint-about-licence', 'complaint-outcome', 'licence-suspended']));
      expect(JSON.stringify(await inbox('somchai'))).not.toMatch(/สุดา|Suda/);
      expect((await inbox(OFFICER)).map((n) => n.template)).toEqual(expect.arrayContaining(['complaint-received', 'complaint-answered']));

      // The public status: no names, no description, no notes.
      const status = await t.http.get(`/api/v1/complaint-status/${complaint.reference.toLowerCase()}`).expect(200);
      expect(status.body).toMatchObject({ reference: complaint.reference, licenceNumber: number, status: 'closed', outcome: 'suspension', category: 'hygiene' });
      expect(status.body.steps.map((s: { status: string }) => s.status)).toEqual(['received', 'accepted', 'inspected', 'closed']);
      expect(JSON.stringify(status.body)).not.toMatch(/สุดา|Suda|สมชาย|Somchai|เศษอาหาร|drain|user-/);
      expect((await t.http.get('/api/v1/complaint-status/RC-2569-NOPE0000')).status).toBe(404);

      // A second complaint cannot suspend the licence again: refused, nothing stored.
      const second = await inspectedComplaint(number);
      before = await footprint();
      const again = await act(second.id, 'outcome', APPROVER, { outcome: 'suspension', note: 'อีกครั้ง / again' });
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'COMPLAINT_LICENCE_NOT_OPERATING' });
      expect(await footprint()).toEqual(before);
      expect((await view(second.id, APPROVER)).body.status).toBe('inspected');
    });

    it('dismissal ends it without telling the holder; a warning records its deadline; revocation ends the licence', async () => {
      const { number } = await issuedLicence();
      const dismissed = await fileComplaint({ licenceNumber: number, category: 'other', description: DESCRIPTION, anonymousToHolder: false });
      await act(dismissed.body.id, 'triage', 'head.khlongtoei', { decision: 'dismiss', note: 'ไม่อยู่ในอำนาจ / not ours to act on' }).then((r) => expect(r.body.status).toBe('dismissed'));
      expect((await view(dismissed.body.id, 'somchai')).status).toBe(404);

      const warned = await inspectedComplaint(number);
      const deadline = bangkokDate(14);
      const warning = await act(warned.id, 'outcome', OFFICER, { outcome: 'warning', note: 'ให้ติดตั้งบ่อดักไขมัน / fit a grease trap', deadline });
      expect(warning.body).toMatchObject({ status: 'closed', outcome: 'warning', warningDeadline: deadline });
      expect((await t.http.get(`/api/v1/verify/${enc(number)}`).expect(200)).body.status).toBe('valid');
      // Not anonymous: the holder sees the complainant's name.
      expect((await view(warned.id, 'somchai')).body.complainant).toBeNull();
      const named = await fileComplaint({ licenceNumber: number, category: 'noise', description: DESCRIPTION, anonymousToHolder: false });
      await act(named.body.id, 'triage', OFFICER, { decision: 'accept', note: 'รับ' });
      expect((await view(named.body.id, 'somchai')).body.complainant).toEqual({ id: '', name: { th: 'นางสาวสุดา รักไทย', en: 'Ms Suda Rakthai' } });

      const revoked = await inspectedComplaint(number);
      const done = await act(revoked.id, 'outcome', APPROVER, { outcome: 'revocation', note: 'ละเมิดซ้ำ / repeated breach' });
      expect(done.body).toMatchObject({ status: 'closed', outcome: 'revocation' });
      expect((await t.http.get(`/api/v1/verify/${enc(number)}`).expect(200)).body.status).toBe('revoked');
      const late = await fileComplaint({ licenceNumber: number, category: 'noise', description: DESCRIPTION, anonymousToHolder: false });
      expect({ status: late.status, code: late.body.code }).toEqual({ status: 404, code: 'COMPLAINT_LICENCE_NOT_FOUND' });
    });
  });

  describe('open statistics', () => {
    it('counts the complaints by status, outcome and office, with no personal data, and refuses a reversed period', async () => {
      const stats = (await t.http.get('/api/v1/statistics/complaints').expect(200)).body;
      const total = await t.count('complaints');
      expect(stats.received).toBe(total);
      const count = (list: { key: string; count: number }[], key: string) => list.find((c) => c.key === key)!.count;
      expect(count(stats.byStatus, 'closed')).toBe(await t.count('complaints', "status = 'closed'"));
      expect(count(stats.byOutcome, 'suspension')).toBe(1);
      expect(count(stats.byOutcome, 'revocation')).toBe(1);
      expect(count(stats.byOutcome, 'warning')).toBe(1);
      expect(stats.offices).toEqual([expect.objectContaining({ office: { id: 'bma-khlong-toei', name: expect.objectContaining({ en: expect.any(String) }) }, received: total })]);
      expect(JSON.stringify(stats)).not.toMatch(/RC-|สุดา|Suda|\/2569\//);
      const reversed = await t.http.get('/api/v1/statistics/complaints?from=2026-12&to=2026-01');
      expect({ status: reversed.status, code: reversed.body.code }).toEqual({ status: 400, code: 'STATISTICS_MONTH_RANGE_INVALID' });
      const empty = (await t.http.get('/api/v1/statistics/complaints?from=2020-01&to=2020-12').expect(200)).body;
      expect({ received: empty.received, offices: empty.offices }).toEqual({ received: 0, offices: [] });
    });
  });
});
