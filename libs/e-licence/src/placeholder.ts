import { findByteRange, removeTrailingNewLine } from '@signpdf/utils';

/**
 * Fills a @signpdf signature placeholder (`/ByteRange [0 /********** /********** /**********]`
 * followed by `/Contents <000…>`) the way @signpdf's SignPdf does, without its intermediate copies:
 * the file ends at "%%EOF" (a trailing newline is removed), the ByteRange covers everything but the
 * `<…>` of /Contents, and the CMS made by `signParts` over those two pieces is written there in hex.
 */
export function fillSignaturePlaceholder(pdfWithPlaceholder: Buffer, signParts: (parts: Buffer[]) => Buffer): Buffer {
  const pdf = Buffer.from(removeTrailingNewLine(pdfWithPlaceholder)); // a copy we may write into
  const { byteRangePlaceholder, byteRangePlaceholderPosition } = findByteRange(pdf);
  if (!byteRangePlaceholder || byteRangePlaceholderPosition === undefined) throw new Error('No signature placeholder (/ByteRange) in the PDF');
  const byteRangeEnd = byteRangePlaceholderPosition + byteRangePlaceholder.length;
  const contentsTag = pdf.indexOf('/Contents ', byteRangeEnd);
  const open = contentsTag < 0 ? -1 : pdf.indexOf('<', contentsTag);
  const close = open < 0 ? -1 : pdf.indexOf('>', open);
  if (close < 0) throw new Error('No /Contents placeholder after the /ByteRange');

  const byteRange = [0, open, close + 1, pdf.length - (close + 1)];
  const byteRangeText = `/ByteRange [${byteRange.join(' ')}]`;
  if (byteRangeText.length > byteRangePlaceholder.length) throw new Error('The /ByteRange placeholder is too short for this file');
  pdf.write(byteRangeText.padEnd(byteRangePlaceholder.length, ' '), byteRangePlaceholderPosition, 'latin1');

  const cms = signParts([pdf.subarray(0, open), pdf.subarray(close + 1)]);
  const capacity = close - open - 1;
  if (cms.length * 2 > capacity) throw new Error(`Signature exceeds placeholder length: ${cms.length * 2} > ${capacity} hex digits; raise signatureLength`);
  pdf.write(cms.toString('hex'), open + 1, 'latin1'); // the rest stays "0…0"
  return pdf;
}
