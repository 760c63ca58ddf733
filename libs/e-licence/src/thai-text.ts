import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pdfkit } from '@bizportal/common';

/**
 * Sarabun from @expo-google-fonts/sarabun (full TTFs: Thai + Latin + digits). pdfkit shapes Thai
 * with it as HarfBuzz does, SARA AM with a tone mark (น้ำ) included.
 */
const fontDir = (weight: string) => join(dirname(require.resolve('@expo-google-fonts/sarabun/package.json')), weight);
const FONT_FILES = {
  regular: join(fontDir('400Regular'), 'Sarabun_400Regular.ttf'),
  bold: join(fontDir('700Bold'), 'Sarabun_700Bold.ttf'),
} as const;
export type SarabunWeight = keyof typeof FONT_FILES;

/** The TTF bytes, read once per process. */
const fileCache = new Map<SarabunWeight, Buffer>();
export function sarabun(weight: SarabunWeight): Buffer {
  let font = fileCache.get(weight);
  if (!font) {
    font = readFileSync(FONT_FILES[weight]);
    fileCache.set(weight, font);
  }
  return font;
}

/**
 * The font parsed by fontkit, once per process, for `doc.registerFont(name, font)` (pdfkit 0.20
 * accepts a fontkit font object). Parsing Sarabun and its GSUB/GPOS tables is most of the cost
 * of a licence when done per document; each document still makes its own subset. Obtained through
 * pdfkit (a throwaway document) so that we do not depend on fontkit directly.
 */
const parsedCache = new Map<SarabunWeight, object>();
export function sarabunFont(weight: SarabunWeight): object {
  let font = parsedCache.get(weight);
  if (!font) {
    const probe = new (pdfkit())({ autoFirstPage: false });
    probe.registerFont(weight, sarabun(weight));
    probe.font(weight);
    font = (probe as unknown as { _font: { font: object } })._font.font;
    parsedCache.set(weight, font);
  }
  return font;
}

/** Anything that measures a string in the current font and size (a pdfkit document does). */
export interface TextMeasurer {
  widthOfString(text: string): number;
}

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
/** Closing punctuation and Thai repetition/abbreviation marks never start a line. */
const GLUE_TO_PREVIOUS = /^[)\]}"'”’,.;:!?%ๆฯ…]+$/u;
/** Opening punctuation never ends a line; nor do name titles and the agent prefix ผู้ (ผู้จัดการ, ผู้ว่าราชการ). */
const GLUE_TO_NEXT = /^(?:[(\[{“‘"']+|ผู้|นาย|นาง|นางสาว)$/u;

/**
 * Official compounds that the word segmenter splits but a line must not (ผู้ว่า|ราชการ reads badly).
 */
const NO_BREAK = ['ผู้ว่าราชการ', 'ผู้อำนวยการ', 'ผู้รับใบอนุญาต', 'ผู้ได้รับใบอนุญาต', 'ผู้จัดการ', 'ผู้ประกอบการ', 'พนักงานเจ้าหน้าที่', 'กรุงเทพมหานคร', 'นิติบุคคล', 'ใบอนุญาต'];

/** Joins units that together spell a NO_BREAK compound (only within non-space runs). */
function keepCompounds(units: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    let unit = units[i];
    for (;;) {
      const next = units[i + 1];
      if (next === undefined || /^\s+$/u.test(next) || /^\s+$/u.test(unit)) break;
      const joined = unit + next;
      // join when a compound starts inside `unit` and does not end before `next` begins
      const spans = NO_BREAK.some((word) => {
        for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
          if (at < unit.length && at + word.length > unit.length) return true;
        }
        return false;
      });
      if (!spans) break;
      unit = joined;
      i++;
    }
    out.push(unit);
  }
  return out;
}

/**
 * Splits text into unbreakable units: a word (Intl.Segmenter, which knows Thai words) with the
 * punctuation that must stay beside it, or a run of whitespace (a break opportunity).
 */
export function breakUnits(paragraph: string): string[] {
  const out: string[] = [];
  let pendingOpen = '';
  for (const { segment, isWordLike } of words.segment(paragraph)) {
    if (/^\s+$/u.test(segment)) {
      if (pendingOpen) out.push(pendingOpen);
      pendingOpen = '';
      out.push(segment);
    } else if (!isWordLike && GLUE_TO_PREVIOUS.test(segment) && out.length && !/^\s+$/u.test(out[out.length - 1])) {
      out[out.length - 1] += segment;
    } else if (GLUE_TO_NEXT.test(segment)) {
      pendingOpen += segment;
    } else {
      out.push(pendingOpen + segment);
      pendingOpen = '';
    }
  }
  if (pendingOpen) out.push(pendingOpen);
  return keepCompounds(out);
}

/**
 * Wraps Thai (and mixed Thai/Latin) text to lines no wider than `width` in the measurer's
 * current font and size. pdfkit only breaks at spaces, and Thai has no spaces between words, so
 * lines are broken between Intl.Segmenter words; a single word wider than the line is broken
 * between grapheme clusters (never inside one, so marks stay on their base letter). Never
 * inserts U+200B (Sarabun has no glyph for it). Explicit "\n" starts a new line.
 */
export function wrapThai(measure: TextMeasurer, text: string, width: number): string[] {
  const lines: string[] = [];
  const limit = width + 0.01;
  for (const paragraph of text.split(/\r?\n/)) {
    const before = lines.length;
    let line = '';
    let lineWidth = 0;
    const flush = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const unit of breakUnits(paragraph)) {
      const isSpace = /^\s+$/u.test(unit);
      if (isSpace && !line) continue; // no leading blanks on a continuation line
      const unitWidth = measure.widthOfString(unit);
      if (lineWidth + unitWidth <= limit) {
        line += unit;
        lineWidth += unitWidth;
        continue;
      }
      if (isSpace) {
        flush();
        continue;
      }
      if (line.trim()) flush();
      if (unitWidth <= limit) {
        line = unit;
        lineWidth = unitWidth;
        continue;
      }
      for (const { segment } of graphemes.segment(unit)) {
        const w = measure.widthOfString(segment);
        if (line && lineWidth + w > limit) flush();
        line += segment;
        lineWidth += w;
      }
    }
    if (line.trim() || lines.length === before) lines.push(line.trimEnd());
  }
  return lines;
}
