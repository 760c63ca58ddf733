import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { formatThaiDate } from '@bizportal/common';
import { type LicenceDocument, type RenderOptions, verificationUrl } from './licence-document';
import { breakUnits, sarabunFont, wrapThai } from './thai-text';

export const DEFAULT_SIGNATURE_LENGTH = 8192;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 58; // text margin; the double frame sits at 26/30 pt from the edge
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const LABEL_WIDTH = 150;
const VALUE_X = MARGIN + LABEL_WIDTH;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH;
const BOTTOM_LIMIT = A4.height - 50; // below: the footer line
const SIGNATURE_BLOCK_HEIGHT = 116; // QR + URL on the left, officer on the right
const LEADING = 1.1;
const NAVY = '#1b2f5b';
const GREY = '#5a5a5a';
const RULE = '#9aa6c2';

type Font = 'regular' | 'bold';
interface TextStyle {
  font?: Font;
  size?: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
  x?: number;
  width?: number;
  /** Extra space after the paragraph, in points. */
  after?: number;
  /** Lines below this y go to a new page (default BOTTOM_LIMIT). */
  limit?: number;
}

/** A cursor over the page: every line is wrapped by us (Thai word breaks) and placed explicitly. */
class Layout {
  y = MARGIN;
  private pages = 1;

  /** `continuation` heads every further page (the licence title and number). */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly continuation: string,
  ) {}

  lineHeight(font: Font, size: number): number {
    // Sarabun's own line height is 1.3 em; Thai stacks marks above and below: give it 1.43 em.
    return this.doc.font(font).fontSize(size).currentLineHeight() * LEADING;
  }

  /** Adds a page (with its frame) if `height` does not fit above `limit`. */
  ensure(height: number, limit = BOTTOM_LIMIT): void {
    if (this.y + height > limit) {
      this.doc.addPage();
      this.pages++;
      this.y = MARGIN;
      this.doc.font('regular').fontSize(9).fillColor(GREY);
      drawText(this.doc, `${this.continuation} (ต่อ) / continued — หน้า ${this.pages} / page ${this.pages}`, MARGIN, this.y);
      this.y += 20;
    }
  }

  lines(text: string, style: TextStyle = {}): string[] {
    const { font = 'regular', size = 12, width = CONTENT_WIDTH } = style;
    this.doc.font(font).fontSize(size);
    return wrapThai(this.doc, text, width);
  }

  /** Writes a wrapped paragraph at the cursor and moves the cursor below it; returns its height. */
  paragraph(text: string, style: TextStyle = {}): number {
    const { font = 'regular', size = 12, color = 'black', align = 'left', x = MARGIN, width = CONTENT_WIDTH, after = 0, limit = BOTTOM_LIMIT } = style;
    const lines = this.lines(text, { font, size, width });
    const lh = this.lineHeight(font, size);
    const top = this.y;
    for (const line of lines) {
      this.ensure(lh, limit);
      this.doc.font(font).fontSize(size).fillColor(color);
      const w = align === 'left' ? 0 : this.doc.widthOfString(line);
      const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
      drawText(this.doc, line, x + dx, this.y + ((LEADING - 1) / LEADING) * lh * 0.5);
      this.y += lh;
    }
    this.y += after;
    return this.y - top;
  }

  /**
   * Text runs of different fonts and sizes on one baseline, wrapped together at Thai word
   * boundaries (a run's words may continue on the next line).
   */
  runs(parts: { text: string; font?: Font; size?: number; color?: string; nowrap?: boolean; newLine?: boolean }[], x: number, width: number, after = 0): void {
    const maxSize = Math.max(...parts.map((p) => p.size ?? 12));
    const lh = this.lineHeight('regular', maxSize);
    const baseline = (1068 / 1000) * maxSize + ((LEADING - 1) / LEADING) * lh * 0.5; // Sarabun's ascender, below half the extra leading
    type Piece = { text: string; font: Font; size: number; color: string };
    let line: Piece[] = [];
    let cx = 0;
    const flush = () => {
      this.ensure(lh);
      let px = x;
      const texts = line.map((piece, i) => (i === line.length - 1 ? piece.text.trimEnd() : piece.text));
      line.forEach((piece, i) => {
        this.doc.font(piece.font).fontSize(piece.size).fillColor(piece.color);
        drawText(this.doc, texts[i], px, this.y + baseline, { baseline: 'alphabetic' });
        px += this.doc.widthOfString(texts[i]);
      });
      this.y += lh;
      line = [];
      cx = 0;
    };
    for (const part of parts) {
      const piece = { font: part.font ?? 'regular', size: part.size ?? 12, color: part.color ?? 'black' };
      if (part.newLine && line.length) flush();
      this.doc.font(piece.font).fontSize(piece.size);
      for (const unit of part.nowrap ? [part.text] : breakUnits(part.text)) {
        const space = /^\s+$/u.test(unit);
        if (space && cx === 0) continue;
        this.doc.font(piece.font).fontSize(piece.size);
        const w = this.doc.widthOfString(unit);
        if (cx > 0 && cx + w > width + 0.01 && !space) flush();
        const last = line[line.length - 1];
        if (last && last.font === piece.font && last.size === piece.size && last.color === piece.color) last.text += unit;
        else line.push({ ...piece, text: unit });
        cx += w;
      }
    }
    if (line.length) flush();
    this.y += after;
  }

  rule(color = RULE, width = 0.8, gapBefore = 4, gapAfter = 8): void {
    this.y += gapBefore;
    this.doc.save().moveTo(MARGIN, this.y).lineTo(A4.width - MARGIN, this.y).lineWidth(width).strokeColor(color).stroke().restore();
    this.y += gapAfter;
  }

  /** A two-column row: Thai label (bold) with its English below, value wrapped on the right. */
  row(labelTh: string, labelEn: string, value: string, valueStyle: TextStyle = {}, note?: string): void {
    const valueFont = valueStyle.font ?? 'regular';
    const valueSize = valueStyle.size ?? 13;
    const valueLines = this.lines(value, { font: valueFont, size: valueSize, width: VALUE_WIDTH });
    const noteLines = note ? this.lines(note, { size: 10, width: VALUE_WIDTH }) : [];
    const height = Math.max(
      this.lineHeight('bold', 11.5) + this.lineHeight('regular', 9),
      valueLines.length * this.lineHeight(valueFont, valueSize) + noteLines.length * this.lineHeight('regular', 10),
    );
    this.ensure(height);
    const top = this.y;
    this.paragraph(labelTh, { font: 'bold', size: 11.5, color: NAVY, width: LABEL_WIDTH - 8 });
    this.paragraph(labelEn, { size: 9, color: GREY, width: LABEL_WIDTH - 8 });
    this.y = top + 1;
    this.paragraph(value, { ...valueStyle, font: valueFont, size: valueSize, x: VALUE_X, width: VALUE_WIDTH });
    if (note) this.paragraph(note, { size: 10, color: GREY, x: VALUE_X, width: VALUE_WIDTH });
    this.y = Math.max(this.y, top + height) + 7;
  }
}

/**
 * Registers Sarabun as 'regular' and 'bold' on a pdfkit document: the font parsed once per process,
 * shapes shared across documents, and SARA AM written so that text extraction reads it as typed.
 * Leaves 'regular' selected. Every Thai PDF of the product (licences, receipts) uses this.
 */
export function registerThaiFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('regular', sarabunFont('regular') as never);
  doc.registerFont('bold', sarabunFont('bold') as never);
  for (const weight of ['bold', 'regular'] as const) {
    doc.font(weight);
    shareLayoutCache(doc, weight);
    mapSaraAmForExtraction(doc);
  }
}

/**
 * Draws one line of text at (x, y) without pdfkit's line breaking.
 */
function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(text, x, y, { ...options, lineBreak: false });
}

/**
 * Shapes (fontkit layouts) shared by all documents, per weight: licences repeat most of their words,
 * and shaping Thai (GSUB/GPOS) is the larger part of rendering. pdfkit keeps a per-font `layoutCache`
 * object keyed by space-separated run; it never mutates the cached runs. Bounded: reset past 20,000 runs.
 */
const layoutCaches = new Map<string, Record<string, unknown>>();
function shareLayoutCache(doc: PDFKit.PDFDocument, weight: string): void {
  let cache = layoutCaches.get(weight);
  if (!cache || Object.keys(cache).length > 20_000) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(weight, cache);
  }
  (doc as unknown as { _font: { layoutCache: Record<string, unknown> } })._font.layoutCache = cache;
}

/** The parts of pdfkit's EmbeddedFont (0.20) that `encode` uses. */
interface EmbeddedFontInternals {
  font: { glyphForCodePoint(codePoint: number): { id: number }; _cmapProcessor: { codePointsForGlyph(gid: number): number[] } };
  layout(text: string, features?: unknown): { glyphs: { id: number; name: string; codePoints: number[]; advanceWidth: number }[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
}

const SARA_AM = 0x0e33;
/** Sarabun's NIKHAHIT glyph, alone or as a ligature with a tone mark: uni0E4D, uni0E4D0E49… */
const NIKHAHIT_GLYPH = /^uni0E4D(0E4[89AB])?$/;

/**
 * Makes SARA AM (ำ) extract as written. Sarabun's shaping decomposes ำ into NIKHAHIT (or a
 * NIKHAHIT+tone ligature) and SARA AA, which is how น้ำ stacks its tone mark correctly. But pdfkit
 * writes one ToUnicode entry per glyph, and the SARA AA glyph is shared with every real า, so
 * pdftotext, search and copy/paste read "จำา" for "จำ". Here the SARA AA that completes a SARA AM
 * is drawn with its own copy of the glyph in the subset (same outline and width) that reads as
 * U+0E33, and the zero-width NIKHAHIT glyph reads as nothing (or as the tone mark of a
 * NIKHAHIT+tone ligature): "น้ำ" extracts as น + ้ + ำ. The width stays on the glyph that carries the
 * character, so extractors see no gap (no false word break). A lone U+0E4D (Pali, not licence
 * text) would read as nothing.
 */
function mapSaraAmForExtraction(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font: EmbeddedFontInternals })._font;
  const saraAa = font.font.glyphForCodePoint(0x0e32).id;
  const saraAmCopies = new Map<number, number>();
  font.encode = function encode(text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const hasSaraAm = text.includes('\u0E33');
    const encoded: string[] = [];
    let afterNikhahit = false;
    for (const glyph of glyphs) {
      let gid: number;
      let unicode: number[] | undefined;
      if (hasSaraAm && afterNikhahit && glyph.id === saraAa) {
        // The SARA AA half of a SARA AM: its own copy of the glyph, read as U+0E33.
        gid = saraAmCopies.get(glyph.id) ?? -1;
        if (gid < 0) {
          this.subset.glyphs.push(glyph.id); // a second entry: fontkit's subsetter copies the glyph again
          gid = this.subset.glyphs.length - 1;
          saraAmCopies.set(glyph.id, gid);
        }
        unicode = [SARA_AM];
      } else {
        gid = this.subset.includeGlyph(glyph.id);
        // The NIKHAHIT half (zero width) reads as nothing, or as its tone mark in a ligature.
        const nikhahit = hasSaraAm ? NIKHAHIT_GLYPH.exec(glyph.name ?? '') : null;
        if (nikhahit) unicode = nikhahit[1] ? [parseInt(nikhahit[1], 16)] : [];
      }
      afterNikhahit = hasSaraAm && NIKHAHIT_GLYPH.test(glyph.name ?? '');
      encoded.push(`0000${gid.toString(16)}`.slice(-4));
      this.widths[gid] ??= glyph.advanceWidth * this.scale;
      if (unicode) this.unicode[gid] = unicode;
      // fontkit caches glyph objects with the code points of their first use, which for SARA AA
      // may have been a SARA AM (none): fall back to the font's cmap.
      else this.unicode[gid] ??= glyph.codePoints.length ? glyph.codePoints : this.font._cmapProcessor.codePointsForGlyph(glyph.id).slice(0, 1);
    }
    return [encoded, marksInsideBase(positions)];
  };
}

type GlyphPosition = { xAdvance: number; xOffset: number; yOffset: number };
/**
 * Where zero-width marks (Thai vowels and tones above or below) are placed for text extraction.
 * A mark is drawn from the end of its base letter, its outline reaching back over it. Where the
 * font nudges it right (Sarabun Bold: +9…+18 units), its origin lands past the base and poppler
 * (pdftotext) reads it after the next letter ("ไม่มก ี"); where a second mark sits left of the first
 * (ที่: vowel −10, tone −11), poppler swaps them ("ท่ี"). So each mark's origin is kept inside its
 * base, at least 2 units back, and stacked marks keep their order from left to right, half a unit
 * apart: at most about 0.3 pt of visual shift. The cached positions are shared, hence the copies.
 */
function marksInsideBase(positions: unknown[]): unknown[] {
  let previousMark: number | null = null;
  return (positions as GlyphPosition[]).map((p) => {
    if (p.xAdvance !== 0) {
      previousMark = null;
      return p;
    }
    let xOffset = Math.min(p.xOffset, -2);
    if (previousMark !== null) xOffset = Math.min(Math.max(xOffset, previousMark + 0.5), -0.5);
    previousMark = xOffset;
    return xOffset === p.xOffset ? p : { ...p, xOffset };
  });
}

function drawFrame(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc.lineWidth(1.6).strokeColor(NAVY).rect(26, 26, A4.width - 52, A4.height - 52).stroke();
  doc.lineWidth(0.6).strokeColor(NAVY).rect(31, 31, A4.width - 62, A4.height - 62).stroke();
  doc.restore();
}

/** The Gregorian date in Bangkok (the day the Thai date names), as YYYY-MM-DD. */
const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' });
const iso = (d: Date) => isoDate.format(d);
const englishDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'long' });
const englishDate = (d: Date) => englishDateFormat.format(d);

/**
 * The QR code printed on the licence (PNG): `verificationUrl(licence)`, error correction M. Greyscale
 * without alpha, so pdfkit embeds the PNG's compressed data as is (RGBA would be decoded to split
 * off an SMask, costing milliseconds per licence).
 */
export function verificationQrPng(licence: Pick<LicenceDocument, 'verifyBaseUrl' | 'number'>): Promise<Buffer> {
  return QRCode.toBuffer(verificationUrl(licence), { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4, rendererOpts: { colorType: 0 } as never });
}

/**
 * Renders an A4 licence in Thai (English alongside), laid out like a Thai government licence, with
 * a QR code to its verification page and an empty signature placeholder (@signpdf/placeholder-pdfkit)
 * for `LicenceSigner.sign`. Dates are printed in the Buddhist era (Asia/Bangkok), with the Gregorian
 * ISO date in small type beside them.
 */
export async function renderLicencePdf(licence: LicenceDocument, options: RenderOptions = {}): Promise<Buffer> {
  const url = verificationUrl(licence);
  const qrPng = await verificationQrPng(licence);

  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    font: null as never, // no default Helvetica (its metrics would be parsed for nothing)
    lang: 'th-TH',
    info: {
      Title: `${licence.licenceType.th} เลขที่ ${licence.number}`,
      Subject: `${licence.licenceType.en} No. ${licence.number}`,
      Author: licence.agency.th,
      Creator: 'Biz Portal e-licence',
      CreationDate: licence.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerThaiFonts(doc);
  doc.on('pageAdded', () => drawFrame(doc));
  doc.addPage();
  const pen = new Layout(doc, `${licence.licenceType.th} เลขที่ ${licence.number}`);

  // Header: emblem/logo, agency, licence title and the law it is issued under.
  if (licence.agency.logoPng) {
    doc.image(licence.agency.logoPng, A4.width / 2 - 30, pen.y - 10, { fit: [60, 60], align: 'center', valign: 'center' });
    pen.y += 56;
  }
  pen.paragraph(licence.agency.th, { font: 'bold', size: 15, color: NAVY, align: 'center' });
  pen.paragraph(licence.agency.en, { size: 10, color: GREY, align: 'center', after: 6 });
  pen.paragraph(licence.licenceType.th, { font: 'bold', size: 22, color: NAVY, align: 'center' });
  pen.paragraph(licence.licenceType.en, { size: 12, color: GREY, align: 'center', after: 4 });
  pen.paragraph(licence.legalBasis, { size: 11, align: 'center' });

  // Licence number, right-aligned like the "เลขที่" of a government form.
  pen.y += 6;
  const numberText = licence.number;
  doc.font('bold').fontSize(14);
  const numberWidth = doc.widthOfString(numberText);
  doc.font('regular').fontSize(11);
  const numberLabel = 'เลขที่ใบอนุญาต / Licence No.  ';
  const labelWidth = doc.widthOfString(numberLabel);
  const startX = A4.width - MARGIN - numberWidth - labelWidth;
  const numberY = pen.y;
  pen.runs(
    [
      { text: numberLabel, size: 11, color: GREY },
      { text: numberText, font: 'bold', size: 14, color: NAVY },
    ],
    Math.max(MARGIN, startX),
    Math.min(CONTENT_WIDTH, numberWidth + labelWidth + 2),
  );
  pen.y = Math.max(pen.y, numberY);
  pen.rule(NAVY, 1, 0, 10);

  // The licensee.
  const person = licence.holder.kind === 'person';
  const idLabel = person ? 'เลขประจำตัวประชาชน / National ID No.' : 'เลขทะเบียนนิติบุคคล / Juristic person registration No.';
  pen.paragraph('อนุญาตให้ / This licence is granted to', { size: 11, color: GREY, after: 4 });
  pen.row(
    person ? 'ผู้ได้รับใบอนุญาต' : 'ผู้ได้รับใบอนุญาต (นิติบุคคล)',
    person ? 'Licensee (natural person)' : 'Licensee (juristic person)',
    licence.holder.name,
    { font: 'bold', size: 15 },
    licence.holder.idNumber ? `${idLabel} ${licence.holder.idNumber}` : undefined,
  );
  pen.row('ชื่อสถานประกอบการ', 'Business name', licence.businessName);
  pen.row('สถานที่ตั้ง', 'Premises address', licence.premisesAddress);

  // Conditions, numbered with a hanging indent.
  if (licence.conditions.length) {
    pen.y += 2;
    pen.ensure(60);
    pen.paragraph('เงื่อนไขการอนุญาต / Conditions', { font: 'bold', size: 12, color: NAVY, after: 2 });
    const indent = 22;
    licence.conditions.forEach((condition, i) => {
      const lines = pen.lines(condition, { size: 12, width: CONTENT_WIDTH - indent });
      pen.ensure(Math.min(lines.length, 2) * pen.lineHeight('regular', 12));
      doc.font('regular').fontSize(12).fillColor('black');
      drawText(doc, `${i + 1}.`, MARGIN + 4, pen.y);
      pen.paragraph(condition, { size: 12, x: MARGIN + indent, width: CONTENT_WIDTH - indent, after: 2 });
    });
  }

  // Validity: Buddhist-era dates, each with its Gregorian ISO date in small type.
  pen.y += 6;
  pen.ensure(70);
  pen.rule(RULE, 0.6, 0, 8);
  const small = { size: 9, color: GREY };
  pen.runs(
    [
      { text: 'ใบอนุญาตนี้ใช้ได้ตั้งแต่วันที่ ', font: 'bold', size: 13 },
      { text: formatThaiDate(licence.validFrom), font: 'bold', size: 13, color: NAVY, nowrap: true },
      { text: ' ', ...small },
      { text: `(${iso(licence.validFrom)})`, ...small, nowrap: true },
      // "ถึง…" on its own line: the sentence is one line too long for A4 at this size.
      { text: licence.validUntil ? 'ถึงวันที่ ' : 'ถึง ', font: 'bold', size: 13, newLine: true },
      licence.validUntil
        ? { text: formatThaiDate(licence.validUntil), font: 'bold', size: 13, color: NAVY, nowrap: true }
        : { text: 'ไม่มีกำหนดวันสิ้นอายุ', font: 'bold', size: 13, color: NAVY },
      { text: ' ', ...small },
      { text: licence.validUntil ? `(${iso(licence.validUntil)})` : '(no expiry)', ...small, nowrap: true },
    ],
    MARGIN,
    CONTENT_WIDTH,
  );
  pen.paragraph(
    licence.validUntil
      ? `Valid from ${englishDate(licence.validFrom)} until ${englishDate(licence.validUntil)} inclusive.`
      : `Valid from ${englishDate(licence.validFrom)}, without expiry.`,
    { size: 9.5, color: GREY, after: 6 },
  );
  pen.runs(
    [
      { text: 'ให้ไว้ ณ วันที่ ', size: 12 },
      { text: formatThaiDate(licence.issuedAt), size: 12, nowrap: true },
      { text: ` (${iso(licence.issuedAt)})`, ...small },
      { text: `  Issued on ${englishDate(licence.issuedAt)}`, size: 9, color: GREY },
    ],
    MARGIN,
    CONTENT_WIDTH,
  );

  // Bottom block: QR code with its URL (left), issuing officer (right); kept together on one page
  // (a long URL or position may run into the footer margin rather than split the block).
  pen.ensure(SIGNATURE_BLOCK_HEIGHT + 12);
  const block = { limit: A4.height - 36 };
  const blockTop = Math.max(pen.y + 12, BOTTOM_LIMIT - SIGNATURE_BLOCK_HEIGHT);
  const qrSize = 86;
  doc.image(qrPng, MARGIN, blockTop, { width: qrSize, height: qrSize });
  const urlWidth = 230;
  pen.y = blockTop + qrSize + 3;
  pen.paragraph(url, { size: 7.5, color: GREY, width: urlWidth, ...block });
  pen.paragraph('สแกนเพื่อตรวจสอบความถูกต้อง / Scan to verify', { size: 8.5, color: GREY, width: urlWidth, ...block });
  const textX = MARGIN + qrSize + 10;
  pen.y = blockTop + 4;
  pen.paragraph('ตรวจสอบใบอนุญาต', { font: 'bold', size: 10, color: NAVY, x: textX, width: 120, ...block });
  pen.paragraph('Verify this licence online; the PDF carries a digital signature of the issuing agency.', { size: 8, color: GREY, x: textX, width: 118, ...block });

  const signX = A4.width - MARGIN - 240;
  const signWidth = 240;
  pen.y = blockTop + 6;
  pen.paragraph('ลงลายมือชื่ออิเล็กทรอนิกส์ / Digitally signed', { size: 9.5, color: GREY, align: 'center', x: signX, width: signWidth, after: 10, ...block });
  pen.paragraph(`(${licence.officer.name})`, { font: 'bold', size: 13, align: 'center', x: signX, width: signWidth, ...block });
  pen.paragraph(licence.officer.position, { size: 11.5, align: 'center', x: signX, width: signWidth, ...block });
  pen.paragraph('พนักงานเจ้าหน้าที่ผู้ออกใบอนุญาต / Issuing officer', { size: 9, color: GREY, align: 'center', x: signX, width: signWidth, ...block });

  // Footer inside the frame.
  doc.font('regular').fontSize(8).fillColor(GREY);
  const footer = `เอกสารนี้จัดทำและลงลายมือชื่อด้วยระบบอิเล็กทรอนิกส์ / Issued and digitally signed electronically · ${licence.number}`;
  const footerLine = wrapThai(doc, footer, CONTENT_WIDTH)[0];
  drawText(doc, footerLine, (A4.width - doc.widthOfString(footerLine)) / 2, A4.height - 46);

  // The empty signature (on the last page, invisible widget) for LicenceSigner.sign to fill.
  doc.font('regular');
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: options.reason ?? `ออกใบอนุญาตเลขที่ ${licence.number} / Issue of licence No. ${licence.number}`,
    location: options.location ?? licence.agency.th,
    contactInfo: options.contactInfo ?? url,
    name: options.signerName ?? licence.agency.en,
    signingTime: options.signingTime,
    signatureLength: options.signatureLength ?? DEFAULT_SIGNATURE_LENGTH,
    subFilter: options.subFilter ?? 'adbe.pkcs7.detached',
    appName: 'BizPortal.eLicence', // a PDF name: no spaces
  });
  doc.end();
  return done;
}
