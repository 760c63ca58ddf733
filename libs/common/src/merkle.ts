import { createHash } from 'node:crypto';

/**
 * Merkle trees as Certificate Transparency defines them (RFC 6962 §2.1, restated in RFC 9162 §2.1):
 * a leaf hashes as SHA-256(0x00 || leaf), an inner node as SHA-256(0x01 || left || right), and a tree of
 * n leaves splits at the largest power of two below n, so trees of any size (not only powers of two) have
 * one root. The inclusion proof is RFC 9162's audit path, verified by its algorithm (§2.1.3.2).
 */

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** SHA-256(0x00 || leaf). */
export function merkleLeafHash(leaf: Buffer): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(leaf).digest();
}

/** SHA-256(0x01 || left || right). */
export function merkleNodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The hash of the empty tree: SHA-256 of nothing. */
export function emptyMerkleRoot(): Buffer {
  return createHash('sha256').digest();
}

/**
 * The levels of the tree over `leafHashes` (level 0 = the leaf hashes), built bottom-up: pairs are joined
 * left to right and a last odd node is carried up unchanged. For every n this gives the same root as RFC
 * 6962's recursive split at the largest power of two below n (the right subtree's leftover is promoted).
 */
export function merkleLevels(leafHashes: readonly Buffer[]): Buffer[][] {
  const levels: Buffer[][] = [[...leafHashes]];
  while (levels[levels.length - 1].length > 1) {
    const below = levels[levels.length - 1];
    const above: Buffer[] = [];
    for (let i = 0; i < below.length; i += 2) above.push(i + 1 < below.length ? merkleNodeHash(below[i], below[i + 1]) : below[i]);
    levels.push(above);
  }
  return levels;
}

/** The root (Merkle Tree Hash) over the leaf hashes; the empty tree's root for none. */
export function merkleRoot(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return emptyMerkleRoot();
  const levels = merkleLevels(leafHashes);
  return levels[levels.length - 1][0];
}

/** The audit path of leaf `index` from the tree's levels (as `merkleLevels` makes them), nearest sibling first. */
export function merkleAuditPath(levels: readonly (readonly Buffer[])[], index: number): Buffer[] {
  const size = levels[0]?.length ?? 0;
  if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`Leaf ${index} is not in a tree of ${size}`);
  const path: Buffer[] = [];
  let i = index;
  for (let level = 0; level < levels.length - 1; level++) {
    const nodes = levels[level];
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    // A last odd node has no sibling at this level: it is carried up and adds nothing to the path.
    if (sibling < nodes.length) path.push(nodes[sibling]);
    i = Math.floor(i / 2);
  }
  return path;
}

/**
 * RFC 9162 §2.1.3.2: whether `path` proves that the leaf whose hash is `leafHash` is leaf `index` of the
 * tree of `treeSize` leaves whose root is `root`. Never throws; any mismatch in size, order or content is false.
 */
export function verifyMerkleInclusion(leafHash: Buffer, index: number, treeSize: number, path: readonly Buffer[], root: Buffer): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = merkleNodeHash(p, r);
      if (fn % 2 === 0) {
        // Right-shift both until fn is odd or zero.
        do {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        } while (fn % 2 === 0 && fn !== 0);
      }
    } else {
      r = merkleNodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.length === root.length && r.equals(root);
}
