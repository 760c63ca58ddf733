/** The mock's pending timers (webhook retries, simulated latency), so that reset and close can cancel them all. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  after(ms: number, callback: () => void): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      callback();
    }, ms);
    this.pending.add(timer);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  cancelAll(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
