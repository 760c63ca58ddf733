/**
 * The PAdES Document Security Store (ETSI EN 319 142-1 5.4, ISO 32000-2 12.8.4.3): an incremental update after the
 * signature that adds the validation data (certificates, CRLs) as streams under the catalog's /DSS, leaving every
 * signed byte as it was. Written for the classic cross-reference tables that pdfkit produces; the reader accepts
 * such an update only when it adds the DSS and changes nothing else.
 */

export interface ValidationData {
  /** Certificates (DER): the signer's chain and the TSA's. */
  certificates: Buffer[];
  /** CRLs (DER) of their issuers. */
  crls: Buffer[];
}

interface Trailer {
  size: number;
  root: { number: number; generation: number };
  /** Other trailer entries copied into the new trailer (/Info, /ID). */
  carried: string;
  /** Offset of the last cross-reference section. */
  startxref: number;
}

const latin1 = (buf: Buffer) => buf.toString('latin1');

/** The last trailer of a PDF with a classic cross-reference table. */
function readTrailer(pdf: Buffer): Trailer {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new Error('DSS: the PDF does not end with startxref … %%EOF');
  const xrefAt = Number(startxref[1]);
  if (latin1(pdf.subarray(xrefAt, xrefAt + 4)) !== 'xref') throw new Error('DSS: only classic cross-reference tables are supported');
  const trailerAt = pdf.indexOf('trailer', xrefAt, 'latin1');
  const dictionary = latin1(pdf.subarray(trailerAt, pdf.indexOf('startxref', trailerAt, 'latin1')));
  const size = /\/Size\s+(\d+)/.exec(dictionary);
  const root = /\/Root\s+(\d+)\s+(\d+)\s+R/.exec(dictionary);
  if (!size || !root) throw new Error('DSS: the trailer has no /Size or /Root');
  const info = /\/Info\s+\d+\s+\d+\s+R/.exec(dictionary)?.[0];
  const id = /\/ID\s*\[[^\]]*\]/.exec(dictionary)?.[0];
  return { size: Number(size[1]), root: { number: Number(root[1]), generation: Number(root[2]) }, carried: [info, id].filter(Boolean).join('\n'), startxref: xrefAt };
}

/** The offset of object `number` in the last cross-reference table (whose sections pdfkit writes in one piece). */
function objectOffset(pdf: Buffer, xrefAt: number, number: number): number {
  const table = latin1(pdf.subarray(xrefAt, pdf.indexOf('trailer', xrefAt, 'latin1')));
  const lines = table.split(/\r?\n|\r/).slice(1);
  for (let i = 0; i < lines.length; ) {
    const header = /^(\d+)\s+(\d+)\s*$/.exec(lines[i]);
    if (!header) break;
    const [first, count] = [Number(header[1]), Number(header[2])];
    if (number >= first && number < first + count) {
      const entry = /^(\d{10}) (\d{5}) n/.exec(lines[i + 1 + number - first]);
      if (!entry) throw new Error(`DSS: object ${number} is not in use`);
      return Number(entry[1]);
    }
    i += 1 + count;
  }
  throw new Error(`DSS: object ${number} is not in the cross-reference table`);
}

/** The dictionary text `<< … >>` of the object at `offset`. */
function objectDictionary(pdf: Buffer, offset: number): string {
  const end = pdf.indexOf('endobj', offset, 'latin1');
  const body = latin1(pdf.subarray(offset, end));
  const open = body.indexOf('<<');
  const close = body.lastIndexOf('>>');
  if (open < 0 || close < open) throw new Error('DSS: the catalog is not a dictionary');
  return body.slice(open, close + 2);
}

/** PAdES's extension of ISO 32000-1 (ESIC level 5), declared in the catalog. */
const ESIC_EXTENSION = '/Extensions << /ESIC << /BaseVersion /1.7 /ExtensionLevel 5 >> >>';

/** Appends the DSS to a signed PDF as an incremental update; the signed bytes are untouched. */
export function appendDss(pdf: Buffer, data: ValidationData): Buffer {
  const trailer = readTrailer(pdf);
  const catalog = objectDictionary(pdf, objectOffset(pdf, trailer.startxref, trailer.root.number));
  if (/\/DSS\s/.test(catalog)) throw new Error('DSS: the PDF already has a DSS');

  const chunks: Buffer[] = [Buffer.from('\n', 'latin1')];
  let position = pdf.length + 1;
  const offsets = new Map<number, number>();
  let next = trailer.size;
  const add = (number: number, head: string, stream?: Buffer) => {
    offsets.set(number, position);
    const parts = stream
      ? [Buffer.from(`${number} 0 obj\n${head.slice(0, -2)}/Length ${stream.length} >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]
      : [Buffer.from(`${number} ${number === trailer.root.number ? trailer.root.generation : 0} obj\n${head}\nendobj\n`, 'latin1')];
    for (const part of parts) {
      chunks.push(part);
      position += part.length;
    }
  };
  const streams = (list: Buffer[]) => list.map((der) => {
    const number = next++;
    add(number, '<< >>', der);
    return `${number} 0 R`;
  });
  const certs = streams(data.certificates);
  const crls = streams(data.crls);
  const dss = next++;
  add(dss, `<< /Type /DSS /Certs [${certs.join(' ')}]${crls.length ? ` /CRLs [${crls.join(' ')}]` : ''} >>`);
  const extended = /\/Extensions\s/.test(catalog) ? '' : ` ${ESIC_EXTENSION}`;
  add(trailer.root.number, `${catalog.slice(0, -2).trimEnd()}\n/DSS ${dss} 0 R${extended}\n>>`);

  // One cross-reference section per run of consecutive numbers (the catalog, then the new objects).
  const xrefAt = position;
  const entry = (offset: number, generation = 0) => `${String(offset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`;
  let xref = `xref\n0 1\n0000000000 65535 f \n${trailer.root.number} 1\n${entry(offsets.get(trailer.root.number)!, trailer.root.generation)}${trailer.size} ${next - trailer.size}\n`;
  for (let n = trailer.size; n < next; n++) xref += entry(offsets.get(n)!);
  xref += `trailer\n<<\n/Size ${next}\n/Root ${trailer.root.number} ${trailer.root.generation} R\n${trailer.carried ? `${trailer.carried}\n` : ''}/Prev ${trailer.startxref}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat([pdf, ...chunks]);
}

/** What a DSS-only update after the signed range holds. */
export interface DssContents extends ValidationData {
  ocsps: number;
}

const normalise = (dictionary: string) => dictionary.replace(/\s+/g, ' ').replace(/\s*(<<|>>|\[|\])\s*/g, '$1').trim();

/**
 * Reads the bytes after the signed range: null when they are not exactly one incremental update that adds a DSS
 * (its streams, the DSS dictionary, the catalog with /DSS and the ESIC extension added and nothing else changed).
 */
export function readDssUpdate(pdf: Buffer, signedEnd: number): DssContents | null {
  try {
    const update = pdf.subarray(signedEnd);
    const text = latin1(update);
    const objects = new Map<number, { dictionary: string; stream?: Buffer }>();
    const objectPattern = /(\d+)\s+(\d+)\s+obj\b/g;
    let cursor = 0;
    let rest = '';
    for (let match = objectPattern.exec(text); match; match = objectPattern.exec(text)) {
      rest += text.slice(cursor, match.index);
      const number = Number(match[1]);
      const streamAt = text.indexOf('stream', match.index);
      const endobj = text.indexOf('endobj', match.index);
      if (endobj < 0) return null;
      let end = endobj + 6;
      if (streamAt >= 0 && streamAt < endobj) {
        const dictionary = text.slice(match.index + match[0].length, streamAt).trim();
        const length = Number(/\/Length\s+(\d+)/.exec(dictionary)?.[1] ?? NaN);
        const start = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
        if (!Number.isSafeInteger(length) || !/^\s*endstream\s*endobj/.test(text.slice(start + length, start + length + 32))) return null;
        objects.set(number, { dictionary, stream: Buffer.from(update.subarray(start, start + length)) });
        end = text.indexOf('endobj', start + length) + 6;
      } else {
        objects.set(number, { dictionary: text.slice(match.index + match[0].length, endobj).trim() });
      }
      cursor = end;
      objectPattern.lastIndex = end;
    }
    rest += text.slice(cursor);
    // Outside the objects: only the cross-reference section, the trailer and the end marker.
    if (!/^\s*xref\s+[\d\s fn]*trailer\s*<<[^]*?>>\s*startxref\s+\d+\s+%%EOF\s*$/.test(rest)) return null;

    const trailer = readTrailer(pdf);
    const catalog = objects.get(trailer.root.number);
    const dssRef = catalog && /\/DSS\s+(\d+)\s+0\s+R/.exec(catalog.dictionary);
    if (!catalog || !dssRef) return null;
    const signedRevision = pdf.subarray(0, signedEnd);
    const before = readTrailer(signedRevision);
    if (before.root.number !== trailer.root.number) return null;
    const original = objectDictionary(signedRevision, objectOffset(signedRevision, before.startxref, before.root.number));
    const withoutAdditions = catalog.dictionary.replace(dssRef[0], '').replace(ESIC_EXTENSION, '');
    if (normalise(withoutAdditions) !== normalise(original)) return null;

    const dss = objects.get(Number(dssRef[1]));
    if (!dss || !/\/Type\s*\/DSS\b/.test(dss.dictionary)) return null;
    const refs = (key: string) => [...(new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dss.dictionary)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
    const [certs, crls, ocsps] = [refs('Certs'), refs('CRLs'), refs('OCSPs')];
    // Every object of the update is the catalog, the DSS or one of its streams.
    const allowed = new Set([trailer.root.number, Number(dssRef[1]), ...certs, ...crls, ...ocsps]);
    if ([...objects.keys()].some((n) => !allowed.has(n))) return null;
    const streamOf = (n: number) => objects.get(n)?.stream ?? Buffer.alloc(0);
    return { certificates: certs.map(streamOf), crls: crls.map(streamOf), ocsps: ocsps.length };
  } catch {
    return null;
  }
}
