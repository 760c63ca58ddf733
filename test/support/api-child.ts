import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * A real API process from the sources (test/support/api-process.cjs) on the suite's database (the environment
 * startTestApp set), with `env` added. Resolves once it listens; rejects (and kills it) when it has not within
 * `timeoutMs`.
 */
export async function apiProcess(env: Record<string, string> = {}, timeoutMs = 180_000) {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'api-process.cjs')], {
    env: { ...process.env, PAYMENT_RECONCILE_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API process ${child.pid} not listening after ${timeoutMs} ms: ${errors.slice(-2000)}`));
    }, timeoutMs);
    let out = '';
    const listening = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', listening);
      resolve(Number(match[1]));
    };
    child.stdout!.on('data', listening);
    // Its log lines (LOG_LEVEL above silent) are read and dropped, so a full pipe never stops it.
    child.stdout!.resume();
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`API process ended (${code}) before listening: ${errors.slice(-2000)}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, exited, errors: () => errors };
}
