import type { StateMeta } from '@bizportal/engine';
import { officeStepsOnTime } from './on-time';

const label = { th: '-', en: '-' };
const META: Record<string, StateMeta> = {
  draft: { status: 'draft', actor: 'applicant', slaDays: null, label },
  submitted: { status: 'submitted', actor: 'officer', slaDays: 1, label },
  needs_documents: { status: 'needs_documents', actor: 'applicant', slaDays: 3, label },
  consideration: { status: 'under_consideration', actor: 'approver', slaDays: 2, label },
  issued: { status: 'completed', actor: null, slaDays: null, label },
};
const metaOf = (s: string) => META[s];
const step = (fromState: string, toState: string, iso: string) => ({ fromState, toState, createdAt: new Date(iso) });

describe('officeStepsOnTime', () => {
  // Monday 1 December 2025, 10:00 Bangkok; Friday 5 December is a holiday (King Bhumibol's birthday).
  const holidays = new Set(['2025-12-05']);

  it('is on time when each office step ends by its working-day deadline, however long the applicant takes', () => {
    const history = [
      step('draft', 'submitted', '2025-12-01T03:00:00Z'),
      step('submitted', 'needs_documents', '2025-12-02T03:00:00Z'), // exactly 1 working day
      step('needs_documents', 'submitted', '2025-12-20T03:00:00Z'), // the applicant's weeks do not count
      step('submitted', 'consideration', '2025-12-22T02:00:00Z'), // Sat 20 → Mon 22 10:00 is the deadline
      step('consideration', 'issued', '2025-12-24T02:00:00Z'), // 2 working days after Mon 22 09:00
    ];
    expect(officeStepsOnTime(history, metaOf, holidays, new Date('2025-12-24T02:00:00Z'))).toBe(true);
  });

  it('is late when one office step ends after its deadline, holidays counted', () => {
    const history = [
      step('draft', 'submitted', '2025-12-03T03:00:00Z'), // Wednesday
      step('submitted', 'consideration', '2025-12-04T03:00:00Z'),
      // consideration: 2 working days from Thu 4: (Fri 5 holiday) Mon 8, Tue 9 10:00; Tue 9 10:01 is late.
      step('consideration', 'issued', '2025-12-09T03:01:00Z'),
    ];
    expect(officeStepsOnTime(history, metaOf, holidays, new Date('2025-12-09T03:01:00Z'))).toBe(false);
    const inTime = [...history.slice(0, 2), step('consideration', 'issued', '2025-12-09T03:00:00Z')];
    expect(officeStepsOnTime(inTime, metaOf, holidays, new Date('2025-12-09T03:00:00Z'))).toBe(true);
    // Without the holiday the deadline is Monday 8.
    expect(officeStepsOnTime(inTime, metaOf, new Set(), new Date('2025-12-09T03:00:00Z'))).toBe(false);
  });

  it('ignores self-transitions (they neither enter nor leave a step)', () => {
    const history = [
      step('draft', 'submitted', '2025-12-01T03:00:00Z'),
      step('submitted', 'submitted', '2025-12-01T09:00:00Z'),
      step('submitted', 'consideration', '2025-12-02T03:00:00Z'),
      step('consideration', 'issued', '2025-12-03T03:00:00Z'),
    ];
    expect(officeStepsOnTime(history, metaOf, holidays, new Date('2025-12-03T03:00:00Z'))).toBe(true);
  });
});
