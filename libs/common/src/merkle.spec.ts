import { createHash } from 'node:crypto';
import { emptyMerkleRoot, merkleAuditPath, merkleLeafHash, merkleLevels, merkleNodeHash, merkleRoot, verifyMerkleInclusion } from './merkle';

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

/** RFC 6962 §2.1 written out literally: MTH(D[n]) and PATH(m, D[n]), splitting at the largest power of two below n. */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return sha256(Buffer.from([0]), leaves[0]);
  const k = largestPowerOfTwoBelow(leaves.length);
  return sha256(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
function rfcPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = largestPowerOfTwoBelow(leaves.length);
  return m < k ? [...rfcPath(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...rfcPath(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`leaf ${i}`));

describe('Merkle trees as RFC 6962 / RFC 9162 define them', () => {
  it('hashes leaves and nodes with their one-byte prefixes', () => {
    expect(merkleLeafHash(Buffer.alloc(0)).toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(emptyMerkleRoot().toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const [a, b] = [Buffer.alloc(32, 1), Buffer.alloc(32, 2)];
    expect(merkleNodeHash(a, b)).toEqual(sha256(Buffer.from([1]), a, b));
  });

  it('gives the root and audit path of the RFC’s recursive definition for every size up to 70 and every leaf', () => {
    expect(merkleRoot([])).toEqual(mth([]));
    for (let n = 1; n <= 70; n++) {
      const leaves = leavesOf(n);
      const hashes = leaves.map(merkleLeafHash);
      const levels = merkleLevels(hashes);
      const root = merkleRoot(hashes);
      expect(root).toEqual(mth(leaves));
      for (let m = 0; m < n; m++) {
        const path = merkleAuditPath(levels, m);
        expect(path).toEqual(rfcPath(m, leaves));
        expect(verifyMerkleInclusion(hashes[m], m, n, path, root)).toBe(true);
      }
    }
  });

  it('refuses a proof for another leaf, index, size or root, a changed sibling, or a path too long or short', () => {
    const n = 13;
    const hashes = leavesOf(n).map(merkleLeafHash);
    const levels = merkleLevels(hashes);
    const root = merkleRoot(hashes);
    const path = merkleAuditPath(levels, 6);
    expect(verifyMerkleInclusion(hashes[6], 6, n, path, root)).toBe(true);
    expect(verifyMerkleInclusion(hashes[7], 6, n, path, root)).toBe(false);
    expect(verifyMerkleInclusion(hashes[6], 7, n, path, root)).toBe(false);
    // The size fixes the shape: a tree of 17 puts leaf 6 one level deeper (a tree of 14 has the same shape there, so the signed size matters).
    expect(verifyMerkleInclusion(hashes[6], 6, 17, path, root)).toBe(false);
    expect(verifyMerkleInclusion(hashes[6], 6, n, path, merkleRoot(hashes.slice(1)))).toBe(false);
    const changed = path.map((p, i) => (i === 1 ? Buffer.from(p).fill(0, 0, 1) : p));
    expect(verifyMerkleInclusion(hashes[6], 6, n, changed, root)).toBe(false);
    expect(verifyMerkleInclusion(hashes[6], 6, n, path.slice(1), root)).toBe(false);
    expect(verifyMerkleInclusion(hashes[6], 6, n, [...path, root], root)).toBe(false);
    expect(verifyMerkleInclusion(hashes[6], -1, n, path, root)).toBe(false);
    expect(verifyMerkleInclusion(hashes[6], 13, n, path, root)).toBe(false);
    // A leaf presented as an inner node (second-preimage attempt) does not verify: the prefixes differ.
    expect(verifyMerkleInclusion(merkleNodeHash(hashes[0], hashes[1]), 0, n - 1, merkleAuditPath(levels, 0).slice(1), root)).toBe(false);
    expect(() => merkleAuditPath(levels, n)).toThrow(RangeError);
  });
});
