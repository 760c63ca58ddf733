/** The page of a licence: A4 geometry, colours, the frame, and a cursor that writes wrapped Thai text. */
import { breakUnits, wrapThai } from './thai-text';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 58; // text margin; the double frame sits at 26/30 pt from the edge
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const LABEL_WIDTH = 150;
const VALUE_X = MARGIN + LABEL_WIDTH;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH;
export const BOTTOM_LIMIT = A4.height - 50; // below: the footer line
const LEADING = 1.1;
export const NAVY = '#1b2f5b';
export const GREY = '#5a5a5a';
export const RULE = '#9aa6c2';

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
  /** Lines below this y go to a new page (default: the layout's bottom, BOTTOM_LIMIT unless given). */
  limit?: number;
}

/** A cursor over the page: every line is wrapped by us (Thai word breaks) and placed explicitly. */
export class Layout {
  y = MARGIN;
  private pages = 1;

  /** `continuation` heads every further page (the licence title and number); `bottom` is where text stops (above the footer). */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly continuation: string,
    readonly bottom = BOTTOM_LIMIT,
  ) {}

  lineHeight(font: Font, size: number): number {
    // Sarabun's own line height is 1.3 em; Thai stacks marks above and below: give it 1.43 em.
    return this.doc.font(font).fontSize(size).currentLineHeight() * LEADING;
  }

  /** Adds a page (with its frame) if `height` does not fit above `limit`. */
  ensure(height: number, limit = this.bottom): void {
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
    const { font = 'regular', size = 12, color = 'black', align = 'left', x = MARGIN, width = CONTENT_WIDTH, after = 0, limit = this.bottom } = style;
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

/** Draws one line of text at (x, y) without pdfkit's line breaking. */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(text, x, y, { ...options, lineBreak: false });
}

export function drawFrame(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc.lineWidth(1.6).strokeColor(NAVY).rect(26, 26, A4.width - 52, A4.height - 52).stroke();
  doc.lineWidth(0.6).strokeColor(NAVY).rect(31, 31, A4.width - 62, A4.height - 62).stroke();
  doc.restore();
}
