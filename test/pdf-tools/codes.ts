/** Reading what documents carry as machine-readable codes; no imports of the product, so libs specs may use it too. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** zbarimg's reading of every barcode and QR code in PNG files, one per line (CR kept, bytes as latin1). */
export function scanImages(files: string[]): string[] {
  return execFileSync('zbarimg', ['--raw', '-q', ...files]).toString('latin1').split('\n').filter(Boolean);
}

/** Every barcode and QR code on a PDF's pages as a bank's scanner sees them: pdftoppm at 200 dpi, then zbarimg. */
export function scanPdf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-pdf-codes-'));
  try {
    writeFileSync(join(dir, 'document.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '200', join(dir, 'document.pdf'), join(dir, 'page')]);
    return scanImages(readdirSync(dir).filter((f) => f.endsWith('.png')).map((p) => join(dir, p)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
