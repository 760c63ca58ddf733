/**
 * The outbox runner's `notify` effect against a raw-SQL baseline of the same writes, on SQLite and, when
 * DATABASE_URL names a PostgreSQL server, on PostgreSQL too.
 *
 *   npm run bench:outbox
 *
 * The app is created in-process (createApp, no HTTP, the runner's own dispatch off), with BENCH_OUTBOX_APPLICATIONS
 * submitted applications of bma-khlong-toei (an office of 5 staff). Each round records BENCH_OUTBOX_ROWS pending
 * notify rows as a SUBMIT does (half `application-submitted` to the applicant, half `new-application` to the office),
 * then times `OutboxRunner.runOnce()` until all are done, counting the statements it sends (BEGIN and COMMIT included).
 * The baseline, in the same round on the same database: as many rows again, each claimed by a conditional UPDATE
 * (autocommit), then written in one transaction (INSERT notifications, UPDATE outbox done), in plain SQL.
 * It prints effects/s of both, their ratio (runner/raw), the statements per effect and the CPU this process spent per
 * effect in the runner (the share the API gives up in the embedded mode, steadier than the wall time on a shared
 * machine); medians of BENCH_OUTBOX_ROUNDS.
 *
 * Environment:
 *   BENCH_OUTBOX_ROWS          notify rows per round (400)
 *   BENCH_OUTBOX_ROUNDS        rounds (5)
 *   BENCH_OUTBOX_APPLICATIONS  applications the rows belong to (50)
 *   DATABASE_URL               postgres://… to run PostgreSQL too (a fresh schema of its own, dropped at the end)
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager, type QueryDeepPartialEntity, type QueryRunner } from 'typeorm';
import { ApplicationEntity, CatalogueService, OutboxEntity, OutboxRunner, sampleApplicationRow } from '@bizportal/licensing';
import { benchEntry, onEachDatabase, quietAppEnv } from './databases';
import { median } from './stats';

const ROWS = Number(process.env.BENCH_OUTBOX_ROWS ?? 400);
const ROUNDS = Number(process.env.BENCH_OUTBOX_ROUNDS ?? 5);
const APPLICATIONS = Number(process.env.BENCH_OUTBOX_APPLICATIONS ?? 50);
const OFFICE = 'bma-khlong-toei';
const LICENCE_TYPE = 'food-premises-permit';

/** Counts the statements every query runner of the data source sends while `counting` is on, by their first word. */
function countStatements(dataSource: DataSource) {
  const counts = new Map<string, number>();
  let counting = false;
  const probe = dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(probe) as QueryRunner;
  void probe.release();
  const query = proto.query;
  proto.query = function (this: QueryRunner, sql: string, ...rest: unknown[]) {
    if (counting) {
      const word = sql.trim().split(/\s+/)[0].toUpperCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return (query as (...args: unknown[]) => Promise<unknown>).call(this, sql, ...rest);
  } as QueryRunner['query'];
  return {
    start() {
      counts.clear();
      counting = true;
    },
    stop(): Map<string, number> {
      counting = false;
      return new Map(counts);
    },
  };
}

async function recordNotifyRows(dataSource: DataSource, applicationIds: string[], count: number): Promise<string[]> {
  const now = new Date(Date.now() - 1000);
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    applicationId: applicationIds[i % applicationIds.length],
    eventId: null,
    type: 'notify',
    params: i % 2 ? { to: 'office', template: 'new-application' } : { to: 'applicant', template: 'application-submitted' },
    status: 'pending' as const,
    attempts: 0,
    availableAt: now,
    claimedAt: null,
    claimedBy: null,
    completedAt: null,
    lastError: null,
    createdAt: now,
  }));
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += 200) await manager.insert(OutboxEntity, rows.slice(i, i + 200) as unknown as QueryDeepPartialEntity<OutboxEntity>[]);
  });
  return rows.map((r) => r.id);
}

/** The same writes as the runner's, in plain SQL: the claim, then the notification and the done mark in one transaction. */
async function rawBaseline(dataSource: DataSource, ids: string[], applicationIds: string[]): Promise<void> {
  const pg = dataSource.options.type === 'postgres';
  const p = (i: number) => (pg ? `$${i}` : '?');
  const time = (d: Date) => (pg ? d : d.toISOString().replace('T', ' ').replace('Z', ''));
  for (const [i, id] of ids.entries()) {
    await dataSource.query(`UPDATE outbox SET status = 'running', claimed_at = ${p(1)}, claimed_by = 'bench', attempts = 1 WHERE id = ${p(2)} AND status = 'pending' AND attempts = 0`, [time(new Date()), id]);
    await dataSource.transaction(async (m: EntityManager) => {
      const office = i % 2 === 1;
      await m.query(
        `INSERT INTO notifications (id, outbox_id, application_id, recipient_type, recipient_id, template, message_th, message_en, created_at) VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(p).join(', ')})`,
        [randomUUID(), id, applicationIds[i % applicationIds.length], office ? 'agency' : 'user', office ? OFFICE : 'user-somchai', office ? 'new-application' : 'application-submitted', 'ข้อความ', 'message', time(new Date())],
      );
      await m.query(`UPDATE outbox SET status = 'done', completed_at = ${p(1)}, last_error = NULL WHERE id = ${p(2)} AND claimed_by = 'bench'`, [time(new Date()), id]);
    });
  }
}

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const runner = app.get(OutboxRunner);
    const catalogue = app.get(CatalogueService);
    const type = await catalogue.licenceType(LICENCE_TYPE);
    const now = new Date();
    const applications = Array.from({ length: APPLICATIONS }, (_, i) =>
      sampleApplicationRow({
        index: i,
        id: randomUUID(),
        trackingNumber: `BO${String(i).padStart(8, '0')}`,
        licenceType: LICENCE_TYPE,
        workflowVersion: type.currentVersion,
        state: 'submitted',
        status: 'submitted',
        awaitingActor: 'officer',
        agencyId: OFFICE,
        version: 2,
        createdAt: now,
      }),
    );
    await dataSource.getRepository(ApplicationEntity).insert(applications);
    const applicationIds = applications.map((a) => a.id);
    const counter = countStatements(dataSource);

    // Warm-up: the catalogue's cache, the JIT.
    await recordNotifyRows(dataSource, applicationIds, 20);
    await runner.runOnce();

    const runnerRates: number[] = [];
    const rawRates: number[] = [];
    const cpuPerEffect: number[] = [];
    let statements = new Map<string, number>();
    for (let round = 1; round <= ROUNDS; round++) {
      await recordNotifyRows(dataSource, applicationIds, ROWS);
      counter.start();
      let started = performance.now();
      const cpu = process.cpuUsage();
      const done = await runner.runOnce();
      const runnerSeconds = (performance.now() - started) / 1000;
      const cpuUsed = process.cpuUsage(cpu);
      cpuPerEffect.push((cpuUsed.user + cpuUsed.system) / 1000 / ROWS);
      statements = counter.stop();
      if (done !== ROWS) throw new Error(`The runner completed ${done} of ${ROWS} rows`);

      const ids = await recordNotifyRows(dataSource, applicationIds, ROWS);
      // Not the runner's to take: the baseline claims them itself.
      await dataSource.query(`UPDATE outbox SET type = 'bench-raw' WHERE type = 'notify' AND status = 'pending'`);
      started = performance.now();
      await rawBaseline(dataSource, ids, applicationIds);
      const rawSeconds = (performance.now() - started) / 1000;
      runnerRates.push(ROWS / runnerSeconds);
      rawRates.push(ROWS / rawSeconds);
      console.log(`  round ${round}: runner ${(ROWS / runnerSeconds).toFixed(0)} effects/s, raw ${(ROWS / rawSeconds).toFixed(0)} effects/s, ratio ${(rawSeconds / runnerSeconds).toFixed(2)}`);
    }
    const total = [...statements.values()].reduce((a, b) => a + b, 0);
    const breakdown = [...statements.entries()].map(([word, n]) => `${word} ${(n / ROWS).toFixed(2)}`).join(', ');
    const ratios = runnerRates.map((r, i) => r / rawRates[i]);
    console.log(`  statements per notify effect (last round, ${ROWS} effects, half to an office of 5 staff): ${(total / ROWS).toFixed(2)} (${breakdown})`);
    console.log(`  this process's CPU per effect (the API's, in the embedded mode; SQLite's work included, PostgreSQL's not), median: ${median(cpuPerEffect).toFixed(2)} ms`);
    console.log(`  median of ${ROUNDS}: runner ${median(runnerRates).toFixed(0)} effects/s, raw SQL ${median(rawRates).toFixed(0)} effects/s, ratio runner/raw ${median(ratios).toFixed(2)}`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`outbox notify effects: ${ROWS} rows per round, ${ROUNDS} rounds, ${APPLICATIONS} applications`);
  await onEachDatabase(__filename, quietAppEnv({ OUTBOX_POLL_MS: '3600000' }));
}

benchEntry(main, child);
