import { addWorkingDays, bangkokDateKey, isWorkingDay, workingDaysBetween } from './working-days';

/** 10:00 in Bangkok on a date. */
const at10 = (date: string) => new Date(`${date}T03:00:00Z`);

describe('working days with public holidays (Bangkok office days)', () => {
  // 2026-12-04 is a Friday; 2026-12-07 (Monday) is the substitution day for King Bhumibol's birthday (Saturday 5 December).
  const holidays = new Set(['2026-12-05', '2026-12-07', '2026-12-10']);

  it('one working day from the Friday before a Monday holiday is the Tuesday', () => {
    expect(addWorkingDays(at10('2026-12-04'), 1, holidays)).toEqual(at10('2026-12-08'));
    expect(addWorkingDays(at10('2026-12-04'), 1)).toEqual(at10('2026-12-07'));
  });

  it('skips a weekday holiday in the middle of the count', () => {
    // Tue 8, Wed 9, (Thu 10 Constitution Day), Fri 11, Mon 14
    expect(addWorkingDays(at10('2026-12-07'), 4, holidays)).toEqual(at10('2026-12-14'));
  });

  it('a holiday on a weekend costs nothing more than the weekend', () => {
    expect(addWorkingDays(at10('2026-12-04'), 1, new Set(['2026-12-05']))).toEqual(at10('2026-12-07'));
  });

  it('starting on a holiday or a weekend counts from the next working day', () => {
    expect(addWorkingDays(at10('2026-12-05'), 1, holidays)).toEqual(at10('2026-12-08'));
    expect(addWorkingDays(at10('2026-12-07'), 1, holidays)).toEqual(at10('2026-12-08'));
  });

  it('Songkran: three holidays in a row, then the weekend', () => {
    const songkran = new Set(['2026-04-13', '2026-04-14', '2026-04-15']);
    // Fri 10 April + 3 working days: Thu 16, Fri 17, Mon 20.
    expect(addWorkingDays(at10('2026-04-10'), 3, songkran)).toEqual(at10('2026-04-20'));
  });

  it('uses the Bangkok date, not the UTC date, near midnight', () => {
    // 23:30 Friday in Bangkok is 16:30 UTC Friday; 00:30 Saturday in Bangkok is still Friday in UTC.
    const fridayNight = new Date('2026-12-04T16:30:00Z');
    const saturdayEarly = new Date('2026-12-04T17:30:00Z');
    expect(bangkokDateKey(saturdayEarly)).toBe('2026-12-05');
    expect(isWorkingDay(fridayNight)).toBe(true);
    expect(isWorkingDay(saturdayEarly)).toBe(false);
    expect(addWorkingDays(saturdayEarly, 1, holidays).toISOString()).toBe('2026-12-07T17:30:00.000Z'); // Tuesday 00:30 in Bangkok
  });

  it('counts the working days between two instants by Bangkok dates', () => {
    expect(workingDaysBetween(at10('2026-12-04'), at10('2026-12-08'), holidays)).toBe(1);
    expect(workingDaysBetween(at10('2026-12-04'), at10('2026-12-08'))).toBe(2);
    expect(workingDaysBetween(at10('2026-12-04'), new Date('2026-12-04T10:00:00Z'), holidays)).toBe(0);
    expect(workingDaysBetween(at10('2026-12-11'), at10('2026-12-04'), holidays)).toBe(-3); // Tue 8, Wed 9, Fri 11
  });

  it('agrees with addWorkingDays: n working days later are n working days between', () => {
    for (let n = 0; n <= 15; n++) {
      const start = at10('2026-12-01');
      expect(workingDaysBetween(start, addWorkingDays(start, n, holidays), holidays)).toBe(n);
    }
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays(at10('2026-12-04'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(at10('2026-12-04'), 1.5)).toThrow(RangeError);
  });
});
