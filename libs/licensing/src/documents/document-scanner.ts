import { constants, inflateSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import type { DocumentContentType } from './application-document.entity';
import { DocumentErrors } from './document-errors';

/** What a scanner learnt of an accepted file: its type as detected from the bytes, never from the name or the client. */
export interface ScannedDocument {
  contentType: DocumentContentType;
  extension: 'pdf' | 'jpg' | 'png';
}

/**
 * Checks an uploaded file before anything is stored, and refuses it by throwing a DocumentErrors error.
 * The default implementation is `ContentChecks`. An antivirus scan (ClamAV's clamd `INSTREAM` command, or an
 * ICAP service) fits here as another implementation that runs the content checks and then sends the bytes
 * to the scanner, provided in DocumentsModule instead of the default; none is built in.
 */
export abstract class DocumentScanner {
  abstract scan(content: Buffer): Promise<ScannedDocument>;
}

const ACCEPTED: Record<string, ScannedDocument> = {
  'application/pdf': { contentType: 'application/pdf', extension: 'pdf' },
  'image/jpeg': { contentType: 'image/jpeg', extension: 'jpg' },
  'image/png': { contentType: 'image/png', extension: 'png' },
};

/** file-type is ESM only: loaded once with import(), which ts-jest turns into require (Babel transforms the package). */
let detector: Promise<typeof import('file-type')> | undefined;
function fileType(): Promise<typeof import('file-type')> {
  detector ??= import('file-type');
  return detector;
}

/**
 * PDF names that run code or act without the reader asking: JavaScript (`/JS`, `/JavaScript`), additional
 * actions on pages, fields and the document (`/AA`), starting programs (`/Launch`), attached files
 * (`/EmbeddedFile`, `/EmbeddedFiles`), Flash and media (`/RichMedia`), XFA forms (which carry scripts). An
 * `/OpenAction` that only opens a page is harmless; one that runs JavaScript or launches names one of these.
 */
export const ACTIVE_PDF_NAMES = ['JS', 'JavaScript', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA'] as const;
const ACTIVE = new Set<string>(ACTIVE_PDF_NAMES);

/** Where HTML or script would make a browser or server run the file. */
const MARKUP = /<script|<html|<!doctype html|<\?php|<svg|<iframe|<body|javascript:/i;
/** Most inflated bytes read from the object streams of one PDF (a compressed bomb is refused, not expanded). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** A ZIP reader looks for its end record in the last 65,535 + 22 bytes. */
const ZIP_TAIL = 65_557;
const ZIP_END = Buffer.from('PK\x05\x06', 'latin1');

/** The PDF names in a piece of PDF syntax, `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`). */
export function pdfNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
    names.add(match[1].replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return names;
}

/**
 * The bytes of the object streams (`/Type /ObjStm`, Flate-compressed) of a PDF, where a PDF 1.5+ writer may
 * put dictionaries, inflated. Other streams (page contents, images, fonts) are not read.
 */
function objectStreams(pdf: string, raw: Buffer): string[] {
  const found: string[] = [];
  let total = 0;
  // Each indirect object's dictionary, up to the `stream` keyword that starts its data (bounded, so the scan stays linear).
  for (const match of pdf.matchAll(/\bobj\b([\s\S]{0,4096}?)\bstream\r?\n/g)) {
    const names = pdfNames(match[1]);
    if (!names.has('ObjStm')) continue;
    const filters = [...names].filter((n) => n.endsWith('Decode'));
    if (filters.length !== 1 || filters[0] !== 'FlateDecode') {
      throw DocumentErrors.create('DOCUMENT_NOT_CHECKABLE', { reason: 'an object stream is not compressed with FlateDecode alone' });
    }
    const start = match.index! + match[0].length;
    const end = pdf.indexOf('endstream', start);
    if (end < 0) throw DocumentErrors.create('DOCUMENT_NOT_CHECKABLE', { reason: 'an object stream has no end' });
    try {
      const inflated = inflateSync(raw.subarray(start, end), { maxOutputLength: MAX_INFLATED_BYTES - total, finishFlush: constants.Z_SYNC_FLUSH });
      total += inflated.length;
      found.push(inflated.toString('latin1'));
    } catch (error) {
      throw DocumentErrors.create('DOCUMENT_NOT_CHECKABLE', { reason: `an object stream could not be decompressed (${(error as Error).message})` });
    }
  }
  return found;
}

function refusePolyglot(type: string, reason: string): never {
  throw DocumentErrors.create('DOCUMENT_POLYGLOT', { type, reason });
}

/** The offset just past a PNG's IEND chunk, walking its chunks from the signature. */
function pngEnd(content: Buffer): number {
  let offset = 8;
  while (offset + 12 <= content.length) {
    const length = content.readUInt32BE(offset);
    const type = content.toString('latin1', offset + 4, offset + 8);
    offset += 12 + length;
    if (type === 'IEND') return offset;
  }
  return -1;
}

/**
 * The default scanner: content checks only, no antivirus. In order:
 * 1. not empty; 2. the type detected from the bytes (file-type) is PDF, JPEG or PNG, whatever the name or the
 * declared type say; 3. no ZIP end-of-central-directory record in the last 64 KiB (a ZIP reader would open
 * the file as an archive: JAR, DOCX, APK polyglots); 4. images: no `%PDF-` in the first 1,024 bytes (a PDF
 * reader looks for its header there), nothing after the image's end (PNG: after the IEND chunk; JPEG: after
 * the final FFD9 marker, trailing NUL or whitespace allowed), no HTML or script markers anywhere;
 * 5. PDFs: nothing but whitespace after the last `%%EOF`, no HTML or script markers in the first 1,024 bytes,
 * not encrypted, and none of ACTIVE_PDF_NAMES, looked for in the raw bytes and in the inflated object streams.
 *
 * Limits: names inside other compressed streams (content streams, or streams with other filters) are not
 * read, nor are PDF syntax tricks that hide a name from a byte scan but not from a lenient reader; a name
 * that merely appears in uncompressed text is refused too (false positives are preferred). This is no
 * substitute for an antivirus scan of the bytes (see DocumentScanner).
 */
@Injectable()
export class ContentChecks extends DocumentScanner {
  async scan(content: Buffer): Promise<ScannedDocument> {
    if (content.length === 0) throw DocumentErrors.create('DOCUMENT_EMPTY');
    const { fileTypeFromBuffer } = await fileType();
    const detected = await fileTypeFromBuffer(content);
    const accepted = detected ? ACCEPTED[detected.mime] : undefined;
    if (!accepted) throw DocumentErrors.create('DOCUMENT_TYPE_NOT_ALLOWED', { detected: detected ? `${detected.mime} (.${detected.ext})` : 'not a recognised file type' });

    const label = accepted.extension.toUpperCase();
    const tailStart = Math.max(0, content.length - ZIP_TAIL);
    if (content.indexOf(ZIP_END, tailStart) >= 0) refusePolyglot(label, 'a ZIP archive');
    const head = content.toString('latin1', 0, Math.min(content.length, 1024));

    if (accepted.contentType === 'application/pdf') {
      this.checkPdf(content, head);
      return accepted;
    }
    if (head.includes('%PDF-')) refusePolyglot(label, 'a PDF header in the first 1,024 bytes');
    const end = accepted.contentType === 'image/png' ? pngEnd(content) : content.lastIndexOf(Buffer.from([0xff, 0xd9])) + 2;
    if (end <= 1) refusePolyglot(label, 'no end of image');
    if (!/^[\0\s]*$/.test(content.toString('latin1', end))) refusePolyglot(label, `${content.length - end} bytes after the end of the image`);
    if (MARKUP.test(content.toString('latin1'))) refusePolyglot(label, 'HTML or script');
    return accepted;
  }

  private checkPdf(content: Buffer, head: string): void {
    const eof = content.lastIndexOf('%%EOF');
    if (eof < 0) throw DocumentErrors.create('DOCUMENT_NOT_CHECKABLE', { reason: 'it has no %%EOF marker' });
    if (!/^\s*$/.test(content.toString('latin1', eof + 5))) refusePolyglot('PDF', `${content.length - eof - 5} bytes after %%EOF`);
    if (MARKUP.test(head)) refusePolyglot('PDF', 'HTML or script in its first 1,024 bytes');
    const text = content.toString('latin1');
    const names = pdfNames(text);
    if (names.has('Encrypt')) throw DocumentErrors.create('DOCUMENT_NOT_CHECKABLE', { reason: 'it is encrypted' });
    for (const inner of objectStreams(text, content)) for (const name of pdfNames(inner)) names.add(name);
    const active = [...names].filter((n) => ACTIVE.has(n));
    if (active.length > 0) throw DocumentErrors.create('DOCUMENT_ACTIVE_CONTENT', { names: active.map((n) => `/${n}`).join(', ') });
  }
}
