import type { ApplicationEventEntity } from './application.entities';
import { chainedEvent, eventHash, firstBrokenLink, genesisHash, recomputedChain, recomputedHeadAt } from './event-chain';

function chain(applicationId: string, count: number): ApplicationEventEntity[] {
  const events: ApplicationEventEntity[] = [];
  let prev = genesisHash(applicationId);
  for (let seq = 1; seq <= count; seq++) {
    const row = {
      id: `e${seq}`,
      applicationId,
      seq,
      type: 'ACCEPT',
      fromState: 's' + seq,
      toState: 's' + (seq + 1),
      status: 'checking' as const,
      actorId: 'officer',
      actorRoles: ['officer' as const],
      actorAgencyId: 'office-a',
      comment: seq === 2 ? 'เอกสารครบ' : null,
      data: seq === 3 ? { result: 'pass' } : null,
      createdAt: new Date(Date.UTC(2026, 10, 22, 3, seq)),
    };
    const hash = eventHash(prev, row);
    events.push({ ...row, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe('hash-chained application history', () => {
  it('verifies an intact chain', () => {
    expect(firstBrokenLink('app-1', chain('app-1', 4))).toBeNull();
  });

  it('finds an edited comment, an edited actor and an edited time', () => {
    for (const edit of [
      (e: ApplicationEventEntity) => (e.comment = 'แก้ไขภายหลัง'),
      (e: ApplicationEventEntity) => (e.actorId = 'someone-else'),
      (e: ApplicationEventEntity) => (e.createdAt = new Date(e.createdAt.getTime() + 1000)),
      (e: ApplicationEventEntity) => (e.data = { result: 'fail' }),
    ]) {
      const events = chain('app-1', 4);
      edit(events[1]);
      expect(firstBrokenLink('app-1', events)).toBe(2);
    }
  });

  it('finds a removed row, a reordered chain and a chain moved to another application', () => {
    const events = chain('app-1', 4);
    expect(firstBrokenLink('app-1', [events[0], events[2], events[3]])).toBe(3);
    expect(firstBrokenLink('app-1', [events[1], events[0]])).toBe(2);
    expect(firstBrokenLink('app-2', events)).toBe(1);
  });

  it('builds each next row with chainedEvent, numbered and linked to the one before', () => {
    const officer = { id: 'officer', roles: ['officer' as const], agencyId: 'office-a' };
    const step = (n: number) => ({ applicationId: 'app-1', fromState: `s${n}`, toState: `s${n + 1}`, status: 'checking' as const, at: new Date(Date.UTC(2026, 10, 22, 3, n)) });
    const first = chainedEvent(null, 'e1', { type: 'RECEIVE', actor: officer, comment: '  ', data: {} }, step(1));
    const second = chainedEvent(first, 'e2', { type: 'ACCEPT', actor: officer, comment: ' เอกสารครบ ', data: { result: 'pass' } }, step(2));
    expect(first).toMatchObject({ seq: 1, prevHash: genesisHash('app-1'), comment: null, data: null, actorId: 'officer', actorAgencyId: 'office-a' });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, comment: 'เอกสารครบ', data: { result: 'pass' } });
    expect(firstBrokenLink('app-1', [first, second])).toBeNull();
    expect(firstBrokenLink('app-1', [first, { ...second, toState: 's9' }])).toBe(2);
  });
});

describe('the chain recomputed from the rows’ content', () => {
  it('equals the stored hashes when untouched, and differs from an edited row on', () => {
    const events = chain('app-1', 4);
    expect(recomputedChain('app-1', events)).toEqual(events.map((e) => ({ seq: e.seq, hash: e.hash })));
    const edited = events.map((e) => ({ ...e }));
    edited[1].comment = 'แก้ไขภายหลัง';
    const recomputed = recomputedChain('app-1', edited);
    expect(recomputed[0].hash).toBe(events[0].hash);
    expect(recomputed.slice(1).every((link, i) => link.hash !== events[i + 1].hash)).toBe(true);
    expect(recomputedHeadAt('app-1', recomputed, 1)).toBe(events[0].hash);
    expect(recomputedHeadAt('app-1', recomputed, 0)).toBe(genesisHash('app-1'));
    // A removed row: the head at its seq is the row before, and everything after it differs.
    const gap = recomputedChain('app-1', [events[0], events[2], events[3]]);
    expect(recomputedHeadAt('app-1', gap, 2)).toBe(events[0].hash);
    expect(recomputedHeadAt('app-1', gap, 4)).not.toBe(events[3].hash);
  });
});
