import { addMonths, bangkokMonth, bangkokMonthStart, completionFigures, monthSpan, satisfactionFigures, statisticsCells } from './statistics-cells';

describe('satisfaction statistics cells', () => {
  it('withholds 1–4 ratings and shows 0 and 5 or more', () => {
    for (const n of [1, 2, 3, 4]) expect(satisfactionFigures([{ score: 5, count: n }])).toEqual({ ratings: null, meanScore: null, distribution: null, suppressed: true });
    expect(satisfactionFigures([])).toEqual({ ratings: 0, meanScore: null, distribution: null, suppressed: false });
    expect(satisfactionFigures([{ score: 5, count: 3 }, { score: 2, count: 1 }, { score: 4, count: 1 }])).toEqual({
      ratings: 5,
      meanScore: 4.2,
      distribution: [{ score: 1, count: 0 }, { score: 2, count: 1 }, { score: 3, count: 0 }, { score: 4, count: 1 }, { score: 5, count: 3 }],
      suppressed: false,
    });
    expect(satisfactionFigures([{ score: 1, count: 2 }, { score: 2, count: 1 }, { score: 5, count: 3 }]).meanScore).toBe(3.17);
  });

  it('gives the completion rate of the applications started, withholding 1–4', () => {
    for (const n of [1, 4]) expect(completionFigures({ started: n, completed: n, abandoned: 0 })).toEqual({ started: null, completed: null, abandoned: null, inProgress: null, rate: null, suppressed: true });
    expect(completionFigures(undefined)).toEqual({ started: 0, completed: 0, abandoned: 0, inProgress: 0, rate: null, suppressed: false });
    expect(completionFigures({ started: 6, completed: 4, abandoned: 1 })).toEqual({ started: 6, completed: 4, abandoned: 1, inProgress: 1, rate: 0.6667, suppressed: false });
  });

  it('makes one cell per month, licence type and office found in either count, in order', () => {
    const cells = statisticsCells(
      [
        { month: '2026-12', licenceType: 'b', agencyId: 'x', score: 4, count: 2 },
        { month: '2026-11', licenceType: 'a', agencyId: 'x', score: 5, count: 7 },
      ],
      [
        { month: '2026-11', licenceType: 'a', agencyId: 'x', started: 9, completed: 7, abandoned: 0 },
        { month: '2026-11', licenceType: 'a', agencyId: 'w', started: 5, completed: 0, abandoned: 5 },
      ],
    );
    expect(cells.map((c) => [c.month, c.licenceType, c.agencyId, c.satisfaction.ratings, c.satisfaction.suppressed, c.completion.started, c.completion.rate])).toEqual([
      ['2026-11', 'a', 'w', 0, false, 5, 0],
      ['2026-11', 'a', 'x', 7, false, 9, 0.7778],
      ['2026-12', 'b', 'x', null, true, 0, null],
    ]);
  });

  it('reckons months in Bangkok time', () => {
    expect(bangkokMonth(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11');
    expect(bangkokMonth(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12');
    expect(bangkokMonthStart('2026-12').toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-12', -11)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthSpan('2026-01', '2026-12')).toBe(12);
    expect(monthSpan('2025-01', '2026-12')).toBe(24);
  });
});
