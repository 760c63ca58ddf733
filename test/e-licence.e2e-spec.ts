import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LicenceSigner, issueSignedLicence, renderLicencePdf, sampleLicenceDocument } from '@bizportal/e-licence';
import { OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';
import { hasPoppler } from './support/poppler';

describe('Signed e-licences: issuance, download and public verification', () => {
  let t: TestApp;
  let number = '';
  let pdf: Buffer;
  let applicationId = '';
  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    const app = await createFoodApplication(t);
    applicationId = app.id;
    await drive(t, app.id, TO_AWAITING_PAYMENT);
    const runner = t.app.get(OutboxRunner);
    await runner.runOnce();
    await t.http
      .post(`/api/v1/applications/${app.id}/payments/counter`)
      .auth(await t.login('officer.khlongtoei'), { type: 'bearer' })
      .send({ receiptNumber: 'KT-2570-0099', amountSatang: 200000 })
      .expect(201);
    await runner.runOnce();
  });
  afterAll(() => t.close());

  const binary = (req: import('supertest').Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const upload = (bytes: Buffer, name = 'licence.pdf') => t.http.post('/api/v1/verify').attach('file', bytes, { filename: name, contentType: 'application/pdf' });

  it('issues the licence once the fee is paid: numbered per agency and Buddhist year, the application completed', async () => {
    const applicant = await t.login('somchai');
    const app = await t.http.get(`/api/v1/applications/${applicationId}`).auth(applicant, { type: 'bearer' }).expect(200);
    expect(app.body.status).toBe('completed');
    const mine = await t.http.get('/api/v1/licences').auth(applicant, { type: 'bearer' }).expect(200);
    expect(mine.body).toHaveLength(1);
    number = mine.body[0].number;
    expect(number).toMatch(/^BMA-KHLONG-TOEI\/25\d\d\/\d{6}$/);
    const licence = await t.http.get(`/api/v1/licences/${encodeURIComponent(number)}`).auth(applicant, { type: 'bearer' }).expect(200);
    expect(licence.body).toMatchObject({ status: 'valid', holder: { name: 'นายสมชาย ใจดี' }, licenceType: { slug: 'food-premises-permit' } });
    const days = (new Date(licence.body.validUntil).getTime() - new Date(licence.body.validFrom).getTime()) / 86_400_000;
    expect(Math.round(days)).toBeGreaterThanOrEqual(364);
    const timeline = await t.http.get(`/api/v1/applications/${applicationId}/timeline`).auth(applicant, { type: 'bearer' }).expect(200);
    expect(timeline.body.entries.at(-1)).toMatchObject({ event: 'LICENCE_ISSUED', data: { licenceNumber: number, pdfSha256: licence.body.pdfSha256 } });
    // Another office, another applicant: not theirs to see.
    await t.http.get(`/api/v1/licences/${encodeURIComponent(number)}`).auth(await t.login('suda'), { type: 'bearer' }).expect(404);
    await t.http.get(`/api/v1/licences/${encodeURIComponent(number)}`).auth(await t.login('officer.nonthaburi'), { type: 'bearer' }).expect(404);
  });

  it('serves the signed PDF, which poppler verifies and which carries the Thai name and Buddhist-era dates', async () => {
    const res = await binary(t.http.get(`/api/v1/licences/${encodeURIComponent(number)}/pdf`).auth(await t.login('somchai'), { type: 'bearer' })).expect(200);
    pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPoppler) return console.warn('poppler-utils (pdfsig, pdftotext) not installed: the external checks were skipped');
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-licence-'));
    const file = join(dir, 'licence.pdf');
    writeFileSync(file, pdf);
    const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(sig).toMatch(/Signature Validation: Signature is Valid/);
    expect(sig).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    const tampered = Buffer.from(pdf);
    const at = pdf.indexOf('/Type /Page') + 2; // inside the signed bytes
    tampered[at] = tampered[at] ^ 0x01;
    writeFileSync(join(dir, 'tampered.pdf'), tampered);
    let tamperedOutput = '';
    try {
      tamperedOutput = execFileSync('pdfsig', [join(dir, 'tampered.pdf')], { encoding: 'utf8' });
    } catch (error) {
      tamperedOutput = String((error as { stdout?: string }).stdout ?? '');
    }
    expect(tamperedOutput).not.toMatch(/Signature is Valid/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const licence = await t.http.get(`/api/v1/verify/${encodeURIComponent(number)}`).expect(200);
    expect(text).toContain('นายสมชาย ใจดี');
    const [from, until] = licence.body.validity.th.split(' – ');
    expect(text).toContain(from);
    expect(text).toContain(until);
  });

  it('lets anyone verify a licence by its number, with the holder masked', async () => {
    const res = await t.http.get(`/api/v1/verify/${encodeURIComponent(number)}`).expect(200);
    expect(res.body).toMatchObject({ number, status: 'valid', issuer: { id: 'bma-khlong-toei' }, holder: { maskedName: expect.stringMatching(/^น\*+ ส\*+ ใ\*+$|^\S\*+/) } });
    expect(JSON.stringify(res.body)).not.toContain('สมชาย');
    await t.http.get(`/api/v1/verify/${encodeURIComponent('BMA-KHLONG-TOEI/2569/999999')}`).expect(404);
    // The page the QR code opens, outside the API.
    const page = await t.http.get(`/verify/${encodeURIComponent(number)}`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain(number);
    expect(page.text).toContain('ใช้ได้ / valid');
    expect(page.text).not.toContain('สมชาย');
    // Citizens check the PDF itself on the web app's page, not with an API call.
    expect(page.text).toContain('<a href="/verification">');
    expect(page.text).not.toContain('POST /api/v1/verify');
    const missing = await t.http.get(`/verify/${encodeURIComponent('<script>x</script>')}`).expect(404);
    expect(missing.text).toContain('&lt;script&gt;');
    expect(missing.text).not.toContain('<script>x');
    expect(missing.text).toContain('<a href="/verification">');
  });

  it('verifies an uploaded PDF and says precisely which check failed', async () => {
    const genuine = await upload(pdf).expect(200);
    expect(genuine.body).toMatchObject({ valid: true, verdict: 'valid', checks: { matchesIssuedRecord: true }, licence: { number } });
    // PAdES B-LT: the timestamp of the local TSA, in ISO and in Bangkok time with the Buddhist-era date.
    expect(genuine.body.pades).toMatchObject({ level: 'B-LT', shortOf: null, timestamp: { trusted: true, tsa: expect.stringContaining('Time-Stamping Authority') } });
    const stamped = new Date(genuine.body.pades.timestamp.time);
    expect(Math.abs(stamped.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    expect(genuine.body.pades.timestamp.bangkok.th).toMatch(new RegExp(`${new Intl.DateTimeFormat('th-TH', { timeZone: 'Asia/Bangkok', dateStyle: 'long' }).format(stamped)} เวลา \\d\\d:\\d\\d:\\d\\d น\\.`));
    expect(genuine.body.pades.label.en).toContain('long-term validation');

    const tampered = Buffer.from(pdf);
    const at = pdf.indexOf('/Type /Page') + 2;
    tampered[at] = tampered[at] ^ 0x01;
    expect((await upload(tampered).expect(200)).body).toMatchObject({ valid: false, verdict: 'digest-mismatch', pades: null });
    expect((await upload(pdf.subarray(0, Math.floor(pdf.length * 0.6))).expect(200)).body.valid).toBe(false);
    expect((await upload(Buffer.from('not a pdf at all'), 'x.txt').expect(200)).body).toMatchObject({ valid: false, verdict: 'not-a-pdf' });

    const document = sampleLicenceDocument();
    expect((await upload(await renderLicencePdf(document)).expect(200)).body).toMatchObject({ valid: false, verdict: 'no-signature' });
    const stranger = LicenceSigner.development(mkdtempSync(join(tmpdir(), 'bizportal-stranger-')));
    const forged = await issueSignedLicence({ ...document, number }, stranger);
    expect((await upload(forged.pdf).expect(200)).body).toMatchObject({ valid: false, verdict: 'untrusted-certificate' });

    const none = await t.http.post('/api/v1/verify').expect(400);
    expect(none.body.details).toEqual([{ field: 'file', problem: 'is required' }]);
  });

  it('serves the e-receipt signed at PAdES B-LT like the licence, the same file on every download', async () => {
    const applicant = await t.login('somchai');
    const payments = await t.http.get(`/api/v1/applications/${applicationId}/payments`).auth(applicant, { type: 'bearer' }).expect(200);
    const path = payments.body.receipts[0].pdf as string;
    const first = (await binary(t.http.get(path).auth(applicant, { type: 'bearer' })).expect(200)).body as Buffer;
    const second = (await binary(t.http.get(path).auth(applicant, { type: 'bearer' })).expect(200)).body as Buffer;
    expect(second.equals(first)).toBe(true);
    const check = (await upload(first, 'receipt.pdf').expect(200)).body;
    // Not a licence, so not in the licence register; but the agency's signature, timestamp and DSS hold.
    expect(check).toMatchObject({ verdict: 'not-issued-by-us', checks: { signatureVerifies: true, certificateTrusted: true }, pades: { level: 'B-LT', timestamp: { trusted: true } } });
    expect(await t.count('receipts', `application_id = '${applicationId}' AND pdf_sha256 IS NOT NULL`)).toBe(1);
  });

  it('issues once even when the issuance effect runs again', async () => {
    await t.app.get(OutboxRunner).runOnce();
    await t.count('outbox', `application_id = '${applicationId}' AND type = 'issue-licence'`);
    const { DataSource } = await import('typeorm');
    await t.app.get(DataSource).query(`UPDATE outbox SET status = 'pending' WHERE application_id = '${applicationId}' AND type = 'issue-licence'`);
    await t.app.get(OutboxRunner).runOnce();
    expect(await t.count('licences', `application_id = '${applicationId}'`)).toBe(1);
    expect(await t.count('application_events', `application_id = '${applicationId}' AND type = 'LICENCE_ISSUED'`)).toBe(1);
  });
});
