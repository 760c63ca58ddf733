import { addWorkingDays, bahtToSatang, formatThaiDate, buddhistYear, isValidThaiNationalId, thaiIdCheckDigit, thaiNationalIdProblem } from '.';

describe('Thai national ID', () => {
  it('accepts IDs whose check digit matches', () => {
    expect(isValidThaiNationalId('1101700230705')).toBe(thaiIdCheckDigit('110170023070') === 5);
    const first12 = '310100012345';
    expect(isValidThaiNationalId(first12 + thaiIdCheckDigit(first12))).toBe(true);
  });
  it('rejects a wrong check digit, wrong length and non-digits with a reason', () => {
    const first12 = '310100012345';
    const wrong = first12 + ((thaiIdCheckDigit(first12) + 1) % 10);
    expect(isValidThaiNationalId(wrong)).toBe(false);
    expect(thaiNationalIdProblem(wrong)).toMatch(/check digit/);
    expect(thaiNationalIdProblem('12345')).toMatch(/13 digits/);
    expect(thaiNationalIdProblem('31010001234a5')).toMatch(/13 digits/);
    expect(thaiNationalIdProblem(1234567890123)).toMatch(/13 digits/);
  });
});

describe('Buddhist era', () => {
  it('formats Thai long dates with the Buddhist year', () => {
    const d = new Date('2026-11-22T03:00:00Z');
    expect(buddhistYear(d)).toBe(2569);
    expect(formatThaiDate(d)).toBe('22 พฤศจิกายน 2569');
  });
  it('uses Bangkok time at the year boundary', () => {
    expect(buddhistYear(new Date('2026-12-31T18:00:00Z'))).toBe(2570);
  });
});

describe('money', () => {
  it('converts baht to integer satang', () => {
    expect(bahtToSatang(2000)).toBe(200000);
    expect(bahtToSatang(0.1 + 0.2)).toBe(30);
    expect(() => bahtToSatang(-1)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('skips weekends in Bangkok time', () => {
    // Friday 2026-11-20 10:00 Bangkok
    const friday = new Date('2026-11-20T03:00:00Z');
    expect(addWorkingDays(friday, 1).toISOString()).toBe('2026-11-23T03:00:00.000Z');
    expect(addWorkingDays(friday, 5).toISOString()).toBe('2026-11-27T03:00:00.000Z');
    expect(addWorkingDays(friday, 0)).toEqual(friday);
  });
  it('skips the given holidays', () => {
    const friday = new Date('2026-12-04T03:00:00Z');
    // Monday 7 December is a substitute holiday for 5 December in this example
    expect(addWorkingDays(friday, 1, new Set(['2026-12-07'])).toISOString()).toBe('2026-12-08T03:00:00.000Z');
  });
});
