import { formatThaiDate, formatThaiDateTime, pdfkit, qrcode } from '@bizportal/common';
import { type LicenceDocument, type RenderOptions, verificationUrl } from './licence-document';
import { A4, BOTTOM_LIMIT, CONTENT_WIDTH, GREY, Layout, MARGIN, NAVY, RULE, drawFrame, drawText } from './page-layout';
import { pdfBytes, registerThaiFonts } from './pdfkit-thai-fonts';
import { addSignaturePlaceholder } from './placeholder';
import { wrapThai } from './thai-text';

export { DEFAULT_SIGNATURE_LENGTH } from './placeholder';

const SIGNATURE_BLOCK_HEIGHT = 116; // QR + URL on the left, officer on the right

/** The Gregorian date in Bangkok (the day the Thai date names), as YYYY-MM-DD. */
const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' });
const iso = (d: Date) => isoDate.format(d);
const englishDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'long' });
const englishDate = (d: Date) => englishDateFormat.format(d);
const englishTimeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** What a preview prints where the issued licence has its number, and across every page. */
export const PREVIEW_NUMBER = 'รอกำหนดเลขที่เมื่อออกใบอนุญาต / To be assigned on issue';
export const PREVIEW_BANNER = 'ตัวอย่างใบอนุญาตก่อนลงนาม ยังไม่ได้ลงลายมือชื่อ ไม่มีผลตามกฎหมาย / PREVIEW before signing: not signed, not valid';
const PREVIEW_WATERMARK = 'ตัวอย่าง  PREVIEW';
const PREVIEW_RED = '#b3261e';

/** The preview's diagonal watermark, drawn first on each page so the text stays readable over it. */
function drawPreviewWatermark(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc.rotate(-38, { origin: [A4.width / 2, A4.height / 2] });
  doc.font('bold').fontSize(64).fillColor(PREVIEW_RED).fillOpacity(0.13);
  const width = doc.widthOfString(PREVIEW_WATERMARK);
  drawText(doc, PREVIEW_WATERMARK, (A4.width - width) / 2, A4.height / 2 - 40);
  doc.restore();
}

/**
 * A QR code of a URL as PNG for a pdfkit page, error correction M. Greyscale without alpha, so pdfkit
 * embeds the PNG's compressed data as is (RGBA would be decoded to split off an SMask, costing
 * milliseconds per document).
 */
export function urlQrPng(url: string): Promise<Buffer> {
  return qrcode().toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4, rendererOpts: { colorType: 0 } as never });
}

/** The QR code printed on the licence: `verificationUrl(licence)`. */
export function verificationQrPng(licence: Pick<LicenceDocument, 'verifyBaseUrl' | 'number'>): Promise<Buffer> {
  return urlQrPng(verificationUrl(licence));
}

/**
 * Renders an A4 licence in Thai (English alongside), laid out like a Thai government licence, with
 * a QR code to its verification page and an empty signature placeholder (@signpdf/placeholder-pdfkit)
 * for `LicenceSigner.sign`. Dates are printed in the Buddhist era (Asia/Bangkok), with the Gregorian
 * ISO date in small type beside them.
 */
export async function renderLicencePdf(licence: LicenceDocument, options: RenderOptions = {}): Promise<Buffer> {
  const preview = options.preview === true;
  const url = verificationUrl(licence);
  const qrPng = preview ? null : await verificationQrPng(licence);
  const numberText = preview ? PREVIEW_NUMBER : licence.number;

  const doc = new (pdfkit())({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    font: null as never, // no default Helvetica (its metrics would be parsed for nothing)
    lang: 'th-TH',
    info: {
      Title: preview ? `ตัวอย่าง ${licence.licenceType.th} (ยังไม่ได้ลงนาม)` : `${licence.licenceType.th} เลขที่ ${licence.number}`,
      Subject: preview ? `Preview of ${licence.licenceType.en}, not signed` : `${licence.licenceType.en} No. ${licence.number}`,
      Author: licence.agency.th,
      Creator: 'Biz Portal e-licence',
      CreationDate: licence.issuedAt,
    },
  });
  const done = pdfBytes(doc);
  registerThaiFonts(doc);
  doc.on('pageAdded', () => {
    drawFrame(doc);
    if (preview) drawPreviewWatermark(doc);
  });
  doc.addPage();
  const pen = new Layout(doc, preview ? `ตัวอย่าง ${licence.licenceType.th}` : `${licence.licenceType.th} เลขที่ ${licence.number}`);

  if (preview) {
    // The banner sits in the top margin, inside the frame, so the preview's layout is the licence's own.
    const width = A4.width - 2 * 38;
    doc.font('bold').fontSize(10);
    const size = Math.min(10, (10 * (width - 12)) / doc.widthOfString(PREVIEW_BANNER));
    doc.save().lineWidth(1).strokeColor(PREVIEW_RED).rect(38, 35, width, 19).stroke().restore();
    doc.font('bold').fontSize(size).fillColor(PREVIEW_RED);
    drawText(doc, PREVIEW_BANNER, (A4.width - doc.widthOfString(PREVIEW_BANNER)) / 2, 38.5);
  }

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
      { text: numberText, font: 'bold', size: preview ? 12 : 14, color: preview ? PREVIEW_RED : NAVY },
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

  if (licence.hearing) drawHearingResult(pen, licence.hearing);

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
  const urlWidth = 230;
  const textX = MARGIN + qrSize + 10;
  if (qrPng) {
    doc.image(qrPng, MARGIN, blockTop, { width: qrSize, height: qrSize });
    pen.y = blockTop + qrSize + 3;
    pen.paragraph(url, { size: 7.5, color: GREY, width: urlWidth, ...block });
    pen.paragraph('สแกนเพื่อตรวจสอบความถูกต้อง / Scan to verify', { size: 8.5, color: GREY, width: urlWidth, ...block });
    pen.y = blockTop + 4;
    pen.paragraph('ตรวจสอบใบอนุญาต', { font: 'bold', size: 10, color: NAVY, x: textX, width: 120, ...block });
    pen.paragraph('Verify this licence online; the PDF carries a digital signature of the issuing agency.', { size: 8, color: GREY, x: textX, width: 118, ...block });
  } else {
    // A preview has no number yet, so nothing to verify: the QR code's place is marked.
    doc.save().lineWidth(0.8).dash(3, { space: 3 }).strokeColor(GREY).rect(MARGIN, blockTop, qrSize, qrSize).stroke().undash().restore();
    pen.y = blockTop + 18;
    pen.paragraph('คิวอาร์โค้ด', { size: 9, color: GREY, align: 'center', x: MARGIN + 4, width: qrSize - 8, after: 0, ...block });
    pen.paragraph('QR code', { size: 8, color: GREY, align: 'center', x: MARGIN + 4, width: qrSize - 8, after: 0, ...block });
    pen.y = blockTop + 4;
    pen.paragraph('พิมพ์เมื่อออกใบอนุญาต', { font: 'bold', size: 10, color: NAVY, x: textX, width: 120, ...block });
    pen.paragraph('Printed with the number when the licence is issued and signed.', { size: 8, color: GREY, x: textX, width: 118, ...block });
  }

  const signX = A4.width - MARGIN - 240;
  const signWidth = 240;
  const column = { align: 'center' as const, x: signX, width: signWidth, ...block };
  const approval = licence.signatureApproval;
  pen.y = blockTop + (approval ? 0 : 6);
  pen.paragraph(preview ? 'ยังไม่ได้ลงลายมือชื่อ / Not signed yet' : 'ลงลายมือชื่ออิเล็กทรอนิกส์ / Digitally signed', {
    size: 9.5,
    color: preview ? PREVIEW_RED : GREY,
    after: approval ? 4 : 10,
    ...column,
  });
  if (approval) {
    // The authorised signer approved the signing (APPROVE_SIGNATURE): she is the one the signature stands for.
    pen.paragraph(`(${approval.name.th})`, { font: 'bold', size: 13, ...column });
    pen.paragraph(approval.name.en, { size: 9, color: GREY, ...column });
    pen.paragraph(approval.position, { size: 11, ...column });
    pen.paragraph(`อนุมัติลงนามเมื่อ ${formatThaiDateTime(approval.approvedAt)}`, { size: 9.5, ...column });
    pen.paragraph(`Approved for signature on ${englishDate(approval.approvedAt)} at ${englishTimeFormat.format(approval.approvedAt)} (Bangkok)`, {
      size: 8,
      color: GREY,
      ...column,
    });
  } else {
    pen.paragraph(`(${licence.officer.name})`, { font: 'bold', size: 13, ...column });
    pen.paragraph(licence.officer.position, { size: 11.5, ...column });
    pen.paragraph('พนักงานเจ้าหน้าที่ผู้ออกใบอนุญาต / Issuing officer', { size: 9, color: GREY, ...column });
  }

  // Footer inside the frame.
  doc.font('regular').fontSize(8).fillColor(GREY);
  const footer = preview
    ? 'ตัวอย่างก่อนลงนาม ไม่ใช่ใบอนุญาต / Preview before signing: not a licence'
    : `เอกสารนี้จัดทำและลงลายมือชื่อด้วยระบบอิเล็กทรอนิกส์ / Issued and digitally signed electronically · ${licence.number}`;
  const footerLine = wrapThai(doc, footer, CONTENT_WIDTH)[0];
  drawText(doc, footerLine, (A4.width - doc.widthOfString(footerLine)) / 2, A4.height - 46);

  if (preview) {
    doc.end();
    return done;
  }
  // The empty signature (on the last page, invisible widget) for LicenceSigner.sign to fill.
  doc.font('regular');
  addSignaturePlaceholder(doc, {
    reason: options.reason ?? `ออกใบอนุญาตเลขที่ ${licence.number} / Issue of licence No. ${licence.number}`,
    location: options.location ?? licence.agency.th,
    contactInfo: options.contactInfo ?? url,
    name: options.signerName ?? licence.agency.en,
    signingTime: options.signingTime,
    signatureLength: options.signatureLength,
    subFilter: options.subFilter,
  });
  doc.end();
  return done;
}

/** The public hearing's result (issue 18): reference, dates, counts by stance, the points raised and the summary. */
function drawHearingResult(pen: Layout, hearing: NonNullable<LicenceDocument['hearing']>): void {
  const { counts } = hearing;
  pen.y += 4;
  pen.ensure(90);
  pen.paragraph('ผลการรับฟังความคิดเห็นของประชาชน / Result of the public hearing', { font: 'bold', size: 12, color: NAVY, after: 2 });
  pen.paragraph(`เลขที่ ${hearing.reference} รับฟังความคิดเห็นตั้งแต่วันที่ ${formatThaiDate(hearing.opensAt)} ถึงวันที่ ${formatThaiDate(hearing.closesAt)}`, { size: 11 });
  pen.paragraph(`Hearing ${hearing.reference}, open from ${englishDate(hearing.opensAt)} to ${englishDate(hearing.closesAt)}.`, { size: 9.5, color: GREY, after: 2 });
  pen.paragraph(
    `ความคิดเห็นทั้งหมด ${counts.support + counts.oppose + counts.neutral + counts.hidden} รายการ: สนับสนุน ${counts.support} คัดค้าน ${counts.oppose} เป็นกลาง ${counts.neutral} ถูกซ่อนโดยสำนักงาน ${counts.hidden}`,
    { size: 11 },
  );
  pen.paragraph(`Comments: ${counts.support} in support, ${counts.oppose} against, ${counts.neutral} neutral, ${counts.hidden} hidden by the office.`, { size: 9.5, color: GREY, after: 2 });
  pen.paragraph('ประเด็นที่ประชาชนให้ความเห็น / Points raised', { font: 'bold', size: 11, after: 1 });
  hearing.points.forEach((point, i) => pen.paragraph(`${i + 1}. ${point}`, { size: 11, x: MARGIN + 10, width: CONTENT_WIDTH - 10 }));
  pen.paragraph('สรุปผล / Summary', { font: 'bold', size: 11, after: 1 });
  pen.paragraph(hearing.summary, { size: 11, after: 4 });
}
