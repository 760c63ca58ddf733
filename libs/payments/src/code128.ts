/**
 * Code 128 (ISO/IEC 15417) for the BOT bill payment barcode, drawn as vector bars. The string mixes `|` (code set B
 * only), CR (code set A only) and long digit runs (code set C, two digits a symbol), so the encoder switches sets:
 * C for even runs of 4+ digits, A for control characters, B otherwise.
 *
 * Written here because bwip-js (the package the brief named) was not installed in node_modules during this change;
 * the patterns are the standard's table (bar, space, bar, space, bar, space widths in modules).
 */
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];
const START = { A: 103, B: 104, C: 105 } as const;
const SWITCH_TO = { A: 101, B: 100, C: 99 } as const;
const STOP = 106;
type CodeSet = 'A' | 'B' | 'C';

/** The symbol values of `text` (start, data, checksum, stop). Only ASCII 0–127. */
export function code128Values(text: string): number[] {
  for (const ch of text) if (ch.charCodeAt(0) > 127) throw new Error(`Code 128 encodes ASCII only, not ${JSON.stringify(ch)}`);
  const values: number[] = [];
  let set: CodeSet | null = null;
  const use = (next: CodeSet) => {
    if (set === next) return;
    values.push(set === null ? START[next] : SWITCH_TO[next]);
    set = next;
  };
  let i = 0;
  while (i < text.length) {
    let run = 0;
    while (i + run < text.length && /\d/.test(text[i + run])) run++;
    if (run >= 4 || (set === 'C' && run >= 2)) {
      if (run % 2 === 1) {
        // The odd digit first, in A or B, then pairs in C.
        use(set === 'A' ? 'A' : 'B');
        values.push(text.charCodeAt(i) - 32);
        i++;
        run--;
      }
      use('C');
      for (let k = 0; k < run; k += 2) values.push(Number(text.slice(i + k, i + k + 2)));
      i += run;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code < 32) use('A');
    else if (code > 95) use('B');
    else if (set !== 'A' && set !== 'B') use('B');
    values.push(set === 'A' ? (code < 32 ? code + 64 : code - 32) : code - 32);
    i++;
  }
  let checksum = values[0];
  for (let k = 1; k < values.length; k++) checksum += values[k] * k;
  values.push(checksum % 103, STOP);
  return values;
}

/** Bar and space widths in modules, starting with a bar (the stop pattern ends with its 2-module bar). */
export function code128Widths(text: string): number[] {
  return code128Values(text).flatMap((v) => [...PATTERNS[v]].map(Number));
}

/** Draws the barcode with pdfkit at (x, y); returns its width in points. */
export function drawCode128(doc: PDFKit.PDFDocument, text: string, x: number, y: number, module: number, height: number): number {
  let at = x;
  doc.save().fillColor('black');
  code128Widths(text).forEach((w, k) => {
    if (k % 2 === 0) doc.rect(at, y, w * module, height).fill();
    at += w * module;
  });
  doc.restore();
  return at - x;
}
