import { canonicalJson, merkleLeafHash, verifyMerkleInclusion } from '@bizportal/common';

/**
 * What one leaf of a history anchor is, in words a verifier outside the portal can follow: the UTF-8 bytes of
 * the application's tracking number (its public id, e.g. BP2569-000123), a line feed, and its chain head (the
 * SHA-256 of its last history row, 64 lowercase hex). The leaf hash is RFC 6962's SHA-256(0x00 || leaf); leaves
 * are ordered by tracking number compared as UTF-8 bytes (plain ASCII order, not a database collation). The
 * tracking number rather than the internal id, so that a public proof reveals nothing its reader did not send.
 */
export const HISTORY_LEAF_FORMAT = 'SHA-256(0x00 || UTF-8(trackingNumber + "\\n" + chainHeadHex)); leaves ordered by trackingNumber as UTF-8 bytes, ascending; nodes SHA-256(0x01 || left || right) (RFC 6962)';

export const HISTORY_ANCHOR_TYPE = 'bizportal-history-anchor/v1';

export function historyLeaf(trackingNumber: string, headHash: string): Buffer {
  return Buffer.from(`${trackingNumber}\n${headHash}`, 'utf8');
}

export function historyLeafHash(trackingNumber: string, headHash: string): Buffer {
  return merkleLeafHash(historyLeaf(trackingNumber, headHash));
}

/** Orders leaves by tracking number as UTF-8 bytes (not by any database collation). */
export function byTrackingNumber(a: { trackingNumber: string }, b: { trackingNumber: string }): number {
  return Buffer.compare(Buffer.from(a.trackingNumber, 'utf8'), Buffer.from(b.trackingNumber, 'utf8'));
}

/** The exact text signed and timestamped for an anchor: canonical JSON (keys sorted, no spaces). */
export function anchorStatement(anchor: { anchorDate: string; treeSize: number; rootHash: string; headsReadAt: Date }): string {
  return canonicalJson({
    type: HISTORY_ANCHOR_TYPE,
    anchorDate: anchor.anchorDate,
    treeSize: anchor.treeSize,
    rootHash: anchor.rootHash,
    headsReadAt: anchor.headsReadAt.toISOString(),
    leaf: HISTORY_LEAF_FORMAT,
  });
}

/** An inclusion proof as `GET /track/:trackingNumber/history-proof` publishes it. */
export interface HistoryInclusionProof {
  leaf: { trackingNumber: string; headHash: string };
  leafIndex: number;
  treeSize: number;
  auditPath: readonly string[];
  rootHash: string;
}

const HEX_256 = /^[0-9a-f]{64}$/;

/**
 * Checks a published inclusion proof: that the leaf (an application's tracking number and chain head) with the audit path
 * gives the root. Pure and self-contained (RFC 9162 §2.1.3.2); never throws. It proves nothing about the
 * root itself: compare `rootHash` with the signed anchor of that date.
 */
export function verifyHistoryInclusion(proof: HistoryInclusionProof): boolean {
  const hexes = [proof.leaf.headHash, proof.rootHash, ...proof.auditPath];
  if (!hexes.every((h) => typeof h === 'string' && HEX_256.test(h))) return false;
  return verifyMerkleInclusion(
    historyLeafHash(proof.leaf.trackingNumber, proof.leaf.headHash),
    proof.leafIndex,
    proof.treeSize,
    proof.auditPath.map((h) => Buffer.from(h, 'hex')),
    Buffer.from(proof.rootHash, 'hex'),
  );
}
