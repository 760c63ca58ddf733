/**
 * What the area data costs: the API's start-up and memory, and GET /areas?parent= through HTTP, on SQLite and, when
 * DATABASE_URL names a PostgreSQL server, on PostgreSQL too.
 *
 *   npm run bench:areas
 *   WORKFLOWS_DIR=/some/older/workflows npm run bench:areas     (the same figures for another areas.json)
 *
 * Per database, in a child process: the app is started on an empty database (migrations, the areas and offices
 * seeded, demo data) and closed, then started again on the same database (areas already there: the file is read,
 * checked and compared), both timed from createApp to init; the process's RSS and V8 heap (after a forced GC when
 * node runs with --expose-gc) are read after the second start. Then, listening, GET /areas (provinces), a
 * province's districts and a district's subdistricts (with their local offices) are asked BENCH_AREAS_REQUESTS
 * times each after 30 unmeasured ones, with median and p95 in ms, beside GET /health in the same run.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchEntry, onEachDatabase } from './databases';
import { median, p95, timeEach } from './stats';

const REQUESTS = Number(process.env.BENCH_AREAS_REQUESTS ?? 300);
const WARMUP = 30;

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const agent = new http.Agent({ keepAlive: false });
  return new Promise((done, fail) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const startOnce = async () => {
    const started = performance.now();
    const app = await createApp();
    await app.init();
    return { app, ms: performance.now() - started };
  };
  const first = await startOnce();
  await first.app.close();
  const second = await startOnce();
  const app = second.app;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  console.log(`  start on an empty database ${first.ms.toFixed(0)} ms, again on the seeded one ${second.ms.toFixed(0)} ms`);
  console.log(`  after start: RSS ${mb(memory.rss)}, V8 heap used ${mb(memory.heapUsed)}${(globalThis as { gc?: unknown }).gc ? ' (after GC)' : ' (no --expose-gc)'}`);
  await app.listen(0, '127.0.0.1');
  try {
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const provinces = JSON.parse((await get(port, '/api/v1/areas')).body) as { items: { code: string; areasListed: boolean }[] };
    console.log(`  ${provinces.items.length} provinces, ${provinces.items.filter((p) => p.areasListed).length} with their areas listed`);
    const cases: [string, string][] = [
      ['baseline GET /health', '/health'],
      ['GET /areas (77 provinces)', '/api/v1/areas'],
      ['GET /areas?parent=30 (Nakhon Ratchasima: 32 districts)', '/api/v1/areas?parent=30'],
      ['GET /areas?parent=3001 (Mueang Nakhon Ratchasima: its subdistricts)', '/api/v1/areas?parent=3001'],
      ['GET /areas?parent=1033 (Khlong Toei, served by a BMA office)', '/api/v1/areas?parent=1033'],
    ];
    for (const [name, path] of cases) {
      const probe = await get(port, path);
      if (probe.status === 404) {
        console.log(`  ${name}: not in this area data (404)`);
        continue;
      }
      const once = async () => {
        const res = await get(port, path);
        if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.body.slice(0, 200)}`);
      };
      const samples = await timeEach(once, { requests: REQUESTS, warmup: WARMUP });
      console.log(`  ${name}: median ${median(samples).toFixed(1)} ms, p95 ${p95(samples).toFixed(1)} ms`);
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const workflows = process.env.WORKFLOWS_DIR ?? resolve(__dirname, '../../workflows');
  console.log(`Area data: ${workflows}/areas.json, ${REQUESTS} requests per case`);
  await onEachDatabase(__filename, {
    NODE_ENV: 'test',
    WORKFLOWS_DIR: workflows,
    SEED_DEMO_DATA: 'true',
    DEV_LOGIN_ENABLED: 'true',
    LOG_LEVEL: 'silent',
    OUTBOX_RUNNER_ENABLED: 'false',
    LICENCE_EXPIRY_INTERVAL_MS: '0',
    REMINDER_INTERVAL_MS: '0',
    HISTORY_AUDIT_INTERVAL_MS: '0',
    DIGITAL_ID_CLEANUP_INTERVAL_MS: '0',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim(),
  });
}

benchEntry(main, child);
