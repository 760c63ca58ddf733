import { bangkokDateKey, formatBaht, formatThaiDateTime, pdfkit } from '@bizportal/common';
import { addSignaturePlaceholder, pdfBytes, registerThaiFonts, wrapThai } from '@bizportal/e-licence';

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

/** The signature of an e-receipt: when it is signed (/M), and where it can be verified. */
export interface ReceiptSignature {
  signingTime: Date;
  /** e.g. https://bizportal.example.go.th/verification */
  verifyUrl: string;
}

const bangkokClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** The receipt's date for people and machines, both in Bangkok: "6 ธันวาคม 2569 เวลา 01:30 น. (2026-12-06 01:30 +07:00)". */
export function receiptDate(at: Date): string {
  return `${formatThaiDateTime(at)} (${bangkokDateKey(at)} ${bangkokClock.format(at)} +07:00)`;
}

const METHOD_LABEL: Record<string, string> = {
  promptpay: 'พร้อมเพย์ (PromptPay QR)',
  card: 'บัตรเครดิต/เดบิต (card)',
  counter: 'ชำระที่สำนักงาน (counter)',
  billpay: 'ชำระผ่านเคาน์เตอร์ธนาคาร (bill payment)',
};

/**
 * An A4 e-receipt in Thai with English alongside, dated in Bangkok time (Buddhist era, with the Gregorian date of the
 * same Bangkok day); with `signature`, an empty signature for the agency's PAdES signature (LicenceSigning.signPdf).
 */
export function renderReceiptPdf(receipt: ReceiptDocument, signature?: ReceiptSignature): Promise<Buffer> {
  const doc = new (pdfkit())({ size: 'A4', margin: 56, info: { Title: `ใบเสร็จรับเงิน ${receipt.receiptNumber}`, Author: receipt.agencyName.en, CreationDate: receipt.issuedAt } });
  registerThaiFonts(doc);
  const done = pdfBytes(doc);
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
    ['วันที่ / Date', receiptDate(receipt.issuedAt)],
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
  paragraph(
    signature
      ? `เอกสารนี้ออกและลงลายมือชื่ออิเล็กทรอนิกส์โดยหน่วยงาน ตรวจสอบลายมือชื่อได้ที่ ${signature.verifyUrl} / Issued and digitally signed by the agency; check the signature at ${signature.verifyUrl}.`
      : 'เอกสารนี้ออกโดยระบบอิเล็กทรอนิกส์ ตรวจสอบได้จากเลขที่ใบเสร็จ / Issued electronically; verify it by its number.',
    'regular',
    10,
  );
  if (signature) {
    addSignaturePlaceholder(doc, {
      reason: `ใบเสร็จรับเงินเลขที่ ${receipt.receiptNumber} / Receipt No. ${receipt.receiptNumber}`,
      location: receipt.agencyName.th,
      contactInfo: signature.verifyUrl,
      name: receipt.agencyName.en,
      signingTime: signature.signingTime,
    });
  }
  doc.end();
  return done;
}
