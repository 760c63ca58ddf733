/**
 * Reads the CMS SignedData of a PDF signature (RFC 5652) with node-forge's ASN.1 parser, strictly, and returns the
 * parts the verifier judges. Any structural problem is a `malformed-signature` verdict.
 */
import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { subjectKeyIdentifier } from './certificates';
import { ATTRIBUTE_NAMES, OID } from './cms';
import { issuerAndSerial, readElement } from './der';
import { DIGEST_NAMES } from './signature-check';
import { failWith } from './verdict';

type Asn1 = forge.asn1.Asn1;
const { Class, Type } = forge.asn1;


const malformed = (message: string): never => failWith('malformed-signature', `CMS: ${message}`);

/** The elements of a constructed value (SEQUENCE, SET, [n]). */
export const childrenOf = (node: Asn1 | undefined, what: string): Asn1[] =>
  node && Array.isArray(node.value) ? node.value : malformed(`${what} is not a constructed value`);
/** The content octets of a primitive value, as a binary string (forge's representation). */
export const primitiveValue = (node: Asn1 | undefined, what: string): string =>
  node && typeof node.value === 'string' ? node.value : malformed(`${what} is not a primitive value`);
export const oidValue = (node: Asn1 | undefined, what: string): string => {
  if (!node || node.tagClass !== Class.UNIVERSAL || node.type !== Type.OID) malformed(`${what} is not an OID`);
  return forge.asn1.derToOid(primitiveValue(node, what));
};
export const binaryToBuffer = (binary: string): Buffer => Buffer.from(binary, 'binary');
const encodeDer = (node: Asn1): Buffer => binaryToBuffer(forge.asn1.toDer(node).getBytes());
/** Strict DER; BIT STRINGs kept opaque so that re-encoding a certificate gives back its exact bytes. */
const STRICT_DER = { strict: true, parseAllBytes: true, decodeBitStrings: false } as unknown as boolean;

export interface SignedData {
  /** The certificates embedded in the CMS (the signer's and, possibly, its chain). */
  certificates: X509Certificate[];
  signerCertificate: X509Certificate;
  /** Node's name for the signer's digest algorithm (e.g. 'sha256'). */
  digestName: string;
  signatureAlgorithm: string;
  signature: Buffer;
  /** SignerInfo's `[0] IMPLICIT signedAttrs`. */
  signedAttributesNode: Asn1;
  /** The id-aa-signatureTimeStampToken unsigned attribute's token (DER), when there is one. */
  signatureTimestampToken?: Buffer;
}

/**
 * ContentInfo { contentType signedData, [0] EXPLICIT SignedData { version, digestAlgorithms, encapContentInfo,
 * [0] certificates?, [1] crls?, signerInfos } }, detached, with exactly one signer whose certificate is embedded.
 * `cms` is the /Contents of the signature: DER, then zero padding.
 */
export function readSignedData(cms: Buffer): SignedData {
  const outer = readElement(cms);
  if (cms.subarray(outer.end).some((byte) => byte !== 0)) failWith('malformed-signature', 'The signature /Contents holds data after the CMS.');
  const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(cms.subarray(0, outer.end).toString('binary')), STRICT_DER);

  const [contentType, explicitContent] = childrenOf(contentInfo, 'ContentInfo');
  if (oidValue(contentType, 'contentType') !== OID.signedData) failWith('malformed-signature', 'The CMS is not SignedData.');
  const signedData = childrenOf(childrenOf(explicitContent, 'ContentInfo content')[0], 'SignedData');
  const encapContentInfo = childrenOf(signedData[2], 'encapContentInfo');
  if (encapContentInfo.length > 1) failWith('malformed-signature', 'The CMS is not detached (it embeds content).');
  const certificatesNode = signedData.find((node) => node.tagClass === Class.CONTEXT_SPECIFIC && node.type === 0);
  const signerInfos = childrenOf(signedData[signedData.length - 1], 'signerInfos');
  if (signerInfos.length !== 1) failWith('malformed-signature', `The CMS has ${signerInfos.length} signers; one expected.`);
  const certificates = (certificatesNode ? childrenOf(certificatesNode, 'certificates') : []).map((node) => new X509Certificate(encodeDer(node)));

  // SignerInfo { version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature, [1] unsignedAttrs? }
  const signerInfo = childrenOf(signerInfos[0], 'SignerInfo');
  const [, signerId, digestAlgorithm, maybeSignedAttributes] = signerInfo;
  const signedAttributesNode = maybeSignedAttributes?.tagClass === Class.CONTEXT_SPECIFIC && maybeSignedAttributes.type === 0 ? maybeSignedAttributes : undefined;
  if (!signedAttributesNode) return failWith('malformed-signature', 'The CMS signer has no signed attributes (unsupported for PDF signatures).');
  const signatureAlgorithm = oidValue(childrenOf(signerInfo[4], 'signatureAlgorithm')[0], 'signatureAlgorithm');
  const signature = binaryToBuffer(primitiveValue(signerInfo[5], 'signature'));
  const digestOid = oidValue(childrenOf(digestAlgorithm, 'digestAlgorithm')[0], 'digestAlgorithm');
  const digestName = DIGEST_NAMES[digestOid] ?? failWith('malformed-signature', `Unsupported digest algorithm ${digestOid}.`);

  const signerCertificate = findSignerCertificate(signerId, certificates);
  if (!signerCertificate) return failWith('malformed-signature', 'The CMS does not include the signer certificate.');
  const unsigned = signerInfo[6]?.tagClass === Class.CONTEXT_SPECIFIC && signerInfo[6].type === 1 ? childrenOf(signerInfo[6], 'unsignedAttrs') : [];
  const timestampAttribute = unsigned.map((attribute) => childrenOf(attribute, 'Attribute')).find(([type]) => oidValue(type, 'attribute type') === OID.signatureTimeStampToken);
  const signatureTimestampToken = timestampAttribute ? encodeDer(childrenOf(timestampAttribute[1], 'attribute values')[0]) : undefined;
  return { certificates, signerCertificate, digestName, signatureAlgorithm, signature, signedAttributesNode, signatureTimestampToken };
}

/** The signer's certificate, by issuer and serial number (or by subject key identifier). */
function findSignerCertificate(signerId: Asn1, certificates: X509Certificate[]): X509Certificate | undefined {
  if (signerId.tagClass === Class.UNIVERSAL && signerId.type === Type.SEQUENCE) {
    const [issuerNode, serialNode] = childrenOf(signerId, 'issuerAndSerialNumber');
    const issuer = encodeDer(issuerNode);
    const serial = encodeDer(serialNode);
    return certificates.find((certificate) => {
      const names = issuerAndSerial(certificate.raw);
      return names.issuer.equals(issuer) && names.serial.equals(serial);
    });
  }
  if (signerId.tagClass === Class.CONTEXT_SPECIFIC && signerId.type === 0) {
    const keyId = binaryToBuffer(primitiveValue(signerId, 'subjectKeyIdentifier')).toString('hex');
    return certificates.find((certificate) => subjectKeyIdentifier(certificate) === keyId);
  }
  return undefined;
}

/** Signed attributes by type OID: each attribute's values. */
export type SignedAttributes = Map<string, Asn1[]>;

export function readSignedAttributes(signedAttributesNode: Asn1): SignedAttributes {
  const attributes: SignedAttributes = new Map();
  for (const attribute of childrenOf(signedAttributesNode, 'signedAttrs')) {
    const [type, values] = childrenOf(attribute, 'Attribute');
    attributes.set(oidValue(type, 'attribute type'), childrenOf(values, 'attribute values'));
  }
  return attributes;
}

/** Names (or OIDs) of the attributes, for the report. */
export const attributeNames = (attributes: SignedAttributes): string[] => [...attributes.keys()].map((type) => ATTRIBUTE_NAMES[type] ?? type);

/** What the signer signed: the signed attributes as a DER SET OF (not as the [0] IMPLICIT they are stored as). */
export const signedAttributesDer = (signedAttributesNode: Asn1): Buffer =>
  encodeDer(forge.asn1.create(Class.UNIVERSAL, Type.SET, true, childrenOf(signedAttributesNode, 'signedAttrs')));

/** messageDigest (required), contentType id-data (required) and signingTime (optional). */
export function readRequiredAttributes(attributes: SignedAttributes): { messageDigest: Asn1; signingTime?: Date } {
  const messageDigest = attributes.get(OID.messageDigest)?.[0];
  if (!messageDigest) return failWith('malformed-signature', 'The signed attributes have no messageDigest.');
  const contentType = attributes.get(OID.contentType)?.[0];
  if (!contentType || oidValue(contentType, 'contentType attribute') !== OID.data) failWith('malformed-signature', 'The signed contentType attribute is missing or not id-data.');
  const signingTimeNode = attributes.get(OID.signingTime)?.[0];
  if (!signingTimeNode) return { messageDigest };
  const value = primitiveValue(signingTimeNode, 'signingTime');
  const signingTime = signingTimeNode.type === Type.UTCTIME ? forge.asn1.utcTimeToDate(value) : forge.asn1.generalizedTimeToDate(value);
  if (!(signingTime instanceof Date) || Number.isNaN(signingTime.getTime())) failWith('malformed-signature', 'The signingTime attribute cannot be read.');
  return { messageDigest, signingTime };
}

/**
 * The certificate hash in the ESS signing-certificate(-v2) attribute (RFC 2634 / 5035), with its hash algorithm:
 * the first ESSCertID(v2) of SigningCertificate(V2) { certs SEQUENCE OF ESSCertID, … }. Undefined when absent.
 */
export function essCertificateHash(attributes: SignedAttributes): { hashName: string; certHash: Buffer } | undefined {
  const attribute = attributes.get(OID.signingCertificateV2)?.[0] ?? attributes.get(OID.signingCertificate)?.[0];
  if (!attribute) return undefined;
  const v2 = attributes.has(OID.signingCertificateV2);
  const firstCertId = childrenOf(childrenOf(childrenOf(attribute, 'SigningCertificate')[0], 'certs')[0], 'ESSCertID');
  // ESSCertIDv2 { hashAlgorithm DEFAULT sha256, certHash, … }; ESSCertID { certHash (SHA-1), … }
  const hasAlgorithm = v2 && firstCertId[0]?.type === Type.SEQUENCE;
  const hashName = v2 ? (hasAlgorithm ? DIGEST_NAMES[oidValue(childrenOf(firstCertId[0], 'hashAlgorithm')[0], 'hashAlgorithm')] : 'sha256') : 'sha1';
  if (!hashName) failWith('malformed-signature', 'Unsupported hash algorithm in signing-certificate-v2.');
  const certHash = binaryToBuffer(primitiveValue(firstCertId[hasAlgorithm ? 1 : 0], 'certHash'));
  return { hashName, certHash };
}
