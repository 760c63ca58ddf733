import { clockStopped, stepClock, type Clock, type ClockStep } from './statistics-clock';
import { figuresOf, percentile, emptySums } from './statistics-figures';
import { csvField, toCsv, OPEN_DATA_COLUMNS, openDataRow } from './open-data';

// The 2026 holidays this example crosses (workflows/holidays.json): Makha Bucha Tue 3 March, Chakri Day Mon 6 April,
// Songkran Mon 13 – Wed 15 April.
const HOLIDAYS = new Set(['2026-03-03', '2026-04-06', '2026-04-13', '2026-04-14', '2026-04-15']);
const at = (local: string) => new Date(`${local}+07:00`);

function replay(steps: [event: string, status: ClockStep['status'], awaiting: ClockStep['awaiting'], local: string, statutory?: number | null][]) {
  let clock: Clock | null = null;
  const tallies = [];
  for (const [event, status, awaiting, local, statutory] of steps) {
    const result = stepClock(
      clock,
      { applicationId: 'a', licenceType: 'food-premises-permit', agencyId: 'bma-khlong-toei', event, firstSubmission: event === 'SUBMIT' && clock === null && tallies.every((t) => t.received === 0), status, awaiting, at: at(local), statutoryDays: statutory === undefined ? 30 : statutory, paymentMethod: event === 'PAYMENT_SUCCEEDED' ? 'promptpay' : undefined },
      HOLIDAYS,
    );
    clock = result.clock;
    if (result.tally) tallies.push(result.tally);
  }
  return { clock, tallies };
}

describe('the processing clock (statistics-clock.ts)', () => {
  it('counts working days from submission to decision, weekends, holidays and the applicant’s time left out', () => {
    // Submitted Thu 9 April 09:00. The office asks for documents Fri 10 April 09:00 (clock stops); the applicant
    // resubmits Mon 20 April 09:00 (clock runs); approved Wed 22 April 10:00 and waiting for the fee (stops); paid Fri
    // 24 April 10:00 (runs); licence issued Mon 27 April 11:00.
    //   whole span: working dates after 9 April up to 27 April = 10, 16, 17, 20, 21, 22, 23, 24, 27 = 9
    //     (11–12, 18–19, 25–26 weekends; 13–15 Songkran)
    //   first wait: after 10 April up to 20 April = 16, 17, 20 = 3;  second wait: after 22 April up to 24 April = 23, 24 = 2
    //   processing time = 9 − 3 − 2 = 4 working days; statutory 30 → on time.
    const { clock, tallies } = replay([
      ['SUBMIT', 'submitted', 'officer', '2026-04-09T09:00:00'],
      ['RECEIVE', 'checking', 'officer', '2026-04-09T10:00:00'],
      ['REQUEST_INFO', 'needs_documents', 'applicant', '2026-04-10T09:00:00'],
      ['RESUBMIT', 'checking', 'officer', '2026-04-20T09:00:00'],
      ['ACCEPT', 'inspection', 'officer', '2026-04-20T10:00:00'],
      ['RECORD_INSPECTION', 'under_consideration', 'approver', '2026-04-21T10:00:00'],
      ['APPROVE', 'awaiting_payment', 'applicant', '2026-04-22T10:00:00'],
      ['PAYMENT_SUCCEEDED', 'issuing', 'system', '2026-04-24T10:00:00'],
      ['LICENCE_ISSUED', 'completed', null, '2026-04-27T11:00:00'],
      // The licence's later life changes nothing.
      ['SUSPEND', 'suspended', null, '2026-05-04T11:00:00'],
      ['REINSTATE', 'completed', null, '2026-05-05T11:00:00'],
    ]);
    expect(clock).toBeNull();
    expect(tallies).toEqual([
      expect.objectContaining({ month: '2026-04', received: 1, backlog: 1 }),
      expect.objectContaining({ month: '2026-04', paymentMethod: 'promptpay', backlog: 0, completed: 0 }),
      expect.objectContaining({ month: '2026-04', completed: 1, judged: 1, onTime: 1, durationDays: 4, backlog: -1 }),
    ]);
  });

  it('judges against the statutory days with the holidays: 29 working days is on time, 33 late', () => {
    // Submitted Mon 2 March 10:00. To Fri 17 April: March 4–6, 9–13, 16–20, 23–27, 30–31 = 20 (3 March Makha Bucha),
    // April 1–3, 7–10, 16–17 = 9 (6 April Chakri Day, 13–15 Songkran) → 29 ≤ 30, on time (34 without the holidays).
    const onTime = replay([
      ['SUBMIT', 'submitted', 'officer', '2026-03-02T10:00:00'],
      ['APPROVE', 'completed', null, '2026-04-17T10:00:00'],
    ]);
    expect(onTime.tallies[1]).toMatchObject({ completed: 1, durationDays: 29, judged: 1, onTime: 1 });
    // Rejected Thu 23 April: + 20–23 April = 33 > 30, late.
    const late = replay([
      ['SUBMIT', 'submitted', 'officer', '2026-03-02T10:00:00'],
      ['REJECT', 'rejected', null, '2026-04-23T10:00:00'],
    ]);
    expect(late.tallies[1]).toMatchObject({ rejected: 1, durationDays: 33, judged: 1, onTime: 0 });
    // A licence type stating no processing days is not judged. Mon 2 → Wed 4 March: the 3rd is Makha Bucha, so 1 day.
    const unjudged = replay([
      ['SUBMIT', 'submitted', 'officer', '2026-03-02T10:00:00', null],
      ['APPROVE', 'completed', null, '2026-03-04T10:00:00', null],
    ]);
    expect(unjudged.tallies[1]).toMatchObject({ completed: 1, durationDays: 1, judged: 0, onTime: 0 });
  });

  it('stops the clock while the applicant or the public acts (a public hearing’s comment period), not while the office or the system does', () => {
    expect(['applicant', 'public', 'officer', 'approver', 'signer', 'system', null].map((a) => clockStopped(a as Parameters<typeof clockStopped>[0]))).toEqual([true, true, false, false, false, false, false]);
  });

  it('counts a withdrawal as ended but not as a decision, and a weekend as no working day', () => {
    const withdrawn = replay([
      ['SUBMIT', 'submitted', 'officer', '2026-04-24T16:00:00'],
      ['CANCEL', 'cancelled', null, '2026-04-27T09:00:00'],
    ]);
    expect(withdrawn.tallies[1]).toMatchObject({ withdrawn: 1, completed: 0, durationDays: null, backlog: -1 });
    // Fri 24 April 16:00 → Mon 27 April 09:00: one working day.
    const weekend = replay([
      ['SUBMIT', 'submitted', 'officer', '2026-04-24T16:00:00'],
      ['APPROVE', 'completed', null, '2026-04-27T09:00:00'],
    ]);
    expect(weekend.tallies[1].durationDays).toBe(1);
  });
});

describe('figures for the public (statistics-figures.ts)', () => {
  it('takes nearest-rank percentiles from a histogram', () => {
    const h = new Map([[1, 2], [2, 1], [4, 1], [29, 1], [33, 1]]);
    expect(percentile(h, 0.5)).toBe(2);
    expect(percentile(h, 0.9)).toBe(33);
    expect(percentile(new Map([[7, 1]]), 0.9)).toBe(7);
    expect(percentile(new Map(), 0.5)).toBeNull();
  });

  it('suppresses a count of 4 and shows 5; derived figures need 5 applications', () => {
    const four = { ...emptySums(), received: 4, completed: 4, judged: 4, onTime: 4, histogram: new Map([[3, 4]]) };
    const f4 = figuresOf(four);
    expect(f4).toMatchObject({ received: null, completed: null, decided: null, medianProcessingDays: null, onTimeShare: null });
    expect(f4.suppressed).toEqual(expect.arrayContaining(['received', 'completed', 'decided', 'medianProcessingDays', 'p90ProcessingDays', 'onTimeShare']));
    const five = { ...emptySums(), received: 5, completed: 5, judged: 5, onTime: 4, histogram: new Map([[3, 5]]) };
    const f5 = figuresOf(five);
    expect(f5).toMatchObject({ received: 5, completed: 5, decided: 5, medianProcessingDays: 3, p90ProcessingDays: 3, onTime: null, onTimeShare: 0.8 });
    expect(f5.suppressed).toEqual(['onTime']);
    // Zero is shown: it singles no one out.
    expect(figuresOf(emptySums())).toMatchObject({ received: 0, rejected: 0, suppressed: [] });
  });
});

describe('the CSV (open-data.ts)', () => {
  it('quotes by RFC 4180 and writes one column per dictionary entry', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(['a', 'b'])).toBe('a;b');
    const row = openDataRow(
      { month: '2026-04', licenceType: 'x', licenceTypeName: { th: 'ก, ข', en: 'X' }, officeId: 'o', officeName: { th: 'ส', en: 'O' }, statutoryDays: 30 },
      figuresOf({ ...emptySums(), received: 3 }),
    );
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFFmonth,licence_type,')).toBe(true);
    expect(csv.split('\r\n')[0].split(',')).toHaveLength(OPEN_DATA_COLUMNS.length);
    expect(csv).toContain('"ก, ข"');
    expect(row.suppressed).toEqual(['received']);
  });
});
