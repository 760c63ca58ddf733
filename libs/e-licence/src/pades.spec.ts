/**
 * PAdES baseline B-LT, checked by third-party tools: poppler's pdfsig (signature and timestamp), OpenSSL (the CMS and
 * the timestamp token against the signature value), qpdf (the file's structure); one changed byte breaks each.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrlFetcher, LicenceSigner, TimestampClient, issueSignedLicence, readTimestampToken, revokeDevelopmentCertificate, sampleLicenceDocument, startDevelopmentTrustServices, verifySignedPdf, type TrustServices } from './index';
import { readSignedData } from './cms-reader';

const work = mkdtempSync(join(tmpdir(), 'e-licence-pades-'));
const dataDir = join(work, 'data');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const run = (tool: string, args: string[]) => {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
};
let services: TrustServices;
let signer: LicenceSigner;
let caFile: string;
let pdf: Buffer;
const signingTime = new Date('2026-12-05T18:30:00Z');

/** The pieces a third-party tool needs: the signed bytes, the CMS, the signature value and its timestamp token. */
function extract(file: Buffer) {
  const [, a, b, c] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(file.toString('latin1'))!.slice(1).map(Number) as number[];
  const signedBytes = Buffer.concat([file.subarray(0, a), file.subarray(b, b + c)]);
  const hex = file.subarray(a + 1, b - 1).toString('latin1').replace(/(00)+$/, '');
  const cms = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  const parsed = readSignedData(cms);
  return { signedBytes, cms, signatureValue: parsed.signature, token: parsed.signatureTimestampToken! };
}

beforeAll(async () => {
  services = await startDevelopmentTrustServices({ dataDir, port: 0 });
  signer = LicenceSigner.development(dataDir);
  caFile = join(work, 'ca.pem');
  writeFileSync(caFile, signer.trustAnchorPem);
  pdf = (await issueSignedLicence(sampleLicenceDocument(), signer, { signingTime, tsa: new TimestampClient({ url: services.tsaUrl }), revocation: new CrlFetcher() })).pdf;
});
afterAll(async () => {
  await services.close();
  rmSync(work, { recursive: true, force: true });
});

describe('PAdES baseline B-LT e-licences', () => {
  it('the verifier reports B-LT: ETSI.CAdES.detached, no CMS signing-time, a trusted timestamp giving the signing time, a DSS with the chains and the CRL', () => {
    const result = verifySignedPdf(pdf, [signer.trustAnchorPem]);
    expect(result).toMatchObject({ valid: true, verdict: 'valid', subFilter: 'ETSI.CAdES.detached', signingTimeSource: 'timestamp' });
    expect(result.signedAttributes!.sort()).toEqual(['contentType', 'messageDigest', 'signingCertificateV2']);
    expect(result.pades).toMatchObject({ level: 'B-LT', timestamp: { trusted: true, tsa: expect.stringContaining('Time-Stamping Authority') }, validationData: { certificates: 3, crls: 1, ocsps: 0 } });
    expect(Math.abs(result.pades!.timestamp!.time.getTime() - Date.now())).toBeLessThan(60_000);
    expect(result.signingTime).toEqual(result.pades!.timestamp!.time);
    // /M is the signing time the signer claims; the CMS has none.
    expect(pdf.toString('latin1')).toContain('/M (D:20261205183000Z)');
    expect(pdf.toString('latin1')).toMatch(/\/DSS \d+ 0 R \/Extensions << \/ESIC/);
  });

  it('lower levels: without the DSS B-T, without the timestamp B-B, the older adbe.pkcs7.detached none', async () => {
    const document = sampleLicenceDocument();
    const tsa = new TimestampClient({ url: services.tsaUrl });
    const level = async (options: Parameters<typeof issueSignedLicence>[2]) => verifySignedPdf((await issueSignedLicence(document, signer, options)).pdf, [signer.trustAnchorPem]).pades?.level;
    expect(await level({ tsa })).toBe('B-T');
    expect(await level({})).toBe('B-B');
    expect(await level({ revocation: new CrlFetcher() })).toBe('B-B');
    expect(await level({ subFilter: 'adbe.pkcs7.detached' })).toBe('none');
  });

  it('a certificate the DSS shows revoked before the timestamp: certificate-revoked', async () => {
    const other = join(work, 'revoking');
    const services2 = await startDevelopmentTrustServices({ dataDir: other, port: 0 });
    try {
      const signer2 = LicenceSigner.development(other);
      revokeDevelopmentCertificate(other, signer2.certificatePem ? new (require('node:crypto').X509Certificate)(signer2.certificatePem).serialNumber : '', new Date(Date.now() - 60_000));
      const revoked = await issueSignedLicence(sampleLicenceDocument(), signer2, { tsa: new TimestampClient({ url: services2.tsaUrl }), revocation: new CrlFetcher() });
      expect(verifySignedPdf(revoked.pdf, [signer2.trustAnchorPem])).toMatchObject({ valid: false, verdict: 'certificate-revoked' });
    } finally {
      await services2.close();
    }
  });

  it('bytes appended after the DSS, or a DSS update that also changes a page: appended-data', () => {
    expect(verifySignedPdf(Buffer.concat([pdf, Buffer.from('\n1 0 obj\n<< /Evil true >>\nendobj\n%%EOF\n')]), [signer.trustAnchorPem]).verdict).toBe('appended-data');
    const text = pdf.toString('latin1');
    const dssAt = text.lastIndexOf('/Type /DSS');
    const sneaky = Buffer.from(text.slice(0, dssAt) + text.slice(dssAt).replace('/Type /Catalog', '/Type /Catalog /OpenAction 9 0 R'), 'latin1');
    expect(verifySignedPdf(sneaky, [signer.trustAnchorPem]).verdict).toBe('appended-data');
  });

  const tamper = (file: Buffer) => {
    const copy = Buffer.from(file);
    const at = copy.indexOf('/Creator (Biz Portal e-licence)') + 10; // inside the signed range
    copy[at] ^= 0x01;
    return copy;
  };

  it('pdfsig: the signature is valid, ETSI.CAdES.detached, over the signed ranges only (the DSS follows); a changed byte is not', () => {
    if (!has('pdfsig')) return console.warn('pdfsig missing: skipped');
    const file = join(work, 'licence.pdf');
    writeFileSync(file, pdf);
    const out = run('pdfsig', [file]).out;
    expect(out).toMatch(/Signature Validation: Signature is Valid/);
    expect(out).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    // poppler 22.12 prints the /M signing time and does not report signature timestamps (openssl ts checks it below).
    expect(out).toMatch(/Signing Time: Dec 05 2026 18:30:00/);
    expect(out).toMatch(/Not total document signed/);
    writeFileSync(file, tamper(pdf));
    expect(run('pdfsig', [file]).out).not.toMatch(/Signature is Valid/);
  });

  it('openssl ts -verify: the token timestamps the signature value, under the development CA; not another value', () => {
    if (!has('openssl')) return console.warn('openssl missing: skipped');
    const { signatureValue, token } = extract(pdf);
    expect(readTimestampToken(token).hashedMessage).toEqual(createHash('sha256').update(signatureValue).digest());
    writeFileSync(join(work, 'token.der'), token);
    writeFileSync(join(work, 'signature.bin'), signatureValue);
    const verify = () => run('openssl', ['ts', '-verify', '-token_in', '-in', join(work, 'token.der'), '-data', join(work, 'signature.bin'), '-CAfile', caFile]);
    expect(verify().out).toMatch(/Verification: OK/);
    const changed = Buffer.from(signatureValue);
    changed[10] ^= 0x01;
    writeFileSync(join(work, 'signature.bin'), changed);
    expect(verify().out).not.toMatch(/Verification: OK/);
  });

  it('openssl cms -verify: the CMS over the signed byte range, under the development CA; not with a changed byte', () => {
    if (!has('openssl')) return console.warn('openssl missing: skipped');
    const { cms, signedBytes } = extract(pdf);
    writeFileSync(join(work, 'signature.p7s'), cms);
    const verify = (content: Buffer) => {
      writeFileSync(join(work, 'content.bin'), content);
      return run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(work, 'signature.p7s'), '-content', join(work, 'content.bin'), '-CAfile', caFile, '-purpose', 'any', '-out', '/dev/null']);
    };
    expect(verify(signedBytes).out).toMatch(/Verification successful/);
    expect(verify(extract(tamper(pdf)).signedBytes).out).not.toMatch(/Verification successful/);
  });

  it('qpdf --check: the file and its incremental update are well formed', () => {
    if (!has('qpdf')) return console.warn('qpdf missing: skipped');
    const file = join(work, 'checked.pdf');
    writeFileSync(file, pdf);
    const result = run('qpdf', ['--check', file]);
    expect(result.out).toMatch(/No syntax or stream encoding errors found/);
    expect(result.ok).toBe(true);
    // A byte changed in the cross-reference offsets breaks the structure qpdf reads.
    const broken = Buffer.from(pdf);
    const xref = broken.lastIndexOf('startxref') + 'startxref\n'.length;
    broken[xref] = broken[xref] === 0x31 ? 0x32 : 0x31;
    writeFileSync(file, broken);
    expect(run('qpdf', ['--check', file]).out).toMatch(/WARNING|error/i);
  });
});
