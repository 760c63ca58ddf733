import { X509Certificate, createHash } from 'node:crypto';
import { type SignerCertificateInfo, describeCertificate, keyUsageAllowsSigning } from './certificates';
import { OID } from './cms';
import {
  attributeNames,
  binaryToBuffer,
  essCertificateHash,
  primitiveValue,
  readRequiredAttributes,
  readSignedAttributes,
  readSignedData,
  signedAttributesDer,
} from './cms-reader';
import { type DssContents, readDssUpdate } from './dss';
import { type PadesReport, padesLevel } from './pades-level';
import { signatureVerifies } from './signature-check';
import { type PdfVerdict, VerdictError, failWith } from './verdict';

export type { PdfVerdict } from './verdict';
export type { SignerCertificateInfo } from './certificates';
export type { PadesLevel, PadesReport } from './pades-level';

/** Each check in order; null: not reached (an earlier check failed or the input stopped it). */
export interface PdfChecks {
  isPdf: boolean | null;
  signed: boolean | null;
  /** The /ByteRange covers the whole file except the signature's /Contents. */
  coversWholeFile: boolean | null;
  /** The digest of the signed bytes equals the signed messageDigest. */
  documentIntact: boolean | null;
  /** The CMS signature verifies with the signer certificate's key (and the ESS attribute names it). */
  signatureVerifies: boolean | null;
  /** The certificate chains to a trust anchor and allows signing. */
  certificateTrusted: boolean | null;
  /** Every certificate of the chain was valid at the signing time. */
  certificateValidAtSigning: boolean | null;
}

export interface PdfVerification {
  verdict: PdfVerdict;
  valid: boolean;
  checks: PdfChecks;
  /** One English sentence saying why. */
  message: string;
  /** SHA-256 of the whole file, hex ('' when the input is not a buffer). */
  sha256: string;
  byteRange?: [number, number, number, number];
  subFilter?: string;
  signer?: SignerCertificateInfo;
  /**
   * When it was signed: the time of a trusted signature timestamp, else the signer's claim (the CMS signingTime
   * attribute, or the /M of the signature dictionary).
   */
  signingTime?: Date;
  /** Where `signingTime` comes from. */
  signingTimeSource?: 'timestamp' | 'signing-time-attribute' | 'signature-dictionary';
  /** The PAdES baseline level reached (B-B, B-T, B-LT or none), with the signature timestamp; when the signature verified. */
  pades?: PadesReport;
  /** Names (or OIDs) of the signed attributes, e.g. contentType, signingTime, messageDigest, signingCertificateV2. */
  signedAttributes?: string[];
  /** Subjects from the signer certificate up to the trust anchor, when the chain was built. */
  chain?: string[];
}

/** A filled /ByteRange [0 a b c]; a placeholder holds /********** instead of numbers. */
const FILLED_BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const PLACEHOLDER_BYTE_RANGE = /\/ByteRange\s*\[\s*0\s+\/\*+/;
/** Longest chain of intermediate certificates followed from the signer. */
const MAX_CHAIN_DEPTH = 8;

/** The check that each failing verdict marks false. */
const CHECK_FAILED_BY: Record<Exclude<PdfVerdict, 'valid'>, keyof PdfChecks> = {
  'not-a-pdf': 'isPdf',
  'no-signature': 'signed',
  'malformed-signature': 'signed',
  truncated: 'coversWholeFile',
  'appended-data': 'coversWholeFile',
  'digest-mismatch': 'documentIntact',
  'signature-invalid': 'signatureVerifies',
  'untrusted-certificate': 'certificateTrusted',
  'certificate-expired': 'certificateValidAtSigning',
  'certificate-revoked': 'certificateValidAtSigning',
};

/**
 * Verifies the (last) signature of a PDF against the given trust anchors (PEM CA certificates).
 * Never throws: any input, junk included, gets a verdict.
 */
export function verifySignedPdf(pdf: Buffer, trustAnchorsPem: string[]): PdfVerification {
  const input: unknown = pdf;
  const isBuffer = input instanceof Uint8Array; // Buffers included; anything else is junk
  const file = isBuffer ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : Buffer.alloc(0);
  const result: PdfVerification = {
    verdict: 'valid',
    valid: false,
    checks: { isPdf: null, signed: null, coversWholeFile: null, documentIntact: null, signatureVerifies: null, certificateTrusted: null, certificateValidAtSigning: null },
    message: '',
    sha256: isBuffer ? createHash('sha256').update(file).digest('hex') : '',
  };
  try {
    runChecks(file, Array.isArray(trustAnchorsPem) ? trustAnchorsPem : [], result);
    result.checks.certificateValidAtSigning = true;
    result.verdict = 'valid';
    result.valid = true;
    result.message = 'The signature covers the whole document, the document is unchanged, and the certificate chains to a trust anchor.';
  } catch (error) {
    result.valid = false;
    if (error instanceof VerdictError) {
      result.verdict = error.verdict;
      result.message = error.message;
    } else {
      result.verdict = 'malformed-signature';
      result.message = `The signature could not be read: ${error instanceof Error ? error.message : String(error)}`;
    }
    result.checks[CHECK_FAILED_BY[result.verdict as Exclude<PdfVerdict, 'valid'>]] = false;
  }
  return result;
}

/** Runs the checks in the order of the verdicts, filling `out` as each passes; throws the first failing verdict. */
function runChecks(pdf: Buffer, trustAnchorsPem: string[], out: PdfVerification): void {
  const field = readSignatureField(pdf, out);
  const signedData = readSignedData(field.cms);
  const signer = signedData.signerCertificate;
  out.signer = describeCertificate(signer);
  const attributes = readSignedAttributes(signedData.signedAttributesNode);
  out.signedAttributes = attributeNames(attributes);
  const { messageDigest, signingTime } = readRequiredAttributes(attributes);
  if (signingTime) [out.signingTime, out.signingTimeSource] = [signingTime, 'signing-time-attribute'];
  else if (field.claimedTime) [out.signingTime, out.signingTimeSource] = [field.claimedTime, 'signature-dictionary'];

  // 1. Is the document what was signed?
  const digest = createHash(signedData.digestName).update(pdf.subarray(0, field.gapStart)).update(pdf.subarray(field.gapEnd, field.gapEnd + field.tailLength)).digest();
  if (!digest.equals(binaryToBuffer(primitiveValue(messageDigest, 'messageDigest')))) {
    failWith('digest-mismatch', 'The document was changed after signing: its digest differs from the signed messageDigest.');
  }
  out.checks.documentIntact = true;

  // 2. Did the certificate's key sign these attributes?
  const signedBytes = signedAttributesDer(signedData.signedAttributesNode);
  if (!signatureVerifies(signedData.signatureAlgorithm, signedData.digestName, signedBytes, signer, signedData.signature)) {
    failWith('signature-invalid', "The signature does not verify with the signer certificate's public key.");
  }

  // 3. Does the ESS signing-certificate(-v2) attribute name this certificate (no substitution)?
  const named = essCertificateHash(attributes);
  if (named && !createHash(named.hashName).update(signer.raw).digest().equals(named.certHash)) {
    failWith('signature-invalid', 'The signing-certificate attribute names a different certificate than the one in the signature.');
  }
  out.checks.signatureVerifies = true;

  // 4. Does the certificate chain to a trust anchor, and was each certificate valid when signing?
  const chain = chainToTrustAnchor(signer, [...signedData.certificates, ...(field.dss?.certificates ?? []).map((der) => new X509Certificate(der))], parseTrustAnchors(trustAnchorsPem));
  out.chain = chain.map((certificate) => describeCertificate(certificate).subject);
  if (!keyUsageAllowsSigning(signer)) failWith('untrusted-certificate', 'The signer certificate does not allow digital signatures (key usage).');
  out.checks.certificateTrusted = true;

  // 5. PAdES: a trusted signature timestamp fixes the signing time; the DSS tells whether a certificate was revoked.
  const anchors = parseTrustAnchors(trustAnchorsPem);
  const { trustedTime, revoked, ...pades } = padesLevel({
    subFilter: out.subFilter,
    signedAttributes: out.signedAttributes,
    signature: signedData.signature,
    signer,
    chain,
    timestampToken: signedData.signatureTimestampToken,
    dss: field.dss,
    chainOf: (certificate, embedded) => chainToTrustAnchor(certificate, embedded, anchors),
  });
  out.pades = pades;
  if (trustedTime) [out.signingTime, out.signingTimeSource] = [trustedTime, 'timestamp'];
  if (revoked) failWith('certificate-revoked', `The certificate "${revoked.subject}" was revoked on ${revoked.at.toISOString()}, before the signature's timestamp.`);
  const signedAt = out.signingTime ?? new Date();
  for (const certificate of chain) {
    const info = describeCertificate(certificate);
    if (signedAt < info.validFrom || signedAt > info.validTo) {
      failWith(
        'certificate-expired',
        `The certificate "${info.subject}" was not valid at the signing time ${signedAt.toISOString()} (valid ${info.validFrom.toISOString()} to ${info.validTo.toISOString()}).`,
      );
    }
  }
}

/** The signed byte range [0, gapStart) + [gapEnd, gapEnd + tailLength) and the CMS in the gap between them. */
interface SignatureField {
  gapStart: number;
  gapEnd: number;
  tailLength: number;
  /** The /Contents hex string decoded: the CMS DER, then zero padding. */
  cms: Buffer;
  /** The DSS of an incremental update after the signed range (nothing else may follow it). */
  dss?: DssContents;
  /** The /M of the signature dictionary (claimed by the signer). */
  claimedTime?: Date;
}

/** Finds the last filled signature in the PDF and checks that its /ByteRange covers the whole file but its /Contents. */
function readSignatureField(pdf: Buffer, out: PdfVerification): SignatureField {
  if (pdf.length === 0) failWith('not-a-pdf', 'The file is empty.');
  const head = pdf.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) failWith('not-a-pdf', 'The file has no "%PDF-" header.');
  out.checks.isPdf = true;

  // The last filled /ByteRange (a later incremental signature covers more of the file).
  const text = pdf.toString('latin1');
  let match: RegExpExecArray | null = null;
  for (let next = FILLED_BYTE_RANGE.exec(text); next; next = FILLED_BYTE_RANGE.exec(text)) match = next;
  FILLED_BYTE_RANGE.lastIndex = 0;
  if (!match) {
    if (PLACEHOLDER_BYTE_RANGE.test(text)) failWith('no-signature', 'The PDF has an empty signature placeholder: it was never signed.');
    if (text.includes('/ByteRange')) failWith('malformed-signature', 'The /ByteRange cannot be read.');
    return failWith('no-signature', 'The PDF has no signature.');
  }
  const range = match.slice(1, 5).map(Number) as [number, number, number, number];
  out.byteRange = range;
  const dictionaryStart = text.lastIndexOf('obj', match.index);
  const dictionaryEnd = text.indexOf('endobj', match.index);
  const dictionary = text.slice(Math.max(dictionaryStart, 0), dictionaryEnd < 0 ? undefined : dictionaryEnd);
  out.subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dictionary)?.[1];

  const [start, gapStart, gapEnd, tailLength] = range;
  if (!range.every(Number.isSafeInteger) || start !== 0 || gapStart <= 0 || gapEnd < gapStart + 2) {
    failWith('malformed-signature', `The /ByteRange [${range.join(' ')}] is not of the form [0 a b c] around the /Contents.`);
  }
  out.checks.signed = true;
  if (gapEnd + tailLength > pdf.length) {
    failWith('truncated', `The /ByteRange reaches byte ${gapEnd + tailLength} but the file has ${pdf.length}: it was truncated.`);
  }
  if (pdf[gapStart] !== 0x3c || pdf[gapEnd - 1] !== 0x3e || !/\/Contents\s*$/.test(text.slice(Math.max(0, gapStart - 32), gapStart))) {
    failWith('malformed-signature', 'The /ByteRange gap is not the <…> of the signature /Contents.');
  }
  const dss = gapEnd + tailLength < pdf.length ? readDssUpdate(pdf, gapEnd + tailLength) : undefined;
  if (dss === null) {
    failWith('appended-data', `${pdf.length - gapEnd - tailLength} bytes follow the signed range (an incremental update or appended data other than a DSS): the signature does not cover the whole file.`);
  }
  out.checks.coversWholeFile = true;

  const hex = pdf.subarray(gapStart + 1, gapEnd - 1).toString('latin1');
  if (!/^[0-9A-Fa-f]*$/.test(hex) || hex.length % 2) failWith('malformed-signature', 'The signature /Contents is not a hex string.');
  const cms = Buffer.from(hex, 'hex');
  if (cms.length === 0 || cms.every((byte) => byte === 0)) failWith('no-signature', 'The signature /Contents is empty.');
  return { gapStart, gapEnd, tailLength, cms, dss, claimedTime: pdfDate(/\/M\s*\(([^)]*)\)/.exec(dictionary)?.[1]) };
}

/** A PDF date string, D:YYYYMMDDHHmmSS followed by Z or ±HH'mm' (ISO 32000-1 7.9.4); undefined when unreadable. */
function pdfDate(text: string | undefined): Date | undefined {
  const m = text && /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:(Z)|([+-])(\d{2})'?(\d{2})'?)?/.exec(text);
  if (!m) return undefined;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  const offset = m[8] ? (m[8] === '+' ? 1 : -1) * (+m[9] * 60 + +m[10]) * 60_000 : 0;
  const date = new Date(utc - offset);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The PEM strings that are certificates (anything else is ignored). */
function parseTrustAnchors(pems: string[]): X509Certificate[] {
  const anchors: X509Certificate[] = [];
  for (const pem of pems) {
    try {
      anchors.push(new X509Certificate(pem));
    } catch {
      // not a certificate: ignore it
    }
  }
  return anchors;
}

/**
 * The path from the signer certificate up to a trust anchor, through CA certificates embedded in the CMS (each
 * verified with its issuer's key). Fails `untrusted-certificate` when there is none, saying so when a certificate
 * names a trusted CA as its issuer but was signed by another key.
 */
function chainToTrustAnchor(signer: X509Certificate, embedded: X509Certificate[], anchors: X509Certificate[]): X509Certificate[] {
  const path = [signer];
  let current = signer;
  let forged: X509Certificate | undefined;
  for (let depth = 0; ; depth++) {
    if (anchors.some((anchor) => anchor.raw.equals(current.raw))) return path; // the certificate is itself trusted
    const namingAnchors = anchors.filter((anchor) => current.checkIssued(anchor));
    const issuingAnchor = namingAnchors.find((anchor) => current.verify(anchor.publicKey));
    if (issuingAnchor) {
      path.push(issuingAnchor);
      return path;
    }
    forged ??= namingAnchors.length ? current : undefined;
    const issuer =
      depth < MAX_CHAIN_DEPTH
        ? embedded.find((candidate) => !candidate.raw.equals(current.raw) && candidate.ca && current.checkIssued(candidate) && current.verify(candidate.publicKey))
        : undefined;
    if (!issuer || path.some((certificate) => certificate.raw.equals(issuer.raw))) {
      return failWith(
        'untrusted-certificate',
        forged
          ? `The certificate "${describeCertificate(forged).subject}" names a trusted CA as its issuer but was signed by another key.`
          : `The signer certificate does not chain to a trust anchor (issuer "${describeCertificate(current).issuer}").`,
      );
    }
    path.push(issuer);
    current = issuer;
  }
}
