import { type X509Certificate, constants, verify as verifySignatureNatively } from 'node:crypto';
import { OID } from './cms';

const RSA_PKCS1_ALGORITHMS = new Set<string>([OID.rsaEncryption, OID.sha256WithRSAEncryption, OID.sha384WithRSAEncryption, OID.sha512WithRSAEncryption]);
const ECDSA_ALGORITHMS = new Set<string>([OID.ecdsaWithSHA256, OID.ecdsaWithSHA384, OID.ecdsaWithSHA512]);

/** Node's digest name for each digest algorithm we accept. */
export const DIGEST_NAMES: Record<string, string> = { [OID.sha1]: 'sha1', [OID.sha256]: 'sha256', [OID.sha384]: 'sha384', [OID.sha512]: 'sha512' };

/**
 * Whether `signature` over `signedBytes` verifies with the certificate's key (RSA PKCS#1 v1.5, RSA-PSS or ECDSA, by
 * Node's native crypto). An algorithm we do not know counts as not verifying.
 */
export function signatureVerifies(algorithm: string, digestName: string, signedBytes: Buffer, certificate: X509Certificate, signature: Buffer): boolean {
  const key = certificate.publicKey;
  try {
    if (RSA_PKCS1_ALGORITHMS.has(algorithm)) return verifySignatureNatively(digestName, signedBytes, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
    if (algorithm === OID.rsassaPss) {
      return verifySignatureNatively(digestName, signedBytes, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
    }
    if (ECDSA_ALGORITHMS.has(algorithm)) return verifySignatureNatively(digestName, signedBytes, key, signature);
    return false;
  } catch {
    return false;
  }
}
