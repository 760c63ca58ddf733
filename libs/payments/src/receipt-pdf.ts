import PDFDocument from 'pdfkit';
import { formatBaht, formatThaiDate } from '@bizportal/common';
import { registerThaiFonts, wrapThai } from '@bizportal/e-licence';

export interface ReceiptDocument {
  receiptNumber: string;
  agencyName: { th: string; en: string };
  issuedAt: Date;
  payerName: string;
  licenceName: { th: string; en: string };
  trackingNumber: string;
  amountSatang: number;
  amountWordsTh: string;
  method: string;
  reference: string | null;
}

const METHOD_LABEL: Record<string, string> = {
  promptpay: 'พร้อมเพย์ (PromptPay QR)',
  card: 'บัตรเครดิต/เดบิต (card)',
  counter: 'ชำระที่สำนักงาน (counter)',
};

/** An A4 e-receipt in Thai with English alongside, dates in the Buddhist era. */
export function renderReceiptPdf(receipt: ReceiptDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `ใบเสร็จรับเงิน ${receipt.receiptNumber}`, Author: receipt.agencyName.en } });
  registerThaiFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 112;
  const paragraph = (text: string, font = 'regular', size = 13) => {
    doc.font(font).fontSize(size);
    for (const line of wrapThai(doc, text, width)) doc.text(line, { width });
  };

  paragraph(receipt.agencyName.th, 'bold', 16);
  paragraph(receipt.agencyName.en, 'regular', 11);
  doc.moveDown();
  paragraph('ใบเสร็จรับเงินอิเล็กทรอนิกส์ / Electronic receipt', 'bold', 18);
  doc.moveDown(0.5);
  const rows: [string, string][] = [
    ['เลขที่ / No.', receipt.receiptNumber],
    ['วันที่ / Date', `${formatThaiDate(receipt.issuedAt)} (${receipt.issuedAt.toISOString().slice(0, 10)})`],
    ['ได้รับเงินจาก / Received from', receipt.payerName],
    ['รายการ / For', `ค่าธรรมเนียม ${receipt.licenceName.th}`],
    ['', `Fee: ${receipt.licenceName.en}`],
    ['เลขติดตามคำขอ / Tracking number', receipt.trackingNumber],
    ['จำนวนเงิน / Amount', formatBaht(receipt.amountSatang)],
    ['จำนวนเงิน (ตัวอักษร) / In words', `(${receipt.amountWordsTh})`],
    ['ชำระโดย / Paid by', METHOD_LABEL[receipt.method] ?? receipt.method],
  ];
  if (receipt.reference) rows.push(['อ้างอิง / Reference', receipt.reference]);
  for (const [label, value] of rows) {
    if (label) paragraph(label, 'bold', 11);
    paragraph(value, 'regular', 13);
    doc.moveDown(0.3);
  }
  doc.moveDown();
  paragraph('เอกสารนี้ออกโดยระบบอิเล็กทรอนิกส์ ตรวจสอบได้จากเลขที่ใบเสร็จ / Issued electronically; verify it by its number.', 'regular', 10);
  doc.end();
  return done;
}
