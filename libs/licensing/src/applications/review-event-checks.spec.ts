import { inspectionScheduleProblem } from './review-event-checks';

const window = { from: '09:00', to: '12:00' };
const codeOf = (data: Record<string, unknown>, today: string) => inspectionScheduleProblem(data, today)?.code ?? null;

describe('inspectionScheduleProblem', () => {
  it('takes today and exactly 365 days ahead, refuses the day before and the day after', () => {
    expect(codeOf({ date: '2026-12-05', window }, '2026-12-05')).toBeNull();
    expect(codeOf({ date: '2027-12-05', window }, '2026-12-05')).toBeNull();
    expect(codeOf({ date: '2026-12-04', window }, '2026-12-05')).toBe('INSPECTION_DATE_IN_PAST');
    expect(codeOf({ date: '2027-12-06', window }, '2026-12-05')).toBe('INSPECTION_DATE_TOO_FAR');
  });

  it('counts a leap day: from 2027-03-01, 2028-02-29 is 365 days ahead and 2028-03-01 is 366', () => {
    expect(codeOf({ date: '2028-02-29', window }, '2027-03-01')).toBeNull();
    expect(codeOf({ date: '2028-03-01', window }, '2027-03-01')).toBe('INSPECTION_DATE_TOO_FAR');
  });

  it('works when today is 1900-01-01 (no two-digit-year quirk) and 9999-12-31 (the range passes year 9999)', () => {
    expect(codeOf({ date: '1900-01-01', window }, '1900-01-01')).toBeNull();
    expect(codeOf({ date: '1900-12-31', window }, '1900-01-01')).toBeNull();
    expect(codeOf({ date: '1899-12-31', window }, '1900-01-01')).toBe('INSPECTION_DATE_IN_PAST');
    expect(codeOf({ date: '0050-01-01', window }, '1900-01-01')).toBe('INSPECTION_DATE_IN_PAST');
    expect(codeOf({ date: '9999-12-31', window }, '9999-12-31')).toBeNull();
    expect(codeOf({ date: '9999-12-30', window }, '9999-12-31')).toBe('INSPECTION_DATE_IN_PAST');
  });

  it('refuses a window that does not start before it ends, or lies outside 06:00–20:00', () => {
    const today = '2026-12-05';
    expect(codeOf({ date: today, window: { from: '06:00', to: '20:00' } }, today)).toBeNull();
    expect(codeOf({ date: today, window: { from: '10:00', to: '10:00' } }, today)).toBe('INSPECTION_WINDOW_INVALID');
    expect(codeOf({ date: today, window: { from: '13:00', to: '09:00' } }, today)).toBe('INSPECTION_WINDOW_INVALID');
    expect(codeOf({ date: today, window: { from: '05:59', to: '09:00' } }, today)).toBe('INSPECTION_WINDOW_OUTSIDE_HOURS');
    expect(codeOf({ date: today, window: { from: '19:00', to: '20:01' } }, today)).toBe('INSPECTION_WINDOW_OUTSIDE_HOURS');
  });

  it('leaves malformed dates and times to the vocabulary (EVENT_INVALID)', () => {
    expect(codeOf({ date: '2026-02-30', window }, '2026-12-05')).toBeNull();
    expect(codeOf({ date: 'soon', window: { from: '9:00', to: '25:00' } }, '2026-12-05')).toBeNull();
  });
});
