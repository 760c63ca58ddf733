import forge from 'node-forge';

/** A minimal DER writer over Buffers: enough for CMS SignedData, and fast (no string buffers). */

export const TAG = {
  INTEGER: 0x02,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8: 0x0c,
  SEQUENCE: 0x30,
  SET: 0x31,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  /** [n] constructed, context-specific (EXPLICIT, or IMPLICIT over a constructed type). */
  context: (n: number) => 0xa0 | n,
} as const;

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = content.length === 1 ? content[0] : Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}

/** SET OF in DER: elements sorted by their encodings (X.690 11.6). */
export function setOf(tag: number, elements: Buffer[]): Buffer {
  return tlv(tag, ...[...elements].sort(Buffer.compare));
}

const oidCache = new Map<string, Buffer>();
export function oid(dotted: string): Buffer {
  let der = oidCache.get(dotted);
  if (!der) {
    der = tlv(TAG.OID, Buffer.from(forge.asn1.oidToDer(dotted).getBytes(), 'binary'));
    oidCache.set(dotted, der);
  }
  return der;
}

/** UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5), seconds precision, UTC. */
export function time(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-11-22T05:00:00.000Z
  const digits = iso.slice(0, 19).replace(/[-:T]/g, ''); // 20261122050000
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050 ? tlv(TAG.UTC_TIME, Buffer.from(`${digits.slice(2)}Z`, 'latin1')) : tlv(TAG.GENERALIZED_TIME, Buffer.from(`${digits}Z`, 'latin1'));
}

/** Where one TLV lies in a buffer. */
export interface DerElement {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the content. */
  end: number;
}

/** Reads the TLV at `offset` (definite lengths only, as DER requires); throws on anything else. */
export function readElement(buf: Buffer, offset = 0): DerElement {
  if (offset + 2 > buf.length) throw new Error('DER: truncated header');
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw new Error('DER: multi-byte tags are not supported');
  let length = buf[offset + 1];
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error('DER: indefinite or oversized length');
    if (contentStart + count > buf.length) throw new Error('DER: truncated length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[contentStart + i];
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > buf.length) throw new Error('DER: element runs past the end of its buffer');
  return { tag, start: offset, contentStart, end };
}

/** The children of a constructed element. */
export function children(buf: Buffer, parent: DerElement): DerElement[] {
  const out: DerElement[] = [];
  for (let offset = parent.contentStart; offset < parent.end; ) {
    const child = readElement(buf, offset);
    if (child.end > parent.end) throw new Error('DER: child runs past its parent');
    out.push(child);
    offset = child.end;
  }
  return out;
}

export const bytesOf = (buf: Buffer, el: DerElement): Buffer => buf.subarray(el.start, el.end);
export const contentOf = (buf: Buffer, el: DerElement): Buffer => buf.subarray(el.contentStart, el.end);

/** The issuer Name (DER) and serial number (INTEGER, DER) of an X.509 certificate (DER). */
export function issuerAndSerial(certificateDer: Buffer): { issuer: Buffer; serial: Buffer } {
  const tbs = children(certificateDer, readElement(certificateDer))[0];
  const fields = children(certificateDer, tbs);
  const offset = fields[0].tag === TAG.context(0) ? 1 : 0; // [0] EXPLICIT version, absent in v1
  if (fields[offset]?.tag !== TAG.INTEGER || fields[offset + 2]?.tag !== TAG.SEQUENCE) throw new Error('DER: not an X.509 certificate');
  return { serial: bytesOf(certificateDer, fields[offset]), issuer: bytesOf(certificateDer, fields[offset + 2]) };
}
