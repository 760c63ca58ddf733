import { formatBaht, formatThaiDate, pdfkit } from '@bizportal/common';
import { pdfBytes, registerThaiFonts, wrapThai } from '@bizportal/e-licence';
import { botBarcodeString, thaiQrBillPayment, type BillReference } from './bill-references';
import { code128Bars, drawCode128, drawQrCode } from './bill-barcode';

export interface BillSlip extends BillReference {
  taxId: string;
  suffix: string;
  agencyName: { th: string; en: string };
  payerName: string;
  licenceName: { th: string; en: string };
  trackingNumber: string;
  dueAt: Date;
  amountWordsTh: string;
  issuedAt: Date;
}

/** At most 1 pt a module (2.8 px at 200 dpi), less if the barcode would not fit beside the QR code. */
const MAX_PT_PER_MODULE = 1;

const bangkokEn = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric' });
const englishBuddhist = (at: Date) => bangkokEn.format(at).replace(/(\d{4})$/, (y) => `${Number(y) + 543} BE`);

/**
 * The bill payment slip (ใบแจ้งการชำระเงิน): A4 in Thai with English alongside, the office as biller (tax ID and
 * suffix), Ref1 and Ref2, the amount in baht, the due date in the Buddhist era, the BOT cross-bank bill payment
 * barcode (Code 128) and the Thai QR Code Payment (tag 30) for banking apps.
 */
export async function renderBillSlipPdf(slip: BillSlip): Promise<Buffer> {
  const barcodeText = botBarcodeString(slip);
  const doc = new (pdfkit())({ size: 'A4', margin: 56, info: { Title: `ใบแจ้งการชำระเงิน ${slip.trackingNumber}`, Author: slip.agencyName.en, CreationDate: slip.issuedAt } });
  registerThaiFonts(doc);
  const done = pdfBytes(doc);
  const left = 56;
  const width = doc.page.width - 112;
  const paragraph = (text: string, font = 'regular', size = 12, w = width, x = left) => {
    doc.font(font).fontSize(size);
    for (const line of wrapThai(doc, text, w)) doc.text(line, x, doc.y, { width: w });
  };

  paragraph(slip.agencyName.th, 'bold', 16);
  paragraph(slip.agencyName.en, 'regular', 11);
  doc.moveDown(0.5);
  paragraph('ใบแจ้งการชำระเงิน (Bill Payment) / Payment slip', 'bold', 18);
  paragraph('ชำระได้ที่เคาน์เตอร์ธนาคารทุกแห่ง หรือสแกนคิวอาร์โค้ดด้วยแอปพลิเคชันธนาคาร / Pay at any bank counter, or scan the QR code in a banking app', 'regular', 11);
  doc.moveDown(0.5);
  const rows: [string, string][] = [
    ['ผู้รับชำระ / Biller', `${slip.agencyName.th} (${slip.agencyName.en})`],
    ['เลขประจำตัวผู้เสียภาษี / Tax ID (suffix)', `${slip.taxId} (${slip.suffix})`],
    ['ผู้ชำระ / Payer', slip.payerName],
    ['รายการ / For', `ค่าธรรมเนียม ${slip.licenceName.th} / Fee: ${slip.licenceName.en}`],
    ['เลขติดตามคำขอ / Tracking number', slip.trackingNumber],
    ['เลขที่อ้างอิง 1 / Ref. 1', slip.ref1],
    ['เลขที่อ้างอิง 2 / Ref. 2', slip.ref2],
    ['จำนวนเงิน / Amount', `${formatBaht(slip.amountSatang)} (${slip.amountWordsTh})`],
    ['ชำระภายใน / Pay by', `${formatThaiDate(slip.dueAt)} / ${englishBuddhist(slip.dueAt)}`],
  ];
  for (const [label, value] of rows) {
    const top = doc.y;
    doc.font('bold').fontSize(10).fillColor('#333333');
    doc.text(label, left, top, { width: 190 });
    const after = doc.y;
    doc.y = top;
    doc.fillColor('black');
    paragraph(value, 'regular', 12, width - 200, left + 200);
    doc.y = Math.max(doc.y, after) + 3;
  }

  doc.moveDown(0.8);
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).dash(4, { space: 3 }).strokeColor('#777777').stroke().undash();
  doc.moveDown(0.5);
  paragraph('ส่วนของธนาคาร / For the bank', 'bold', 13);
  doc.moveDown(0.3);
  const top = doc.y;
  const qrSize = 130;
  const symbol = code128Bars(barcodeText);
  const module = Math.min(MAX_PT_PER_MODULE, (width - qrSize - 20) / (symbol.modules + 20));
  // The quiet zone (10 modules each side) is left white.
  drawCode128(doc, symbol, left + 10 * module, top, module, 48);
  doc.font('regular').fontSize(8).fillColor('black');
  doc.text(barcodeText.replace(/\r/g, ' '), left, top + 54, { width: width - 150 });
  drawQrCode(doc, thaiQrBillPayment(slip), left + width - qrSize, top - 6, qrSize);
  doc.font('regular').fontSize(9).text('Thai QR Payment (บิลเพย์เมนต์ข้ามธนาคาร)', left + width - qrSize - 10, top + qrSize - 2, { width: qrSize + 20, align: 'center' });
  doc.y = top + qrSize + 24;
  paragraph(
    'ธนาคารจะแจ้งรายการชำระแก่สำนักงาน ระบบจะออกใบเสร็จรับเงินอิเล็กทรอนิกส์เมื่อได้รับรายการ (โดยทั่วไปภายในวันทำการถัดไป) กรุณาอย่าชำระซ้ำ / The bank reports the payment to the office; the e-receipt is issued when it arrives (usually by the next working day). Please do not pay twice.',
    'regular',
    9,
  );
  doc.end();
  return done;
}
