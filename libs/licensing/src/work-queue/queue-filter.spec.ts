import { workingDaysBetween } from '@bizportal/common';
import { decodeCursor, DUE_SOON_WORKING_DAYS, encodeCursor, queueClock } from './queue-filter';

const HOUR = 3600_000;

describe('queueClock', () => {
  // Around Constitution Day (Thu 10 Dec 2026) and a weekend, with an extra holiday on Tue 8 Dec.
  const holidays = new Set(['2026-12-05', '2026-12-07', '2026-12-08', '2026-12-10']);

  it('puts the due-soon boundary where the per-item rule (≤ 2 working days left) changes, for every hour of two weeks', () => {
    const start = Date.parse('2026-12-01T00:00:00Z');
    for (let nowMs = start; nowMs < start + 14 * 24 * HOUR; nowMs += 5 * HOUR) {
      const now = new Date(nowMs);
      const { dueSoonBefore } = queueClock(now, holidays);
      for (let dueMs = nowMs; dueMs < nowMs + 12 * 24 * HOUR; dueMs += HOUR) {
        const due = new Date(dueMs);
        const bySql = due.getTime() < dueSoonBefore.getTime();
        const byItem = workingDaysBetween(now, due, holidays) <= DUE_SOON_WORKING_DAYS;
        if (bySql !== byItem) throw new Error(`now ${now.toISOString()} due ${due.toISOString()}: SQL says ${bySql}, the item ${byItem}`);
      }
    }
  });
});

describe('cursor', () => {
  it('round-trips, with or without a due date, and refuses anything else with WORK_QUEUE_BAD_CURSOR', () => {
    for (const c of [
      { dueAt: new Date('2026-12-09T03:00:00.123Z'), createdAt: new Date('2026-12-01T00:00:00Z'), id: 'a1b2' },
      { dueAt: null, createdAt: new Date('2026-12-01T00:00:00Z'), id: 'z' },
    ]) {
      expect(decodeCursor(encodeCursor(c))).toEqual(c);
    }
    for (const bad of ['', '!!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[null,"nope","x"]').toString('base64url'), Buffer.from('[null,"2026-12-01T00:00:00Z",""]').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ code: 'WORK_QUEUE_BAD_CURSOR' }));
    }
  });
});
