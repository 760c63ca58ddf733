/**
 * Sarabun on pdfkit, patched. Why: pdfkit (0.20) writes one ToUnicode entry per glyph and places marks where the
 * font's shaping puts them, so text extracted from a Thai PDF (pdftotext, search, copy/paste) came out wrong:
 * "จำา" for "จำ", and marks after the wrong letter or in the wrong order. The patch below replaces the embedded
 * font's `encode` (SARA AM, mark positions) and shares the font's shaping cache across documents (speed). It
 * reaches into pdfkit internals (`_font`, `layoutCache`, `subset`): check it when upgrading pdfkit (licence-pdf.spec
 * reads the text back with pdftotext, where poppler-utils is installed).
 */
import { sarabunFont } from './thai-text';

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

/** The document's bytes once `doc.end()` is called: collect before writing anything, as pdfkit streams as it goes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
