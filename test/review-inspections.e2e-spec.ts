import jpeg from 'jpeg-js';
import { samplePdf, uploadDocument } from './support/documents';
import { createFoodApplication, drive, inspectionDate, KHLONG_TOEI_INSPECTION, sendEvent } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

const OFFICER = 'officer.khlongtoei';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = jpeg.encode({ width: 2, height: 2, data: Buffer.alloc(16, 200) }, 80).data;
const FINDINGS = [{ item: 'ตะแกรงดักไขมัน / grease trap', ok: true }, { item: 'อ่างล้างมือ / hand basin', ok: true, note: 'มีสบู่ / soap present' }];

/** Supertest reads binary bodies into a Buffer only when told how. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: unknown) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('Review actions: inspections, photos, delivery numbers and documents shown inline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => ({ events: await t.count('application_events'), photos: await t.count('inspection_photos'), outbox: await t.count('outbox') });

  async function atInspection(): Promise<string> {
    const { id } = await createFoodApplication(t);
    await drive(t, id, [{ as: 'somchai', type: 'SUBMIT' }, { as: OFFICER, type: 'RECEIVE' }, { as: OFFICER, type: 'ACCEPT' }]);
    return id;
  }

  async function uploadPhoto(id: string, as: string, content: Buffer, filename = 'photo.jpg') {
    return t.http.post(`/api/v1/applications/${id}/inspection-photos`).auth(await t.login(as), { type: 'bearer' }).attach('file', content, { filename });
  }

  describe('SCHEDULE_INSPECTION', () => {
    it.each([
      ['a date before today', { date: inspectionDate(-1) }, 'INSPECTION_DATE_IN_PAST'],
      ['a date 366 days ahead', { date: inspectionDate(366) }, 'INSPECTION_DATE_TOO_FAR'],
      ['a window ending when it starts', { window: { from: '10:00', to: '10:00' } }, 'INSPECTION_WINDOW_INVALID'],
      ['a window ending before it starts', { window: { from: '14:00', to: '09:00' } }, 'INSPECTION_WINDOW_INVALID'],
      ['a window starting before 06:00', { window: { from: '05:30', to: '09:00' } }, 'INSPECTION_WINDOW_OUTSIDE_HOURS'],
      ['a window ending after 20:00', { window: { from: '18:00', to: '20:30' } }, 'INSPECTION_WINDOW_OUTSIDE_HOURS'],
      ['an inspector of another office', { inspectorId: 'user-officer-pw' }, 'INSPECTION_INSPECTOR_NOT_STAFF'],
      ['an approver as inspector', { inspectorId: 'user-approver-kt' }, 'INSPECTION_INSPECTOR_NOT_STAFF'],
      ['an applicant as inspector', { inspectorId: 'user-somchai' }, 'INSPECTION_INSPECTOR_NOT_STAFF'],
      ['an unknown inspector', { inspectorId: 'user-nobody' }, 'INSPECTION_INSPECTOR_NOT_STAFF'],
      ['no window', { window: undefined }, 'EVENT_INVALID'],
      ['no inspector', { inspectorId: undefined }, 'EVENT_INVALID'],
      ['a malformed time', { window: { from: '9:00', to: '12:00' } }, 'EVENT_INVALID'],
      ['an impossible date', { date: '2027-02-30' }, 'EVENT_INVALID'],
    ])('refuses %s with 400 and its code, storing nothing', async (_what, change, code) => {
      const id = await atInspection();
      const before = await counts();
      const res = await sendEvent(t, id, { as: OFFICER, type: 'SCHEDULE_INSPECTION', data: { ...KHLONG_TOEI_INSPECTION, ...change } });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code });
      expect(await counts()).toEqual(before);
    });

    it('accepts today, 365 days ahead and the whole 06:00–20:00 window', async () => {
      const id = await atInspection();
      for (const data of [
        { ...KHLONG_TOEI_INSPECTION, date: inspectionDate(0) },
        { ...KHLONG_TOEI_INSPECTION, date: inspectionDate(365), window: { from: '06:00', to: '20:00' }, inspectorId: 'user-officer2-kt', notes: 'นัดใหม่' },
      ]) {
        const res = await sendEvent(t, id, { as: OFFICER, type: 'SCHEDULE_INSPECTION', data });
        expect(res.status).toBe(200);
      }
    });
  });

  describe('photos and RECORD_INSPECTION', () => {
    it('takes JPEG and PNG from the office only, refuses a PDF, and lets the applicant view them', async () => {
      const id = await atInspection();
      const before = await counts();
      expect((await uploadPhoto(id, 'somchai', JPEG)).status).toBe(403);
      expect((await uploadPhoto(id, 'officer.pathumwan', JPEG)).status).toBe(404);
      const pdf = await uploadPhoto(id, OFFICER, await samplePdf(), 'photo.pdf');
      expect({ status: pdf.status, code: pdf.body.code }).toEqual({ status: 415, code: 'INSPECTION_PHOTO_TYPE_NOT_ALLOWED' });
      const text = await uploadPhoto(id, OFFICER, Buffer.from('not an image at all'), 'photo.png');
      expect({ status: text.status, code: text.body.code }).toEqual({ status: 415, code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
      const none = await t.http.post(`/api/v1/applications/${id}/inspection-photos`).auth(await t.login(OFFICER), { type: 'bearer' }).field('x', 'y');
      expect(none.body.code).toBe('DOCUMENT_FILE_MISSING');
      expect(await counts()).toEqual(before);

      const jpg = await uploadPhoto(id, OFFICER, JPEG);
      expect(jpg.status).toBe(201);
      expect(jpg.body).toEqual({ id: expect.any(String), mediaType: 'image/jpeg', sizeBytes: JPEG.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), uploadedAt: expect.any(String) });
      const png = await uploadPhoto(id, 'head.khlongtoei', PNG, 'x.pdf');
      expect(png.body.mediaType).toBe('image/png');

      const seen = await t.http.get(`/api/v1/applications/${id}/inspection-photos/${jpg.body.id}`).auth(await t.login('somchai'), { type: 'bearer' }).buffer(true).parse(binary as never);
      expect(seen.status).toBe(200);
      expect(seen.headers['content-type']).toBe('image/jpeg');
      expect(seen.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(seen.body as Buffer, JPEG)).toBe(0);
      expect((await t.http.get(`/api/v1/applications/${id}/inspection-photos/${jpg.body.id}`).auth(await t.login('officer.pathumwan'), { type: 'bearer' })).status).toBe(404);
    });

    it('records findings and unused photos of this application once; anything else is refused and leaves nothing', async () => {
      const id = await atInspection();
      const other = await atInspection();
      await drive(t, id, [{ as: OFFICER, type: 'SCHEDULE_INSPECTION', data: { ...KHLONG_TOEI_INSPECTION, notes: 'โทรก่อนเข้า' } }]);
      const photo = (await uploadPhoto(id, OFFICER, JPEG)).body;
      const foreign = (await uploadPhoto(other, OFFICER, PNG)).body;
      const record = (data: Record<string, unknown>) => sendEvent(t, id, { as: OFFICER, type: 'RECORD_INSPECTION', data });
      const before = await counts();
      for (const [data, code] of [
        [{ result: 'pass' }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: [] }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: Array.from({ length: 51 }, () => FINDINGS[0]) }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: [{ item: 'ก'.repeat(201), ok: true }] }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: [{ item: '\u200b', ok: true }] }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: [{ item: 'x', ok: 'yes' }] }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: FINDINGS, photoIds: Array.from({ length: 21 }, (_, i) => `p${i}`) }, 'EVENT_INVALID'],
        [{ result: 'pass', findings: FINDINGS, photoIds: [photo.id, foreign.id] }, 'INSPECTION_PHOTOS_INVALID'],
        [{ result: 'pass', findings: FINDINGS, photoIds: ['00000000-0000-4000-8000-000000000000'] }, 'INSPECTION_PHOTOS_INVALID'],
      ] as const) {
        const res = await record(data);
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code });
      }
      expect(await counts()).toEqual(before);
      expect(await t.count('inspection_photos', 'used_at IS NOT NULL')).toBe(0);

      const failed = await record({ result: 'fail', findings: [{ item: 'ตะแกรงดักไขมัน', ok: false, note: 'ไม่มี' }], photoIds: [photo.id], notes: 'แก้ไขภายใน 30 วัน' });
      expect(failed.status).toBe(200);
      expect(failed.body.state).toBe('corrections');
      await drive(t, id, [{ as: 'somchai', type: 'RESUBMIT' }]);
      // A photo is used once.
      const reused = await record({ result: 'pass', findings: FINDINGS, photoIds: [photo.id] });
      expect(reused.body.code).toBe('INSPECTION_PHOTOS_INVALID');
      expect((await record({ result: 'pass', findings: FINDINGS })).status).toBe(200);

      const list = await t.http.get(`/api/v1/applications/${id}/inspections`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
      expect(list.body).toEqual([
        {
          scheduledAt: expect.any(String),
          date: KHLONG_TOEI_INSPECTION.date,
          window: { from: '09:00', to: '12:00' },
          inspector: { id: 'user-officer-kt', displayName: { th: 'นางวิไล ตรวจการ', en: 'Mrs Wilai Truatkan' } },
          notes: 'โทรก่อนเข้า',
          result: 'fail',
          findings: [{ item: 'ตะแกรงดักไขมัน', ok: false, note: 'ไม่มี' }],
          resultNotes: 'แก้ไขภายใน 30 วัน',
          photos: [{ id: photo.id, sha256: photo.sha256, mediaType: 'image/jpeg' }],
          recordedBy: { id: 'user-officer-kt', displayName: expect.any(Object) },
          recordedAt: expect.any(String),
        },
        expect.objectContaining({ scheduledAt: null, result: 'pass', findings: FINDINGS.map((f) => ({ note: null, ...f })), photos: [] }),
      ]);
    });
  });

  describe('RECORD_DELIVERY by post', () => {
    async function issuedByPost(): Promise<string> {
      const { id } = await createFoodApplication(t);
      await drive(t, id, [{ as: 'somchai', type: 'CHOOSE_DELIVERY', data: { method: 'post', address: '99 ถนนพระราม 4 คลองเตย กรุงเทพฯ 10110' } }]);
      return id;
    }

    it('refuses a tracking number that is not UPU S10 with 400 DELIVERY_TRACKING_NUMBER_INVALID (Thai and English), storing nothing', async () => {
      const id = await issuedByPost();
      const before = await counts();
      for (const trackingNumber of ['EE123456784TH', 'EE12345678TH', 'ABCDEFGHIJKL', 'EE1234567855TH']) {
        const res = await sendEvent(t, id, { as: OFFICER, type: 'RECORD_DELIVERY', data: { trackingNumber } });
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'DELIVERY_TRACKING_NUMBER_INVALID' });
        expect(res.body.message).toMatch(/เลขพัสดุ.*\/.*UPU S10/);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('documents shown inline', () => {
    it('answers inline with the detected type, nosniff and frame-ancestors self; attachment stays the default', async () => {
      const { id } = await createFoodApplication(t);
      const list = await t.http.get(`/api/v1/applications/${id}/documents`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
      const doc = list.body.documents[0];
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
      const office = await t.login(OFFICER);
      await drive(t, id, [{ as: 'somchai', type: 'SUBMIT' }]);
      const inline = await t.http.get(`/api/v1/applications/${id}/documents/${doc.id}?disposition=inline`).auth(office, { type: 'bearer' }).buffer(true).parse(binary as never);
      expect(inline.status).toBe(200);
      expect(inline.headers['content-type']).toBe('application/pdf');
      expect(inline.headers['content-disposition']).toMatch(/^inline; filename=/);
      expect(inline.headers['x-content-type-options']).toBe('nosniff');
      expect(inline.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(inline.headers['content-security-policy']).toContain("default-src 'none'");
      const plain = await t.http.get(`/api/v1/applications/${id}/documents/${doc.id}`).auth(office, { type: 'bearer' }).buffer(true).parse(binary as never);
      expect(plain.headers['content-disposition']).toMatch(/^attachment; filename=/);
      const bad = await t.http.get(`/api/v1/applications/${id}/documents/${doc.id}?disposition=embed`).auth(office, { type: 'bearer' });
      expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      // An image too.
      const png = await uploadDocument(t, (await createFoodApplication(t, 'somchai', {}, { documents: false })).id, 'somchai', 'site-plan', PNG, 'plan.png', 'image/png');
      expect(png.body.contentType).toBe('image/png');
    });
  });
});
