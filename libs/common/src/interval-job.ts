/**
 * Runs `work` on an interval (and once after `firstAfterMs`, when given), never two runs at once.
 * `stop()` cancels what is scheduled and waits for a run in progress. Timers do not keep the process alive.
 */
export class IntervalJob {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly onError: (error: Error) => void,
  ) {}

  /** An interval of 0 or less leaves the job off. */
  start(intervalMs: number, firstAfterMs?: number): void {
    if (intervalMs <= 0) return;
    const tick = () => {
      if (this.running) return;
      this.running = this.work()
        .catch((error: unknown) => this.onError(error as Error))
        .finally(() => (this.running = null));
    };
    if (firstAfterMs !== undefined) this.timers.push(setTimeout(tick, firstAfterMs));
    this.timers.push(setInterval(tick, intervalMs));
    for (const timer of this.timers) timer.unref();
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.running;
  }
}
