import { KeptRead } from './kept-read';

describe('KeptRead', () => {
  /** A read that counts, and that waits while the gate is shut. */
  const counter = () => {
    let reads = 0;
    let gate: Promise<void> = Promise.resolve();
    let open = () => undefined as void;
    return {
      read: async () => {
        const n = ++reads;
        await gate;
        return n;
      },
      reads: () => reads,
      shut: () => (gate = new Promise<void>((done) => (open = done))),
      open: () => open(),
    };
  };

  it('reads every time with a maximum age of 0', async () => {
    const c = counter();
    const kept = new KeptRead(c.read, 0, fail);
    expect((await kept.get()).value).toBe(1);
    expect((await kept.get()).value).toBe(2);
  });

  it('keeps a value while fresh, serves it stale while one fresh read runs, and waits when it is unusable', async () => {
    const c = counter();
    const kept = new KeptRead(c.read, 60_000, fail);
    const t0 = new Date();
    const first = await kept.get(t0);
    expect(first).toEqual({ value: 1, at: t0 });
    expect(await kept.get(new Date(t0.getTime() + 59_999))).toBe(first);
    // Stale: answered with the kept value, one read behind it however many ask.
    const stale = new Date(t0.getTime() + 60_000);
    c.shut();
    expect((await kept.get(stale)).value).toBe(1);
    expect((await kept.get(stale)).value).toBe(1);
    expect(c.reads()).toBe(2);
    const behind = kept.refresh();
    c.open();
    expect((await behind).value).toBe(2);
    expect(c.reads()).toBe(2);
    expect((await kept.get()).value).toBe(2);
    // Unusable (say, a new month): waited for.
    expect((await kept.get(new Date(), () => false)).value).toBe(3);
  });

  it('shares one read between callers and reports a failed background read', async () => {
    const errors: Error[] = [];
    let fail = false;
    let reads = 0;
    const kept = new KeptRead(async () => {
      reads++;
      if (fail) throw new Error('database gone');
      return reads;
    }, 1, (e) => errors.push(e));
    const [a, b] = await Promise.all([kept.get(), kept.get()]);
    expect([a.value, b.value, reads]).toEqual([1, 1, 1]);
    fail = true;
    await new Promise((r) => setTimeout(r, 5));
    expect((await kept.get()).value).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(errors.map((e) => e.message)).toEqual(['database gone']);
    await expect(kept.refresh()).rejects.toThrow('database gone');
  });
});

function fail(error: Error): never {
  throw error;
}
