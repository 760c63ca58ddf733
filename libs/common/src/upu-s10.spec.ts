import fc from 'fast-check';
import { isUpuS10, s10CheckDigit } from './upu-s10';

describe('UPU S10 tracking numbers', () => {
  it('accepts the standard example and real-shaped Thai numbers', () => {
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(isUpuS10('EE123456785TH')).toBe(true);
    expect(isUpuS10('RB000000005TH')).toBe(true);
  });

  it('maps a remainder of 1 (check 10) to 0 and a remainder of 0 (check 11) to 5', () => {
    expect(s10CheckDigit('00000001')).toBe(4); // sum 7: 11 − 7
    expect(s10CheckDigit('00000008')).toBe(0); // sum 56, 56 mod 11 = 1: 11 − 1 = 10 → 0
    expect(s10CheckDigit('00000000')).toBe(5); // sum 0: 11 − 0 = 11 → 5
  });

  it('refuses a wrong check digit, lower case, a wrong length or a missing country', () => {
    for (const bad of ['EE123456784TH', 'ee123456785th', 'EE12345678TH', 'EE1234567855TH', 'EE123456785T', 'E1123456785TH', 'EE123456785T1', '', 42, null]) {
      expect(isUpuS10(bad)).toBe(false);
    }
  });

  it('accepts exactly one check digit for every serial, which follows the weights 8 6 4 2 3 5 9 7', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[A-Z]{2}$/), (serial, service, country) => {
        const sum = [8, 6, 4, 2, 3, 5, 9, 7].reduce((t, w, i) => t + w * Number(serial[i]), 0);
        const expected = { 10: 0, 11: 5 }[11 - (sum % 11)] ?? 11 - (sum % 11);
        const accepted = [...'0123456789'].filter((d) => isUpuS10(`${service}${serial}${d}${country}`));
        expect(accepted).toEqual([String(expected)]);
      }),
    );
  });
});
