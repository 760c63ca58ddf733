import { performance } from 'node:perf_hooks';

/** The middle value (mean of the two middle ones for an even count): what the benches quote on a noisy machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank percentile, `p` from 0 to 100: the smallest value with at least p% of the values at or below it (NaN for none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The 95th percentile, nearest rank: the figure the latency targets are written against. */
export const p95 = (values: number[]): number => percentile(values, 95);

/**
 * Runs `run` `warmup` times unmeasured (JIT, caches, keep-alive), then `requests` times one after another,
 * timing each: the samples in ms, in the order they were taken.
 */
export async function timeEach(run: () => Promise<unknown>, { requests, warmup }: { requests: number; warmup: number }): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}
