import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBarcode, validate } from 'promptparse';
import { renderBillSlipPdf, type BillSlip } from './bill-slip-pdf';
import { code128Values } from './code128';

export const SAMPLE_SLIP: BillSlip = {
  billerId: '099400000012300',
  taxId: '0994000000123',
  suffix: '00',
  ref1: '256900000000000013',
  ref2: '02536359007',
  amountSatang: 1000,
  agencyName: { th: 'สำนักงานเขตคลองเตย', en: 'Khlong Toei District Office' },
  payerName: 'นายสมชาย ใจดี',
  licenceName: { th: 'ใบอนุญาตก่อสร้างอาคาร', en: 'Building permit' },
  trackingNumber: 'BP2569-00000001',
  dueAt: new Date('2027-01-08T05:00:00Z'),
  amountWordsTh: 'สิบบาทถ้วน',
  issuedAt: new Date('2026-12-09T05:00:00Z'),
};

/** zbarimg's reading of every code on the PDF's pages at 200 dpi, one per line (CR kept). */
export function scanPdf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bill-slip-'));
  try {
    writeFileSync(join(dir, 'slip.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '200', join(dir, 'slip.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    return execFileSync('zbarimg', ['--raw', '-q', ...pages.map((p) => join(dir, p))]).toString('latin1').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the bill payment slip', () => {
  it('encodes Code 128: start B, values, the weighted checksum mod 103, stop; sets A for CR and C for digit runs', () => {
    // 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879 ≡ 55 (mod 103)
    expect(code128Values('PJJ123C')).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
    // | in B, 1234 in C, CR in A: 104 + 92·1 + 99·2 + 12·3 + 34·4 + 101·5 + 77·6 = 1533 ≡ 91
    expect(code128Values('|1234\r')).toEqual([104, 92, 99, 12, 34, 101, 77, 91, 106]);
  });

  it('carries a barcode and a QR code that zbarimg reads and promptparse parses back', async () => {
    const pdf = await renderBillSlipPdf(SAMPLE_SLIP);
    const codes = scanPdf(pdf);
    const barcode = codes.find((c) => c.startsWith('|'));
    const qr = codes.find((c) => c.startsWith('000201'));
    expect(codes).toHaveLength(2);
    expect(parseBarcode(barcode!)).toMatchObject({ billerId: SAMPLE_SLIP.billerId, ref1: SAMPLE_SLIP.ref1, ref2: SAMPLE_SLIP.ref2, amount: 10 });
    expect(validate.billPayment(qr!)).toEqual({ billerId: SAMPLE_SLIP.billerId, ref1: SAMPLE_SLIP.ref1, ref2: SAMPLE_SLIP.ref2, amount: 10 });
  });
});
