import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import {
  DEVELOPMENT_P12_PASSPHRASE,
  LicenceSigner,
  createSigningIdentity,
  developmentSigningFiles,
  issueSignedLicence,
  renderLicencePdf,
  sampleLicenceDocument,
  verifySignedPdf,
  type PdfVerification,
} from './index';

const work = mkdtempSync(join(tmpdir(), 'e-licence-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const HAS_PDFSIG = spawnSync('sh', ['-c', 'command -v pdfsig']).status === 0;
const pdfsig = (pdf: Buffer) => {
  const file = join(work, `sig-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
};

let signer: LicenceSigner;
let other: LicenceSigner;
let anchors: string[];
let signed: Buffer;

beforeAll(async () => {
  signer = LicenceSigner.development(join(work, 'a'));
  other = LicenceSigner.development(join(work, 'b')); // same names, different keys
  anchors = [signer.trustAnchorPem];
  signed = (await issueSignedLicence(sampleLicenceDocument(), signer)).pdf;
});

const expectVerdict = (result: PdfVerification, verdict: PdfVerification['verdict']) => {
  expect(result.verdict).toBe(verdict);
  expect(result.valid).toBe(verdict === 'valid');
  expect(result.message.length).toBeGreaterThan(10);
};

describe('verifySignedPdf', () => {
  it('valid: signer, signing time, chain, attributes, whole-file SHA-256 and every check passed', () => {
    const result = verifySignedPdf(signed, anchors);
    expectVerdict(result, 'valid');
    expect(result.sha256).toBe(require('node:crypto').createHash('sha256').update(signed).digest('hex'));
    expect(result.signer!.subject).toBe('CN=Biz Portal Development e-Licence Signing - NOT FOR PRODUCTION, O=Biz Portal (development), C=TH');
    expect(result.signer!.issuer).toBe('CN=Biz Portal Development CA - NOT FOR PRODUCTION, O=Biz Portal (development), C=TH');
    expect(Math.abs(result.signingTime!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(result.byteRange![0]).toBe(0);
    expect(result.byteRange![2] + result.byteRange![3]).toBe(signed.length);
    expect(result.subFilter).toBe('ETSI.CAdES.detached');
    expect(result.signingTimeSource).toBe('signature-dictionary'); // no timestamp here: the /M the signer claims
    expect(Object.values(result.checks).every((c) => c === true)).toBe(true);
  });

  it('tampered: one byte of the signed content changed → digest-mismatch', () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/Creator (Biz Portal e-licence)') + 10;
    tampered[at] ^= 0x01;
    const result = verifySignedPdf(tampered, anchors);
    expectVerdict(result, 'digest-mismatch');
    expect(result.checks).toMatchObject({ coversWholeFile: true, documentIntact: false, signatureVerifies: null });
    expect(result.signer?.commonName).toContain('e-Licence Signing'); // still reported
  });

  it('truncated and appended-to files: the ByteRange does not cover exactly the whole file', () => {
    expectVerdict(verifySignedPdf(signed.subarray(0, signed.length - 200), anchors), 'truncated');
    expectVerdict(verifySignedPdf(signed.subarray(0, signed.length - 1), anchors), 'truncated');
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< /Evil true >>\nendobj\n%%EOF\n')]);
    const result = verifySignedPdf(appended, anchors);
    expectVerdict(result, 'appended-data');
    expect(result.message).toContain('bytes follow the signed range');
  });

  it('unsigned PDFs: an empty placeholder, or no signature at all', async () => {
    const placeholderOnly = await renderLicencePdf(sampleLicenceDocument());
    expectVerdict(verifySignedPdf(placeholderOnly, anchors), 'no-signature');
    const plain = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument();
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.text('hello');
      doc.end();
    });
    const result = verifySignedPdf(plain, anchors);
    expectVerdict(result, 'no-signature');
    expect(result.checks).toMatchObject({ isPdf: true, signed: false });
  });

  it('signed by another CA key with the same names → untrusted-certificate (and valid against its own CA)', async () => {
    const forged = (await issueSignedLicence(sampleLicenceDocument(), other)).pdf;
    const result = verifySignedPdf(forged, anchors);
    expectVerdict(result, 'untrusted-certificate');
    expect(result.message).toContain('names a trusted CA as its issuer but was signed by another key');
    expect(result.checks).toMatchObject({ documentIntact: true, signatureVerifies: true, certificateTrusted: false });
    expectVerdict(verifySignedPdf(forged, [other.trustAnchorPem]), 'valid');
    expectVerdict(verifySignedPdf(signed, []), 'untrusted-certificate');
    expectVerdict(verifySignedPdf(signed, ['not a certificate', other.trustAnchorPem]), 'untrusted-certificate');
    expectVerdict(verifySignedPdf(signed, [other.trustAnchorPem, signer.trustAnchorPem]), 'valid');
  });

  it('the CMS signature altered (outside the signed bytes) → signature-invalid', () => {
    const { byteRange } = verifySignedPdf(signed, anchors);
    const hex = signed.subarray(byteRange![1] + 1, byteRange![2] - 1).toString('latin1');
    const end = hex.replace(/0+$/, '').length; // the RSA signature is the last element of the DER
    const altered = Buffer.from(signed);
    const at = byteRange![1] + 1 + end - 10;
    altered[at] = altered[at] === 0x61 ? 0x62 : 0x61; // another hex digit
    const result = verifySignedPdf(altered, anchors);
    expectVerdict(result, 'signature-invalid');
    expect(result.checks).toMatchObject({ documentIntact: true, signatureVerifies: false });
  });

  it('signed after the certificate expired → certificate-expired', async () => {
    const late = new Date(Date.now() + 10 * 365 * 24 * 3600_000); // the development certificate lasts 5 years
    const { pdf } = await issueSignedLicence(sampleLicenceDocument(), signer, { signingTime: late });
    const result = verifySignedPdf(pdf, anchors);
    expectVerdict(result, 'certificate-expired');
    expect(result.signingTime).toEqual(new Date(Math.floor(late.getTime() / 1000) * 1000));
  });

  it('malformed signatures: junk in /Contents, an impossible ByteRange', () => {
    const { byteRange } = verifySignedPdf(signed, anchors);
    const junk = Buffer.from(signed);
    junk.write('zz', byteRange![1] + 1, 'latin1');
    expectVerdict(verifySignedPdf(junk, anchors), 'malformed-signature');
    const notCms = Buffer.from(signed);
    notCms.write('3003020101', byteRange![1] + 1, 'latin1'); // DER, but not a ContentInfo
    expectVerdict(verifySignedPdf(notCms, anchors), 'malformed-signature');
    const badRange = Buffer.from(signed.toString('latin1').replace(/\/ByteRange \[0 (\d+)/, (_m, a: string) => `/ByteRange [1 ${a}`), 'latin1');
    expectVerdict(verifySignedPdf(badRange, anchors), 'malformed-signature');
  });

  it('never throws on junk: non-PDF bytes, empty buffer, random bytes, not a buffer at all', () => {
    expectVerdict(verifySignedPdf(Buffer.from('PK\x03\x04 this is a zip, not a PDF'), anchors), 'not-a-pdf');
    const empty = verifySignedPdf(Buffer.alloc(0), anchors);
    expectVerdict(empty, 'not-a-pdf');
    expect(empty.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expectVerdict(verifySignedPdf(null as unknown as Buffer, anchors), 'not-a-pdf');
    expectVerdict(verifySignedPdf(signed, null as unknown as string[]), 'untrusted-certificate');
    for (let i = 0; i < 200; i++) {
      const size = 1 + Math.floor(Math.random() * 3000);
      const random = require('node:crypto').randomBytes(size) as Buffer;
      const prefix = Buffer.from(`%PDF-1.7\n/ByteRange [0 ${Math.floor(size / 3)} ${Math.floor(size / 2)} ${size}] /Contents <`);
      expect(() => verifySignedPdf(Buffer.concat([prefix, random]), anchors)).not.toThrow();
      expect(() => verifySignedPdf(random, anchors)).not.toThrow();
    }
    // every prefix of a real signed licence gets a verdict
    for (let cut = 0; cut < signed.length; cut += 997) expect(verifySignedPdf(signed.subarray(0, cut), anchors).valid).toBe(false);
  });

  it('accepts @signpdf P12Signer signatures too (no signing-certificate-v2)', async () => {
    const p12 = readFileSync(developmentSigningFiles(join(work, 'a')).signingP12);
    const unsigned = await renderLicencePdf(sampleLicenceDocument());
    const pdf = await new SignPdf().sign(unsigned, new P12Signer(p12, { passphrase: DEVELOPMENT_P12_PASSPHRASE }));
    const result = verifySignedPdf(pdf, anchors);
    expectVerdict(result, 'valid');
    expect(result.signedAttributes).toEqual(['contentType', 'signingTime', 'messageDigest']);
  });
});

describe('LicenceSigner.fromP12', () => {
  it('signs with a CA and certificate named in Thai (UTF8String), which P12Signer cannot', async () => {
    const identity = createSigningIdentity(
      { ca: 'ผู้ออกใบรับรองทดสอบ กรุงเทพมหานคร', signer: 'สำนักงานเขตคลองเตย (ทดสอบ)', organisation: 'กรุงเทพมหานคร', signerBits: 3072 },
      'รหัสผ่าน',
    );
    const thai = LicenceSigner.fromP12(identity.p12, 'รหัสผ่าน');
    expect(thai.trustAnchorPem).toBe(identity.caCertificatePem);
    expect(thai.chainPem).toEqual([identity.caCertificatePem]);
    expect(() => LicenceSigner.fromP12(identity.p12, 'wrong')).toThrow();

    const { pdf } = await issueSignedLicence(sampleLicenceDocument(), thai);
    const result = verifySignedPdf(pdf, [thai.trustAnchorPem]);
    expectVerdict(result, 'valid');
    expect(result.signer!.commonName).toBe('สำนักงานเขตคลองเตย (ทดสอบ)');
    expect(result.signer!.issuer).toContain('CN=ผู้ออกใบรับรองทดสอบ กรุงเทพมหานคร');
    if (HAS_PDFSIG) expect(pdfsig(pdf)).toContain('Signature Validation: Signature is Valid.');

    // node-forge (inside P12Signer) re-encodes the issuer name, UTF-8-encoding it twice: the
    // signature then names an issuer that does not exist.
    const viaForge = await new SignPdf().sign(await renderLicencePdf(sampleLicenceDocument()), new P12Signer(identity.p12, { passphrase: 'รหัสผ่าน' }));
    expectVerdict(verifySignedPdf(viaForge, [thai.trustAnchorPem]), 'malformed-signature');
    if (HAS_PDFSIG) expect(pdfsig(viaForge)).not.toContain('Signature is Valid');
  });

  it('refuses a placeholder too small for the CMS, and a PDF without a placeholder', async () => {
    const unsigned = await renderLicencePdf(sampleLicenceDocument(), { signatureLength: 1024 });
    expect(() => signer.sign(unsigned)).toThrow(/exceeds placeholder length/);
    expect(() => signer.sign(Buffer.from('%PDF-1.7\nno placeholder\n%%EOF'))).toThrow(/placeholder/);
  });

  it('also works through @signpdf SignPdf as a Signer, and with the PAdES subfilter', async () => {
    const unsigned = await renderLicencePdf(sampleLicenceDocument(), { subFilter: 'ETSI.CAdES.detached' });
    const pdf = await new SignPdf().sign(unsigned, signer.asSignPdfSigner());
    const result = verifySignedPdf(pdf, anchors);
    expectVerdict(result, 'valid');
    expect(result.subFilter).toBe('ETSI.CAdES.detached');
    expect(result.signedAttributes).toContain('signingCertificateV2');
    if (HAS_PDFSIG) expect(pdfsig(pdf)).toContain('Signature Validation: Signature is Valid.');
  });
});
