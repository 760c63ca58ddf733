import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attachRequiredDocuments, samplePdf, uploadDocument } from './support/documents';
import { createFoodApplication, drive, sendEvent } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';


const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JS_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function filesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? filesUnder(path) : 1);
  }, 0);
}

/** Supertest reads binary bodies into a Buffer only when told how. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: unknown) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('Documents of an application', () => {
  let t: TestApp;
  let pdf: Buffer;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp({ DOCUMENT_MAX_BYTES: String(10 * 1024 * 1024) });
    pdf = await samplePdf('แผนผังบริเวณร้าน / site plan');
    id = (await createFoodApplication(t, 'somchai', {}, { documents: false })).id;
  });
  afterAll(() => t.close());

  const footprint = async () => ({ rows: await t.count('application_documents'), files: filesUnder(t.documentsDir) });

  it('uploads, lists and downloads a document, byte for byte', async () => {
    const up = await uploadDocument(t, id, 'somchai', 'site-plan', pdf, 'แผนผัง ร้าน.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      code: 'site-plan',
      label: { th: 'แผนผังบริเวณภายในและภายนอกของร้าน', en: 'Site plan of the premises, inside and outside' },
      required: true,
      filename: 'แผนผัง ร้าน.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      uploadedBy: 'user-somchai',
      supersededAt: null,
    });
    expect(filesUnder(t.documentsDir)).toBe(1);

    const list = await t.http.get(`/api/v1/applications/${id}/documents`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
    expect(list.body).toMatchObject({ applicationId: id, complete: false, canUpload: true, superseded: [] });
    expect(list.body.documents.map((d: { code: string }) => d.code)).toEqual(['site-plan']);
    expect(list.body.missing.map((m: { code: string }) => m.code)).toEqual([
      'food-handler-medical-certificates',
      'food-sanitation-training-certificates',
      'building-use-evidence',
      'premises-ownership-evidence',
    ]);

    // The applicant and the office of the application's area may read it; the office cannot upload.
    for (const reader of ['somchai', 'officer.khlongtoei', 'auditor']) {
      const res = await t.http.get(`/api/v1/applications/${id}/documents/${up.body.id}`).auth(await t.login(reader), { type: 'bearer' }).buffer(true).parse(binary as never).expect(200);
      expect(sha256(res.body as Buffer)).toBe(sha256(pdf));
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="______ ____.pdf"; filename*=UTF-8''${encodeURIComponent('แผนผัง ร้าน.pdf')}`);
    }
    const officerList = await t.http.get(`/api/v1/applications/${id}/documents`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(officerList.body.canUpload).toBe(false);
    // Another applicant and another office are told it does not exist.
    for (const outsider of ['suda', 'officer.pathumwan']) {
      const listed = await t.http.get(`/api/v1/applications/${id}/documents`).auth(await t.login(outsider), { type: 'bearer' });
      expect([listed.status, listed.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
      const read = await t.http.get(`/api/v1/applications/${id}/documents/${up.body.id}`).auth(await t.login(outsider), { type: 'bearer' });
      expect([read.status, read.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    }
    const unknown = await t.http.get(`/api/v1/applications/${id}/documents/00000000-0000-4000-8000-000000000000`).auth(await t.login('somchai'), { type: 'bearer' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'DOCUMENT_NOT_FOUND']);
  });

  it('accepts a file whose name and declared type lie, recording the type of its content', async () => {
    const up = await uploadDocument(t, id, 'somchai', 'building-use-evidence', PNG, 'building.pdf', 'application/pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length, sha256: sha256(PNG) });
    const res = await t.http.get(`/api/v1/applications/${id}/documents/${up.body.id}`).auth(await t.login('somchai'), { type: 'bearer' }).buffer(true).parse(binary as never).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
  });

  const refusals: [string, () => Promise<{ status: number; body: { code: string; message: string } }>, number, string][] = [
    ['content that is not PDF, JPEG or PNG, named .pdf', () => uploadDocument(t, id, 'somchai', 'site-plan', Buffer.from('<html><script>alert(1)</script></html>'), 'plan.pdf'), 415, 'DOCUMENT_TYPE_NOT_ALLOWED'],
    ['an empty file', () => uploadDocument(t, id, 'somchai', 'site-plan', Buffer.alloc(0)), 400, 'DOCUMENT_EMPTY'],
    ['a 50 MB file', () => uploadDocument(t, id, 'somchai', 'site-plan', Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024)])), 413, 'DOCUMENT_TOO_LARGE'],
    ['a PDF with JavaScript', () => uploadDocument(t, id, 'somchai', 'site-plan', JS_PDF), 422, 'DOCUMENT_ACTIVE_CONTENT'],
    ['a PNG with a PDF appended (polyglot)', () => uploadDocument(t, id, 'somchai', 'site-plan', Buffer.concat([PNG, pdf]), 'plan.png', 'image/png'), 422, 'DOCUMENT_POLYGLOT'],
    ['a code the licence type does not list', () => uploadDocument(t, id, 'somchai', 'passport-copy', pdf), 400, 'DOCUMENT_CODE_UNKNOWN'],
    ['no file', async () => t.http.post(`/api/v1/applications/${id}/documents`).auth(await t.login('somchai'), { type: 'bearer' }).field('code', 'site-plan'), 400, 'DOCUMENT_FILE_MISSING'],
    ['the file under another field name', async () => t.http.post(`/api/v1/applications/${id}/documents`).auth(await t.login('somchai'), { type: 'bearer' }).field('code', 'site-plan').attach('upload', pdf, 'a.pdf'), 400, 'DOCUMENT_UPLOAD_INVALID'],
    ["someone else's application", () => uploadDocument(t, id, 'suda', 'site-plan', pdf), 404, 'APPLICATION_NOT_FOUND'],
    ['an upload by the office', () => uploadDocument(t, id, 'officer.khlongtoei', 'site-plan', pdf), 403, 'ROLE_FORBIDDEN'],
  ];
  it.each(refusals)('refuses %s with its code, storing nothing', async (_name, send, status, code) => {
    const before = await footprint();
    const res = await send();
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.message).toMatch(/ \/ /); // Thai / English
    expect(await footprint()).toEqual(before);
  });

  it('replaces a document while a draft, keeping the old one as history', async () => {
    const list = async () => (await t.http.get(`/api/v1/applications/${id}/documents`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body;
    const old = (await list()).documents.find((d: { code: string }) => d.code === 'site-plan');
    const second = await samplePdf('แผนผังฉบับแก้ไข / revised site plan');
    const up = await uploadDocument(t, id, 'somchai', 'site-plan', second);
    expect(up.status).toBe(201);
    const after = await list();
    expect(after.documents.find((d: { code: string }) => d.code === 'site-plan')).toMatchObject({ id: up.body.id, sha256: sha256(second) });
    expect(after.superseded).toEqual([expect.objectContaining({ id: old.id, supersededBy: up.body.id, supersededAt: expect.any(String) })]);
    // The old version can still be read.
    const res = await t.http.get(`/api/v1/applications/${id}/documents/${old.id}`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).buffer(true).parse(binary as never).expect(200);
    expect(sha256(res.body as Buffer)).toBe(old.sha256);
  });

  it('refuses SUBMIT while required documents are missing, naming them; then submits, and refuses uploads until the office asks', async () => {
    const refused = await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT' });
    expect([refused.status, refused.body.code]).toEqual([422, 'EVENT_CONDITION_FAILED']);
    expect(refused.body.message).toMatch(/Required documents are missing/);
    expect(refused.body.message).toMatch(/documents\.premises-ownership-evidence/);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual([
      'documents.food-handler-medical-certificates',
      'documents.food-sanitation-training-certificates',
      'documents.premises-ownership-evidence',
    ]);
    expect(await attachRequiredDocuments(t, id)).toHaveLength(3);
    expect((await sendEvent(t, id, { as: 'somchai', type: 'SUBMIT' })).status).toBe(200);

    const before = await footprint();
    const late = await uploadDocument(t, id, 'somchai', 'site-plan', pdf);
    expect([late.status, late.body.code]).toEqual([409, 'DOCUMENTS_NOT_EDITABLE']);
    expect(await footprint()).toEqual(before);

    // The office asks for more information: replacing is allowed again, then RESUBMIT.
    await drive(t, id, [{ as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment: 'แผนผังไม่ชัดเจน โปรดส่งใหม่', data: { items: [{ kind: 'document', documentCode: 'site-plan', reason: 'แผนผังไม่ชัดเจน' }] } }]);
    expect((await uploadDocument(t, id, 'somchai', 'site-plan', pdf)).status).toBe(201);
    expect((await sendEvent(t, id, { as: 'somchai', type: 'RESUBMIT' })).status).toBe(200);
    expect((await uploadDocument(t, id, 'somchai', 'site-plan', pdf)).body.code).toBe('DOCUMENTS_NOT_EDITABLE');
  });
});
