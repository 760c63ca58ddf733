import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { formatThaiDate } from '@bizportal/common';
import { type LicenceDocument, type RenderOptions, verificationUrl } from './licence-document';
import { A4, BOTTOM_LIMIT, CONTENT_WIDTH, GREY, Layout, MARGIN, NAVY, RULE, drawFrame, drawText } from './page-layout';
import { registerThaiFonts } from './pdfkit-thai-fonts';
import { wrapThai } from './thai-text';

export const DEFAULT_SIGNATURE_LENGTH = 8192;

const SIGNATURE_BLOCK_HEIGHT = 116; // QR + URL on the left, officer on the right

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
