/**
 * Reads and checks an RFC 3161 TimeStampToken (a CMS SignedData over a TSTInfo): the time, what it covers (the
 * message imprint), the TSA's certificate, and whether the TSA's signature holds.
 */
import { X509Certificate, createHash } from 'node:crypto';
import forge from 'node-forge';
import * as pkijs from 'pkijs';
import { OID } from './cms';
import { type DerElement, TAG, bytesOf, children, contentOf, issuerAndSerial, readElement } from './der';
import { DIGEST_NAMES, signatureVerifies } from './signature-check';

export interface TimestampTokenInfo {
  /** The token as given: a ContentInfo (DER). */
  token: Buffer;
  /** genTime: when the TSA says it saw the imprint. */
  genTime: Date;
  /** The TSA's serial number of this token, hex. */
  serialNumber: string;
  /** The TSA policy OID. */
  policy: string;
  /** Node's name of the imprint's hash algorithm (e.g. 'sha256'). */
  hashName: string;
  hashedMessage: Buffer;
  /** The nonce, hex, when the request had one. */
  nonce?: string;
  /** The certificates in the token (the TSA's first when found). */
  certificates: X509Certificate[];
  /** The certificate that signed the token (found by issuer and serial number), when included. */
  tsaCertificate?: X509Certificate;
  /**
   * The TSA's signature verifies with that certificate's key, the signed messageDigest is the digest of the TSTInfo,
   * the content type is id-ct-TSTInfo and the ESS signing-certificate(-v2) attribute, when present, names it.
   */
  signatureVerifies: boolean;
}

/** A copy as a plain ArrayBuffer-backed view (what PKI.js and fetch take). */
export const arrayView = (buf: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(buf);
const toBuffer = (view: ArrayBuffer | Uint8Array): Buffer => Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view));

const oidOf = (buf: Buffer, el: DerElement): string => {
  if (el.tag !== TAG.OID) throw new Error('an OID was expected');
  return forge.asn1.derToOid(contentOf(buf, el).toString('binary'));
};

/**
 * Parses a TimeStampToken; throws when it is not one (a SignedData over a TSTInfo with one signer). The CMS envelope
 * is walked with the DER reader of the signatures (PKI.js's schema matching costs milliseconds per certificate); the
 * TSTInfo is read by PKI.js.
 */
export function readTimestampToken(token: Buffer): TimestampTokenInfo {
  const root = readElement(token);
  const [contentType, explicit] = children(token, root);
  if (!contentType || oidOf(token, contentType) !== OID.signedData || explicit?.tag !== TAG.context(0)) throw new Error('The timestamp token is not a CMS SignedData');
  const signedData = children(token, children(token, explicit)[0]);
  const encap = children(token, signedData[2]);
  if (oidOf(token, encap[0]) !== OID.tstInfo || encap[1]?.tag !== TAG.context(0)) throw new Error('The timestamp token does not hold a TSTInfo');
  const tstInfoDer = Buffer.from(contentOf(token, children(token, encap[1])[0]));
  const tstInfo = pkijs.TSTInfo.fromBER(arrayView(tstInfoDer));
  const certificatesElement = signedData.slice(3, -1).find((el) => el.tag === TAG.context(0));
  const certificates = certificatesElement ? children(token, certificatesElement).map((el) => new X509Certificate(bytesOf(token, el))) : [];
  const signerInfos = children(token, signedData[signedData.length - 1]);
  if (signerInfos.length !== 1) throw new Error(`The timestamp token has ${signerInfos.length} signers; one expected`);
  const signerInfo = children(token, signerInfos[0]);
  const [, sid, digestAlgorithm, signedAttributes, signatureAlgorithm, signatureValue] = signerInfo;
  if (signedAttributes?.tag !== TAG.context(0)) throw new Error('The timestamp token has no signed attributes');

  let tsaCertificate: X509Certificate | undefined;
  if (sid.tag === TAG.SEQUENCE) {
    const [issuer, serial] = children(token, sid).map((el) => bytesOf(token, el));
    tsaCertificate = certificates.find((c) => {
      const names = issuerAndSerial(c.raw);
      return names.issuer.equals(issuer) && names.serial.equals(serial);
    });
  }
  const hashName = DIGEST_NAMES[tstInfo.messageImprint.hashAlgorithm.algorithmId];
  if (!hashName) throw new Error(`Unsupported imprint hash algorithm ${tstInfo.messageImprint.hashAlgorithm.algorithmId}`);
  const signer = {
    digestName: DIGEST_NAMES[oidOf(token, children(token, digestAlgorithm)[0])],
    signatureAlgorithm: oidOf(token, children(token, signatureAlgorithm)[0]),
    signature: Buffer.from(contentOf(token, signatureValue)),
    // What was signed: the attributes as a DER SET OF, not as the [0] IMPLICIT they are stored as.
    signedBytes: Buffer.concat([Buffer.from([TAG.SET]), bytesOf(token, signedAttributes).subarray(1)]),
    attributes: new Map(
      children(token, signedAttributes).map((attribute) => {
        const [type, values] = children(token, attribute);
        return [oidOf(token, type), children(token, values).map((el) => ({ el, buf: token }))] as const;
      }),
    ),
  };
  return {
    token,
    genTime: tstInfo.genTime,
    serialNumber: toBuffer(tstInfo.serialNumber.valueBlock.valueHexView).toString('hex'),
    policy: tstInfo.policy,
    hashName,
    hashedMessage: toBuffer(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView),
    nonce: tstInfo.nonce ? toBuffer(tstInfo.nonce.valueBlock.valueHexView).toString('hex') : undefined,
    certificates: tsaCertificate ? [tsaCertificate, ...certificates.filter((c) => c !== tsaCertificate)] : certificates,
    tsaCertificate,
    signatureVerifies: tsaCertificate ? tokenSignatureHolds(signer, tstInfoDer, tsaCertificate) : false,
  };
}

interface TokenSigner {
  digestName: string | undefined;
  signatureAlgorithm: string;
  signature: Buffer;
  signedBytes: Buffer;
  attributes: Map<string, { el: DerElement; buf: Buffer }[]>;
}

function tokenSignatureHolds(signer: TokenSigner, tstInfoDer: Buffer, certificate: X509Certificate): boolean {
  try {
    const { digestName } = signer;
    if (!digestName) return false;
    const valueOf = (type: string) => signer.attributes.get(type)?.[0];
    const contentType = valueOf(OID.contentType);
    const messageDigest = valueOf(OID.messageDigest);
    if (!contentType || oidOf(contentType.buf, contentType.el) !== OID.tstInfo) return false;
    if (!messageDigest || messageDigest.el.tag !== TAG.OCTET_STRING || !contentOf(messageDigest.buf, messageDigest.el).equals(createHash(digestName).update(tstInfoDer).digest())) return false;
    const v2 = valueOf(OID.signingCertificateV2);
    const ess = v2 ?? valueOf(OID.signingCertificate);
    if (ess && !essNamesCertificate(ess.buf, ess.el, Boolean(v2), certificate)) return false;
    return signatureVerifies(signer.signatureAlgorithm, digestName, signer.signedBytes, certificate, signer.signature);
  } catch {
    return false;
  }
}

/** SigningCertificate(V2) { certs SEQUENCE OF ESSCertID(v2) }: the first names the certificate by its hash. */
function essNamesCertificate(buf: Buffer, value: DerElement, v2: boolean, certificate: X509Certificate): boolean {
  const certs = children(buf, value)[0];
  const first = children(buf, children(buf, certs)[0]);
  const hasAlgorithm = v2 && first[0].tag === TAG.SEQUENCE;
  const hashName = !v2 ? 'sha1' : hasAlgorithm ? DIGEST_NAMES[oidOf(buf, children(buf, first[0])[0])] : 'sha256';
  return Boolean(hashName) && createHash(hashName).update(certificate.raw).digest().equals(contentOf(buf, first[hasAlgorithm ? 1 : 0]));
}
