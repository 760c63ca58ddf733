import bwipjs from 'bwip-js';
import { parseBarcode, validate } from 'promptparse';
import { renderBillSlipPdf, type BillSlip } from './bill-slip-pdf';
import { code128Bars } from './bill-barcode';
// The same reading the e2e and browser suites use.
import { scanPdf } from '../../../test/pdf-tools/codes';

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

describe('the bill payment slip', () => {
  it('takes the bars from bwip-js drawing: the same as its raw space/bar widths, start B first, the stop pattern last', () => {
    const text = '|0994000000123\r2569\r1000';
    const symbol = code128Bars(text);
    const widths = bwipjs.raw('code128', text.replace(/\r/g, '^013'), { parse: true })[0] as { sbs: number[] };
    let at = 0;
    const bars: { x: number; width: number }[] = [];
    widths.sbs.forEach((w, i) => {
      if (i % 2 === 0) bars.push({ x: at, width: w });
      at += w;
    });
    expect(symbol.bars).toEqual(bars);
    expect(symbol.modules).toBe(at);
    expect(widths.sbs.slice(0, 6)).toEqual([2, 1, 1, 2, 1, 4]); // start B (the string opens with |, set B only)
    expect(widths.sbs.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]); // stop
    expect(() => code128Bars('ก')).toThrow();
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
