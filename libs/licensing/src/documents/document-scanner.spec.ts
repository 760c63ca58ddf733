import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { ContentChecks, pdfNames } from './document-scanner';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.from('ffdb004300' + '01'.repeat(64), 'hex'), Buffer.from('ffd9', 'hex')]);

function pdfkit(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('แผนผัง site plan');
    doc.end();
  });
}

/** A small hand-written PDF whose catalogue carries `extra` (e.g. an OpenAction). */
function handPdf(extra: string, more: Buffer[] = []): Buffer {
  return Buffer.concat([Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${extra} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n`), ...more, Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n')]);
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'accepted', (e: { code?: string }) => e.code ?? String(e));

describe('ContentChecks', () => {
  const checks = new ContentChecks();

  it('accepts PDF, PNG and JPEG by their content', async () => {
    await expect(checks.scan(await pdfkit())).resolves.toEqual({ contentType: 'application/pdf', extension: 'pdf' });
    await expect(checks.scan(PNG)).resolves.toEqual({ contentType: 'image/png', extension: 'png' });
    await expect(checks.scan(JPEG)).resolves.toEqual({ contentType: 'image/jpeg', extension: 'jpg' });
    await expect(checks.scan(handPdf('/OpenAction [3 0 R /Fit]'))).resolves.toMatchObject({ contentType: 'application/pdf' });
  });

  it('refuses empty files and other types', async () => {
    expect(await codeOf(checks.scan(Buffer.alloc(0)))).toBe('DOCUMENT_EMPTY');
    expect(await codeOf(checks.scan(Buffer.from('<html><script>alert(1)</script></html>')))).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await codeOf(checks.scan(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')))).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await codeOf(checks.scan(Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00' + '\0'.repeat(40), 'latin1')))).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
  });

  it('refuses PDFs with JavaScript, automatic actions, launch actions or embedded files, escaped names included', async () => {
    for (const extra of [
      '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
      '/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>',
      '/AA << /WC 3 0 R >>',
      '/OpenAction << /S /Launch /F (cmd.exe) >>',
      '/Names << /EmbeddedFiles 4 0 R >>',
    ]) {
      expect({ extra, code: await codeOf(checks.scan(handPdf(extra))) }).toEqual({ extra, code: 'DOCUMENT_ACTIVE_CONTENT' });
    }
  });

  it('reads compressed object streams for the same names', async () => {
    const inner = deflateSync(Buffer.from('3 0 << /S /JavaScript /JS (app.alert(1)) >>'));
    const objStm = Buffer.concat([Buffer.from(`4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${inner.length} >>\nstream\n`), inner, Buffer.from('\nendstream\nendobj\n')]);
    expect(await codeOf(checks.scan(handPdf('/OpenAction 3 0 R', [objStm])))).toBe('DOCUMENT_ACTIVE_CONTENT');
    const harmless = deflateSync(Buffer.from('3 0 << /Type /Font /BaseFont /Helvetica >>'));
    const plain = Buffer.concat([Buffer.from(`4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${harmless.length} >>\nstream\n`), harmless, Buffer.from('\nendstream\nendobj\n')]);
    expect(await codeOf(checks.scan(handPdf('', [plain])))).toBe('accepted');
    const broken = Buffer.from('4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 5 >>\nstream\nnope!\nendstream\nendobj\n');
    expect(await codeOf(checks.scan(handPdf('', [broken])))).toBe('DOCUMENT_NOT_CHECKABLE');
  });

  it('refuses encrypted PDFs, which it cannot read', async () => {
    expect(await codeOf(checks.scan(handPdf('/Encrypt 9 0 R')))).toBe('DOCUMENT_NOT_CHECKABLE');
  });

  it('refuses polyglots', async () => {
    const pdf = await pdfkit();
    // An image that a PDF reader would also open (header in the first 1,024 bytes).
    const pngWithPdf = Buffer.concat([PNG.subarray(0, 33), Buffer.from([0, 0, 0, 20]), Buffer.from('tEXt%PDF-1.4 trick.'), Buffer.from([0, 0, 0, 0, 0]), PNG.subarray(33)]);
    expect(await codeOf(checks.scan(pngWithPdf))).toBe('DOCUMENT_POLYGLOT');
    // Something after the end of the image: a ZIP, HTML, or a PDF.
    expect(await codeOf(checks.scan(Buffer.concat([PNG, Buffer.from('PK\x03\x04 payload PK\x05\x06' + '\0'.repeat(18), 'latin1')])))).toBe('DOCUMENT_POLYGLOT');
    expect(await codeOf(checks.scan(Buffer.concat([JPEG, Buffer.from('<script>alert(1)</script>')])))).toBe('DOCUMENT_POLYGLOT');
    expect(await codeOf(checks.scan(Buffer.concat([JPEG, pdf])))).toBe('DOCUMENT_POLYGLOT');
    // HTML inside the image's own bytes.
    const jpegWithHtml = Buffer.concat([JPEG.subarray(0, 20), Buffer.from('fffe000f3c68746d6c3e3c2f68746d6c3e', 'hex'), JPEG.subarray(20)]);
    expect(await codeOf(checks.scan(jpegWithHtml))).toBe('DOCUMENT_POLYGLOT');
    // A PDF with an archive or anything else after %%EOF.
    expect(await codeOf(checks.scan(Buffer.concat([pdf, Buffer.from('PK\x03\x04 zip')])))).toBe('DOCUMENT_POLYGLOT');
    // Trailing whitespace is normal.
    expect(await codeOf(checks.scan(Buffer.concat([pdf, Buffer.from('\r\n')])))).toBe('accepted');
    expect(await codeOf(checks.scan(Buffer.concat([JPEG, Buffer.alloc(16)])))).toBe('accepted');
  });

  it('decodes #xx escapes in PDF names', () => {
    expect([...pdfNames('<< /S /J#61vaScript /Type/Catalog >>')]).toEqual(['S', 'JavaScript', 'Type', 'Catalog']);
  });
});
