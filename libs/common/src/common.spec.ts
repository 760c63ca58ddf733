import {
  addWorkingDays,
  bahtToSatang,
  formatThaiDate,
  formatThaiDateTime,
  buddhistYear,
  isValidJuristicRegistrationNumber,
  isValidThaiNationalId,
  juristicRegistrationNumberProblem,
  thaiIdCheckDigit,
  thaiNationalIdProblem,
} from '.';

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

describe('juristic-person registration number', () => {
  it('accepts a DBD number (starting with 0) whose check digit matches', () => {
    // 0-10-7-537-00001-7: Bangkok, public company limited, B.E. 2537, number 1, check digit 7.
    expect(juristicRegistrationNumberProblem('0107537000017')).toBeNull();
    expect(isValidJuristicRegistrationNumber('0107537000017')).toBe(true);
    const first12 = '010556001234';
    expect(juristicRegistrationNumberProblem(first12 + thaiIdCheckDigit(first12))).toBeNull();
  });
  it('says whether the length, the leading 0 or the check digit is wrong', () => {
    const first12 = '010556001234';
    const wrong = first12 + ((thaiIdCheckDigit(first12) + 1) % 10);
    expect(isValidJuristicRegistrationNumber(wrong)).toBe(false);
    expect(juristicRegistrationNumberProblem(wrong)).toMatch(/check digit does not match/);
    expect(juristicRegistrationNumberProblem('010556001234')).toMatch(/13 digits/);
    expect(juristicRegistrationNumberProblem('01055600123a4')).toMatch(/13 digits/);
    expect(juristicRegistrationNumberProblem(105560012342)).toMatch(/13 digits/);
    // A citizen's national ID has a valid check digit but is not a company's number.
    expect(thaiNationalIdProblem('1101700230708')).toBeNull();
    expect(juristicRegistrationNumberProblem('1101700230708')).toMatch(/starts with 0/);
  });
});

describe('Buddhist era', () => {
  it('formats Thai long dates with the Buddhist year', () => {
    const d = new Date('2026-11-22T03:00:00Z');
    expect(buddhistYear(d)).toBe(2569);
    expect(formatThaiDate(d)).toBe('22 พฤศจิกายน 2569');
  });
  it('writes the time of day in Bangkok, 24-hour, after the Buddhist-era date', () => {
    expect(formatThaiDateTime(new Date('2026-11-22T03:05:00Z'))).toBe('22 พฤศจิกายน 2569 เวลา 10:05 น.');
    expect(formatThaiDateTime(new Date('2026-12-31T17:30:00Z'))).toBe('1 มกราคม 2570 เวลา 00:30 น.');
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
