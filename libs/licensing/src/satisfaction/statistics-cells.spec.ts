import { addMonths, bangkokMonth, bangkokMonthStart, completionFigures, monthList, monthSpan, periodFigures, satisfactionFigures, statisticsCells } from './statistics-cells';

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

  it('sums the period and each month before withholding, so small cells add up to a figure that is shown', () => {
    // Three offices with 2 ratings each: every cell withheld, the month's 6 shown.
    const ratings = ['x', 'y', 'z'].map((agencyId, i) => ({ month: '2026-11', licenceType: 'a', agencyId, score: 3 + i, count: 2 }));
    const started = [
      { month: '2026-11', licenceType: 'a', agencyId: 'x', started: 3, completed: 2, abandoned: 1 },
      { month: '2026-11', licenceType: 'a', agencyId: 'y', started: 3, completed: 1, abandoned: 0 },
      { month: '2026-12', licenceType: 'a', agencyId: 'x', started: 2, completed: 0, abandoned: 0 },
    ];
    expect(statisticsCells(ratings, started).filter((c) => c.month === '2026-11').map((c) => c.satisfaction.suppressed)).toEqual([true, true, true]);
    const period = periodFigures(ratings, started, monthList('2026-10', '2026-12'));
    expect(period.overall.satisfaction).toEqual({ ratings: 6, meanScore: 4, distribution: [{ score: 1, count: 0 }, { score: 2, count: 0 }, { score: 3, count: 2 }, { score: 4, count: 2 }, { score: 5, count: 2 }], suppressed: false });
    expect(period.overall.completion).toEqual({ started: 8, completed: 3, abandoned: 1, inProgress: 4, rate: 0.375, suppressed: false });
    expect(period.months.map((m) => [m.month, m.satisfaction.ratings, m.satisfaction.meanScore, m.completion.started, m.completion.rate, m.completion.suppressed])).toEqual([
      ['2026-10', 0, null, 0, null, false],
      ['2026-11', 6, 4, 6, 0.5, false],
      ['2026-12', 0, null, null, null, true],
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
    expect(monthList('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
