/**
 * Certificate revocation lists (RFC 5280 5) with PKI.js: the development CA publishes one (signed by Node's native
 * crypto), the signer embeds the CAs' lists in the PDF's DSS, and the verifier reads them.
 */
import { X509Certificate, createPrivateKey, sign as nativeSign } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms';
import { DIGEST_NAMES, signatureVerifies } from './signature-check';
import { arrayView } from './timestamp-token';

const EXTENSION = { subjectKeyIdentifier: '2.5.29.14', cRLNumber: '2.5.29.20', authorityKeyIdentifier: '2.5.29.35', cRLDistributionPoints: '2.5.29.31' } as const;
const SIGNATURE_DIGEST: Record<string, string> = {
  [OID.sha256WithRSAEncryption]: 'sha256',
  [OID.sha384WithRSAEncryption]: 'sha384',
  [OID.sha512WithRSAEncryption]: 'sha512',
  [OID.ecdsaWithSHA256]: 'sha256',
  [OID.ecdsaWithSHA384]: 'sha384',
  [OID.ecdsaWithSHA512]: 'sha512',
};

export interface CrlOptions {
  issuerCertificatePem: string;
  issuerKeyPem: string;
  /** Revoked serial numbers, hex. */
  revoked: { serialNumber: string; revokedAt: Date }[];
  thisUpdate: Date;
  nextUpdate: Date;
  /** The CRL number (monotonic); default the seconds of thisUpdate. */
  crlNumber?: number;
}

/** UTCTime through 2049 (RFC 5280 5.1.2.4), whole seconds. */
const time = (date: Date) => new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: new Date(Math.floor(date.getTime() / 1000) * 1000) });
const hexInteger = (hex: string) => {
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const positive = bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  return new asn1js.Integer({ valueHex: arrayView(positive) });
};

/** A CRL v2 signed by the issuer's key (SHA-256), with the CRL number and authority key identifier extensions. */
export function createCrl(options: CrlOptions): Buffer {
  const issuer = pkijs.Certificate.fromBER(arrayView(new X509Certificate(options.issuerCertificatePem).raw));
  const key = createPrivateKey(options.issuerKeyPem);
  const algorithm =
    key.asymmetricKeyType === 'ec'
      ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSHA256 })
      : new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRSAEncryption, algorithmParams: new asn1js.Null() });
  const ski = issuer.extensions?.find((e) => e.extnID === EXTENSION.subjectKeyIdentifier)?.parsedValue as asn1js.OctetString | undefined;
  const extensions = [
    new pkijs.Extension({ extnID: EXTENSION.cRLNumber, critical: false, extnValue: new asn1js.Integer({ value: options.crlNumber ?? Math.floor(options.thisUpdate.getTime() / 1000) }).toBER(false) }),
    ...(ski ? [new pkijs.Extension({ extnID: EXTENSION.authorityKeyIdentifier, critical: false, extnValue: new pkijs.AuthorityKeyIdentifier({ keyIdentifier: ski }).toSchema().toBER(false) })] : []),
  ];
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    signature: algorithm,
    issuer: issuer.subject,
    thisUpdate: time(options.thisUpdate),
    nextUpdate: time(options.nextUpdate),
    ...(options.revoked.length
      ? { revokedCertificates: options.revoked.map((r) => new pkijs.RevokedCertificate({ userCertificate: hexInteger(r.serialNumber), revocationDate: time(r.revokedAt) })) }
      : {}),
    crlExtensions: new pkijs.Extensions({ extensions }),
    signatureAlgorithm: algorithm,
  });
  // PKI.js's own sign() goes through WebCrypto; the TBS is encoded as it would and signed natively.
  const tbs = Buffer.from((crl as unknown as { encodeTBS(): asn1js.Sequence }).encodeTBS().toBER(false));
  crl.tbsView = new Uint8Array(tbs);
  crl.signatureValue = new asn1js.BitString({ valueHex: arrayView(nativeSign('sha256', tbs, key)) });
  return Buffer.from(crl.toSchema().toBER(false));
}

export interface CrlInfo {
  der: Buffer;
  /** The issuer's Name (DER), to match a certificate's issuer. */
  issuerDer: Buffer;
  thisUpdate: Date;
  nextUpdate?: Date;
  /** Revoked serial numbers, hex without leading zero bytes, with their dates. */
  revoked: Map<string, Date>;
  /** Whether `issuer` (a certificate) signed this CRL. */
  signedBy(issuer: X509Certificate): boolean;
}

/** The serial number of a certificate as the CRL map keys it (hex, lower case, no leading zero bytes). */
export const serialKey = (hex: string): string => hex.toLowerCase().replace(/^(00)+(?=.)/, '');

/** Reads a CRL (DER); throws when it is not one. */
export function readCrl(der: Buffer): CrlInfo {
  const crl = pkijs.CertificateRevocationList.fromBER(arrayView(der));
  const revoked = new Map<string, Date>();
  for (const entry of crl.revokedCertificates ?? []) revoked.set(serialKey(Buffer.from(entry.userCertificate.valueBlock.valueHexView).toString('hex')), entry.revocationDate.value);
  const digestName = SIGNATURE_DIGEST[crl.signatureAlgorithm.algorithmId] ?? DIGEST_NAMES[crl.signatureAlgorithm.algorithmId];
  return {
    der,
    issuerDer: Buffer.from(crl.issuer.toSchema().toBER(false)),
    thisUpdate: crl.thisUpdate.value,
    nextUpdate: crl.nextUpdate?.value,
    revoked,
    signedBy: (issuer) =>
      Boolean(digestName) &&
      signatureVerifies(crl.signatureAlgorithm.algorithmId, digestName, Buffer.from(crl.tbsView), issuer, Buffer.from(crl.signatureValue.valueBlock.valueHexView)),
  };
}

/** The HTTP(S) URLs of a certificate's CRL distribution points. */
export function crlDistributionPoints(certificate: X509Certificate): string[] {
  const parsed = pkijs.Certificate.fromBER(arrayView(certificate.raw));
  const extension = parsed.extensions?.find((e) => e.extnID === EXTENSION.cRLDistributionPoints);
  const points = extension?.parsedValue as pkijs.CRLDistributionPoints | undefined;
  const urls: string[] = [];
  for (const point of points?.distributionPoints ?? []) {
    const names = Array.isArray(point.distributionPoint) ? point.distributionPoint : [];
    for (const name of names) if (name.type === 6 && typeof name.value === 'string' && /^https?:\/\//.test(name.value)) urls.push(name.value);
  }
  return urls;
}
