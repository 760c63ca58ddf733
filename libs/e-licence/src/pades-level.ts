/**
 * The PAdES baseline level a verified PDF signature reaches (ETSI EN 319 142-1):
 * - B-B: SubFilter ETSI.CAdES.detached, the ESS signing-certificate-v2 signed attribute, no CMS signing-time;
 * - B-T: and a signature timestamp (id-aa-signatureTimeStampToken) over the signature value, whose TSA signature
 *   holds, from a certificate for time-stamping that chains to a trust anchor and was valid at the time it gives;
 * - B-LT: and a DSS whose certificates include the signer's and the TSA's (and their issuers below the anchor), and
 *   whose CRLs, signed by those issuers, cover the signer's and the TSA's certificates.
 */
import { X509Certificate, createHash } from 'node:crypto';
import { OID } from './cms';
import { readCrl, serialKey, type CrlInfo } from './crl';
import type { DssContents } from './dss';
import { readTimestampToken } from './timestamp-token';

export type PadesLevel = 'B-B' | 'B-T' | 'B-LT' | 'none';

export interface PadesReport {
  level: PadesLevel;
  /** Why the next level up is not reached (English), when it is not B-LT. */
  shortOf?: string;
  /** The signature timestamp, when its token could be read (trusted or not: see `level`). */
  timestamp?: { time: Date; trusted: boolean; tsa: string | null; serialNumber: string; policy: string };
  /** What the DSS holds, when the file has one. */
  validationData?: { certificates: number; crls: number; ocsps: number };
}

export interface SignatureFacts {
  subFilter?: string;
  signedAttributes: string[];
  signature: Buffer;
  signer: X509Certificate;
  /** The signer's chain up to the trust anchor (signer first), as the verifier built it. */
  chain: X509Certificate[];
  timestampToken?: Buffer;
  dss?: DssContents;
  /** Builds the chain of a certificate to a trust anchor through these embedded certificates; throws when none. */
  chainOf(certificate: X509Certificate, embedded: X509Certificate[]): X509Certificate[];
}

/** The report, with the time a trusted signature timestamp gives and a revocation the DSS shows before that time. */
export function padesLevel(facts: SignatureFacts): PadesReport & { trustedTime?: Date; revoked?: { subject: string; at: Date } } {
  const bB =
    facts.subFilter === 'ETSI.CAdES.detached'
      ? !facts.signedAttributes.includes('signingCertificateV2')
        ? 'the signing-certificate-v2 attribute is missing'
        : facts.signedAttributes.includes('signingTime')
          ? 'the CMS carries a signing-time attribute, which PAdES forbids'
          : null
      : `the SubFilter is ${facts.subFilter ?? 'missing'}, not ETSI.CAdES.detached`;
  const report: ReturnType<typeof padesLevel> = { level: 'none' };
  if (facts.dss) report.validationData = { certificates: facts.dss.certificates.length, crls: facts.dss.crls.length, ocsps: facts.dss.ocsps };
  if (bB) return { ...report, shortOf: `Not PAdES: ${bB}.` };
  report.level = 'B-B';
  if (!facts.timestampToken) return { ...report, shortOf: 'No signature timestamp (B-T).' };

  // B-T: the timestamp covers this signature value and holds.
  let tsaChain: X509Certificate[];
  try {
    const token = readTimestampToken(facts.timestampToken);
    const tsa = token.tsaCertificate;
    report.timestamp = { time: token.genTime, trusted: false, tsa: tsa ? tsa.subject.split('\n').join(', ') : null, serialNumber: token.serialNumber, policy: token.policy };
    if (!token.hashedMessage.equals(createHash(token.hashName).update(facts.signature).digest())) return { ...report, shortOf: 'The signature timestamp covers another signature value.' };
    if (!tsa || !token.signatureVerifies) return { ...report, shortOf: "The signature timestamp's TSA signature does not verify." };
    if (!(tsa.keyUsage ?? []).includes(OID.timeStamping)) return { ...report, shortOf: "The TSA's certificate is not for time-stamping." };
    try {
      tsaChain = facts.chainOf(tsa, [...token.certificates, ...(facts.dss?.certificates ?? []).map(toX509)]);
    } catch {
      return { ...report, shortOf: "The TSA's certificate does not chain to a trust anchor." };
    }
    if (token.genTime < new Date(tsa.validFrom) || token.genTime > new Date(tsa.validTo)) return { ...report, shortOf: "The TSA's certificate was not valid at the time it gives." };
    report.timestamp.trusted = true;
    report.level = 'B-T';
    report.trustedTime = token.genTime;
  } catch (error) {
    return { ...report, shortOf: `The signature timestamp cannot be read: ${(error as Error).message}` };
  }

  // B-LT: the DSS holds the certificates and CRLs to validate both chains later, without asking anyone.
  if (!facts.dss) return { ...report, shortOf: 'No DSS with validation data (B-LT).' };
  const inDss = new Set(facts.dss.certificates.map((der) => der.toString('hex')));
  const needed = [...facts.chain.slice(0, -1), ...tsaChain.slice(0, -1)];
  const absent = needed.find((c) => !inDss.has(c.raw.toString('hex')));
  if (absent) return { ...report, shortOf: `The DSS lacks the certificate "${absent.subject.split('\n').join(', ')}".` };
  const crls: CrlInfo[] = [];
  for (const der of facts.dss.crls) {
    try {
      crls.push(readCrl(der));
    } catch {
      return { ...report, shortOf: 'A CRL in the DSS cannot be read.' };
    }
  }
  const at = report.trustedTime!;
  for (const [certificate, issuer] of [...pairs(facts.chain), ...pairs(tsaChain)]) {
    const crl = crls.find((c) => c.signedBy(issuer));
    if (!crl) return { ...report, shortOf: `The DSS has no CRL from the issuer of "${certificate.subject.split('\n').join(', ')}".` };
    const revokedAt = crl.revoked.get(serialKey(certificate.serialNumber));
    if (revokedAt && revokedAt <= at) return { ...report, revoked: { subject: certificate.subject.split('\n').join(', '), at: revokedAt } };
  }
  report.level = 'B-LT';
  return report;
}

/** Each certificate below the anchor with its issuer. */
const pairs = (chain: X509Certificate[]): [X509Certificate, X509Certificate][] => chain.slice(0, -1).map((c, i) => [c, chain[i + 1]]);
const toX509 = (der: Buffer): X509Certificate => new X509Certificate(der);
