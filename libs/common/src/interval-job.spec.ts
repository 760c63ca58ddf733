import { IntervalJob } from './interval-job';

describe('IntervalJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs on the interval, once early when asked, and never two runs at once', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const job = new IntervalJob(
      () => new Promise<void>((resolve) => ((runs += 1), (release = resolve))),
      () => undefined,
    );
    job.start(1000, 10);
    await jest.advanceTimersByTimeAsync(10);
    expect(runs).toBe(1);
    await jest.advanceTimersByTimeAsync(3000); // the first run is still going: the interval skips
    expect(runs).toBe(1);
    release();
    await jest.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    const stopped = job.stop();
    release();
    await stopped;
    await jest.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(2);
  });

  it('stays off with an interval of 0 and reports a failed run without stopping', async () => {
    const errors: string[] = [];
    let runs = 0;
    const off = new IntervalJob(async () => void (runs += 1), () => undefined);
    off.start(0, 10);
    await jest.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(0);

    const failing = new IntervalJob(
      async () => {
        runs += 1;
        throw new Error('gateway down');
      },
      (error) => errors.push(error.message),
    );
    failing.start(100);
    await jest.advanceTimersByTimeAsync(300);
    await failing.stop();
    expect(runs).toBe(3);
    expect(errors).toEqual(['gateway down', 'gateway down', 'gateway down']);
  });
});
