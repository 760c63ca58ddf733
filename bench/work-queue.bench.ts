/**
 * GET /work-queue for a big office, through the real HTTP app (createApp) with a bearer token, on SQLite and,
 * when DATABASE_URL names a PostgreSQL server, on PostgreSQL too.
 *
 *   npm run bench:work-queue
 *
 * One office (bma-khlong-toei) gets BENCH_QUEUE_APPLICATIONS open applications (10,000) inserted in bulk, with a
 * spread like a real office's: 70% waiting for an officer, 30% for an approver, due from 10 days behind to
 * 20 days ahead (5% without a due date), 40% unassigned and the rest held by its staff, mostly new requests, in
 * a few subdistricts; other offices and finished applications add half as many rows again. Then, as the head of
 * office (who sees every office role, the heaviest queue): the first page, a filtered page, the second page by
 * cursor and the dashboard, each BENCH_QUEUE_REQUESTS times after a warm-up, with median and p95 in ms; the
 * baselines, measured in the same run: GET /health (the HTTP stack and the token check, no query) and the bare
 * SQL of the first page's SELECT through the same connection. It prints each database's plan for that SELECT.
 *
 * Each database runs in a child process (this file again, with `--child`): the app module reads the environment
 * when it is loaded.
 *
 * Environment:
 *   BENCH_QUEUE_APPLICATIONS  open applications in the office (10000)
 *   BENCH_QUEUE_REQUESTS      measured requests per case (300), after 30 unmeasured ones
 *   DATABASE_URL              postgres://… to run PostgreSQL too (a fresh schema of its own, dropped at the end)
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import type { ApplicationKind, StateActor, Status } from '@bizportal/engine';
import { ApplicationEntity, CatalogueService, sampleApplicationRow } from '@bizportal/licensing';
import { benchEntry, onEachDatabase } from './databases';
import { median, p95, timeEach } from './stats';

const OPEN = Number(process.env.BENCH_QUEUE_APPLICATIONS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_QUEUE_REQUESTS ?? 300);
const WARMUP = 30;
const TARGET_P95_MS = 50;
const OFFICE = 'bma-khlong-toei';
const LICENCE_TYPE = 'food-premises-permit';
const DAY = 24 * 60 * 60 * 1000;

/** A seeded generator, so every run inserts the same spread. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function seed(dataSource: DataSource, catalogue: CatalogueService): Promise<void> {
  const type = await catalogue.licenceType(LICENCE_TYPE);
  const workflow = await catalogue.workflow(LICENCE_TYPE, type.currentVersion);
  const states = Object.entries(workflow.definition.machine.states);
  const waitingFor = (actor: StateActor) => states.filter(([, s]) => s.meta.actor === actor).map(([name, s]) => ({ name, status: s.meta.status }));
  const officerStates = waitingFor('officer');
  const approverStates = waitingFor('approver');
  const applicantStates = waitingFor('applicant');
  const doneState = states.find(([, s]) => s.meta.status === 'completed')!;
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const now = Date.now();
  const subdistricts = ['103301', '103302', '103303'];
  const kinds: ApplicationKind[] = [...Array(40).fill('new'), ...Array(5).fill('renew'), ...Array(4).fill('amend'), 'cancel'];

  const row = (i: number, agencyId: string, state: { name: string; status: Status }, awaiting: StateActor | null, holder: string | null, dueAt: Date | null): ApplicationEntity => {
    const createdAt = new Date(now - (30 + rand() * 60) * DAY);
    return sampleApplicationRow({
      index: i,
      id: randomUUID(),
      trackingNumber: `BQ${String(i).padStart(8, '0')}`,
      licenceType: LICENCE_TYPE,
      workflowVersion: type.currentVersion,
      kind: pick(kinds),
      agencyId,
      assignedTo: holder,
      assignedAt: holder ? new Date(now - rand() * 5 * DAY) : null,
      state: state.name,
      status: state.status,
      awaitingActor: awaiting,
      subdistrictCode: pick(subdistricts),
      version: 3,
      stateEnteredAt: new Date(now - rand() * 10 * DAY),
      dueAt,
      createdAt,
      updatedAt: new Date(now),
    });
  };

  const rows: ApplicationEntity[] = [];
  for (let i = 0; i < OPEN; i++) {
    const toApprover = rand() < 0.3;
    const state = pick(toApprover ? approverStates : officerStates);
    const holders = toApprover ? ['user-approver-kt'] : ['user-officer-kt', 'user-officer2-kt'];
    const holder = rand() < 0.4 ? null : pick(holders);
    const dueAt = rand() < 0.05 ? null : new Date(now + (rand() * 30 - 10) * DAY);
    rows.push(row(i, OFFICE, state, toApprover ? 'approver' : 'officer', holder, dueAt));
  }
  for (let i = 0; i < OPEN / 2; i++) {
    const kind = rand();
    if (kind < 0.4) rows.push(row(OPEN + i, pick(['bma-pathum-wan', 'nonthaburi-city']), pick(officerStates), 'officer', null, new Date(now + (rand() * 30 - 10) * DAY)));
    else if (kind < 0.6) rows.push(row(OPEN + i, OFFICE, pick(applicantStates), 'applicant', null, new Date(now + rand() * 10 * DAY)));
    else rows.push(row(OPEN + i, OFFICE, { name: doneState[0], status: 'completed' }, null, null, null));
  }
  const started = performance.now();
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += 200) await manager.insert(ApplicationEntity, rows.slice(i, i + 200));
  });
  console.log(`  seeded ${rows.length} applications (${OPEN} open in ${OFFICE}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function getter(port: number, token: string) {
  // A connection per request: the server ends idle keep-alive sockets, which races a sequential client.
  const agent = new http.Agent({ keepAlive: false });
  return (path: string) =>
    new Promise<{ status: number; body: string }>((done, fail) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', fail);
    });
}

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  try {
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const dataSource = app.get(DataSource);
    const postgres = dataSource.options.type === 'postgres';
    await seed(dataSource, app.get(CatalogueService));
    // What autovacuum does after a bulk load: statistics, and the visibility map index-only scans need.
    if (postgres) await dataSource.query('VACUUM ANALYZE applications');
    else await dataSource.query('ANALYZE');

    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'head.khlongtoei' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const get = getter(port, accessToken);
    const ok = (path: string) => async () => {
      const res = await get(path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.body.slice(0, 200)}`);
      return res;
    };
    const first = JSON.parse((await ok('/api/v1/work-queue')()).body) as { items: unknown[]; nextCursor: string; counts: Record<string, number> };
    console.log(`  first page: ${first.items.length} items, counts ${JSON.stringify(first.counts)}`);

    // The first page's SELECT (the rows with a due date; they fill it), as the handler builds it, without the API around it.
    const p = postgres ? (n: number) => `$${n}` : () => '?';
    const pageSql = `SELECT * FROM applications a WHERE a.agency_id = ${p(1)} AND a.awaiting_actor IN (${p(2)}, ${p(3)}) AND a.due_at IS NOT NULL ORDER BY a.due_at ASC, a.created_at ASC, a.id ASC LIMIT 26`;
    const pageParams = [OFFICE, 'officer', 'approver'];
    const plan = await dataSource.query(`${postgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${pageSql}`, pageParams);
    console.log(`  plan of the first page's SELECT:\n${(plan as Record<string, unknown>[]).map((r) => `    ${String(r['QUERY PLAN'] ?? r.detail)}`).join('\n')}`);
    const countSql = `SELECT COUNT(*), SUM(CASE WHEN a.assigned_to IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN a.due_at < ${p(4)} THEN 1 ELSE 0 END) FROM applications a WHERE a.agency_id = ${p(1)} AND a.awaiting_actor IN (${p(2)}, ${p(3)})`;
    const countPlan = await dataSource.query(`${postgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${countSql}`, [...pageParams, new Date().toISOString()]);
    console.log(`  plan of the counts:\n${(countPlan as Record<string, unknown>[]).map((r) => `    ${String(r['QUERY PLAN'] ?? r.detail)}`).join('\n')}`);

    const cases: [string, () => Promise<unknown>][] = [
      ['baseline GET /health', ok('/health')],
      ['baseline bare SQL of the first page', () => dataSource.query(pageSql, pageParams)],
      ['GET /work-queue (first page, 25)', ok('/api/v1/work-queue')],
      ['GET /work-queue?unassigned&overdue&kind=new', ok('/api/v1/work-queue?unassigned=true&overdue=true&kind=new')],
      ['GET /work-queue?cursor= (second page)', ok(`/api/v1/work-queue?cursor=${encodeURIComponent(first.nextCursor)}`)],
      ['GET /work-queue?limit=100', ok('/api/v1/work-queue?limit=100')],
      ['GET /work-queue/dashboard', ok('/api/v1/work-queue/dashboard')],
    ];
    const results: Record<string, number[]> = {};
    for (const [name, run] of cases) results[name] = await timeEach(run, { requests: REQUESTS, warmup: WARMUP });
    const health = median(results['baseline GET /health']);
    console.log(`  ${'case'.padEnd(46)} ${'median'.padStart(8)} ${'p95'.padStart(8)}   ×health (median)`);
    for (const [name] of cases) {
      const s = results[name];
      const flag = name.startsWith('GET /work-queue') && !name.includes('dashboard') ? (p95(s) <= TARGET_P95_MS ? '  ✓ p95 ≤ 50 ms' : '  ✗ p95 > 50 ms') : '';
      console.log(`  ${name.padEnd(46)} ${median(s).toFixed(2).padStart(8)} ${p95(s).toFixed(2).padStart(8)}   ${(median(s) / health).toFixed(1).padStart(6)}${flag}`);
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`Work queue: ${OPEN} open applications in one office; ${REQUESTS} requests per case after ${WARMUP} warm-up ones, one at a time. Node ${process.version}, ${cpus().length} CPU(s).`);
  await onEachDatabase(__filename, { NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'true', DEV_LOGIN_ENABLED: 'true', OUTBOX_RUNNER_ENABLED: 'false', WORKFLOWS_DIR: resolve(__dirname, '../../workflows') });
}

benchEntry(main, child);
