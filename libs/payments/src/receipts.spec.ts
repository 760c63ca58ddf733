import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LicenceSigner, startDevelopmentTrustServices, TimestampClient, CrlFetcher, verifySignedPdf } from '@bizportal/e-licence';
import { receiptDate, renderReceiptPdf, type ReceiptDocument } from './receipt-pdf';
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

describe('receipts in Bangkok time, signed like licences', () => {
  // 18:30 UTC on 5 December is 01:30 on 6 December in Bangkok: the UTC date would be a day early.
  const at = new Date('2026-12-05T18:30:00Z');
  const receipt: ReceiptDocument = {
    receiptNumber: 'BMA-KHLONG-TOEI/2570/000002',
    agencyName: { th: 'สำนักงานเขตคลองเตย กรุงเทพมหานคร', en: 'Khlong Toei District Office, Bangkok' },
    issuedAt: at,
    payerName: 'นายสมชาย ใจดี',
    licenceName: { th: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', en: 'Food premises permit' },
    trackingNumber: 'BP2569-7WT1NG1W',
    amountSatang: 200000,
    amountWordsTh: 'สองพันบาทถ้วน',
    method: 'counter',
    reference: 'KT-2570-0099',
  };

  it('dates the receipt on the Bangkok day, Thai and ISO alike, and numbers it in that fiscal year', () => {
    expect(receiptDate(at)).toBe('6 ธันวาคม 2569 เวลา 01:30 น. (2026-12-06 01:30 +07:00)');
    expect(thaiFiscalYear(at)).toBe(2570);
  });

  it('is signed at PAdES B-LT with the agency key, prints the Bangkok date, and pdfsig agrees', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bizportal-receipt-signing-'));
    const services = await startDevelopmentTrustServices({ dataDir, port: 0 });
    try {
      const signer = LicenceSigner.development(dataDir);
      const unsigned = await renderReceiptPdf(receipt, { signingTime: at, verifyUrl: 'https://bizportal.example.go.th/verification' });
      const pdf = await signer.signPades(unsigned, { tsa: new TimestampClient({ url: services.tsaUrl }), revocation: new CrlFetcher() });
      const check = verifySignedPdf(pdf, [signer.trustAnchorPem]);
      expect(check).toMatchObject({ valid: true, subFilter: 'ETSI.CAdES.detached', pades: { level: 'B-LT' } });
      expect(pdf.toString('latin1')).toContain('/M (D:20261205183000Z)');
      const file = join(dataDir, 'receipt.pdf');
      writeFileSync(file, pdf);
      let text: string;
      try {
        text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      } catch {
        return console.warn('pdftotext (poppler-utils) not installed: text extraction not checked');
      }
      expect(text).toContain('6 ธันวาคม 2569 เวลา 01:30 น.');
      expect(text).toContain('2026-12-06 01:30 +07:00');
      expect(text).not.toContain('2026-12-05');
      expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toMatch(/Signature is Valid/);
    } finally {
      await services.close();
    }
  });
});
