import { buddhistYear } from '@bizportal/common';
import { hearingClosesAt } from './hearing-times';

describe('hearing times', () => {
  it('closes at the end of the Bangkok day `days` calendar days later', () => {
    // 10:00 Bangkok on 1 March 2027 (03:00 UTC): 15 days → 16 March 2027 23:59:59.999 Bangkok = 16:59:59.999 UTC.
    expect(hearingClosesAt(new Date('2027-03-01T03:00:00Z'), 15).toISOString()).toBe('2027-03-16T16:59:59.999Z');
    // 23:30 Bangkok on 1 March (16:30 UTC) is still 1 March in Bangkok.
    expect(hearingClosesAt(new Date('2027-03-01T16:30:00Z'), 7).toISOString()).toBe('2027-03-08T16:59:59.999Z');
    // 00:30 Bangkok on 2 March (17:30 UTC on 1 March) is 2 March in Bangkok.
    expect(hearingClosesAt(new Date('2027-03-01T17:30:00Z'), 7).toISOString()).toBe('2027-03-09T16:59:59.999Z');
  });

  it('numbers by the Buddhist year in Bangkok', () => {
    expect(buddhistYear(new Date('2026-12-31T17:00:00Z'))).toBe(2570);
    expect(buddhistYear(new Date('2026-12-31T16:59:59Z'))).toBe(2569);
  });
});
