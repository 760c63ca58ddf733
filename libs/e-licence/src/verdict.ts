/**
 * The verdict on a signed PDF, most fundamental problem first:
 * - `valid`: one signature covering the whole file except its own /Contents, the document digest
 *   matches, the signature verifies with the certificate's key, and the certificate chains to a
 *   trust anchor and was within its validity at the signing time;
 * - `not-a-pdf`: empty, or no "%PDF-" header;
 * - `no-signature`: no filled /ByteRange (an unsigned PDF, or an empty placeholder);
 * - `malformed-signature`: the /ByteRange, the /Contents hex or the CMS cannot be read or is
 *   inconsistent (not detached, no signed attributes, unknown algorithms, signer certificate absent);
 * - `truncated`: the /ByteRange reaches past the end of the file;
 * - `appended-data`: bytes after the signed range (an incremental update or appended data);
 * - `digest-mismatch`: the signed bytes changed since signing (messageDigest differs);
 * - `signature-invalid`: the CMS signature does not verify with the signer certificate's key, or the
 *   ESS signing-certificate attribute names another certificate;
 * - `untrusted-certificate`: the certificate does not chain to a trust anchor (unknown issuer, or
 *   a certificate naming a trusted CA but signed by another key), or is not for signing;
 * - `certificate-expired`: a certificate of the chain was not valid at the signing time;
 * - `certificate-revoked`: the validation data in the PDF (DSS) shows a certificate of the signer's or the TSA's
 *   chain revoked before the signature's timestamp.
 */
export type PdfVerdict =
  | 'valid'
  | 'not-a-pdf'
  | 'no-signature'
  | 'malformed-signature'
  | 'truncated'
  | 'appended-data'
  | 'digest-mismatch'
  | 'signature-invalid'
  | 'untrusted-certificate'
  | 'certificate-expired'
  | 'certificate-revoked';

/** Stops the checks at the first that fails; `verifySignedPdf` turns it into its answer. */
export class VerdictError extends Error {
  constructor(
    readonly verdict: PdfVerdict,
    message: string,
  ) {
    super(message);
  }
}

export function failWith(verdict: PdfVerdict, message: string): never {
  throw new VerdictError(verdict, message);
}
