import { bangkokToday, endOfBangkokDay, isCalendarDate, latestValidUntil } from './grant-dates';

describe('grant dates', () => {
  it('takes today in Bangkok, seven hours ahead of UTC', () => {
    expect(bangkokToday(new Date('2026-12-06T16:59:59Z'))).toBe('2026-12-06');
    expect(bangkokToday(new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
  });

  it('ends a grant at the Bangkok midnight after its last day', () => {
    expect(endOfBangkokDay('2027-01-06').toISOString()).toBe('2027-01-06T17:00:00.000Z');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(['2027-01-06', '2028-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2027-02-29', '2027-13-01', '2027-1-6', '06/01/2570', '', 20270106, null].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false]);
  });

  it('lets a grant run a year at most: to the same day next year, 28 February from 29 February', () => {
    expect(latestValidUntil('2026-12-06')).toBe('2027-12-06');
    expect(latestValidUntil('2028-02-29')).toBe('2029-02-28');
  });
});
