import type { DrawingContext } from 'bwip-js';
import { bwipjs, qrcode } from '@bizportal/common';

/** A Code 128 symbol as bars: left edge and width in modules (quiet zones not included), and the whole width. */
export interface Code128Bars {
  modules: number;
  bars: { x: number; width: number }[];
}

/** bwip-js draws each bar as a line at scale 2 (every width even, so the centre falls on a whole unit). */
const SCALE = 2;

/**
 * The bars of `text` in Code 128 (bwip-js `code128`, which picks code sets A/B/C and the check symbol). The BOT
 * bill payment string mixes `|` (set B), CR (set A) and long digit runs (set C); `^013` in parse mode is the CR.
 */
export function code128Bars(text: string): Code128Bars {
  // bwip-js would take other characters as extended (FNC4) Latin-1; no bank reads that in a bill payment barcode.
  if (/[^\x00-\x7f]/.test(text)) throw new Error(`Code 128 here carries ASCII only: ${JSON.stringify(text)}`);
  const drawing: DrawingContext<Code128Bars> & { result: Code128Bars } = {
    result: { modules: 0, bars: [] },
    scale: () => null,
    measure: () => ({ width: 0, ascent: 0, descent: 0 }),
    init(width) {
      this.result.modules = width / SCALE;
    },
    line(x0, _y0, x1, _y1, lw) {
      if (x0 !== x1) throw new Error('Code 128 is drawn with vertical bars only');
      this.result.bars.push({ x: (x0 - lw / 2) / SCALE, width: lw / SCALE });
    },
    polygon: () => unexpected('polygon'),
    hexagon: () => unexpected('hexagon'),
    ellipse: () => unexpected('ellipse'),
    fill: () => undefined,
    text: () => undefined,
    end() {
      return this.result;
    },
  };
  const escaped = text.replace(/[\^\x00-\x1f]/g, (c) => `^${String(c.charCodeAt(0)).padStart(3, '0')}`);
  return bwipjs().render({ bcid: 'code128', text: escaped, parse: true, includetext: false, scale: SCALE, height: 10 }, drawing);
}

function unexpected(shape: string): never {
  throw new Error(`bwip-js drew a ${shape} for a Code 128 symbol`);
}

/** Draws the symbol with pdfkit as vector bars at (x, y), `module` points a module; returns its width in points. */
export function drawCode128(doc: PDFKit.PDFDocument, symbol: Code128Bars, x: number, y: number, module: number, height: number): number {
  doc.save().fillColor('black');
  for (const bar of symbol.bars) doc.rect(x + bar.x * module, y, bar.width * module, height);
  doc.fill().restore();
  return symbol.modules * module;
}

/**
 * Draws a QR code (error correction M, `qrcode`'s matrix) with pdfkit as vector squares in a `size`-point square at
 * (x, y), a quiet zone of `margin` modules inside it; each row's runs of dark modules are one rectangle. No PNG: no
 * encoding, no decoding by pdfkit, sharp when printed.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, margin = 2): void {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / (n + 2 * margin);
  doc.save().fillColor('black');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < n && modules.get(row, end)) end++;
      doc.rect(x + (margin + col) * cell, y + (margin + row) * cell, (end - col) * cell, cell);
      col = end;
    }
  }
  doc.fill().restore();
}
