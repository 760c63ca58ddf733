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
