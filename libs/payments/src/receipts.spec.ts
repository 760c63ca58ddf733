import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReceiptPdf } from './receipt-pdf';
import { amountInThaiWords, thaiFiscalYear } from './receipts';

describe('receipts', () => {
  it('numbers by the Thai fiscal year, which starts on 1 October (Bangkok time)', () => {
    expect(thaiFiscalYear(new Date('2026-09-30T16:59:59Z'))).toBe(2569);
    expect(thaiFiscalYear(new Date('2026-09-30T17:00:00Z'))).toBe(2570);
    expect(thaiFiscalYear(new Date('2026-11-22T05:00:00Z'))).toBe(2570);
    expect(thaiFiscalYear(new Date('2027-03-01T05:00:00Z'))).toBe(2570);
  });

  it('writes amounts in Thai words', () => {
    expect(amountInThaiWords(200000)).toBe('สองพันบาทถ้วน');
    expect(amountInThaiWords(123450)).toBe('หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์');
  });
});

describe('receipt PDF', () => {
  it('reads back its Thai text exactly (shared Thai fonts with the licence)', async () => {
    const pdf = await renderReceiptPdf({
      receiptNumber: 'BMA-KHLONG-TOEI/2570/000001',
      agencyName: { th: 'สำนักงานเขตคลองเตย กรุงเทพมหานคร', en: 'Khlong Toei District Office, Bangkok' },
      issuedAt: new Date('2026-11-22T05:00:00Z'),
      payerName: 'นายสมชาย ใจดี',
      licenceName: { th: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', en: 'Food premises permit' },
      trackingNumber: 'BP2569-7WT1NG1W',
      amountSatang: 200000,
      amountWordsTh: 'สองพันบาทถ้วน',
      method: 'promptpay',
      reference: 'chrg_test_1',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    let text: string;
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'bizportal-receipt-')), 'receipt.pdf');
      writeFileSync(file, pdf);
      text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    } catch {
      return console.warn('pdftotext (poppler-utils) not installed: text extraction not checked');
    }
    for (const expected of ['สำนักงานเขตคลองเตย', 'นายสมชาย ใจดี', '(สองพันบาทถ้วน)', '22 พฤศจิกายน 2569', 'จำหน่ายอาหาร']) expect(text).toContain(expected);
  });
});
