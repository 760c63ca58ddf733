/** A value read at a time. */
export interface Kept<T> {
  value: T;
  at: Date;
}

/**
 * A costly read kept for `maxAgeMs`, in the manner of a materialized view: while it is fresh every caller gets the
 * kept value; once older, callers still get it while one fresh read runs behind them; a value `usable` refuses (a new
 * month, say), or none yet, is waited for. A maximum age of 0 or less reads every time.
 */
export class KeptRead<T> {
  private kept: Kept<T> | null = null;
  private reading: Promise<Kept<T>> | null = null;

  constructor(
    private readonly read: (now: Date) => Promise<T>,
    private readonly maxAgeMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  get keeps(): boolean {
    return this.maxAgeMs > 0;
  }

  async get(now = new Date(), usable: (kept: Kept<T>) => boolean = () => true): Promise<Kept<T>> {
    if (!this.keeps) return { value: await this.read(now), at: now };
    const kept = this.kept;
    if (!kept || !usable(kept)) return this.refresh(now);
    if (now.getTime() - kept.at.getTime() >= this.maxAgeMs) this.refresh().catch((error: Error) => this.onError(error));
    return kept;
  }

  /** Reads again now (one read at a time: callers meanwhile share it). */
  refresh(now = new Date()): Promise<Kept<T>> {
    this.reading ??= this.read(now)
      .then((value) => (this.kept = { value, at: now }))
      .finally(() => (this.reading = null));
    return this.reading;
  }
}
