/**
 * An RFC 3161 Time-Stamp Authority: answers a TimeStampReq (DER) with a TimeStampResp whose token is a CMS SignedData
 * over a TSTInfo, signed with the TSA's key by Node's native crypto (the CMS template the e-licences use), the time
 * from the machine's clock. PKI.js reads the requests and writes the TSTInfo and the response.
 */
import { X509Certificate, createPrivateKey, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CmsTemplate, OID } from './cms';
import { TAG, tlv } from './der';
import { DIGEST_NAMES } from './signature-check';
import { arrayView } from './timestamp-token';

/** The development TSA's policy: an OID from a name-based UUID (ITU-T X.667, arc 2.25), owned by nobody else. */
export const DEVELOPMENT_TSA_POLICY = '2.25.238364039035892518587730429618001074395';

/** PKIFailureInfo bits (RFC 3161 2.4.2). */
export const TSA_FAILURE = { badAlg: 0, badRequest: 2, badDataFormat: 5, timeNotAvailable: 14, unacceptedPolicy: 15, unacceptedExtension: 16, systemFailure: 25 } as const;
export type TsaFailure = keyof typeof TSA_FAILURE;

/** PKIStatusInfo { status granted }, DER. */
const GRANTED = Buffer.from(new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }).toSchema().toBER(false));
const DIGEST_LENGTHS: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64, sha1: 20 };
/** Imprints we accept: SHA-1 is refused (RFC 5816 era TSAs no longer timestamp SHA-1 imprints). */
const ACCEPTED_HASHES = new Set(['sha256', 'sha384', 'sha512']);

export interface TimestampAuthorityOptions {
  keyPem: string;
  certificatePem: string;
  /** Its issuers (PEM), added to the token after the TSA certificate when the request asks for certificates. */
  chainPem?: string[];
  policy?: string;
  /** The clock (default: the machine's). */
  now?: () => Date;
}

export class TimestampAuthority {
  readonly certificate: X509Certificate;
  readonly policy: string;
  private readonly template: CmsTemplate;
  private readonly now: () => Date;

  constructor(options: TimestampAuthorityOptions) {
    const privateKey = createPrivateKey(options.keyPem);
    this.certificate = new X509Certificate(options.certificatePem);
    if (!this.certificate.checkPrivateKey(privateKey)) throw new Error('TSA: the private key does not match the certificate');
    if (!(this.certificate.keyUsage ?? []).includes(OID.timeStamping)) throw new Error('TSA: the certificate has no extended key usage id-kp-timeStamping');
    this.template = new CmsTemplate({ privateKey, certificateDer: this.certificate.raw, chainDer: (options.chainPem ?? []).map((p) => new X509Certificate(p).raw) });
    this.policy = options.policy ?? DEVELOPMENT_TSA_POLICY;
    this.now = options.now ?? (() => new Date());
  }

  /** The TimeStampResp (DER) to a request (DER): a token when granted, a rejection naming the failure otherwise. */
  respond(requestDer: Buffer): Buffer {
    let request: pkijs.TimeStampReq;
    try {
      request = pkijs.TimeStampReq.fromBER(arrayView(requestDer));
    } catch {
      return rejection('badDataFormat', 'The request is not a DER TimeStampReq');
    }
    if (request.version !== 1) return rejection('badRequest', `Unsupported request version ${request.version}`);
    const hashName = DIGEST_NAMES[request.messageImprint.hashAlgorithm.algorithmId];
    if (!hashName || !ACCEPTED_HASHES.has(hashName)) return rejection('badAlg', `Unsupported hash algorithm ${request.messageImprint.hashAlgorithm.algorithmId}`);
    const hashed = Buffer.from(request.messageImprint.hashedMessage.valueBlock.valueHexView);
    if (hashed.length !== DIGEST_LENGTHS[hashName]) return rejection('badDataFormat', `The ${hashName} imprint has ${hashed.length} bytes, not ${DIGEST_LENGTHS[hashName]}`);
    if (request.reqPolicy && request.reqPolicy !== this.policy) return rejection('unacceptedPolicy', `Policy ${request.reqPolicy} is not this TSA's (${this.policy})`);
    if (request.extensions?.length) return rejection('unacceptedExtension', 'This TSA accepts no request extensions');

    const serial = randomBytes(16);
    serial[0] = (serial[0] & 0x7f) | 0x01;
    const genTime = new Date(Math.floor(this.now().getTime() / 1000) * 1000);
    const tstInfo = new pkijs.TSTInfo({
      version: 1,
      policy: this.policy,
      messageImprint: request.messageImprint,
      serialNumber: new asn1js.Integer({ valueHex: arrayView(serial) }),
      genTime,
      accuracy: new pkijs.Accuracy({ seconds: 1 }),
      ...(request.nonce ? { nonce: request.nonce } : {}),
    });
    const tstInfoDer = Buffer.from(tstInfo.toSchema().toBER(false));
    const token = this.template.sign(tstInfoDer, { contentType: OID.tstInfo, encapsulate: true, withoutCertificates: !request.certReq });
    // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken TimeStampToken OPTIONAL }, the token as signed.
    return tlv(TAG.SEQUENCE, GRANTED, token);
  }
}

/** A TimeStampResp refusing the request: status rejection, a statusString, the PKIFailureInfo bit. */
export function rejection(failure: TsaFailure, text: string): Buffer {
  const bit = TSA_FAILURE[failure];
  const bytes = Buffer.alloc((bit >> 3) + 1);
  bytes[bit >> 3] = 0x80 >> (bit & 7);
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({
      status: pkijs.PKIStatus.rejection,
      statusStrings: [new asn1js.Utf8String({ value: text })],
      failInfo: new asn1js.BitString({ valueHex: arrayView(bytes), unusedBits: 7 - (bit & 7) }),
    }),
  });
  return Buffer.from(response.toSchema().toBER(false));
}
