import { formatThaiDate, formatThaiDateTime, pdfkit } from '@bizportal/common';
import { A4, CONTENT_WIDTH, GREY, Layout, MARGIN, NAVY, drawFrame, drawText, pdfBytes, registerThaiFonts, urlQrPng, wrapThai } from '@bizportal/e-licence';
import type { ApplicationKind, DocumentRequirement, LocalizedText } from '@bizportal/engine';

export const PORTAL_NAME: LocalizedText = { th: 'Biz Portal ระบบอนุญาตอิเล็กทรอนิกส์', en: 'Biz Portal e-Licensing' };

/** What the acknowledgement of receipt (ใบรับคำขอ) says; built by GetAcknowledgementHandler. */
export interface AcknowledgementDocument {
  trackingNumber: string;
  kind: ApplicationKind;
  licenceType: LocalizedText;
  agency: LocalizedText;
  /** The person or juristic person the application is for. */
  holder: LocalizedText;
  /** Who filed it, when not the holder (a director for her company). */
  filedBy: LocalizedText | null;
  submittedAt: Date;
  /** Working days from the catalogue; null when the licence type does not state them. */
  processingDays: number | null;
  /** Shown only after the office's intake check; `expected` null then means no date can be given. */
  completion: { afterIntake: false } | { afterIntake: true; expected: Date | null; concluded: boolean };
  documents: readonly DocumentRequirement[];
  trackingUrl: string;
  printedAt: Date;
}

const KIND_LABEL: Record<ApplicationKind, LocalizedText> = {
  new: { th: 'ขอรับใบอนุญาตใหม่', en: 'New application' },
  renew: { th: 'ขอต่ออายุ', en: 'Renewal' },
  amend: { th: 'ขอแก้ไขรายการ', en: 'Amendment' },
  cancel: { th: 'ขอยกเลิก', en: 'Cancellation' },
};

const englishFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' });
const englishDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'long' });

const QR_SIZE = 78;
/** The footer's three lines start here; text above stops 4 pt higher. */
const FOOTER_TOP = A4.height - 66;

/**
 * The acknowledgement of receipt of an application as an A4 PDF, Thai with English beside, on the
 * licence's page (frame, Sarabun, Thai line breaking from libs/e-licence). Not signed: it says it
 * acknowledges the application and is not a licence.
 */
export async function renderAcknowledgementPdf(ack: AcknowledgementDocument): Promise<Buffer> {
  const qrPng = await urlQrPng(ack.trackingUrl);
  const doc = new (pdfkit())({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    font: null as never,
    lang: 'th-TH',
    info: {
      Title: `ใบรับคำขอ ${ack.trackingNumber}`,
      Subject: `Acknowledgement of receipt of application ${ack.trackingNumber}`,
      Author: ack.agency.th,
      Creator: PORTAL_NAME.en,
      CreationDate: ack.printedAt,
    },
  });
  const done = pdfBytes(doc);
  registerThaiFonts(doc);
  // Footer of every page, inside the frame: what this document is (and is not), when it was printed.
  const footer = () => {
    doc.font('regular').fontSize(7).fillColor(GREY);
    const lines = [
      'ใบรับคำขอนี้ยืนยันว่าหน่วยงานได้รับคำขอแล้ว มิใช่ใบอนุญาต ออกโดยระบบอิเล็กทรอนิกส์ ไม่มีลายมือชื่อ',
      'This acknowledges receipt of the application; it is not a licence. Issued electronically, unsigned.',
      `พิมพ์เมื่อ ${formatThaiDateTime(ack.printedAt)} / Printed ${englishFormat.format(ack.printedAt)} · ${ack.trackingNumber}`,
    ].flatMap((text) => wrapThai(doc, text, CONTENT_WIDTH));
    lines.forEach((line, i) => drawText(doc, line, (A4.width - doc.widthOfString(line)) / 2, FOOTER_TOP + i * 8.5));
  };
  doc.on('pageAdded', () => {
    drawFrame(doc);
    footer();
  });
  doc.addPage();
  const pen = new Layout(doc, `ใบรับคำขอ ${ack.trackingNumber}`, FOOTER_TOP - 4);

  // Header: the portal, the receiving office, the title, centred between the margin and the QR code
  // (top right) that opens the public tracking page.
  const qrX = A4.width - MARGIN - QR_SIZE;
  const qrTop = pen.y - 6;
  doc.image(qrPng, qrX, qrTop, { width: QR_SIZE, height: QR_SIZE });
  doc.font('regular').fontSize(7.5).fillColor(GREY);
  for (const [i, caption] of ['สแกนเพื่อติดตามสถานะ', 'Scan to track'].entries()) {
    drawText(doc, caption, qrX + (QR_SIZE - doc.widthOfString(caption)) / 2, qrTop + QR_SIZE + 1 + i * 10);
  }
  const header = { align: 'center' as const, x: MARGIN + QR_SIZE + 8, width: CONTENT_WIDTH - 2 * (QR_SIZE + 8) };
  pen.paragraph(PORTAL_NAME.th, { font: 'bold', size: 11, color: GREY, ...header });
  pen.paragraph(PORTAL_NAME.en, { size: 9, color: GREY, ...header, after: 4 });
  pen.paragraph(ack.agency.th, { font: 'bold', size: 14, color: NAVY, ...header });
  pen.paragraph(ack.agency.en, { size: 9.5, color: GREY, ...header, after: 4 });
  pen.paragraph('ใบรับคำขอ', { font: 'bold', size: 24, color: NAVY, ...header });
  pen.paragraph('Acknowledgement of receipt of application', { size: 11, color: GREY, ...header });
  pen.y = Math.max(pen.y, qrTop + QR_SIZE + 22);

  // The tracking number, large: what the applicant quotes to the office.
  pen.runs(
    [
      { text: 'เลขติดตามคำขอ / Tracking No.  ', size: 11, color: GREY },
      { text: ack.trackingNumber, font: 'bold', size: 16, color: NAVY, nowrap: true },
    ],
    MARGIN,
    CONTENT_WIDTH,
  );
  pen.rule(NAVY, 1, 2, 10);

  pen.row('ประเภทใบอนุญาต', 'Licence type', ack.licenceType.th, { font: 'bold', size: 13 }, ack.licenceType.en);
  pen.row('ลักษณะคำขอ', 'Request', `${KIND_LABEL[ack.kind].th} / ${KIND_LABEL[ack.kind].en}`);
  pen.row('หน่วยงานที่รับคำขอ', 'Receiving office', ack.agency.th, {}, ack.agency.en);
  const holderNote = [ack.holder.en !== ack.holder.th ? ack.holder.en : '', ack.filedBy ? `ยื่นโดย / filed by ${ack.filedBy.th}` : ''].filter(Boolean).join(' · ');
  pen.row('ผู้ยื่นคำขอ', 'Applicant', ack.holder.th, { font: 'bold', size: 13 }, holderNote || undefined);
  pen.row('วันและเวลาที่ยื่นคำขอ', 'Submitted', formatThaiDateTime(ack.submittedAt), {}, `${englishFormat.format(ack.submittedAt)} (Bangkok time)`);
  pen.row(
    'ระยะเวลาดำเนินการ',
    'Processing time',
    ack.processingDays === null ? 'ไม่ได้กำหนดไว้' : `${ack.processingDays} วันทำการ นับแต่ได้รับคำขอและเอกสารครบถ้วน`,
    {},
    ack.processingDays === null ? 'Not stated for this licence type' : `${ack.processingDays} working days from a complete application`,
  );
  const completion = ack.completion;
  if (!completion.afterIntake) {
    pen.row('วันที่คาดว่าจะแล้วเสร็จ', 'Expected completion', 'จะแจ้งเมื่อเจ้าหน้าที่ตรวจสอบคำขอเบื้องต้นว่าครบถ้วนแล้ว', {}, 'Given once the office’s intake check finds the application complete');
  } else if (completion.expected) {
    pen.row('วันที่คาดว่าจะแล้วเสร็จ', 'Expected completion', formatThaiDate(completion.expected), { font: 'bold', size: 13 }, `${englishDateFormat.format(completion.expected)}: an estimate, not a statutory deadline`);
  } else {
    pen.row('วันที่คาดว่าจะแล้วเสร็จ', 'Expected completion', completion.concluded ? 'คำขอนี้ดำเนินการเสร็จสิ้นแล้ว' : 'ไม่สามารถประมาณได้', {}, completion.concluded ? 'The application has been concluded' : 'No estimate can be given');
  }
  pen.row('ติดตามสถานะคำขอ', 'Track the application', ack.trackingUrl, { size: 11.5 });

  // The documents the licence type asks for.
  pen.y += 2;
  pen.ensure(50);
  pen.paragraph('เอกสารประกอบคำขอ / Documents for this application', { font: 'bold', size: 12, color: NAVY, after: 2 });
  if (ack.documents.length === 0) {
    pen.paragraph('ประเภทใบอนุญาตนี้ไม่ได้กำหนดเอกสารประกอบ / None are listed for this licence type', { size: 11, color: GREY });
  }
  const indent = 22;
  ack.documents.forEach((document, i) => {
    const mark = document.required ? 'จำเป็น / required' : 'ถ้ามี / if applicable';
    const lines = pen.lines(document.label.th, { size: 11.5, width: CONTENT_WIDTH - indent });
    pen.ensure(lines.length * pen.lineHeight('regular', 11.5) + pen.lineHeight('regular', 9.5));
    doc.font('regular').fontSize(11.5).fillColor('black');
    drawText(doc, `${i + 1}.`, MARGIN + 4, pen.y + 1);
    pen.paragraph(document.label.th, { size: 11.5, x: MARGIN + indent, width: CONTENT_WIDTH - indent });
    pen.paragraph(`${document.label.en} (${mark})`, { size: 9.5, color: GREY, x: MARGIN + indent, width: CONTENT_WIDTH - indent, after: 3 });
  });

  doc.end();
  return done;
}
