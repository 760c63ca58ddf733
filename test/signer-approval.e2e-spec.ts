import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatThaiDateTime } from '@bizportal/common';
import { OutboxRunner } from '@bizportal/licensing';
import { attachRequiredDocuments } from './support/documents';
import { drive, footprint, sendEvent } from './support/flows';
import { KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

/**
 * The signer's approval of the e-licence (Biz Portal's signing step), on the licence type that asks
 * for it (health-hazard-permit-service, template param signerApproval): after the fee the application
 * waits for the office's authorised signer, whose office may preview the unsigned licence; her
 * APPROVE_SIGNATURE issues the signed licence, which names her and the time of approval.
 */
const SLUG = 'health-hazard-permit-service';
const FORM = { businessName: 'ฟิตเนสคุณสุดา', activity: 'การประกอบกิจการสถานที่ออกกำลังกาย', contactPhone: '0812345678' };

describe("The authorised signer's approval of the e-licence", () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let id = '';
  const work = mkdtempSync(join(tmpdir(), 'bizportal-signer-'));
  let n = 0;
  const save = (pdf: Buffer) => {
    const file = join(work, `doc-${++n}.pdf`);
    writeFileSync(file, pdf);
    return file;
  };
  const pdftotext = (pdf: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', save(pdf), '-'], { encoding: 'utf8' });
  /** pdfsig exits 2 on a file without signatures; its words are what matter. */
  const pdfsig = (pdf: Buffer) => {
    try {
      return execFileSync('pdfsig', [save(pdf)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  };
  const binary = (req: import('supertest').Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const preview = async (as: string) => t.http.get(`/api/v1/applications/${id}/licence-preview.pdf`).auth(await t.login(as), { type: 'bearer' });
  const application = async () => (await t.http.get(`/api/v1/applications/${id}`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    runner = t.app.get(OutboxRunner);
    const created = await t.http
      .post('/api/v1/applications')
      .auth(await t.login('somchai'), { type: 'bearer' })
      .send({ licenceType: SLUG, business: 'fitness', premises: KHLONG_TOEI_PREMISES, form: FORM, confirmApplicantData: true })
      .expect(201);
    id = created.body.id;
    await attachRequiredDocuments(t, id);
    await drive(t, id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'approver.khlongtoei', type: 'APPROVE', data: { feeAmountSatang: 100000, feeReason: 'อัตราต่ำสุด / the lowest rate' } },
    ]);
    await runner.runOnce();
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  it('refuses the preview before the signer’s step with 409 LICENCE_PREVIEW_NOT_AVAILABLE', async () => {
    expect((await application()).state).toBe('awaiting_payment');
    const res = await preview('officer.khlongtoei');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'LICENCE_PREVIEW_NOT_AVAILABLE', details: { state: 'awaiting_payment', awaiting: 'applicant' } });
  });

  it('after the fee, waits for the signer (status issuing, awaiting signer): nothing is numbered or issued yet', async () => {
    const fee = await t.http.get(`/api/v1/applications/${id}/payments`).auth(await t.login('officer.khlongtoei'), { type: 'bearer' }).expect(200);
    const amountSatang = fee.body.fee?.amountSatang ?? 100000;
    await t.http
      .post(`/api/v1/applications/${id}/payments/counter`)
      .auth(await t.login('officer.khlongtoei'), { type: 'bearer' })
      .send({ receiptNumber: 'KT-2570-0777', amountSatang })
      .expect(201);
    await runner.runOnce();
    const app = await application();
    expect(app).toMatchObject({ state: 'awaiting_signature', status: 'issuing', awaiting: 'signer' });
    expect(await t.count('licences')).toBe(0);
    const signerQueue = await t.http.get('/api/v1/work-queue').auth(await t.login('signer.khlongtoei'), { type: 'bearer' }).expect(200);
    expect(JSON.stringify(signerQueue.body)).toContain(id);
    // She takes it from the office queue; it does not wait for an approver.
    const claim = (as: string) => t.http.post(`/api/v1/applications/${id}/claim`).auth(as, { type: 'bearer' });
    expect((await claim(await t.login('approver.khlongtoei'))).body).toMatchObject({ statusCode: 409, code: 'NOT_WAITING_FOR_YOUR_ROLE' });
    expect((await claim(await t.login('signer.khlongtoei'))).body).toMatchObject({ awaiting: 'signer', assignedTo: { username: 'signer.khlongtoei' } });
  });

  it('lets the office preview the unsigned licence, marked as a preview in Thai and English, without a number or signature', async () => {
    for (const as of ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei']) expect((await preview(as)).status).toBe(200);
    const res = await binary(t.http.get(`/api/v1/applications/${id}/licence-preview.pdf`).auth(await t.login('signer.khlongtoei'), { type: 'bearer' })).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['cache-control']).toBe('no-store');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdftotext(pdf);
    expect(text).toContain('ตัวอย่างใบอนุญาตก่อนลงนาม');
    expect(text).toContain('PREVIEW before signing: not signed, not valid');
    expect(text).toContain('รอกำหนดเลขที่เมื่อออกใบอนุญาต');
    expect(text).toContain('To be assigned on issue');
    expect(text).toContain('ฟิตเนสคุณสุดา');
    expect(text).toContain('นายสมชาย ใจดี');
    expect(text).not.toMatch(/BMA-KHLONG-TOEI\/\d{4}\/\d{6}/);
    expect(pdfsig(pdf)).toMatch(/does not contain any signatures/);
    // A preview numbers and stores nothing.
    expect(await t.count('licences')).toBe(0);
  });

  it('refuses the preview to the applicant (403), to another office (404), and the signer’s approval to anyone but a signer of the office', async () => {
    expect((await preview('somchai')).body).toMatchObject({ statusCode: 403, code: 'ROLE_FORBIDDEN' });
    expect((await preview('auditor')).body).toMatchObject({ statusCode: 403, code: 'ROLE_FORBIDDEN' });
    expect((await preview('signer.pathumwan')).body).toMatchObject({ statusCode: 404, code: 'APPLICATION_NOT_FOUND' });
    expect((await preview('officer.nonthaburi')).body).toMatchObject({ statusCode: 404, code: 'APPLICATION_NOT_FOUND' });
    const before = await footprint(t);
    for (const as of ['officer.khlongtoei', 'approver.khlongtoei', 'head.khlongtoei']) {
      const res = await sendEvent(t, id, { as, type: 'APPROVE_SIGNATURE' });
      expect({ as, status: res.status, code: res.body.code }).toEqual({ as, status: 403, code: 'EVENT_FORBIDDEN' });
    }
    const elsewhere = await sendEvent(t, id, { as: 'signer.pathumwan', type: 'APPROVE_SIGNATURE' });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.code).toBe('APPLICATION_NOT_FOUND');
    // The approver's word is not the signer's, and the signer cannot approve the application itself.
    expect((await sendEvent(t, id, { as: 'approver.khlongtoei', type: 'APPROVE' })).body).toMatchObject({ statusCode: 409, code: 'EVENT_NOT_ACCEPTED' });
    expect(await footprint(t)).toEqual(before);
    expect((await application()).state).toBe('awaiting_signature');
  });

  it("issues the signed licence after the signer's approval: pdfsig valid, her name and the Buddhist-era time printed, the timeline naming her", async () => {
    const approved = await sendEvent(t, id, { as: 'signer.khlongtoei', type: 'APPROVE_SIGNATURE', comment: 'ตรวจทานแล้ว อนุมัติลงนาม' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'issuing', status: 'issuing', awaiting: 'system' });
    await runner.runOnce();
    expect((await application()).state).toBe('completed');

    const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
    const entries = timeline.body.entries as { event: string; actor: { id: string; roles: string[]; agencyId: string | null }; comment: string | null; at: string; eventLabel: { th: string } }[];
    expect(entries.map((e) => e.event).slice(-3)).toEqual(['PAYMENT_SUCCEEDED', 'APPROVE_SIGNATURE', 'LICENCE_ISSUED']);
    const signature = entries.find((e) => e.event === 'APPROVE_SIGNATURE')!;
    expect(signature).toMatchObject({
      actor: { id: 'user-signer-kt', roles: ['signer'], agencyId: 'bma-khlong-toei' },
      comment: 'ตรวจทานแล้ว อนุมัติลงนาม',
      eventLabel: { th: 'อนุมัติลงนามใบอนุญาต' },
    });
    expect(timeline.body.integrity.verified).toBe(true);

    const [licence] = (await t.http.get('/api/v1/licences').auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body;
    const res = await binary(t.http.get(`/api/v1/licences/${encodeURIComponent(licence.number)}/pdf`).auth(await t.login('somchai'), { type: 'bearer' })).expect(200);
    const pdf = res.body as Buffer;
    expect(pdfsig(pdf)).toMatch(/Signature Validation: Signature is Valid/);
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('(นายสมศักดิ์ ลงนาม) Mr Somsak Longnam');
    expect(text).toContain(`อนุมัติลงนามเมื่อ ${formatThaiDateTime(new Date(signature.at))}`);
    expect(text).toContain(licence.number);
    expect(text).not.toContain('ตัวอย่าง');

    // Once issued there is nothing left to preview.
    expect((await preview('signer.khlongtoei')).body).toMatchObject({ statusCode: 409, code: 'LICENCE_PREVIEW_NOT_AVAILABLE', details: { state: 'completed' } });
  });
});
