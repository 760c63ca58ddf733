import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { findByteRange, removeTrailingNewLine } from '@signpdf/utils';

/** Bytes reserved for the CMS: room for an RSA-2048/3072 signature with its chain and a signature timestamp. */
export const DEFAULT_SIGNATURE_LENGTH = 16384;

/** The signature dictionary of a document signed by the agency. */
export interface SignatureFields {
  reason: string;
  location: string;
  contactInfo: string;
  /** /Name */
  name: string;
  /** /M: the signing time the signer claims (PAdES puts it here, not in the CMS). */
  signingTime?: Date;
  signatureLength?: number;
  subFilter?: 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached';
}

/**
 * Adds the empty signature (an invisible widget on the current page) for `LicenceSigner.signPades` to fill, as
 * @signpdf's placeholder for pdfkit does: SubFilter ETSI.CAdES.detached unless told otherwise. Call before `doc.end()`.
 */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, fields: SignatureFields): void {
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: fields.reason,
    location: fields.location,
    contactInfo: fields.contactInfo,
    name: fields.name,
    signingTime: fields.signingTime,
    signatureLength: fields.signatureLength ?? DEFAULT_SIGNATURE_LENGTH,
    subFilter: fields.subFilter ?? 'ETSI.CAdES.detached',
    appName: 'BizPortal.eLicence', // a PDF name: no spaces
  });
}

/** A PDF whose /ByteRange is set, waiting for its CMS. */
export interface PreparedSignature {
  /** The file (a copy): the CMS is written into it. */
  pdf: Buffer;
  /** The two signed pieces: everything but the `<…>` of /Contents. */
  parts: [Buffer, Buffer];
  /** Writes the CMS (DER) into /Contents as hex and returns the file; throws when it does not fit. */
  write(cms: Buffer): Buffer;
}

/**
 * Prepares a @signpdf signature placeholder (`/ByteRange [0 /********** /********** /**********]`
 * followed by `/Contents <000…>`) the way @signpdf's SignPdf does, without its intermediate copies:
 * the file ends at "%%EOF" (a trailing newline is removed) and the ByteRange covers everything but the
 * `<…>` of /Contents, where `write` puts the CMS in hex.
 */
export function prepareSignaturePlaceholder(pdfWithPlaceholder: Buffer): PreparedSignature {
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

  return {
    pdf,
    parts: [pdf.subarray(0, open), pdf.subarray(close + 1)],
    write(cms) {
      const capacity = close - open - 1;
      if (cms.length * 2 > capacity) throw new Error(`Signature exceeds placeholder length: ${cms.length * 2} > ${capacity} hex digits; raise signatureLength`);
      pdf.write(cms.toString('hex'), open + 1, 'latin1'); // the rest stays "0…0"
      return pdf;
    },
  };
}

/** Prepares the placeholder and fills it with the CMS that `signParts` makes over the two signed pieces. */
export function fillSignaturePlaceholder(pdfWithPlaceholder: Buffer, signParts: (parts: Buffer[]) => Buffer): Buffer {
  const prepared = prepareSignaturePlaceholder(pdfWithPlaceholder);
  return prepared.write(signParts(prepared.parts));
}
