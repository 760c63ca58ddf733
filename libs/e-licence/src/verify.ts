import { X509Certificate, constants, createHash, verify as nativeVerify } from 'node:crypto';
import forge from 'node-forge';
import { ATTRIBUTE_NAMES, OID } from './cms';
import { issuerAndSerial, readElement } from './der';

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
 * - `certificate-expired`: a certificate of the chain was not valid at the signing time.
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
  | 'certificate-expired';

export interface SignerCertificateInfo {
  /** e.g. "CN=Biz Portal Development e-Licence Signing — NOT FOR PRODUCTION, O=Biz Portal (development), C=TH" */
  subject: string;
  commonName: string | null;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** SHA-256 of the certificate's DER, hex. */
  sha256: string;
}

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
  /** From the signingTime signed attribute (claimed by the signer: there is no timestamp token). */
  signingTime?: Date;
  /** Names (or OIDs) of the signed attributes, e.g. contentType, signingTime, messageDigest, signingCertificateV2. */
  signedAttributes?: string[];
  /** Subjects from the signer certificate up to the trust anchor, when the chain was built. */
  chain?: string[];
}

const DIGESTS: Record<string, string> = { [OID.sha1]: 'sha1', [OID.sha256]: 'sha256', [OID.sha384]: 'sha384', [OID.sha512]: 'sha512' };
const RSA_PKCS1 = new Set<string>([OID.rsaEncryption, OID.sha256WithRSAEncryption, OID.sha384WithRSAEncryption, OID.sha512WithRSAEncryption]);
const ECDSA = new Set<string>([OID.ecdsaWithSHA256, OID.ecdsaWithSHA384, OID.ecdsaWithSHA512]);
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

class Verdict extends Error {
  constructor(
    readonly verdict: PdfVerdict,
    message: string,
  ) {
    super(message);
  }
}
const fail = (verdict: PdfVerdict, message: string): never => {
  throw new Verdict(verdict, message);
};

const { Class, Type } = forge.asn1;
type Asn1 = forge.asn1.Asn1;
const kids = (node: Asn1 | undefined, what: string): Asn1[] =>
  node && Array.isArray(node.value) ? node.value : fail('malformed-signature', `CMS: ${what} is not a constructed value`);
const bytes = (node: Asn1 | undefined, what: string): string =>
  node && typeof node.value === 'string' ? node.value : fail('malformed-signature', `CMS: ${what} is not a primitive value`);
const oidOf = (node: Asn1 | undefined, what: string): string => {
  if (!node || node.tagClass !== Class.UNIVERSAL || node.type !== Type.OID) fail('malformed-signature', `CMS: ${what} is not an OID`);
  return forge.asn1.derToOid(bytes(node, what));
};
/** Strict DER; BIT STRINGs kept opaque so that re-encoding a certificate gives back its exact bytes. */
const FROM_DER_OPTIONS = { strict: true, parseAllBytes: true, decodeBitStrings: false } as unknown as boolean;
const der = (node: Asn1): Buffer => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
const bin = (s: string): Buffer => Buffer.from(s, 'binary');

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
    check(file, Array.isArray(trustAnchorsPem) ? trustAnchorsPem : [], result);
    result.checks.certificateValidAtSigning = true;
    result.verdict = 'valid';
    result.valid = true;
    result.message = 'The signature covers the whole document, the document is unchanged, and the certificate chains to a trust anchor.';
  } catch (error) {
    result.valid = false;
    if (error instanceof Verdict) {
      result.verdict = error.verdict;
      result.message = error.message;
    } else {
      result.verdict = 'malformed-signature';
      result.message = `The signature could not be read: ${error instanceof Error ? error.message : String(error)}`;
    }
    const failed: Partial<Record<PdfVerdict, keyof PdfChecks>> = {
      'not-a-pdf': 'isPdf',
      'no-signature': 'signed',
      'malformed-signature': 'signed',
      truncated: 'coversWholeFile',
      'appended-data': 'coversWholeFile',
      'digest-mismatch': 'documentIntact',
      'signature-invalid': 'signatureVerifies',
      'untrusted-certificate': 'certificateTrusted',
      'certificate-expired': 'certificateValidAtSigning',
    };
    result.checks[failed[result.verdict]!] = false;
  }
  return result;
}

function check(pdf: Buffer, trustAnchorsPem: string[], out: PdfVerification): void {
  if (pdf.length === 0) fail('not-a-pdf', 'The file is empty.');
  const head = pdf.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) fail('not-a-pdf', 'The file has no "%PDF-" header.');
  out.checks.isPdf = true;

  // The last filled /ByteRange (a later incremental signature covers more of the file).
  const text = pdf.toString('latin1');
  let match: RegExpExecArray | null = null;
  for (let m = BYTE_RANGE.exec(text); m; m = BYTE_RANGE.exec(text)) match = m;
  BYTE_RANGE.lastIndex = 0;
  if (!match) {
    if (text.includes('/ByteRange')) {
      fail(/\/ByteRange\s*\[\s*0\s+\/\*+/.test(text) ? 'no-signature' : 'malformed-signature', /\/ByteRange\s*\[\s*0\s+\/\*+/.test(text) ? 'The PDF has an empty signature placeholder: it was never signed.' : 'The /ByteRange cannot be read.');
    }
    fail('no-signature', 'The PDF has no signature.');
  }
  const range = match!.slice(1, 5).map(Number) as [number, number, number, number];
  out.byteRange = range;
  const dictionaryStart = text.lastIndexOf('obj', match!.index);
  const dictionaryEnd = text.indexOf('endobj', match!.index);
  const dictionary = text.slice(Math.max(dictionaryStart, 0), dictionaryEnd < 0 ? undefined : dictionaryEnd);
  out.subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dictionary)?.[1];

  const [start, gapStart, gapEnd, tailLength] = range;
  if (!range.every(Number.isSafeInteger) || start !== 0 || gapStart <= 0 || gapEnd < gapStart + 2) {
    fail('malformed-signature', `The /ByteRange [${range.join(' ')}] is not of the form [0 a b c] around the /Contents.`);
  }
  out.checks.signed = true;
  if (gapEnd + tailLength > pdf.length) {
    fail('truncated', `The /ByteRange reaches byte ${gapEnd + tailLength} but the file has ${pdf.length}: it was truncated.`);
  }
  if (pdf[gapStart] !== 0x3c || pdf[gapEnd - 1] !== 0x3e || !/\/Contents\s*$/.test(text.slice(Math.max(0, gapStart - 32), gapStart))) {
    fail('malformed-signature', 'The /ByteRange gap is not the <…> of the signature /Contents.');
  }
  if (gapEnd + tailLength < pdf.length) {
    fail('appended-data', `${pdf.length - gapEnd - tailLength} bytes follow the signed range (an incremental update or appended data): the signature does not cover the whole file.`);
  }
  out.checks.coversWholeFile = true;

  // The CMS in /Contents: hex, padded with zeros after the DER.
  const hex = pdf.subarray(gapStart + 1, gapEnd - 1).toString('latin1');
  if (!/^[0-9A-Fa-f]*$/.test(hex) || hex.length % 2) fail('malformed-signature', 'The signature /Contents is not a hex string.');
  const contents = Buffer.from(hex, 'hex');
  if (contents.length === 0 || contents.every((b) => b === 0)) fail('no-signature', 'The signature /Contents is empty.');
  const outer = readElement(contents);
  if (contents.subarray(outer.end).some((b) => b !== 0)) fail('malformed-signature', 'The signature /Contents holds data after the CMS.');
  const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(contents.subarray(0, outer.end).toString('binary')), FROM_DER_OPTIONS);

  // ContentInfo { contentType signedData, [0] EXPLICIT SignedData }
  const [contentType, explicit] = kids(contentInfo, 'ContentInfo');
  if (oidOf(contentType, 'contentType') !== OID.signedData) fail('malformed-signature', 'The CMS is not SignedData.');
  const signedData = kids(explicit, 'ContentInfo content')[0];
  const sd = kids(signedData, 'SignedData');
  const encap = kids(sd[2], 'encapContentInfo');
  if (encap.length > 1) fail('malformed-signature', 'The CMS is not detached (it embeds content).');
  const certificatesNode = sd.find((n) => n.tagClass === Class.CONTEXT_SPECIFIC && n.type === 0);
  const signerInfos = kids(sd[sd.length - 1], 'signerInfos');
  if (signerInfos.length !== 1) fail('malformed-signature', `The CMS has ${signerInfos.length} signers; one expected.`);
  const certificates = (certificatesNode ? kids(certificatesNode, 'certificates') : []).map((node) => new X509Certificate(der(node)));

  // SignerInfo { version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature, [1] unsignedAttrs? }
  const si = kids(signerInfos[0], 'SignerInfo');
  const [, sid, digestAlgorithmNode] = si;
  const signedAttrs = si[3]?.tagClass === Class.CONTEXT_SPECIFIC && si[3].type === 0 ? si[3] : undefined;
  if (!signedAttrs) fail('malformed-signature', 'The CMS signer has no signed attributes (unsupported for PDF signatures).');
  const signatureAlgorithm = oidOf(kids(si[4], 'signatureAlgorithm')[0], 'signatureAlgorithm');
  const signature = bin(bytes(si[5], 'signature'));
  const digestOid = oidOf(kids(digestAlgorithmNode, 'digestAlgorithm')[0], 'digestAlgorithm');
  const digestName = DIGESTS[digestOid] ?? fail('malformed-signature', `Unsupported digest algorithm ${digestOid}.`);

  // The signer's certificate, by issuer and serial number (or subject key identifier).
  let signerCert: X509Certificate | undefined;
  if (sid.tagClass === Class.UNIVERSAL && sid.type === Type.SEQUENCE) {
    const [issuerNode, serialNode] = kids(sid, 'issuerAndSerialNumber');
    const issuer = der(issuerNode);
    const serial = der(serialNode);
    signerCert = certificates.find((c) => {
      const ids = issuerAndSerial(c.raw);
      return ids.issuer.equals(issuer) && ids.serial.equals(serial);
    });
  } else if (sid.tagClass === Class.CONTEXT_SPECIFIC && sid.type === 0) {
    const ski = bin(bytes(sid, 'subjectKeyIdentifier')).toString('hex');
    signerCert = certificates.find((c) => subjectKeyIdentifier(c) === ski);
  }
  if (!signerCert) fail('malformed-signature', 'The CMS does not include the signer certificate.');
  const cert = signerCert!;
  out.signer = describe(cert);

  // Signed attributes.
  const attributes = new Map<string, Asn1[]>();
  for (const attribute of kids(signedAttrs, 'signedAttrs')) {
    const [type, values] = kids(attribute, 'Attribute');
    attributes.set(oidOf(type, 'attribute type'), kids(values, 'attribute values'));
  }
  out.signedAttributes = [...attributes.keys()].map((o) => ATTRIBUTE_NAMES[o] ?? o);
  const messageDigest = attributes.get(OID.messageDigest)?.[0];
  if (!messageDigest) fail('malformed-signature', 'The signed attributes have no messageDigest.');
  const signedContentType = attributes.get(OID.contentType)?.[0];
  if (!signedContentType || oidOf(signedContentType, 'contentType attribute') !== OID.data) fail('malformed-signature', 'The signed contentType attribute is missing or not id-data.');
  const signingTimeNode = attributes.get(OID.signingTime)?.[0];
  if (signingTimeNode) {
    const value = bytes(signingTimeNode, 'signingTime');
    const time = signingTimeNode.type === Type.UTCTIME ? forge.asn1.utcTimeToDate(value) : forge.asn1.generalizedTimeToDate(value);
    if (!(time instanceof Date) || Number.isNaN(time.getTime())) fail('malformed-signature', 'The signingTime attribute cannot be read.');
    out.signingTime = time;
  }


  // 1. Is the document what was signed?
  const digest = createHash(digestName).update(pdf.subarray(0, gapStart)).update(pdf.subarray(gapEnd, gapEnd + tailLength)).digest();
  if (!digest.equals(bin(bytes(messageDigest, 'messageDigest')))) {
    fail('digest-mismatch', 'The document was changed after signing: its digest differs from the signed messageDigest.');
  }

  out.checks.documentIntact = true;

  // 2. Did the certificate's key sign these attributes? (They are signed as a DER SET OF.)
  const signedBytes = der(forge.asn1.create(Class.UNIVERSAL, Type.SET, true, kids(signedAttrs, 'signedAttrs')));
  let verified: boolean;
  try {
    if (RSA_PKCS1.has(signatureAlgorithm)) verified = nativeVerify(digestName, signedBytes, { key: cert.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
    else if (signatureAlgorithm === OID.rsassaPss)
      verified = nativeVerify(digestName, signedBytes, { key: cert.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
    else if (ECDSA.has(signatureAlgorithm)) verified = nativeVerify(digestName, signedBytes, cert.publicKey, signature);
    else return fail('malformed-signature', `Unsupported signature algorithm ${signatureAlgorithm}.`);
  } catch {
    verified = false;
  }
  if (!verified) fail('signature-invalid', "The signature does not verify with the signer certificate's public key.");

  // 3. Does the ESS signing-certificate(-v2) attribute name this certificate (no substitution)?
  const ess = attributes.get(OID.signingCertificateV2)?.[0] ?? attributes.get(OID.signingCertificate)?.[0];
  if (ess) {
    const v2 = attributes.has(OID.signingCertificateV2);
    const first = kids(kids(kids(ess, 'SigningCertificate')[0], 'certs')[0], 'ESSCertID');
    const hasAlgorithm = v2 && first[0]?.type === Type.SEQUENCE;
    const hashName = v2 ? (hasAlgorithm ? DIGESTS[oidOf(kids(first[0], 'hashAlgorithm')[0], 'hashAlgorithm')] : 'sha256') : 'sha1';
    if (!hashName) fail('malformed-signature', 'Unsupported hash algorithm in signing-certificate-v2.');
    const certHash = bin(bytes(first[hasAlgorithm ? 1 : 0], 'certHash'));
    if (!createHash(hashName).update(cert.raw).digest().equals(certHash)) {
      fail('signature-invalid', 'The signing-certificate attribute names a different certificate than the one in the signature.');
    }
  }

  out.checks.signatureVerifies = true;

  // 4. Does the certificate chain to a trust anchor, and was each certificate valid when signing?
  const anchors: X509Certificate[] = [];
  for (const pem of trustAnchorsPem) {
    try {
      anchors.push(new X509Certificate(pem));
    } catch {
      // not a certificate: ignore it
    }
  }
  const path = [cert];
  let current = cert;
  let forged: X509Certificate | undefined;
  for (let depth = 0; ; depth++) {
    if (anchors.some((a) => a.raw.equals(current.raw))) break; // the certificate is itself trusted
    const named = anchors.filter((a) => current.checkIssued(a));
    const anchor = named.find((a) => current.verify(a.publicKey));
    if (anchor) {
      path.push(anchor);
      break;
    }
    forged ??= named.length ? current : undefined;
    const issuer = depth < 8 ? certificates.find((c) => !c.raw.equals(current.raw) && c.ca && current.checkIssued(c) && current.verify(c.publicKey)) : undefined;
    if (!issuer || path.some((c) => c.raw.equals(issuer.raw))) {
      fail(
        'untrusted-certificate',
        forged
          ? `The certificate "${describe(forged).subject}" names a trusted CA as its issuer but was signed by another key.`
          : `The signer certificate does not chain to a trust anchor (issuer "${describe(current).issuer}").`,
      );
    }
    path.push(issuer!);
    current = issuer!;
  }
  out.chain = path.map((c) => describe(c).subject);
  if (!signingUsageAllowed(cert)) fail('untrusted-certificate', 'The signer certificate does not allow digital signatures (key usage).');
  out.checks.certificateTrusted = true;
  const at = out.signingTime ?? new Date();
  for (const c of path) {
    const info = describe(c);
    if (at < info.validFrom || at > info.validTo) {
      fail(
        'certificate-expired',
        `The certificate "${info.subject}" was not valid at the signing time ${at.toISOString()} (valid ${info.validFrom.toISOString()} to ${info.validTo.toISOString()}).`,
      );
    }
  }
}

/** Subject, issuer and dates, read by node-forge where it can (RSA keys), else by Node. */
function describe(cert: X509Certificate): SignerCertificateInfo {
  // forge leaves UTF8String values as UTF-8 bytes in a binary string: decode them.
  const value = (a: forge.pki.CertificateField) => ((a.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(String(a.value)) : String(a.value));
  const name = (attributes: forge.pki.CertificateField[]) => attributes.map((a) => `${a.shortName ?? a.name ?? a.type}=${value(a)}`).join(', ');
  try {
    const parsed = forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(cert.raw.toString('binary'))));
    return {
      subject: name(parsed.subject.attributes),
      commonName: parsed.subject.getField('CN') ? value(parsed.subject.getField('CN') as forge.pki.CertificateField) : null,
      issuer: name(parsed.issuer.attributes),
      serialNumber: parsed.serialNumber,
      validFrom: parsed.validity.notBefore,
      validTo: parsed.validity.notAfter,
      sha256: createHash('sha256').update(cert.raw).digest('hex'),
    };
  } catch {
    return {
      subject: cert.subject.split('\n').join(', '),
      commonName: /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? null,
      issuer: cert.issuer.split('\n').join(', '),
      serialNumber: cert.serialNumber.toLowerCase(),
      validFrom: new Date(cert.validFrom),
      validTo: new Date(cert.validTo),
      sha256: createHash('sha256').update(cert.raw).digest('hex'),
    };
  }
}

function parseForge(cert: X509Certificate): forge.pki.Certificate | null {
  try {
    return forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(cert.raw.toString('binary'))));
  } catch {
    return null;
  }
}

function subjectKeyIdentifier(cert: X509Certificate): string | undefined {
  const ext = parseForge(cert)?.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | undefined;
  return ext?.subjectKeyIdentifier;
}

/** keyUsage, when present, must allow digitalSignature or nonRepudiation. */
function signingUsageAllowed(cert: X509Certificate): boolean {
  const parsed = parseForge(cert);
  if (!parsed) return true; // not readable by forge (non-RSA): Node has no key-usage accessor; accept
  const usage = parsed.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | undefined;
  return !usage || Boolean(usage.digitalSignature || usage.nonRepudiation);
}
