import PDFDocument from 'pdfkit';
import { pdfBytes } from '@bizportal/e-licence';

/**
 * A small real PDF (pdfkit, one page of text) for the benches that attach documents through the API: the
 * documents route's checks (type from the bytes, no active content, not a polyglot) accept it as they accept a
 * scanned form. Benches cannot import test/support, so this is their own copy of its samplePdf.
 */
export function samplePdf(text = 'supporting document (benchmark)'): Promise<Buffer> {
  const doc = new PDFDocument({ info: { Title: 'benchmark document' } });
  const bytes = pdfBytes(doc);
  doc.text(text);
  doc.end();
  return bytes;
}
