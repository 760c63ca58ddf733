import { type KeyObject, createHash, sign as nativeSign } from 'node:crypto';
import { TAG, issuerAndSerial, oid, setOf, time, tlv } from './der';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  /** id-aa-signatureTimeStampToken (RFC 3161 appendix A): an unsigned attribute holding a TimeStampToken. */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  /** id-ct-TSTInfo: the content type of an RFC 3161 timestamp token. */
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  /** id-kp-timeStamping (extended key usage of a TSA). */
  timeStamping: '1.3.6.1.5.5.7.3.8',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  sha384WithRSAEncryption: '1.2.840.113549.1.1.12',
  sha512WithRSAEncryption: '1.2.840.113549.1.1.13',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  ecdsaWithSHA512: '1.2.840.10045.4.3.4',
} as const;

/** Names of the signed attributes we know, by OID (for reports). */
export const ATTRIBUTE_NAMES: Record<string, string> = {
  [OID.contentType]: 'contentType',
  [OID.messageDigest]: 'messageDigest',
  [OID.signingTime]: 'signingTime',
  [OID.signingCertificateV2]: 'signingCertificateV2',
  [OID.signingCertificate]: 'signingCertificate',
  [OID.signatureTimeStampToken]: 'signatureTimeStampToken',
};

/** A signing key with its certificate (DER) and the issuers to embed (DER, leaf's issuer first). */
export interface CmsIdentity {
  privateKey: KeyObject;
  certificateDer: Buffer;
  chainDer: Buffer[];
}

export interface CmsSignOptions {
  /**
   * A CMS signing-time signed attribute. Omitted by default: PAdES (ETSI EN 319 142-1) forbids it, the time of a PDF
   * signature being the /M of its dictionary and, trusted, the signature timestamp.
   */
  signingTime?: Date;
  /** The content type (default id-data; id-ct-TSTInfo for a timestamp token). */
  contentType?: string;
  /** Embed the content (eContent) instead of a detached signature. */
  encapsulate?: boolean;
  /** Leave out the certificates (a TSA does when the request does not ask for them); default: included. */
  withoutCertificates?: boolean;
}

/** A signed SignerInfo waiting for its unsigned attributes (e.g. a signature timestamp). */
export interface CmsSignature {
  /** The signature value: what a signature timestamp covers (ETSI EN 319 122-1, 5.3). */
  signatureValue: Buffer;
  /** The ContentInfo (DER) with these unsigned attributes (each a DER Attribute; none by default). */
  encode(unsignedAttributes?: Buffer[]): Buffer;
}

/**
 * Everything in the SignedData that does not depend on the content, encoded once per identity:
 * the SignerIdentifier, the ESS signing-certificate-v2 attribute, the certificate set and the
 * algorithm identifiers. Signing a PDF then costs one SHA-256 of the document, one SHA-256 of the
 * signed attributes and one native RSA (or ECDSA) private-key operation.
 */
export class CmsTemplate {
  private readonly sid: Buffer;
  private readonly essAttribute: Buffer;
  private readonly certificates: Buffer;
  private readonly digestAlgorithm = tlv(TAG.SEQUENCE, oid(OID.sha256));
  private readonly signatureAlgorithm: Buffer;

  constructor(private readonly identity: CmsIdentity) {
    const cert = identity.certificateDer;
    const { issuer, serial } = issuerAndSerial(cert);

    // IssuerAndSerialNumber ::= SEQUENCE { issuer Name, serialNumber CertificateSerialNumber }
    this.sid = tlv(TAG.SEQUENCE, issuer, serial);
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }  (RFC 5035)
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (so omitted), certHash OCTET STRING,
    //                            issuerSerial IssuerSerial }
    // IssuerSerial ::= SEQUENCE { issuer GeneralNames (directoryName [4] EXPLICIT Name), serialNumber }
    const certHash = createHash('sha256').update(cert).digest();
    const issuerSerial = tlv(TAG.SEQUENCE, tlv(TAG.SEQUENCE, tlv(0xa4, issuer)), serial);
    const essCertIdV2 = tlv(TAG.SEQUENCE, tlv(TAG.OCTET_STRING, certHash), issuerSerial);
    this.essAttribute = cmsAttribute(OID.signingCertificateV2, tlv(TAG.SEQUENCE, tlv(TAG.SEQUENCE, essCertIdV2)));
    // certificates [0] IMPLICIT CertificateSet: the signing certificate first, then its issuers.
    this.certificates = tlv(TAG.context(0), cert, ...identity.chainDer);

    const keyType = identity.privateKey.asymmetricKeyType;
    if (keyType === 'rsa') this.signatureAlgorithm = tlv(TAG.SEQUENCE, oid(OID.rsaEncryption), tlv(TAG.NULL));
    else if (keyType === 'ec') this.signatureAlgorithm = tlv(TAG.SEQUENCE, oid(OID.ecdsaWithSHA256));
    else throw new Error(`CMS: unsupported key type ${keyType ?? 'unknown'} (RSA or EC expected)`);
  }

  /**
   * Signs `content` (the parts are hashed in order, so a PDF's two ByteRange pieces need not be concatenated): signed
   * attributes contentType, messageDigest and signing-certificate-v2 (plus signingTime when asked), signed by Node's
   * native crypto. The result is encoded once the unsigned attributes are known.
   */
  signature(content: Buffer | readonly Buffer[], options: CmsSignOptions = {}): CmsSignature {
    const parts = Buffer.isBuffer(content) ? [content] : content;
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part);
    const contentType = options.contentType ?? OID.data;
    const attributes = [
      cmsAttribute(OID.contentType, oid(contentType)),
      ...(options.signingTime ? [cmsAttribute(OID.signingTime, time(options.signingTime))] : []),
      cmsAttribute(OID.messageDigest, tlv(TAG.OCTET_STRING, hash.digest())),
      this.essAttribute,
    ];
    // The signature covers the DER of the attributes as a SET OF; they are stored as [0] IMPLICIT.
    const signedAttributesSet = setOf(TAG.SET, attributes);
    const signatureValue = nativeSign('sha256', signedAttributesSet, this.identity.privateKey);
    const signedAttributes = Buffer.concat([Buffer.from([TAG.context(0)]), signedAttributesSet.subarray(1)]);
    // encapContentInfo: without eContent when detached; else eContent [0] EXPLICIT OCTET STRING.
    const encapContentInfo = options.encapsulate
      ? tlv(TAG.SEQUENCE, oid(contentType), tlv(TAG.context(0), tlv(TAG.OCTET_STRING, ...parts)))
      : tlv(TAG.SEQUENCE, oid(contentType));

    const encode = (unsignedAttributes: Buffer[] = []): Buffer => {
      const signerInfo = tlv(
        TAG.SEQUENCE,
        tlv(TAG.INTEGER, Buffer.from([1])), // version 1: issuerAndSerialNumber
        this.sid,
        this.digestAlgorithm,
        signedAttributes,
        this.signatureAlgorithm,
        tlv(TAG.OCTET_STRING, signatureValue),
        ...(unsignedAttributes.length ? [setOf(TAG.context(1), unsignedAttributes)] : []),
      );
      const signedData = tlv(
        TAG.SEQUENCE,
        // version 3 when the content is not id-data (RFC 5652 5.1), else 1.
        tlv(TAG.INTEGER, Buffer.from([contentType === OID.data ? 1 : 3])),
        tlv(TAG.SET, this.digestAlgorithm),
        encapContentInfo,
        ...(options.withoutCertificates ? [] : [this.certificates]),
        tlv(TAG.SET, signerInfo),
      );
      return tlv(TAG.SEQUENCE, oid(OID.signedData), tlv(TAG.context(0), signedData));
    };
    return { signatureValue, encode };
  }

  /** A detached CMS SignedData (RFC 5652) over `content`, without unsigned attributes. */
  sign(content: Buffer | readonly Buffer[], options: CmsSignOptions = {}): Buffer {
    return this.signature(content, options).encode();
  }
}

/** Attribute ::= SEQUENCE { attrType OBJECT IDENTIFIER, attrValues SET OF AttributeValue } */
export function cmsAttribute(type: string, ...values: Buffer[]): Buffer {
  return tlv(TAG.SEQUENCE, oid(type), setOf(TAG.SET, values));
}
