import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { formatThaiDate } from '@bizportal/common';
import {
  LicenceSigner,
  developmentSigningFiles,
  issueSignedLicence,
  renderLicencePdf,
  sampleLicenceDocument,
  verificationQrPng,
  verificationUrl,
  verifySignedPdf,
  wrapThai,
  type LicenceDocument,
} from './index';
import { sarabun } from './thai-text';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const HAS_PDFTOTEXT = has('pdftotext');
const HAS_PDFSIG = has('pdfsig');
const HAS_OPENSSL = has('openssl');

const work = mkdtempSync(join(tmpdir(), 'e-licence-spec-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const save = (pdf: Buffer) => {
  const file = join(work, `doc-${++n}.pdf`);
  writeFileSync(file, pdf);
  return file;
};
const pdftotext = (pdf: Buffer) => spawnSync('pdftotext', ['-enc', 'UTF-8', save(pdf), '-'], { encoding: 'utf8' }).stdout;
const pdfsig = (pdf: Buffer) => spawnSync('pdfsig', [save(pdf)], { encoding: 'utf8' }).stdout;
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const LONG_CONDITION =
  'ผู้รับใบอนุญาตต้องดูแลรักษาความสะอาดของสถานที่จำหน่ายอาหาร ที่เตรียมและปรุงอาหาร ที่ล้างภาชนะ ห้องส้วม และบริเวณโดยรอบให้ถูกสุขลักษณะอยู่เสมอ ' +
  'จัดให้มีน้ำดื่มที่สะอาดและน้ำใช้ที่เพียงพอ และต้องยินยอมให้พนักงานเจ้าหน้าที่เข้าตรวจสอบสถานที่ในระหว่างเวลาทำการโดยไม่ต้องแจ้งล่วงหน้า';
const juristic = (): LicenceDocument =>
  sampleLicenceDocument({
    holder: { name: 'บริษัท ครัวคุณแม่ จำกัด', idNumber: '0105565012345', kind: 'juristic' },
    conditions: [...sampleLicenceDocument().conditions.slice(0, 3), LONG_CONDITION],
    validFrom: new Date('2026-11-22T00:00:00+07:00'),
    validUntil: new Date('2027-11-21T00:00:00+07:00'),
  });
const person = (): LicenceDocument =>
  sampleLicenceDocument({
    holder: { name: 'นางสาวสุดา รักไทย', idNumber: '1-1037-0xxxx-xx-3', kind: 'person' },
    businessName: 'ร้านข้าวแกงคุณสุดา',
    conditions: [LONG_CONDITION, 'ห้ามจำหน่ายน้ำแข็งที่ไม่มีเครื่องหมายรับรองคุณภาพ'],
  });

let signer: LicenceSigner;
beforeAll(() => {
  signer = LicenceSigner.development(join(work, 'data'));
});

describe('renderLicencePdf', () => {
  it('makes a one-page A4 PDF with a signature placeholder (reason, location, contact info, room for the CMS)', async () => {
    const pdf = await renderLicencePdf(juristic());
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(pdfPages(pdf)).toBe(1);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text).toContain('/ByteRange [0 /********** /********** /**********]');
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(text).toMatch(/\/Reason \(/);
    expect(text).toMatch(/\/Location \(/);
    expect(text).toContain(`/ContactInfo (${verificationUrl(juristic())})`);
    const contents = /\/Contents <(0+)>/.exec(text);
    expect(contents![1].length).toBe(2 * 16384); // room for the CMS with its signature timestamp
    expect(text).toContain('/FT /Sig');
  });

  it('embeds the QR code PNG of the verification URL', async () => {
    const licence = juristic();
    expect(verificationUrl(licence)).toBe('https://bizportal.example.go.th/verify/KT-FOOD-2570-000123');
    expect(verificationUrl({ ...licence, verifyBaseUrl: 'https://x.example/', number: 'กทม 1/2570' })).toBe(
      `https://x.example/verify/${encodeURIComponent('กทม 1/2570')}`,
    );
    const png = await verificationQrPng(licence);
    // pdfkit embeds a greyscale PNG's compressed image data (IDAT) unchanged.
    const idatLength = png.readUInt32BE(png.indexOf('IDAT') - 4);
    const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IDAT') + 4 + idatLength);
    const pdf = await renderLicencePdf(licence);
    expect(pdf.includes(idat)).toBe(true);
  });

  it("a preview is marked in Thai and English, has no number, no QR code and no signature placeholder", async () => {
    const pdf = await renderLicencePdf(juristic(), { preview: true });
    const raw = pdf.toString('latin1');
    expect(pdfPages(pdf)).toBe(1);
    expect(raw).not.toContain('/ByteRange');
    expect(raw).not.toContain('/FT /Sig');
    expect(raw).not.toContain('/Subtype /Image');
    expect(verifySignedPdf(pdf, [signer.trustAnchorPem]).verdict).toBe('no-signature');
    if (!HAS_PDFTOTEXT) return;
    const text = pdftotext(pdf);
    expect(text).toContain('ตัวอย่างใบอนุญาตก่อนลงนาม');
    expect(text).toContain('PREVIEW before signing');
    expect(text).toContain('To be assigned on issue');
    expect(text).toContain('Not signed yet');
    expect(text).not.toContain(juristic().number);
    if (HAS_PDFSIG) expect(pdfsig(pdf)).toMatch(/does not contain any signatures/);
  });

  it("prints the signer's approval (Thai and English names, Buddhist-era time in Bangkok) when given", async () => {
    const approvedAt = new Date('2026-12-05T06:07:00Z'); // 13:07 in Bangkok
    const licence = { ...juristic(), signatureApproval: { name: { th: 'นายสมศักดิ์ ลงนาม', en: 'Mr Somsak Longnam' }, position: 'ผู้มีอำนาจลงนาม สำนักงานเขตคลองเตย', approvedAt } };
    const pdf = await renderLicencePdf(licence);
    expect(pdfPages(pdf)).toBe(1);
    if (!HAS_PDFTOTEXT) return;
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('(นายสมศักดิ์ ลงนาม) Mr Somsak Longnam ผู้มีอำนาจลงนาม สำนักงานเขตคลองเตย');
    expect(text).toContain('อนุมัติลงนามเมื่อ 5 ธันวาคม 2569 เวลา 13:07 น.');
    expect(text).toContain('Approved for signature on 5 December 2026 at 13:07 (Bangkok)');
    // In the signer's place, not beside the approver.
    expect(text).not.toContain(juristic().officer.name);
    const plain = pdftotext(await renderLicencePdf(juristic()));
    expect(plain).not.toContain('อนุมัติลงนามเมื่อ');
    expect(plain).toContain(juristic().officer.name);
  });

  it('draws the optional agency logo', async () => {
    const logo = await verificationQrPng({ verifyBaseUrl: 'https://logo.example', number: 'emblem' }); // any PNG will do
    const withLogo = await renderLicencePdf({ ...juristic(), agency: { ...juristic().agency, logoPng: logo } });
    const without = await renderLicencePdf(juristic());
    expect((withLogo.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length).toBe(2);
    expect((without.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length).toBe(1);
  });

  it('prints "no expiry" for a licence without an end date and moves overflowing conditions to a second page', async () => {
    const open = await renderLicencePdf({ ...person(), validUntil: null, conditions: Array.from({ length: 8 }, () => LONG_CONDITION) });
    expect(pdfPages(open)).toBe(2);
    if (!HAS_PDFTOTEXT) return console.warn('pdftotext is not installed: text assertions skipped');
    const text = pdftotext(open);
    expect(text).toContain('ถึง ไม่มีกำหนดวันสิ้นอายุ');
    expect(text).toContain('without expiry');
    expect(text).toContain('(ต่อ) / continued — หน้า 2 / page 2');
  });
});

describe('Thai text', () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('sarabun', sarabun('regular'));
  doc.font('sarabun').fontSize(12);

  it('wraps at Thai word boundaries, never wider than the line, without inserting U+200B', () => {
    const width = 250;
    const lines = wrapThai(doc, LONG_CONDITION, width);
    expect(lines.length).toBeGreaterThan(3);
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(LONG_CONDITION)];
    const boundaries = new Set(words.map((w) => w.index));
    let offset = 0;
    for (const line of lines) {
      expect(doc.widthOfString(line)).toBeLessThanOrEqual(width + 0.5);
      expect(line).not.toContain('\u200B');
      expect(line).toBe(line.trim());
      offset = LONG_CONDITION.indexOf(line, offset);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(boundaries.has(offset)).toBe(true); // each line starts at a word boundary
      offset += line.length;
    }
    expect(lines.join('').replace(/ /g, '')).toBe(LONG_CONDITION.replace(/ /g, '')); // only spaces at breaks are dropped
  });

  it('keeps official compounds and closing punctuation together, and breaks an over-long word between graphemes', () => {
    const narrow = doc.widthOfString('ปฏิบัติราชการแทนผู้ว่า');
    const lines = wrapThai(doc, 'ปฏิบัติราชการแทนผู้ว่าราชการกรุงเทพมหานคร', narrow);
    expect(lines.some((l) => l.includes('ผู้ว่าราชการ'))).toBe(true);
    const url = 'https://bizportal.example.go.th/verify/KT-FOOD-2570-000123';
    const urlLines = wrapThai(doc, url, 100);
    expect(urlLines.join('')).toBe(url);
    for (const line of urlLines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(100.5);
    expect(wrapThai(doc, 'น้ำดื่ม (สะอาด)', doc.widthOfString('น้ำดื่ม (สะอาด')).map((l) => l.trim())).toEqual(['น้ำดื่ม', '(สะอาด)']);
    expect(wrapThai(doc, 'หนึ่ง\n\nสอง', 500)).toEqual(['หนึ่ง', '', 'สอง']);
  });
});

describe('signed licence', () => {
  it('creates the development identity once under dataDir/signing and loads it afterwards', () => {
    const files = developmentSigningFiles(join(work, 'data'));
    for (const file of [files.caCertificate, files.caKey, files.signingCertificate, files.signingKey, files.signingP12]) expect(existsSync(file)).toBe(true);
    const again = LicenceSigner.development(join(work, 'data'));
    expect(again.certificatePem).toBe(signer.certificatePem);
    expect(again.trustAnchorPem).toBe(signer.trustAnchorPem);
    expect(signer.chainPem).toEqual([signer.trustAnchorPem]);
    expect(signer.subject).toContain('NOT FOR PRODUCTION');
    expect(readFileSync(files.caCertificate, 'utf8')).toBe(signer.trustAnchorPem);
  });

  it.each([
    ['juristic person', juristic, 'บริษัท ครัวคุณแม่ จำกัด'],
    ['natural person', person, 'นางสาวสุดา รักไทย'],
  ])('renders and signs a licence for a %s: pdftotext reads the Thai name and Buddhist-era dates exactly, pdfsig validates', async (_kind, make, name) => {
    const licence = make();
    const { pdf, sha256 } = await issueSignedLicence(licence, signer);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(verifySignedPdf(pdf, [signer.trustAnchorPem])).toMatchObject({ verdict: 'valid', valid: true, sha256 });

    expect(formatThaiDate(licence.validFrom)).toBe('22 พฤศจิกายน 2569');
    expect(formatThaiDate(licence.validUntil!)).toBe('21 พฤศจิกายน 2570');
    if (HAS_PDFTOTEXT) {
      const text = pdftotext(pdf);
      expect(text).toContain(name);
      expect(text).toContain('22 พฤศจิกายน 2569');
      expect(text).toContain('21 พฤศจิกายน 2570');
      expect(text).toContain('(2026-11-22)');
      expect(text).toContain('(2027-11-21)');
      expect(text).toContain(licence.number);
      expect(text).toContain(verificationUrl(licence));
      // SARA AM reads back as written (not "ำา"), with or without a tone mark.
      expect(text).toContain('จำหน่าย');
      expect(text).toContain('น้ำ');
      expect(text).not.toContain('ำา');
      // Every word in its place, stacked marks included (ที่, ตั้ง, สิ้น): each condition reads back
      // whole once the line breaks are removed.
      const flat = text.replace(/\s+/g, '');
      for (const condition of licence.conditions) expect(flat).toContain(condition.replace(/\s+/g, ''));
      expect(flat).toContain(licence.legalBasis.replace(/\s+/g, ''));
      expect(text).toContain('ใบอนุญาตนี้ใช้ได้ตั้งแต่วันที่ 22 พฤศจิกายน 2569');
    } else {
      console.warn('pdftotext (poppler-utils) is not installed: the text extraction assertions were skipped');
    }

    if (!HAS_PDFSIG) return console.warn('pdfsig (poppler-utils) is not installed: the pdfsig assertions were skipped');
    const report = pdfsig(pdf);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
  });

  it('one changed byte in the signed content: pdfsig no longer validates, verifySignedPdf says digest mismatch', async () => {
    const { pdf } = await issueSignedLicence(juristic(), signer);
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('(Biz Portal e-licence)'); // the /Creator of the document information
    expect(at).toBeGreaterThan(0);
    tampered[at + 1] = 'C'.charCodeAt(0);
    const byteRange = verifySignedPdf(pdf, [signer.trustAnchorPem]).byteRange!;
    expect(at < byteRange[1] || at >= byteRange[2]).toBe(true); // inside the signed ranges
    expect(verifySignedPdf(tampered, [signer.trustAnchorPem])).toMatchObject({ verdict: 'digest-mismatch', valid: false });
    if (!HAS_PDFSIG) return console.warn('pdfsig (poppler-utils) is not installed: the pdfsig assertions were skipped');
    const report = pdfsig(tampered);
    expect(report).not.toContain('Signature is Valid');
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it('the CMS carries contentType, messageDigest and signing-certificate-v2, no signingTime (PAdES: the time is /M), and openssl cms verifies it', async () => {
    const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000);
    const { pdf } = await issueSignedLicence(juristic(), signer, { signingTime });
    const check = verifySignedPdf(pdf, [signer.trustAnchorPem]);
    expect(check.signedAttributes!.sort()).toEqual(['contentType', 'messageDigest', 'signingCertificateV2']);
    expect(check).toMatchObject({ signingTime, signingTimeSource: 'signature-dictionary', pades: { level: 'B-B' } });
    expect(check.signer!.commonName).toContain('Biz Portal Development e-Licence Signing');
    expect(check.chain).toHaveLength(2);
    expect(pdf.toString('latin1')).toContain(`/M (D:${signingTime.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`);

    if (!HAS_OPENSSL) return console.warn('openssl is not installed: the openssl cms check was skipped');
    const [, a, b] = check.byteRange!;
    const hex = pdf.subarray(a + 1, b - 1).toString('latin1');
    const der = Buffer.from(hex, 'hex');
    const length = der[1] === 0x82 ? 4 + der.readUInt16BE(2) : der[1] === 0x83 ? 5 + der.readUIntBE(2, 3) : 2 + der[1];
    const files = { cms: join(work, 'sig.der'), content: join(work, 'signed.bin'), ca: join(work, 'ca.pem') };
    writeFileSync(files.cms, der.subarray(0, length));
    writeFileSync(files.content, Buffer.concat([pdf.subarray(0, a), pdf.subarray(b)]));
    writeFileSync(files.ca, signer.trustAnchorPem);
    const result = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', files.cms, '-content', files.content, '-CAfile', files.ca, '-purpose', 'any', '-out', '/dev/null'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toContain('Verification successful');
    const attributes = spawnSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', files.cms], { encoding: 'utf8' }).stdout;
    expect(attributes).toContain('id-smime-aa-signingCertificateV2');
    expect(attributes).not.toContain('signingTime');
  });
});
