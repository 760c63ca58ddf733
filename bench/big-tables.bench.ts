/**
 * The routes that read the applications table, over 1,000,000 applications, through the real HTTP app (createApp),
 * on SQLite and, when DATABASE_URL names a PostgreSQL server, on PostgreSQL too.
 *
 *   npm run bench:big-tables
 *
 * The rows are generated inside the database by one INSERT … SELECT per table (generate_series on PostgreSQL, a
 * recursive CTE on SQLite), the same spread on both: BENCH_BIG_APPLICATIONS applications (1,000,000) over the three
 * years up to now, every one held by somchai (the applicant with the most applications), across 100 local offices;
 * the newest 2.196% (21,960) are open in bma-khlong-toei, waiting for an officer (70%) or an approver (30%), due
 * from 10 days behind to 20 days ahead (5% without a due date), 40% unassigned; the rest are decided (85% completed,
 * 8% rejected, 7% cancelled). Each has two history rows: its submission and its step into the current state.
 *
 * Then, in BENCH_BIG_ROUNDS rounds (3), each case BENCH_BIG_REQUESTS times (200) after 20 unmeasured ones, one at a
 * time (a case slower than 25 ms is asked fewer times, at least 5): median and p95 in ms against the 20 ms target.
 * The baselines, measured in the same run: GET /health (the HTTP stack, no query) and, per route, the bare SQL of
 * its main SELECT through the same connection; the plan of each is printed.
 *
 * Environment: BENCH_BIG_APPLICATIONS, BENCH_BIG_REQUESTS, BENCH_BIG_ROUNDS, BENCH_BIG_CASES (run only the cases whose
 * name contains one of these comma-separated words, e.g. `dashboard`; the /health baseline always runs),
 * BENCH_DATABASES (sqlite,postgres), DATABASE_URL (postgres://… to run PostgreSQL too; a fresh schema of its own,
 * dropped at the end).
 */
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { CatalogueService } from '@bizportal/licensing';
import { benchEntry, onEachDatabase, quietAppEnv } from './databases';
import { median, p95, timeEach } from './stats';

const TOTAL = Number(process.env.BENCH_BIG_APPLICATIONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_BIG_REQUESTS ?? 200);
const ROUNDS = Number(process.env.BENCH_BIG_ROUNDS ?? 3);
const CASES = (process.env.BENCH_BIG_CASES ?? '').split(',').map((c) => c.trim()).filter(Boolean);
const WARMUP = 20;
const TARGET_P95_MS = 20;
/** A case slower than this many ms a request is asked fewer times (about 5 s a round), so a slow route cannot stall the run. */
const SLOW_MS = 25;
const OFFICE = 'bma-khlong-toei';
const OPEN_SHARE = 0.02196;
const LICENCE_TYPE = 'food-premises-permit';
const DAY_S = 24 * 60 * 60;
const APPLICANT = 'user-somchai';

interface Dialect {
  postgres: boolean;
  /** An epoch-seconds expression as the column's timestamp. */
  ts(seconds: string): string;
  /** `i` zero-padded to `width` digits. */
  digits(i: string, width: number): string;
  /** `x` in lower-case hex, zero-padded to `width`. */
  hex(x: string, width: number): string;
  /** INSERT … SELECT over i = 1..n: `select` reads `i`. */
  series(n: number, insert: string, select: string): string;
  explain(sql: string): string;
  p(n: number): string;
}

function dialectOf(dataSource: DataSource): Dialect {
  const postgres = dataSource.options.type === 'postgres';
  return postgres
    ? {
        postgres,
        ts: (s) => `to_timestamp(${s})`,
        digits: (i, w) => `lpad((${i})::text, ${w}, '0')`,
        hex: (x, w) => `lpad(to_hex(${x}), ${w}, '0')`,
        series: (n, insert, select) => `${insert} ${select} FROM generate_series(1::bigint, ${n}::bigint) AS g(i)`,
        explain: (sql) => `EXPLAIN ${sql}`,
        p: (n) => `$${n}`,
      }
    : {
        postgres,
        ts: (s) => `strftime('%Y-%m-%d %H:%M:%f', ${s}, 'unixepoch')`,
        digits: (i, w) => `printf('%0${w}d', ${i})`,
        hex: (x, w) => `printf('%0${w}x', ${x})`,
        series: (n, insert, select) => `WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ${n}) ${insert} ${select} FROM g`,
        explain: (sql) => `EXPLAIN QUERY PLAN ${sql}`,
        p: () => '?',
      };
}

/** A pseudo-random 0..999 per row and `salt`, the same on both databases. */
const r = (salt: number) => `(((i * 2654435761 + ${salt * 40503}) % 4294967296) / 7 % 1000)`;

/** `CASE expr % n WHEN 0 THEN 'a' …` over the strings, for picking one by a row's number. */
function pickFrom(values: readonly string[], expr: string): string {
  if (values.length === 1) return `'${values[0]}'`;
  return `CASE (${expr}) % ${values.length} ${values.map((v, k) => `WHEN ${k} THEN '${v}'`).join(' ')} END`;
}

async function seed(dataSource: DataSource, catalogue: CatalogueService, d: Dialect): Promise<{ openTracking: string; decidedTracking: string }> {
  const type = await catalogue.licenceType(LICENCE_TYPE);
  const workflow = await catalogue.workflow(LICENCE_TYPE, type.currentVersion);
  const states = Object.entries(workflow.definition.machine.states).map(([name, s]) => ({ name, status: s.meta.status, actor: s.meta.actor }));
  const by = (test: (s: (typeof states)[number]) => boolean) => states.filter(test);
  const officer = by((s) => s.actor === 'officer');
  const approver = by((s) => s.actor === 'approver');
  const completed = by((s) => s.status === 'completed')[0];
  const rejected = by((s) => s.status === 'rejected')[0] ?? completed;
  const cancelled = by((s) => s.status === 'cancelled')[0] ?? rejected;
  const submitted = by((s) => s.status === 'submitted')[0] ?? officer[0];
  const offices = ((await dataSource.query("SELECT id FROM agencies WHERE level = 'local' ORDER BY id")) as { id: string }[]).map((o) => o.id).filter((id) => id !== OFFICE).slice(0, 99);
  offices.push(OFFICE);

  const now = Math.floor(Date.now() / 1000);
  const span = 3 * 365 * DAY_S;
  const open = Math.round(TOTAL * OPEN_SHARE);
  const isOpen = `(i > ${TOTAL - open})`;
  const toApprover = `(${r(3)} < 300)`;
  const created = `(${now - span} + i * ${span / TOTAL})`;
  const submittedAt = `(${created} + 3600)`;
  // Open: in the state for up to 10 days (never before submission); decided: after up to 40 days, never later than now.
  const entered = `(CASE WHEN ${isOpen} THEN ${now} - ${r(6)} * 864 ELSE ${submittedAt} + ${r(6)} * 3456 END)`;
  const enteredCapped = `(CASE WHEN ${entered} < ${submittedAt} THEN ${submittedAt} WHEN ${entered} > ${now - 60} THEN ${now - 60} ELSE ${entered} END)`;
  const stateOf = (field: 'name' | 'status') =>
    `CASE WHEN ${isOpen} THEN (CASE WHEN ${toApprover} THEN ${pickFrom(approver.map((s) => s[field]), r(4))} ELSE ${pickFrom(officer.map((s) => s[field]), r(4))} END)` +
    ` WHEN ${r(3)} < 850 THEN '${completed[field]}' WHEN ${r(3)} < 930 THEN '${rejected[field]}' ELSE '${cancelled[field]}' END`;
  const agency = `CASE WHEN ${isOpen} THEN '${OFFICE}' ELSE ${pickFrom(offices, 'i')} END`;
  const awaiting = `CASE WHEN ${isOpen} THEN (CASE WHEN ${toApprover} THEN 'approver' ELSE 'officer' END) ELSE NULL END`;
  const assigned = `CASE WHEN NOT ${isOpen} OR ${r(5)} < 400 THEN NULL WHEN ${toApprover} THEN 'user-approver-kt' WHEN ${r(5)} % 2 = 0 THEN 'user-officer-kt' ELSE 'user-officer2-kt' END`;
  const due = `CASE WHEN NOT ${isOpen} OR ${r(2)} < 50 THEN NULL ELSE ${d.ts(`${now} + (${r(1)} * 30 - 10000) * ${DAY_S / 1000}`)} END`;
  const id = `(${d.hex('i', 8)} || '-0000-4000-8000-' || ${d.hex('i', 12)})`;
  const tracking = (i: string) => `('BT' || ${d.digits(i, 9)})`;

  const started = performance.now();
  await dataSource.query(
    d.series(
      TOTAL,
      'INSERT INTO applications (id, tracking_number, licence_type, workflow_version, kind, delivery_method, applicant_id, holder_type, holder_id, holder_name_th, holder_name_en, agency_id, assigned_to, assigned_at, state, status, awaiting_actor, workflow_state, form, premises, subdistrict_code, version, state_entered_at, due_at, submitted_at, created_at, updated_at)',
      `SELECT ${id}, ${tracking('i')}, '${LICENCE_TYPE}', ${type.currentVersion}, 'new', 'e-licence', '${APPLICANT}', 'person', '1101700230708', 'นายสมชาย ใจดี', 'Mr Somchai Jaidee',
        ${agency}, ${assigned}, CASE WHEN (${assigned}) IS NULL THEN NULL ELSE ${d.ts(enteredCapped)} END, ${stateOf('name')}, ${stateOf('status')}, ${awaiting},
        '{"value":"' || (${stateOf('name')}) || '","status":"active"}', '{"businessName":"ร้านทดสอบ ' || i || '","seats":40}',
        '{"address":"' || i || ' ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร","provinceCode":"10","districtCode":"1033","subdistrictCode":"103301"}', '103301', 3,
        ${d.ts(enteredCapped)}, ${due}, ${d.ts(submittedAt)}, ${d.ts(created)}, ${d.ts(enteredCapped)}`,
    ),
  );
  const applicationsDone = performance.now();
  const hash = `'${'0'.repeat(64)}'`;
  for (const seq of [1, 2]) {
    await dataSource.query(
      d.series(
        TOTAL,
        'INSERT INTO application_events (id, application_id, seq, type, from_state, to_state, status, actor_id, actor_roles, actor_agency_id, comment, data, created_at, prev_hash, hash)',
        seq === 1
          ? `SELECT ${d.hex('i', 8)} || '-0001-4000-8000-' || ${d.hex('i', 12)}, ${id}, 1, 'SUBMIT', 'draft', '${submitted.name}', '${submitted.status}', '${APPLICANT}', '["applicant"]', NULL, NULL, NULL, ${d.ts(submittedAt)}, ${hash}, ${hash}`
          : `SELECT ${d.hex('i', 8)} || '-0002-4000-8000-' || ${d.hex('i', 12)}, ${id}, 2, 'STEP', '${submitted.name}', ${stateOf('name')}, ${stateOf('status')}, 'user-officer-kt', '["officer"]', ${agency}, NULL, NULL, ${d.ts(enteredCapped)}, ${hash}, ${hash}`,
      ),
    );
  }
  const eventsDone = performance.now();
  if (d.postgres) await dataSource.query('VACUUM ANALYZE');
  else await dataSource.query('ANALYZE');
  console.log(
    `  seeded ${TOTAL} applications (${open} open in ${OFFICE}) in ${((applicationsDone - started) / 1000).toFixed(1)} s, ${2 * TOTAL} history rows in ${((eventsDone - applicationsDone) / 1000).toFixed(1)} s, analysed in ${((performance.now() - eventsDone) / 1000).toFixed(1)} s`,
  );
  const pick = async (i: number) => ((await dataSource.query(`SELECT tracking_number AS t FROM applications WHERE id = ${d.p(1)}`, [`${i.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`])) as { t: string }[])[0].t;
  return { openTracking: await pick(TOTAL - 7), decidedTracking: await pick(Math.floor(TOTAL / 3)) };
}

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  // Longer than fetch's own idle time (4 s): a case after a long one reused a socket the server had just closed (ECONNRESET).
  (app.getHttpServer() as { keepAliveTimeout: number }).keepAliveTimeout = 60_000;
  try {
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const dataSource = app.get(DataSource);
    const d = dialectOf(dataSource);
    const { openTracking, decidedTracking } = await seed(dataSource, app.get(CatalogueService), d);

    const base = `http://127.0.0.1:${port}`;
    const tokenOf = async (username: string) => {
      const res = await fetch(`${base}/api/v1/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) });
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const head = await tokenOf('head.khlongtoei');
    const applicant = await tokenOf('somchai');
    const ok = (path: string, token?: string) => async () => {
      const res = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
      return body;
    };
    const sizeOf = async (path: string, token?: string) => Buffer.byteLength(await ok(path, token)());

    const queue = JSON.parse(await ok('/api/v1/work-queue', head)()) as { items: unknown[]; nextCursor: string | null; counts: Record<string, number> };
    const mine = JSON.parse(await ok('/api/v1/applications', applicant)()) as { items: unknown[]; nextCursor?: string | null; total?: number };
    console.log(`  work queue first page: ${queue.items.length} items, ${await sizeOf('/api/v1/work-queue', head)} bytes, counts ${JSON.stringify(queue.counts)}`);
    console.log(`  applicant list first page: ${mine.items.length} items, ${await sizeOf('/api/v1/applications', applicant)} bytes, total ${JSON.stringify(mine.total)}, nextCursor ${mine.nextCursor ? 'yes' : 'no'}`);

    const p = d.p;
    const now = new Date();
    const sqlInstant = (at: Date) => (d.postgres ? at : at.toISOString().replace('T', ' ').slice(0, 23));
    const nowParam = sqlInstant(now);
    const soonParam = sqlInstant(new Date(now.getTime() + 3 * DAY_S * 1000));
    // The main SELECT of each route, as its handler sends it, without the API around it.
    const bare: Record<string, [string, unknown[]]> = {
      queue: [`SELECT * FROM applications a WHERE a.agency_id = ${p(1)} AND a.awaiting_actor IN (${p(2)}, ${p(3)}, ${p(4)}) AND a.due_at IS NOT NULL ORDER BY a.due_at ASC, a.created_at ASC, a.id ASC LIMIT 26`, [OFFICE, 'officer', 'approver', 'signer']],
      // The unassigned and overdue tabs together, the head of office's first page of them.
      'queue, unassigned and overdue': [
        `SELECT * FROM applications a WHERE a.agency_id = ${p(1)} AND a.awaiting_actor IN (${p(2)}, ${p(3)}, ${p(4)}) AND a.due_at IS NOT NULL AND a.assigned_to IS NULL AND a.due_at < ${p(5)} ORDER BY a.due_at ASC, a.created_at ASC, a.id ASC LIMIT 26`,
        [OFFICE, 'officer', 'approver', 'signer', nowParam],
      ],
      // The dashboard's per-holder pass (the office actors as literals, as the route states them for its partial index).
      dashboard: [
        `SELECT a.assigned_to, COUNT(*), SUM(CASE WHEN a.due_at < ${p(1)} THEN 1 ELSE 0 END), SUM(CASE WHEN a.due_at < ${p(2)} THEN 1 ELSE 0 END) FROM applications a WHERE a.agency_id = ${p(3)} AND a.awaiting_actor IN ('officer', 'approver', 'signer') GROUP BY a.assigned_to`,
        [nowParam, soonParam, OFFICE],
      ],
      track: [`SELECT * FROM applications a WHERE a.tracking_number = ${p(1)}`, [openTracking]],
      list: [`SELECT * FROM applications a WHERE a.applicant_id = ${p(1)} ORDER BY a.created_at DESC, a.id DESC LIMIT 21`, [APPLICANT]],
    };
    for (const [name, [sql, params]] of Object.entries(bare)) {
      const rows = (await dataSource.query(sql, params)) as Record<string, unknown>[];
      console.log(`  bare SQL of ${name}: ${rows.length} row(s)${name === 'dashboard' ? ` ${JSON.stringify(rows.map((row) => Object.values(row)))}` : ''}`);
      const plan = (await dataSource.query(d.explain(sql), params)) as Record<string, unknown>[];
      console.log(`  plan, bare SQL of ${name}:\n${plan.map((row) => `    ${String(row['QUERY PLAN'] ?? row.detail)}`).join('\n')}`);
    }

    const allCases: [string, () => Promise<unknown>, boolean][] = [
      ['baseline GET /health', ok('/health'), false],
      ['baseline bare SQL: queue page', () => dataSource.query(...bare.queue), false],
      ['baseline bare SQL: dashboard per holder', () => dataSource.query(...bare.dashboard), false],
      ['baseline bare SQL: track', () => dataSource.query(...bare.track), false],
      ['baseline bare SQL: applicant list page', () => dataSource.query(...bare.list), false],
      ['GET /work-queue (first page)', ok('/api/v1/work-queue', head), true],
      ['GET /work-queue?unassigned&overdue', ok('/api/v1/work-queue?unassigned=true&overdue=true', head), true],
      ...(queue.nextCursor ? [['GET /work-queue?cursor (second page)', ok(`/api/v1/work-queue?cursor=${encodeURIComponent(queue.nextCursor)}`, head), true] as [string, () => Promise<unknown>, boolean]] : []),
      ['GET /work-queue/dashboard', ok('/api/v1/work-queue/dashboard', head), true],
      ['GET /track/:no (open)', ok(`/api/v1/track/${openTracking}`), true],
      ['GET /track/:no (decided)', ok(`/api/v1/track/${decidedTracking}`), true],
      ['GET /applications (applicant, first page)', ok('/api/v1/applications', applicant), true],
      ...(mine.nextCursor ? [['GET /applications?cursor (second page)', ok(`/api/v1/applications?cursor=${encodeURIComponent(mine.nextCursor)}`, applicant), true] as [string, () => Promise<unknown>, boolean]] : []),
      ['GET /applications?status=completed', ok('/api/v1/applications?status=completed', applicant), true],
    ];
    const cases = allCases.filter(([name]) => name === 'baseline GET /health' || CASES.length === 0 || CASES.some((c) => name.includes(c)));

    const rounds: Record<string, { median: number; p95: number }[]> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, run] of cases) {
        const started = performance.now();
        await run();
        const once = performance.now() - started;
        const requests = once > SLOW_MS ? Math.max(5, Math.min(REQUESTS, Math.floor(5000 / once))) : REQUESTS;
        const samples = await timeEach(run, { requests, warmup: once > SLOW_MS ? 1 : WARMUP });
        (rounds[name] ??= []).push({ median: median(samples), p95: p95(samples) });
      }
      const health = rounds['baseline GET /health'][round - 1].median;
      console.log(`  round ${round}: ${'case'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)}   ×health`);
      for (const [name] of cases) {
        const s = rounds[name][round - 1];
        console.log(`           ${name.padEnd(44)} ${s.median.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)}   ${(s.median / health).toFixed(1).padStart(6)}`);
      }
    }
    const health = median(rounds['baseline GET /health'].map((s) => s.median));
    console.log(`  over ${ROUNDS} rounds (medians of the rounds' figures):`);
    console.log(`    ${'case'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)}   ×health`);
    for (const [name, , targeted] of cases) {
      const m = median(rounds[name].map((s) => s.median));
      const q = median(rounds[name].map((s) => s.p95));
      const flag = targeted ? (q <= TARGET_P95_MS ? `  ✓ p95 ≤ ${TARGET_P95_MS} ms` : `  ✗ p95 > ${TARGET_P95_MS} ms`) : '';
      console.log(`    ${name.padEnd(44)} ${m.toFixed(2).padStart(8)} ${q.toFixed(2).padStart(8)}   ${(m / health).toFixed(1).padStart(6)}${flag}`);
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`Big tables: ${TOTAL} applications; ${ROUNDS} rounds of ${REQUESTS} requests per case after ${WARMUP} warm-up ones, one at a time. Node ${process.version}, ${cpus().length} CPU(s).`);
  // The periodic jobs off: a reminder or audit pass over a million rows would run inside the measurements.
  await onEachDatabase(__filename, quietAppEnv({ DEV_LOGIN_ENABLED: 'true', OPEN_DATA_INTERVAL_MS: '0' }));
}

benchEntry(main, child);
