/**
 * The public statistics and open-data routes over 1,000,000 applications, through the real HTTP app (createApp),
 * on SQLite and, when DATABASE_URL names a PostgreSQL server, on PostgreSQL too.
 *
 *   npm run bench:statistics
 *
 * A seeded generator makes BENCH_STATISTICS_APPLICATIONS (1,000,000) submitted applications over the 36 months up to
 * now, across 20 licence types and 100 offices: 70% completed, 8% rejected, 7% withdrawn, 15% in progress (waiting
 * for an officer, an approver or the applicant, a third of the office's past their due date); half of the decided
 * ones waited for the applicant once, the completed ones paid by a random channel. Each application's steps go
 * through the same rule as the live participant and the rebuild (`stepClock` into `LedgerInMemory`, written in
 * bulk); the rows are inserted in bulk. Then the day's open-data snapshot is built, and each route is asked
 * BENCH_STATISTICS_REQUESTS times (200) after 20 unmeasured ones, one at a time: median and p95 in ms against the
 * 50 ms target. The baseline, measured in the same run: the straightforward GROUP BY over the applications table of
 * the same period (received, completed and rejected per licence type, and per licence type × office × month) — it
 * computes only those counts, not the working-day percentiles, the on-time share nor the channels, so it is a lower
 * bound of what answering from the applications would cost.
 *
 * Environment: BENCH_STATISTICS_APPLICATIONS, BENCH_STATISTICS_REQUESTS, DATABASE_URL (postgres://… to run PostgreSQL too).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import type { StateActor, Status } from '@bizportal/engine';
import { ApplicationEntity, bangkokMonth, CatalogueService, HolidayCalendar, LedgerInMemory, OpenData, sampleApplicationRow, SatisfactionCounts, SatisfactionRatingEntity, StatisticsRebuild, stepClock, type StatisticsClock, type ClockStep } from '@bizportal/licensing';
import { benchEntry, onEachDatabase, quietAppEnv } from './databases';
import { median, p95, timeEach } from './stats';

const TOTAL = Number(process.env.BENCH_STATISTICS_APPLICATIONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_STATISTICS_REQUESTS ?? 200);
const WARMUP = 20;
const BASELINE_REQUESTS = 5;
const TARGET_P95_MS = 50;
const DAY = 24 * 60 * 60 * 1000;
const METHODS = ['promptpay', 'promptpay', 'promptpay', 'card', 'counter', 'billpay'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function seed(dataSource: DataSource, catalogue: CatalogueService, holidays: ReadonlySet<string>): Promise<{ licenceTypes: string[]; offices: string[] }> {
  const types = (await catalogue.publishedLicenceTypes()).slice(0, 20);
  const statutory = new Map<string, number | null>();
  const versions = new Map<string, number>();
  for (const t of types) {
    statutory.set(t.slug, (await catalogue.workflow(t.slug)).definition.processingDays);
    versions.set(t.slug, t.currentVersion);
  }
  const offices = ((await dataSource.query("SELECT id FROM agencies WHERE level = 'local' ORDER BY id")) as { id: string }[]).slice(0, 100).map((r) => r.id);
  const rand = random(15);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const now = Date.now();
  const ledger = new LedgerInMemory();
  const started = performance.now();
  const CHUNK = 5000;
  for (let base = 0; base < TOTAL; base += CHUNK) {
    const rows: ApplicationEntity[] = [];
    const ratings: SatisfactionRatingEntity[] = [];
    for (let i = base; i < Math.min(TOTAL, base + CHUNK); i++) {
      const licenceType = types[i % types.length].slug;
      const agencyId = pick(offices);
      const submittedAt = new Date(now - (5 + rand() * 36 * 30) * DAY);
      const id = randomUUID();
      const fate = rand();
      const steps: Omit<ClockStep, 'applicationId' | 'licenceType' | 'agencyId' | 'statutoryDays'>[] = [{ event: 'SUBMIT', firstSubmission: true, status: 'submitted', awaiting: 'officer', at: submittedAt }];
      let state: { name: string; status: Status; awaiting: StateActor | null; dueAt: Date | null };
      let t = submittedAt.getTime();
      const later = (days: number) => (t = Math.min(now - 60_000, t + days * DAY));
      if (fate < 0.85) {
        if (rand() < 0.5) {
          steps.push({ event: 'REQUEST_INFO', firstSubmission: false, status: 'needs_documents', awaiting: 'applicant', at: new Date(later(rand() * 5)) });
          steps.push({ event: 'RESUBMIT', firstSubmission: false, status: 'checking', awaiting: 'officer', at: new Date(later(rand() * 10)) });
        }
        if (fate < 0.7) {
          steps.push({ event: 'APPROVE', firstSubmission: false, status: 'awaiting_payment', awaiting: 'applicant', at: new Date(later(rand() * 40)) });
          steps.push({ event: 'PAYMENT_SUCCEEDED', firstSubmission: false, status: 'issuing', awaiting: 'system', at: new Date(later(rand() * 3)), paymentMethod: pick(METHODS) });
          steps.push({ event: 'LICENCE_ISSUED', firstSubmission: false, status: 'completed', awaiting: null, at: new Date(later(0.01)) });
          state = { name: 'completed', status: 'completed', awaiting: null, dueAt: null };
        } else if (fate < 0.78) {
          steps.push({ event: 'REJECT', firstSubmission: false, status: 'rejected', awaiting: null, at: new Date(later(rand() * 40)) });
          state = { name: 'rejected', status: 'rejected', awaiting: null, dueAt: null };
        } else {
          steps.push({ event: 'CANCEL', firstSubmission: false, status: 'cancelled', awaiting: null, at: new Date(later(rand() * 20)) });
          state = { name: 'cancelled', status: 'cancelled', awaiting: null, dueAt: null };
        }
      } else {
        const awaiting = pick<StateActor>(['officer', 'officer', 'approver', 'applicant']);
        const status: Status = awaiting === 'approver' ? 'under_consideration' : awaiting === 'applicant' ? 'needs_documents' : 'checking';
        steps.push({ event: 'RECEIVE', firstSubmission: false, status, awaiting, at: new Date(later(rand() * 3)) });
        const overdue = awaiting !== 'applicant' && rand() < 0.33;
        state = { name: status === 'under_consideration' ? 'consideration' : status, status, awaiting, dueAt: new Date(overdue ? now - rand() * 20 * DAY : now + rand() * 20 * DAY) };
      }
      let clock: StatisticsClock | null = null;
      for (const step of steps) {
        const result = stepClock(clock, { ...step, applicationId: id, licenceType, agencyId, statutoryDays: statutory.get(licenceType) ?? null }, holidays);
        ledger.apply(clock, result);
        clock = result.clock;
      }
      const last = steps[steps.length - 1].at;
      // A third of the finished ones rated, within days of the end, scores leaning to satisfied.
      if (!state.awaiting && rand() < 0.33) {
        const ratedAt = new Date(Math.min(now - 60_000, last.getTime() + rand() * 5 * DAY));
        ratings.push({ id: randomUUID(), applicationId: id, licenceType, agencyId, month: bangkokMonth(ratedAt), score: pick([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]), comment: null, ratedAt });
      }
      rows.push(
        sampleApplicationRow({
          index: i,
          id,
          trackingNumber: `BS${String(i).padStart(9, '0')}`,
          licenceType,
          workflowVersion: versions.get(licenceType)!,
          agencyId,
          state: state.name,
          status: state.status,
          awaitingActor: state.awaiting,
          dueAt: state.dueAt,
          version: steps.length + 1,
          createdAt: new Date(submittedAt.getTime() - DAY),
          submittedAt,
          stateEnteredAt: last,
          updatedAt: last,
          form: {},
        }),
      );
    }
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < rows.length; i += 250) await manager.insert(ApplicationEntity, rows.slice(i, i + 250));
      for (let i = 0; i < ratings.length; i += 500) await manager.insert(SatisfactionRatingEntity, ratings.slice(i, i + 500));
    });
    if ((base / CHUNK) % 40 === 0) console.log(`  … ${base + rows.length} applications`);
  }
  await dataSource.transaction(async (manager) => {
    await ledger.writeAll(manager);
  });
  console.log(`  seeded ${TOTAL} applications and ${ledger.monthly.size} monthly rows (${ledger.clocks.size} open clocks) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { licenceTypes: types.map((t) => t.slug), offices };
}

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  try {
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const dataSource = app.get(DataSource);
    const postgres = dataSource.options.type === 'postgres';
    const { licenceTypes, offices } = await seed(dataSource, app.get(CatalogueService), await app.get(HolidayCalendar).dates());
    await dataSource.transaction((manager) => app.get(StatisticsRebuild).markBuilt(manager, TOTAL));
    if (postgres) await dataSource.query('VACUUM ANALYZE');
    else await dataSource.query('ANALYZE');
    // The kept satisfaction counts were read at start, before the seeding: read them again, as the job would.
    const countsStarted = performance.now();
    await app.get(SatisfactionCounts).refresh();
    console.log(`  satisfaction counts (24 months, every licence type and office) read in ${((performance.now() - countsStarted) / 1000).toFixed(2)} s`);
    const snapshotStarted = performance.now();
    const snapshot = await app.get(OpenData).build();
    console.log(`  open-data snapshot: ${snapshot.rowCount} rows, CSV ${(snapshot.csvBytes / 1e6).toFixed(1)} MB (gzip ${(snapshot.csvGzip.length / 1e6).toFixed(1)} MB), JSON ${(snapshot.jsonBytes / 1e6).toFixed(1)} MB (gzip ${(snapshot.jsonGzip.length / 1e6).toFixed(1)} MB), built in ${((performance.now() - snapshotStarted) / 1000).toFixed(1)} s`);

    const base = `http://127.0.0.1:${port}/api/v1`;
    const ok = (path: string, headers: Record<string, string> = {}, status = 200) => async () => {
      const res = await fetch(`${base}${path}`, { headers });
      const body = await res.arrayBuffer();
      if (res.status !== status) throw new Error(`GET ${path}: ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 200)}`);
      return res;
    };
    // A download as a client takes it: gzip accepted, the bytes read, not decompressed (a connection per request).
    const raw = (path: string, headers: Record<string, string> = {}, status = 200) => () =>
      new Promise<{ etag: string; bytes: number }>((done, fail) => {
        http
          .get(`${base}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers }, agent: false }, (res) => {
            let bytes = 0;
            res.on('data', (chunk: Buffer) => (bytes += chunk.length));
            res.on('end', () => (res.statusCode === status ? done({ etag: String(res.headers.etag), bytes }) : fail(new Error(`GET ${path}: ${res.statusCode}`))));
          })
          .on('error', fail);
      });
    const csvTag = (await raw('/open-data/processing-statistics.csv')()).etag;
    const lt = licenceTypes[3];
    const office = offices[7];

    // The baseline: the same period's counts by a GROUP BY over the applications.
    const p = postgres ? (n: number) => `$${n}` : () => '?';
    const month = postgres ? "to_char(submitted_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM')" : "strftime('%Y-%m', submitted_at, '+7 hours')";
    const counts = "COUNT(*) AS received, SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS completed, SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) AS rejected";
    const since = new Date(Date.now() - 365 * DAY);
    const perType = `SELECT licence_type, ${counts} FROM applications WHERE submitted_at >= ${p(1)} GROUP BY licence_type`;
    const perCell = `SELECT licence_type, agency_id, ${month} AS month, ${counts} FROM applications WHERE submitted_at IS NOT NULL GROUP BY licence_type, agency_id, ${month}`;

    const cases: [string, () => Promise<unknown>, boolean][] = [
      ['GET /statistics', ok('/statistics'), true],
      ['GET /statistics?licenceType', ok(`/statistics?licenceType=${lt}`), true],
      ['GET /statistics?office', ok(`/statistics?office=${office}`), true],
      ['GET /statistics?licenceType&office&36 months', ok(`/statistics?licenceType=${lt}&office=${office}&from=${monthAgo(35)}`), true],
      ['GET /statistics/months', ok('/statistics/months'), true],
      ['GET /statistics/months?from (36 months)', ok(`/statistics/months?from=${monthAgo(35)}`), true],
      ['GET /statistics/licence-types', ok('/statistics/licence-types'), true],
      ['GET /statistics/offices', ok('/statistics/offices'), true],
      ['GET /statistics/offices?licenceType', ok(`/statistics/offices?licenceType=${lt}`), true],
      ['GET /statistics/satisfaction', ok('/statistics/satisfaction'), true],
      ['GET /statistics/satisfaction?office', ok(`/statistics/satisfaction?office=${office}`), true],
      ['GET /statistics/satisfaction/cells (every type × office)', ok('/statistics/satisfaction/cells'), true],
      ['GET /statistics/satisfaction?licenceType&office&24 months', ok(`/statistics/satisfaction?licenceType=${lt}&office=${office}&from=${monthAgo(23)}`), true],
      ['GET /open-data/processing-statistics.csv (gzip)', raw('/open-data/processing-statistics.csv'), true],
      ['GET /open-data/…csv If-None-Match (304)', raw('/open-data/processing-statistics.csv', { 'if-none-match': csvTag }, 304), true],
      ['GET /open-data/processing-statistics.json (gzip)', raw('/open-data/processing-statistics.json'), true],
      ['GET /open-data/catalog.jsonld', ok('/open-data/catalog.jsonld'), true],
      ['GET /health (the HTTP stack, no query)', async () => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.arrayBuffer()), false],
    ];
    const baselines: [string, () => Promise<unknown>][] = [
      ['baseline GROUP BY licence type, 12 months', () => dataSource.query(perType, [postgres ? since : since.toISOString().replace('T', ' ').slice(0, 23)])],
      ['baseline GROUP BY type × office × month, all', () => dataSource.query(perCell)],
    ];
    const results: Record<string, number[]> = {};
    for (const [name, run] of cases) results[name] = await timeEach(run, { requests: REQUESTS, warmup: WARMUP });
    for (const [name, run] of baselines) results[name] = await timeEach(run, { requests: BASELINE_REQUESTS, warmup: 1 });
    const byType = median(results['baseline GROUP BY licence type, 12 months']);
    const byCell = median(results['baseline GROUP BY type × office × month, all']);
    console.log(`  ${'case'.padEnd(46)} ${'median'.padStart(9)} ${'p95'.padStart(9)}   baseline ÷ median`);
    for (const [name, , targeted] of cases) {
      const s = results[name];
      const against = name.includes('open-data') ? byCell : byType;
      const flag = targeted ? (p95(s) <= TARGET_P95_MS ? '  ✓ p95 ≤ 50 ms' : '  ✗ p95 > 50 ms') : '';
      console.log(`  ${name.padEnd(46)} ${median(s).toFixed(2).padStart(9)} ${p95(s).toFixed(2).padStart(9)}   ${(against / median(s)).toFixed(0).padStart(7)}×${flag}`);
    }
    for (const [name] of baselines) console.log(`  ${name.padEnd(46)} ${median(results[name]).toFixed(2).padStart(9)} ${p95(results[name]).toFixed(2).padStart(9)}   (${BASELINE_REQUESTS} runs)`);
  } finally {
    await app.close();
  }
}

function monthAgo(n: number): string {
  const d = new Date(Date.now() + 7 * 3600_000);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

async function main(): Promise<void> {
  console.log(`Statistics: ${TOTAL} applications; ${REQUESTS} requests per route after ${WARMUP} warm-up ones, one at a time. Node ${process.version}, ${cpus().length} CPU(s).`);
  await onEachDatabase(__filename, quietAppEnv({ DEV_LOGIN_ENABLED: 'true', OPEN_DATA_INTERVAL_MS: '0' }));
}

benchEntry(main, child);
