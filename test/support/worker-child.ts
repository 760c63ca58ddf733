import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface WorkerChild {
  child: ChildProcess;
  /** How the worker names itself in outbox rows (`claimed_by`) and on BullMQ jobs (`processedBy`). */
  name: string;
  healthUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The `msg` of every log line so far. */
  messages(): string[];
  /** Resolves once a log line matches (rejects after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  errors(): string;
}

/**
 * A real worker process (test/support/worker-process.cjs) on the suite's database (the environment startTestApp
 * set), with `env` added (REDIS_URL and REDIS_PREFIX at least). Logs at debug level, so each scheduled tick it runs
 * shows. Resolves once it takes work.
 */
export async function workerProcess(env: Record<string, string>): Promise<WorkerChild> {
  const child = spawn(process.execPath, [join(__dirname, 'worker-process.cjs')], {
    env: { ...process.env, LOG_LEVEL: 'debug', WORKER_HEALTH_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const messages: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let errors = '';
  let pending = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      let msg: string;
      try {
        msg = String((JSON.parse(line) as { msg?: unknown }).msg ?? '');
      } catch {
        msg = line;
      }
      messages.push(msg);
      for (const waiter of [...waiters]) {
        if (!waiter.pattern.test(msg)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(msg);
      }
    }
  });
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) => {
    const seen = messages.find((m) => pattern.test(m));
    if (seen) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker ${child.pid}: no log line like ${pattern} within ${timeoutMs} ms; stderr: ${errors.slice(-2000)}`)), timeoutMs);
      waiters.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      void exited.then(({ code, signal }) => reject(new Error(`worker ${child.pid} ended (${code ?? signal}) before logging ${pattern}: ${errors.slice(-2000)}`)));
    });
  };
  let ready: string;
  try {
    ready = await waitFor(/health on http:\/\/localhost:\d+\/health/, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const port = /localhost:(\d+)/.exec(ready)![1];
  return { child, name: `${hostname()}:${child.pid}`, healthUrl: `http://127.0.0.1:${port}/health`, exited, messages: () => [...messages], waitFor, errors: () => errors };
}

/** Stops a worker still running at the end of a test (SIGKILL: nothing of it must matter any more). */
export async function killWorker(worker: WorkerChild | undefined): Promise<void> {
  if (!worker || worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill('SIGKILL');
  await worker.exited;
}
