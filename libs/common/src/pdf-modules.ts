import type PdfKitDocument from 'pdfkit';
import type * as QrCodeModule from 'qrcode';
import type * as BwipJsModule from 'bwip-js';

// pdfkit (with fontkit and its Unicode tables), qrcode and bwip-js are loaded on first use: only the PDFs need them
// (licences, receipts, bill slips, acknowledgements), and loading them at import added about 0.15 s of CPU to every
// start of the API. Same pattern as libs/jobs/src/redis-modules.ts.

/** pdfkit's PDFDocument class, loaded on first call. */
export function pdfkit(): typeof PdfKitDocument {
  return require('pdfkit') as typeof PdfKitDocument;
}

/** The qrcode module, loaded on first call. */
export function qrcode(): typeof QrCodeModule {
  return require('qrcode') as typeof QrCodeModule;
}

/** The bwip-js module (barcodes), loaded on first call. */
export function bwipjs(): typeof BwipJsModule {
  return require('bwip-js') as typeof BwipJsModule;
}
