/**
 * An RFC 3161 client: asks a Time-Stamp Authority (over HTTP, `application/timestamp-query` →
 * `application/timestamp-reply`) to timestamp a digest, and checks the answer before returning it: granted, the
 * imprint and nonce we sent, a TSA certificate for time-stamping, and the TSA's signature.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms';
import { bytesOf, children, readElement } from './der';
import { type TimestampTokenInfo, arrayView, readTimestampToken } from './timestamp-token';

export type { TimestampTokenInfo } from './timestamp-token';

const HASH_OIDS = { sha256: OID.sha256, sha384: OID.sha384, sha512: OID.sha512 } as const;
export type TimestampHash = keyof typeof HASH_OIDS;

/** What to timestamp: bytes (hashed with SHA-256 here) or a digest computed by the caller. */
export type TimestampInput = Buffer | Uint8Array | { digest: Buffer; hash?: TimestampHash };

export interface TimestampOptions {
  /** The TSA's URL (TSA_URL). */
  url: string;
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Ask for this TSA policy (OID); default: the TSA's own. */
  policy?: string;
}

/** The TSA could not be reached, refused, or answered something that does not hold. */
export class TimestampError extends Error {
  override readonly name = 'TimestampError';
}

/** A TimeStampReq (DER) for this digest, asking for the TSA's certificate, with a random 64-bit nonce. */
export function timestampRequest(digest: Buffer, hash: TimestampHash = 'sha256', policy?: string): { request: Buffer; nonce: Buffer } {
  const nonce = randomBytes(8);
  nonce[0] &= 0x7f; // a positive INTEGER
  nonce[0] |= 0x01; // without a leading zero byte (DER)
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: HASH_OIDS[hash] }),
      hashedMessage: new asn1js.OctetString({ valueHex: arrayView(digest) }),
    }),
    ...(policy ? { reqPolicy: policy } : {}),
    nonce: new asn1js.Integer({ valueHex: arrayView(nonce) }),
    certReq: true,
  });
  return { request: Buffer.from(request.toSchema().toBER(false)), nonce };
}

/**
 * Reads a TimeStampResp (DER) answering a request for `digest` with `nonce`: the token when granted and consistent;
 * throws a TimestampError otherwise (refused, another imprint or nonce, a signature that does not hold, a certificate
 * not for time-stamping).
 */
export function readTimestampResponse(response: Buffer, digest: Buffer, nonce: Buffer): TimestampTokenInfo {
  // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken OPTIONAL }: the status by PKI.js, the token as sent.
  let status: pkijs.PKIStatusInfo;
  let tokenDer: Buffer | undefined;
  try {
    const [statusElement, tokenElement] = children(response, readElement(response));
    status = pkijs.PKIStatusInfo.fromBER(arrayView(bytesOf(response, statusElement)));
    tokenDer = tokenElement ? Buffer.from(bytesOf(response, tokenElement)) : undefined;
  } catch (error) {
    throw new TimestampError(`The TSA's answer is not a TimeStampResp: ${(error as Error).message}`);
  }
  if (status.status !== pkijs.PKIStatus.granted && status.status !== pkijs.PKIStatus.grantedWithMods) {
    const text = status.statusStrings?.map((s) => s.valueBlock.value).join('; ');
    throw new TimestampError(`The TSA refused the request (status ${status.status}${text ? `: ${text}` : ''})`);
  }
  if (!tokenDer) throw new TimestampError('The TSA granted the request but sent no token');
  let info: TimestampTokenInfo;
  try {
    info = readTimestampToken(tokenDer);
  } catch (error) {
    throw new TimestampError(`The TSA's token cannot be read: ${(error as Error).message}`);
  }
  if (!info.hashedMessage.equals(digest)) throw new TimestampError('The TSA timestamped another imprint than the one sent');
  if (info.nonce !== nonce.toString('hex')) throw new TimestampError('The TSA answered with another nonce');
  if (!info.tsaCertificate) throw new TimestampError("The TSA's token does not include its certificate");
  if (!info.signatureVerifies) throw new TimestampError("The TSA's signature on the token does not verify");
  if (!(info.tsaCertificate.keyUsage ?? []).includes(OID.timeStamping)) throw new TimestampError("The TSA's certificate is not for time-stamping (extended key usage)");
  return info;
}

/** Timestamps `input` at the TSA (RFC 3161 over HTTP) and returns the checked token. */
export async function timestamp(input: TimestampInput, options: TimestampOptions): Promise<TimestampTokenInfo> {
  const { digest, hash } = input instanceof Uint8Array ? { digest: createHash('sha256').update(input).digest(), hash: 'sha256' as const } : { digest: input.digest, hash: input.hash ?? 'sha256' };
  const { request, nonce } = timestampRequest(digest, hash, options.policy);
  let answer: { status: number; contentType: string; body: Buffer };
  try {
    answer = await post(options.url, request, options.timeoutMs ?? 10_000);
  } catch (error) {
    throw new TimestampError(`The TSA at ${options.url} cannot be reached: ${(error as Error).message}`);
  }
  const body = answer.body;
  if (answer.status < 200 || answer.status > 299) throw new TimestampError(`The TSA at ${options.url} answered HTTP ${answer.status}`);
  if (!/^application\/timestamp-reply\b/i.test(answer.contentType)) {
    throw new TimestampError(`The TSA at ${options.url} answered ${answer.contentType || 'without a content type'}, not application/timestamp-reply`);
  }
  return readTimestampResponse(body, digest, nonce);
}

// Node's http client with keep-alive: a timestamp is one small request, and a new connection per licence (or fetch's
// heavier machinery) would cost more than the TSA's work.
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** POSTs an RFC 3161 query (RFC 3161 3.4) and collects the answer (at most 1 MB). */
function post(url: string, body: Buffer, timeoutMs: number): Promise<{ status: number; contentType: string; body: Buffer }> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
  if (!client) return Promise.reject(new Error(`unsupported protocol ${target.protocol}`));
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        agent: agents[target.protocol as 'http:' | 'https:'],
        headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply', 'content-length': body.length },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > 1024 * 1024) req.destroy(new Error('the answer exceeds 1 MB'));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** A TSA client bound to one URL: what the signers and the history anchoring use. */
export class TimestampClient {
  constructor(readonly options: TimestampOptions) {}

  timestamp(input: TimestampInput): Promise<TimestampTokenInfo> {
    return timestamp(input, this.options);
  }
}
