/**
 * Committed workflow transitions per second through the HTTP API, on SQLite and (when reachable)
 * PostgreSQL, next to a raw-SQL baseline of the same writes measured in the same run.
 *
 *   npm run bench
 *
 * Each application of the food premises permit is created and given a PDF for each of its required
 * documents through the API (multipart upload to /applications/:id/documents, checked by the documents
 * route as any upload; not timed), then driven SUBMIT {privacyConsent} (applicant) → RECEIVE → ACCEPT →
 * RECORD_INSPECTION {result: pass} (officer) → APPROVE (approver): five committed transitions, timed.
 *
 * Layout: this process drives the HTTP load and prints the results. Each database runs in a child
 * process (this file again, with `--child`), because the app module reads the environment when it
 * is loaded. The child builds the real API with createApp(), listens on an ephemeral port, and on
 * request runs the raw-SQL baseline through the bare driver (better-sqlite3 / pg Pool) on the same
 * database: per transition, in its own transaction, the version-guarded UPDATE of `applications`;
 * what the app's transition participants write for this flow: SUBMIT's consent row in
 * `application_consents` (SubmissionConsents), and the StatisticsParticipant's read of the
 * application's clock (FOR UPDATE on PostgreSQL; not on the first SUBMIT), upserts of its cell's three
 * `statistics_monthly` rows and three `statistics_backlog` rows, and the clock's INSERT or UPDATE,
 * worked out by the app's own stepClock; then the SELECT of the last `application_events` row, the
 * INSERT of the hash-chained event (built by the app's own chainedEvent, SUBMIT's data with the
 * consent record as the app records it) and one multi-row INSERT into `outbox` for the workflow's
 * effects. The row values (state, status, workflow_state, due dates with the holiday calendar, effect
 * params) come from the workflow compiled once before timing, with the context the app gives the
 * engine for these applications (WorkflowFacts.contextOf: form complete, every required document
 * attached), so the baseline writes the same rows without running the engine per transition. The raw
 * applications are inserted as drafts without document rows: the guards' reads are the engine's
 * work, not the baseline's. At the end the row counts are checked, an HTTP application's rows are
 * compared with a raw one's (ids and times aside), and the app's timeline check must pass both chains.
 * The child runs none of the app's background jobs (outbox, reminders, history check, expiry, open data).
 * Each round also prints CPU milliseconds per transition: the API child's in the HTTP phase, this process's (the load
 * generator) in the same phase, and the child's in the raw phase (process.cpuUsage), steadier than rates on a shared machine.
 * The API child runs with the Node flags of `start:prod` (the heap limit); its resident memory (VmRSS in /proc) is
 * sampled every 100 ms during the HTTP phases; its peak is printed.
 *
 * Environment:
 *   BENCH_APPLICATIONS   applications per round (200)
 *   BENCH_ROUNDS         measured rounds per database (5); medians are quoted
 *   BENCH_CONCURRENCY    applications in flight (8); each application's events are sequential
 *   BENCH_WARMUP         applications in the unmeasured warm-up round (BENCH_APPLICATIONS; 0 = none)
 *   BENCH_LOAD_CONCURRENCY  the load case after the rounds: this many applications in flight (64; 0 = none),
 *                        BENCH_LOAD_APPLICATIONS applications (4 × BENCH_LOAD_CONCURRENCY); its p50/p99 are printed
 *   BENCH_COLD_STARTS    cold starts of the API (dist/apps/api/src/main.js, 79 definitions) on the already-migrated
 *                        database, spawn → GET /health 200, after the rounds (3; 0 = none), alternated with as many starts of a bare
 *                        Node HTTP server (the baseline); medians, the API's RSS at that moment and the ratios are printed
 *   BENCH_DATABASES      which databases to run (sqlite,postgres)
 *   BENCH_CPU_PROF       a directory: the API child's CPU profile (V8's, as `node --cpu-prof` writes it) of the
 *                        last round's HTTP phase is written there; `node dist/bench/cpu-profile-top.js` reads it
 *   BENCH_DATABASE_URL   PostgreSQL server (postgres://postgres@127.0.0.1:5432/test); a fresh
 *                        schema of its own is created and dropped at the end
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Client, Pool } from 'pg';
import { addWorkingDays } from '@bizportal/common';
import { prepareSqliteConnection } from '@bizportal/database';
import {
  CompiledWorkflow,
  type Actor,
  type Effect,
  type PersistedWorkflowState,
  type Role,
  type StateActor,
  type Status,
  type WorkflowDefinition,
} from '@bizportal/engine';
import { chainedEvent, CURRENT_PRIVACY_NOTICE, HolidayCalendar, levelsOf, stepClock, type StatisticsClock } from '@bizportal/licensing';
import { samplePdf } from './sample-pdf';
import { median, percentile } from './stats';

// ---------------------------------------------------------------------------------------------
// Shared settings
// ---------------------------------------------------------------------------------------------

function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min} (got '${raw}')`);
  return value;
}

const APPLICATIONS = intEnv('BENCH_APPLICATIONS', 200);
const ROUNDS = intEnv('BENCH_ROUNDS', 5);
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 8);
const WARMUP = intEnv('BENCH_WARMUP', APPLICATIONS, 0);
const LOAD_CONCURRENCY = intEnv('BENCH_LOAD_CONCURRENCY', 64, 0);
const LOAD_APPLICATIONS = intEnv('BENCH_LOAD_APPLICATIONS', 4 * Math.max(LOAD_CONCURRENCY, 1));
const COLD_STARTS = intEnv('BENCH_COLD_STARTS', 3, 0);
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF || '';
const DATABASES = (process.env.BENCH_DATABASES || 'sqlite,postgres').split(',').map((d) => d.trim());

const LICENCE_TYPE = 'food-premises-permit';
const PREMISES = { address: '99 ถนนพระราม 4', provinceCode: '10', districtCode: '1033', subdistrictCode: '103301' };
const FORM = {
  businessName: 'ครัวคุณแม่',
  premisesType: 'sale',
  areaSquareMetres: 250,
  seats: 80,
  foodHandlers: 6,
  openingHours: '10:00-22:00',
  contactPhone: '0812345678',
};

type As = 'applicant' | 'officer' | 'approver';
const USERNAMES: Record<As, string> = { applicant: 'somchai', officer: 'officer.khlongtoei', approver: 'approver.khlongtoei' };
const FLOW: { type: string; as: As; data?: Record<string, unknown> }[] = [
  { type: 'SUBMIT', as: 'applicant', data: { privacyConsent: { noticeVersion: CURRENT_PRIVACY_NOTICE.version, agreed: true } } },
  { type: 'RECEIVE', as: 'officer' },
  { type: 'ACCEPT', as: 'officer' },
  { type: 'RECORD_INSPECTION', as: 'officer', data: { result: 'pass', findings: [{ item: 'สุขาภิบาล', ok: true }] } },
  // The permit's fee is a range the office sets at approval, with its reason (fees by rule, issue 17).
  { type: 'APPROVE', as: 'approver', data: { feeAmountSatang: 250_000, feeReason: 'พื้นที่ 250 ตารางเมตร 80 ที่นั่ง' } },
];

/** One step of the flow as the engine resolves it; computed once, before any timing. */
interface PlanStep {
  type: string;
  as: As;
  data: Record<string, unknown> | null;
  actor: Actor;
  fromState: string;
  toState: string;
  status: Status;
  awaitingActor: StateActor | null;
  workflowState: PersistedWorkflowState;
  slaDays: number | null;
  changedState: boolean;
  effects: Effect[];
}

interface PhaseResult {
  transitions: number;
  elapsedMs: number;
  latenciesMs: number[];
  /** CPU time (user + system) of the child process during the phase: the API's for HTTP, the baseline's own for raw SQL. */
  cpuMs?: number;
  /** HTTP only: CPU time of this process, the load generator, during the phase. */
  clientCpuMs?: number;
}

type ToChild =
  | { type: 'profile-start' }
  | { type: 'cpu' }
  | { type: 'profile-stop'; file: string }
  | { type: 'raw'; round: number; applications: number; concurrency: number }
  | { type: 'verify'; httpId: string; rawId: string }
  | { type: 'close' };

type FromChild =
  | { type: 'ready'; port: number; plan: Pick<PlanStep, 'type' | 'toState' | 'effects'>[]; info: string }
  | { type: 'raw-done'; result: PhaseResult; sampleId: string }
  | { type: 'cpu'; ms: number }
  | {
      type: 'verified';
      applications: number;
      events: number;
      outbox: number;
      wrongState: number;
      consents: number;
      clocks: number;
      /** The statistics of the flow's cell (licence type × office): applications received, and the backlog. */
      received: number;
      backlog: number;
      /** Where an HTTP application's rows and a raw one's differ, beyond ids and times. */
      differences: string[];
    }
  | { type: 'closed' }
  | { type: 'profiling' }
  | { type: 'error'; message: string };

function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'workflows'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No repository root (package.json + workflows/) above ${__dirname}`);
  }
}

/** The Node flags the API is deployed with (`start:prod` in package.json; the Dockerfile and compose say the same): the API child runs with them. */
function apiNodeFlags(repoRoot: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts['start:prod'].split(/\s+/).filter((word) => word.startsWith('--'));
}

async function runPool<T>(items: T[], concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]);
  });
  await Promise.all(lanes);
}


const rate = (r: PhaseResult) => r.transitions / (r.elapsedMs / 1000);
const cpuMsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
/** A process's CPU milliseconds per committed transition in a phase. */
const cpuPer = (r: PhaseResult, which: 'cpuMs' | 'clientCpuMs') => (r[which] === undefined ? '-' : (r[which]! / r.transitions).toFixed(2));

// ---------------------------------------------------------------------------------------------
// Child: the real API plus the raw-SQL baseline on one database
// ---------------------------------------------------------------------------------------------

type Dialect = 'sqlite' | 'postgres';

interface RawApp {
  id: string;
  version: number;
  submitted: boolean;
}

interface Fixtures {
  actors: Record<As, Actor>;
  agencyId: string;
  workflowVersion: number;
  workflow: CompiledWorkflow;
  /** The licence type's statutory processing days (of this workflow version), for the statistics clock. */
  statutoryDays: number | null;
  /** The holiday calendar's dates, as the app keeps them in memory (due dates, the statistics clock). */
  holidays: ReadonlySet<string>;
}

/** The bare driver: the same statements the ORM issues for one transition, nothing else. */
interface RawDriver {
  readonly dialect: Dialect;
  /** Setup and checks only (never timed). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Inserts draft applications in one transaction (never timed). */
  insertApplications(rows: Record<string, unknown>[]): Promise<void>;
  /** One committed transition, in its own transaction. */
  transition(app: RawApp, step: PlanStep, fx: Fixtures): Promise<void>;
  describe(): Promise<string>;
  close(): Promise<void>;
}

const EVENT_COLUMNS = [
  'id', 'application_id', 'seq', 'type', 'from_state', 'to_state', 'status', 'actor_id', 'actor_roles',
  'actor_agency_id', 'comment', 'data', 'created_at', 'prev_hash', 'hash',
];
const OUTBOX_COLUMNS = [
  'id', 'application_id', 'event_id', 'type', 'params', 'status', 'attempts', 'available_at', 'claimed_at',
  'claimed_by', 'completed_at', 'last_error', 'created_at',
];
const SELECT_LAST_EVENT = (p: string) => `SELECT seq, hash FROM application_events WHERE application_id = ${p} ORDER BY seq DESC LIMIT 1`;

/** The columns the engine's UPDATE sets for this step, like WorkflowTransitions.send(). */
function nextColumns(app: RawApp, step: PlanStep, now: Date, holidays: ReadonlySet<string>): Record<string, unknown> {
  return {
    state: step.toState,
    status: step.status,
    awaiting_actor: step.awaitingActor,
    workflow_state: JSON.stringify(step.workflowState),
    version: app.version + 1,
    updated_at: now,
    ...(step.changedState
      ? { state_entered_at: now, due_at: step.slaDays === null ? null : addWorkingDays(now, step.slaDays, holidays) }
      : {}),
    ...(!app.submitted && step.type === 'SUBMIT' ? { submitted_at: now } : {}),
  };
}

/** The history row chained to the previous one, built by the app's own chainedEvent, with the data the app records. */
function eventValues(app: RawApp, step: PlanStep, last: { seq: number; hash: string } | undefined, now: Date): unknown[] {
  const row = chainedEvent(last, randomUUID(), { type: step.type, actor: step.actor, data: recordedData(step, now) }, {
    applicationId: app.id,
    fromState: step.fromState,
    toState: step.toState,
    status: step.status,
    at: now,
  });
  return [
    row.id, row.applicationId, row.seq, row.type, row.fromState, row.toState, row.status, row.actorId,
    JSON.stringify(row.actorRoles), row.actorAgencyId, row.comment, row.data === null ? null : JSON.stringify(row.data),
    now, row.prevHash, row.hash,
  ];
}

function outboxValues(app: RawApp, eventId: string, step: PlanStep, now: Date): unknown[] {
  return step.effects.flatMap((effect) => [
    randomUUID(), app.id, eventId, effect.type, JSON.stringify(effect.params), 'pending', 0, now, null, null, null, null, now,
  ]);
}

// The rows the app's transition participants add for this flow. Of them only SubmissionConsents (SUBMIT), PrechecksService
// (SUBMIT's outbox row) and the StatisticsParticipant (every step) write anything here: nobody holds the applications (AssignmentService), they are
// new ones (LicenceRequests, LicenceLife), nothing was asked (InformationRequests) and nothing is paid (payments).

type Statement = [sql: string, params: unknown[]];
type Placeholder = (i: number) => string;

/** What SubmissionConsents stores of the consent sent with SUBMIT, and records in its place in the entry's data. */
function consentRecord(now: Date) {
  return {
    noticeVersion: CURRENT_PRIVACY_NOTICE.version,
    noticeIssuedOn: CURRENT_PRIVACY_NOTICE.issuedOn,
    agreed: true,
    agreedAt: now.toISOString(),
    covers: CURRENT_PRIVACY_NOTICE.covers.map((purpose) => purpose.code),
  };
}

/** The event's data as the history entry records it: what was sent, SUBMIT's consent replaced by the full record. */
function recordedData(step: PlanStep, now: Date): Record<string, unknown> | undefined {
  if (step.type !== 'SUBMIT') return step.data ?? undefined;
  return { ...step.data, privacyConsent: consentRecord(now) };
}

const CONSENT_COLUMNS = ['id', 'application_id', 'agreed_by', 'notice_version', 'notice_issued_on', 'covers', 'agreed_at'];

/** SubmissionConsents' row in application_consents. */
function consentWrites(app: RawApp, step: PlanStep, now: Date, p: Placeholder): Statement[] {
  if (step.type !== 'SUBMIT') return [];
  const r = consentRecord(now);
  return [[insertSql('application_consents', CONSENT_COLUMNS, 1, p), [randomUUID(), app.id, step.actor.id, r.noticeVersion, r.noticeIssuedOn, JSON.stringify(r.covers), now]]];
}

/** PrechecksService's `prepare-precheck` outbox row, recorded by a submission (issue 17 part 5); it belongs to no history entry. */
const PRECHECK_EVENTS = ['SUBMIT', 'RESUBMIT'];
function precheckWrites(app: RawApp, step: PlanStep, now: Date, p: Placeholder): Statement[] {
  if (!PRECHECK_EVENTS.includes(step.type)) return [];
  return [[insertSql('outbox', OUTBOX_COLUMNS, 1, p), [randomUUID(), app.id, null, 'prepare-precheck', JSON.stringify({ trigger: step.type }), 'pending', 0, now, null, null, null, null, now]]];
}

const CLOCK_COLUMNS = ['application_id', 'licence_type', 'agency_id', 'submitted_at', 'paused_since', 'paused_days'];
const COUNT_COLUMNS = ['received', 'completed', 'rejected', 'withdrawn', 'judged', 'on_time', 'paid_promptpay', 'paid_card', 'paid_counter', 'paid_billpay'];
const MONTHLY_COLUMNS = ['licence_type', 'agency_id', 'month', ...COUNT_COLUMNS, 'durations'];

/** The StatisticsParticipant reads the application's clock on every step but its first submission (locked on PostgreSQL). */
const readsClock = (app: RawApp, step: PlanStep) => !(step.type === 'SUBMIT' && !app.submitted);
const selectClockSql = (dialect: Dialect, p: Placeholder) =>
  `SELECT ${CLOCK_COLUMNS.join(', ')} FROM statistics_clocks WHERE application_id = ${p(1)}${dialect === 'postgres' ? ' FOR UPDATE' : ''}`;

/** A statistics_clocks row as read back (SQLite gives TypeORM's UTC text, PostgreSQL a Date). */
function clockOf(row: Record<string, unknown> | undefined): StatisticsClock | null {
  if (!row) return null;
  const date = (v: unknown) => (v === null ? null : v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`));
  return {
    applicationId: String(row.application_id),
    licenceType: String(row.licence_type),
    agencyId: String(row.agency_id),
    submittedAt: date(row.submitted_at)!,
    pausedSince: date(row.paused_since),
    pausedDays: Number(row.paused_days),
  };
}

/**
 * What the StatisticsParticipant writes for the step: its pure rule (stepClock) applied to the clock read, then, as
 * statistics-ledger's applyStep does, an upsert of each of the cell's three monthly rows, of its three backlog rows
 * when the backlog moves, and the clock inserted, updated or deleted.
 */
function statisticsWrites(app: RawApp, step: PlanStep, clockRow: Record<string, unknown> | undefined, now: Date, fx: Fixtures, p: Placeholder): Statement[] {
  const firstSubmission = step.type === 'SUBMIT' && !app.submitted;
  const clock = clockOf(clockRow);
  if (!firstSubmission && clock === null) return [];
  const result = stepClock(
    clock,
    { applicationId: app.id, licenceType: LICENCE_TYPE, agencyId: fx.agencyId, event: step.type, firstSubmission, status: step.status, awaiting: step.awaitingActor, at: now, statutoryDays: fx.statutoryDays },
    fx.holidays,
  );
  const statements: Statement[] = [];
  const tally = result.tally;
  if (tally) {
    // A decision adds to the processing-days histogram in SQL of each dialect's own; this flow ends before one.
    if (tally.durationDays !== null) throw new Error(`${step.type}: the baseline does not replay the processing-days histogram`);
    const paid = (method: string) => (tally.paymentMethod === method ? 1 : 0);
    const counts = [tally.received, tally.completed, tally.rejected, tally.withdrawn, tally.judged, tally.onTime, paid('promptpay'), paid('card'), paid('counter'), paid('billpay')];
    const sums = COUNT_COLUMNS.map((c) => `${c} = statistics_monthly.${c} + excluded.${c}`).join(', ');
    const monthly = `${insertSql('statistics_monthly', MONTHLY_COLUMNS, 1, p)} ON CONFLICT (licence_type, agency_id, month) DO UPDATE SET ${sums}`;
    for (const [licenceType, agencyId] of levelsOf(tally.licenceType, tally.agencyId)) statements.push([monthly, [licenceType, agencyId, tally.month, ...counts, '{}']]);
    if (tally.backlog !== 0) {
      const backlog = `${insertSql('statistics_backlog', ['licence_type', 'agency_id', 'open'], 1, p)} ON CONFLICT (licence_type, agency_id) DO UPDATE SET open = statistics_backlog.open + excluded.open`;
      for (const [licenceType, agencyId] of levelsOf(tally.licenceType, tally.agencyId)) statements.push([backlog, [licenceType, agencyId, tally.backlog]]);
    }
  }
  if (result.clockChanged) {
    const next = result.clock;
    if (next === null) {
      if (clock) statements.push([`DELETE FROM statistics_clocks WHERE application_id = ${p(1)}`, [app.id]]);
    } else if (clock === null) {
      statements.push([insertSql('statistics_clocks', CLOCK_COLUMNS, 1, p), [next.applicationId, next.licenceType, next.agencyId, next.submittedAt, next.pausedSince, next.pausedDays]]);
    } else {
      statements.push([`UPDATE statistics_clocks SET paused_since = ${p(1)}, paused_days = ${p(2)} WHERE application_id = ${p(3)}`, [next.pausedSince, next.pausedDays, app.id]]);
    }
  }
  return statements;
}

function afterCommit(app: RawApp, step: PlanStep): void {
  app.version += 1;
  if (step.type === 'SUBMIT') app.submitted = true;
}

function insertSql(table: string, columns: string[], rows: number, placeholder: (i: number) => string): string {
  let i = 0;
  const tuples = Array.from({ length: rows }, () => `(${columns.map(() => placeholder(++i)).join(', ')})`);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`;
}

function updateSql(columns: string[], placeholder: (i: number) => string): string {
  const sets = columns.map((c, i) => `${c} = ${placeholder(i + 1)}`).join(', ');
  return `UPDATE applications SET ${sets} WHERE id = ${placeholder(columns.length + 1)} AND version = ${placeholder(columns.length + 2)}`;
}

/** TypeORM stores SQLite datetimes as UTC 'YYYY-MM-DD HH:MM:SS.SSS'. */
const sqliteValue = (v: unknown) => (v instanceof Date ? v.toISOString().replace('T', ' ').slice(0, 23) : v);

function openSqlite(file: string): RawDriver {
  // Same settings as the app's connection; journal_mode=WAL is already set on the file.
  const db = new Database(file);
  prepareSqliteConnection(db);
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const q = () => '?';
  const begin = db.prepare('BEGIN TRANSACTION');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  return {
    dialect: 'sqlite',
    async query<T>(sql: string, params: unknown[] = []) {
      const stmt = prepared(sql);
      return (stmt.reader ? stmt.all(...params.map(sqliteValue)) : (stmt.run(...params.map(sqliteValue)), [])) as T[];
    },
    async insertApplications(rows) {
      const columns = Object.keys(rows[0]);
      const stmt = prepared(insertSql('applications', columns, 1, q));
      db.transaction(() => rows.forEach((r) => stmt.run(...columns.map((c) => sqliteValue(r[c])))))();
    },
    async transition(app, step, fx) {
      const now = new Date();
      const run = ([sql, params]: Statement) => prepared(sql).run(...params.map(sqliteValue));
      // better-sqlite3 is synchronous: the whole transaction runs without yielding, so the
      // "concurrent" lanes of the baseline take turns, as the app's TransactionRunner queue does.
      begin.run();
      try {
        const next = nextColumns(app, step, now, fx.holidays);
        const columns = Object.keys(next);
        const updated = prepared(updateSql(columns, q)).run(...columns.map((c) => sqliteValue(next[c])), app.id, app.version);
        if (updated.changes !== 1) throw new Error(`raw UPDATE of ${app.id} hit ${updated.changes} rows`);
        consentWrites(app, step, now, q).forEach(run);
        const clock = readsClock(app, step) ? (prepared(selectClockSql('sqlite', q)).get(app.id) as Record<string, unknown> | undefined) : undefined;
        statisticsWrites(app, step, clock, now, fx, q).forEach(run);
        precheckWrites(app, step, now, q).forEach(run);
        const last = prepared(SELECT_LAST_EVENT('?')).get(app.id) as { seq: number; hash: string } | undefined;
        const event = eventValues(app, step, last, now);
        prepared(insertSql('application_events', EVENT_COLUMNS, 1, q)).run(...event.map(sqliteValue));
        if (step.effects.length > 0) {
          const values = outboxValues(app, event[0] as string, step, now);
          prepared(insertSql('outbox', OUTBOX_COLUMNS, step.effects.length, q)).run(...values.map(sqliteValue));
        }
        commit.run();
      } catch (error) {
        if (db.inTransaction) rollback.run();
        throw error;
      }
      afterCommit(app, step);
    },
    async describe() {
      const mode = db.pragma('journal_mode', { simple: true });
      const sync = db.pragma('synchronous', { simple: true });
      return `SQLite ${db.prepare('select sqlite_version() v').pluck().get()} via better-sqlite3, journal_mode=${mode}, synchronous=${sync}, file ${file}`;
    },
    async close() {
      db.close();
    },
  };
}

function openPostgres(url: string, schema: string): RawDriver {
  // TypeORM's PostgreSQL pool is pg's default (max 10); the baseline uses the same.
  const pool = new Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  const $ = (i: number) => `$${i}`;
  return {
    dialect: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async insertApplications(rows) {
      const columns = Object.keys(rows[0]);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const r of rows) await client.query(insertSql('applications', columns, 1, $), columns.map((c) => r[c]));
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
    async transition(app, step, fx) {
      const now = new Date();
      const client = await pool.connect();
      try {
        await client.query('START TRANSACTION');
        const next = nextColumns(app, step, now, fx.holidays);
        const columns = Object.keys(next);
        const updated = await client.query(updateSql(columns, $), [...columns.map((c) => next[c]), app.id, app.version]);
        if (updated.rowCount !== 1) throw new Error(`raw UPDATE of ${app.id} hit ${updated.rowCount} rows`);
        for (const [sql, params] of consentWrites(app, step, now, $)) await client.query(sql, params);
        const clock = readsClock(app, step) ? ((await client.query(selectClockSql('postgres', $), [app.id])).rows[0] as Record<string, unknown> | undefined) : undefined;
        for (const [sql, params] of statisticsWrites(app, step, clock, now, fx, $)) await client.query(sql, params);
        for (const [sql, params] of precheckWrites(app, step, now, $)) await client.query(sql, params);
        const last = (await client.query(SELECT_LAST_EVENT('$1'), [app.id])).rows[0] as { seq: number; hash: string } | undefined;
        const event = eventValues(app, step, last, now);
        await client.query(insertSql('application_events', EVENT_COLUMNS, 1, $), event);
        if (step.effects.length > 0) {
          await client.query(insertSql('outbox', OUTBOX_COLUMNS, step.effects.length, $), outboxValues(app, event[0] as string, step, now));
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      afterCommit(app, step);
    },
    async describe() {
      const show = async (setting: string) => (await pool.query(`SHOW ${setting}`)).rows[0][setting] as string;
      return `PostgreSQL ${await show('server_version')} via pg Pool(max 10), synchronous_commit=${await show('synchronous_commit')}, schema ${schema}`;
    },
    async close() {
      await pool.end();
    },
  };
}

async function loadFixtures(raw: RawDriver, holidays: ReadonlySet<string>): Promise<Fixtures> {
  const p = raw.dialect === 'postgres' ? (i: number) => `$${i}` : () => '?';
  const actors = {} as Record<As, Actor>;
  for (const as of Object.keys(USERNAMES) as As[]) {
    const [user] = await raw.query<{ id: string; roles: string; agency_id: string | null }>(
      `SELECT id, roles, agency_id FROM users WHERE username = ${p(1)}`,
      [USERNAMES[as]],
    );
    if (!user) throw new Error(`Demo user ${USERNAMES[as]} is missing: is SEED_DEMO_DATA on?`);
    actors[as] = { id: user.id, roles: JSON.parse(user.roles) as Role[], agencyId: user.agency_id };
  }
  const [area] = await raw.query<{ agency_id: string }>(`SELECT agency_id FROM agency_areas WHERE subdistrict_code = ${p(1)}`, [PREMISES.subdistrictCode]);
  const [type] = await raw.query<{ current_version: number }>(`SELECT current_version FROM licence_types WHERE slug = ${p(1)}`, [LICENCE_TYPE]);
  const [def] = await raw.query<{ definition: string }>(
    `SELECT definition FROM workflow_definitions WHERE licence_type = ${p(1)} AND version = ${p(2)}`,
    [LICENCE_TYPE, type.current_version],
  );
  // As CatalogueService.workflow() does: stored definitions were validated when published.
  const workflow = new CompiledWorkflow(JSON.parse(def.definition) as WorkflowDefinition);
  const statutoryDays = workflow.definition.processingDays ?? null;
  return { actors, agencyId: area.agency_id, workflowVersion: Number(type.current_version), workflow, statutoryDays, holidays };
}

/**
 * Resolves the flow with the engine once; the raw baseline replays the resulting rows. The context is what
 * WorkflowFacts.contextOf computes for the HTTP side's applications: FORM passes the form's checks,
 * prepareApplications has attached every required document (checked there: the list answers `complete`) and
 * nothing was asked of the applicant.
 */
function planFlow(fx: Fixtures): { initial: PersistedWorkflowState; steps: PlanStep[] } {
  const context = { applicantId: fx.actors.applicant.id, agencyId: fx.agencyId, formComplete: true, documentsComplete: true, informationAnswered: true, kind: 'new' as const, deliveryMethod: 'e-licence' as const };
  const initial = fx.workflow.initial(context).state;
  let state = initial;
  const steps = FLOW.map((f): PlanStep => {
    const actor = fx.actors[f.as];
    const outcome = fx.workflow.transition(state, { type: f.type, actor, data: f.data }, context);
    if (!outcome.ok) throw new Error(`The workflow refuses ${f.type} in '${state.value}': ${JSON.stringify(outcome)}`);
    const step: PlanStep = {
      type: f.type,
      as: f.as,
      data: f.data && Object.keys(f.data).length > 0 ? f.data : null,
      actor,
      fromState: state.value,
      toState: outcome.state.value,
      status: outcome.meta.status,
      awaitingActor: outcome.meta.actor,
      workflowState: outcome.state,
      slaDays: outcome.meta.slaDays,
      changedState: outcome.changedState,
      effects: outcome.effects,
    };
    state = outcome.state;
    return step;
  });
  return { initial, steps };
}

/**
 * Compares an application driven through HTTP with one of the baseline's, row by row, leaving out what differs by
 * nature (ids, times, tracking numbers, hashes): the application's state columns, each history entry's data, the
 * outbox rows' types and params, the consent and the statistics clock. Answers each difference found.
 */
async function compareRows(raw: RawDriver, p: Placeholder, httpId: string, rawId: string): Promise<string[]> {
  const TIMES = new Set(['agreedAt']);
  const normal = (v: unknown): unknown => {
    if (typeof v === 'string' && /^[[{]/.test(v)) {
      try {
        return normal(JSON.parse(v));
      } catch {
        return v;
      }
    }
    if (Array.isArray(v)) return v.map(normal);
    if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, TIMES.has(k) ? typeof x : normal(x)]));
    return v instanceof Date ? 'time' : v;
  };
  const read = async (id: string) => ({
    application: await raw.query(`SELECT state, status, awaiting_actor, workflow_state, version, due_at IS NULL AS no_due_date, submitted_at IS NULL AS not_submitted FROM applications WHERE id = ${p(1)}`, [id]),
    events: await raw.query(`SELECT seq, type, from_state, to_state, status, actor_id, actor_roles, actor_agency_id, comment, data FROM application_events WHERE application_id = ${p(1)} ORDER BY seq`, [id]),
    outbox: await raw.query(`SELECT o.type, o.params, o.status, e.seq FROM outbox o JOIN application_events e ON e.id = o.event_id WHERE o.application_id = ${p(1)} ORDER BY e.seq, o.type`, [id]),
    consent: await raw.query(`SELECT agreed_by, notice_version, notice_issued_on, covers FROM application_consents WHERE application_id = ${p(1)}`, [id]),
    clock: await raw.query(`SELECT licence_type, agency_id, paused_since IS NULL AS running, paused_days FROM statistics_clocks WHERE application_id = ${p(1)}`, [id]),
  });
  const [http, bare] = [await read(httpId), await read(rawId)];
  const differences: string[] = [];
  for (const table of Object.keys(http) as (keyof typeof http)[]) {
    const [a, b] = [JSON.stringify(normal(http[table])), JSON.stringify(normal(bare[table]))];
    if (a !== b) differences.push(`${table}: HTTP ${a.slice(0, 400)} ≠ raw ${b.slice(0, 400)}`);
  }
  return differences;
}

async function child(): Promise<void> {
  const send = (message: FromChild) => process.send!(message);
  const url = process.env.DATABASE_URL!;
  const dialect: Dialect = url.startsWith('sqlite:') ? 'sqlite' : 'postgres';

  // Loaded only now, with the environment the parent gave this process.
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  // The client's keep-alive sockets wait idle through the raw phase and the set-up; Node's 5 s default closed them
  // under a request sent at that moment ("socket hang up").
  app.getHttpServer().keepAliveTimeout = 120_000;
  const port = (app.getHttpServer().address() as AddressInfo).port;

  const raw =
    dialect === 'sqlite' ? openSqlite(resolve(url.slice('sqlite:'.length))) : openPostgres(url, process.env.DATABASE_SCHEMA!);
  const fixtures = await loadFixtures(raw, await app.get(HolidayCalendar).dates());
  const { initial, steps } = planFlow(fixtures);
  const initialMeta = fixtures.workflow.stateMeta(initial.value);

  const inspector = new Session();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((done, fail) => inspector.post(method, params, (error, result) => (error ? fail(error) : done(result))));

  const handle = async (message: ToChild): Promise<FromChild> => {
    switch (message.type) {
      case 'profile-start':
        inspector.connect();
        await post('Profiler.enable');
        await post('Profiler.start');
        return { type: 'profiling' };
      case 'cpu':
        return { type: 'cpu', ms: cpuMsOf(process.cpuUsage()) };
      case 'profile-stop': {
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        inspector.disconnect();
        writeFileSync(message.file, JSON.stringify(profile));
        return { type: 'profiling' };
      }
      case 'raw': {
        const now = new Date();
        const rows = Array.from({ length: message.applications }, (_, i) => ({
          id: randomUUID(),
          tracking_number: `RAW${message.round}-${String(i).padStart(6, '0')}`,
          licence_type: LICENCE_TYPE,
          workflow_version: fixtures.workflowVersion,
          business: null,
          applicant_id: fixtures.actors.applicant.id,
          agency_id: fixtures.agencyId,
          state: initial.value,
          status: initialMeta.status,
          awaiting_actor: initialMeta.actor,
          workflow_state: JSON.stringify(initial),
          form: JSON.stringify(FORM),
          premises: JSON.stringify(PREMISES),
          subdistrict_code: PREMISES.subdistrictCode,
          version: 1,
          state_entered_at: now,
          due_at: null,
          submitted_at: null,
          created_at: now,
          updated_at: now,
        }));
        await raw.insertApplications(rows);
        const apps: RawApp[] = rows.map((r) => ({ id: r.id, version: 1, submitted: false }));
        const latenciesMs: number[] = [];
        const cpuBefore = process.cpuUsage();
        const start = performance.now();
        await runPool(apps, message.concurrency, async (a) => {
          for (const step of steps) {
            const t0 = performance.now();
            await raw.transition(a, step, fixtures);
            latenciesMs.push(performance.now() - t0);
          }
        });
        const elapsedMs = performance.now() - start;
        const cpuMs = cpuMsOf(process.cpuUsage(cpuBefore));
        return { type: 'raw-done', result: { transitions: latenciesMs.length, elapsedMs, latenciesMs, cpuMs }, sampleId: apps[0].id };
      }
      case 'verify': {
        const p = dialect === 'postgres' ? (i: number) => `$${i}` : () => '?';
        const count = async (sql: string, params: unknown[] = []) => Number((await raw.query<{ n: number | string | null }>(sql, params))[0]?.n ?? 0);
        const final = steps[steps.length - 1];
        const cell = [LICENCE_TYPE, fixtures.agencyId];
        return {
          type: 'verified',
          applications: await count('SELECT COUNT(*) AS n FROM applications'),
          events: await count('SELECT COUNT(*) AS n FROM application_events'),
          outbox: await count(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'`),
          wrongState: await count(
            `SELECT COUNT(*) AS n FROM applications WHERE state <> '${final.toState}' OR version <> ${steps.length + 1}`,
          ),
          consents: await count('SELECT COUNT(*) AS n FROM application_consents'),
          clocks: await count('SELECT COUNT(*) AS n FROM statistics_clocks'),
          received: await count(`SELECT SUM(received) AS n FROM statistics_monthly WHERE licence_type = ${p(1)} AND agency_id = ${p(2)}`, cell),
          backlog: await count(`SELECT open AS n FROM statistics_backlog WHERE licence_type = ${p(1)} AND agency_id = ${p(2)}`, cell),
          differences: await compareRows(raw, p, message.httpId, message.rawId),
        };
      }
      case 'close':
        await raw.close();
        await app.close();
        return { type: 'closed' };
    }
  };

  let closing = false;
  // If the parent goes away, do not linger with a listening server.
  process.on('disconnect', () => {
    if (!closing) process.exit(1);
  });
  process.on('message', (message: ToChild) => {
    if (message.type === 'close') closing = true;
    handle(message).then(
      (reply) => {
        send(reply);
        if (reply.type === 'closed') process.disconnect();
      },
      (error: Error) => send({ type: 'error', message: error.stack ?? String(error) }),
    );
  });
  send({ type: 'ready', port, plan: steps.map(({ type, toState, effects }) => ({ type, toState, effects })), info: await raw.describe() });
}

// ---------------------------------------------------------------------------------------------
// Parent: HTTP load, orchestration and the report
// ---------------------------------------------------------------------------------------------

class Api {
  private readonly agent: http.Agent;
  private readonly tokens = new Map<As, string>();

  constructor(private readonly port: number, concurrency: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  }

  request(method: string, path: string, body?: unknown, as?: As): Promise<{ status: number; text: string }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
    if (as) headers.authorization = `Bearer ${this.tokens.get(as)}`;
    return new Promise((resolvePromise, reject) => {
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** A multipart upload of one document (not timed), as the web app sends it; answers the status and body. */
  async upload(path: string, code: string, pdf: Buffer, as: As): Promise<{ status: number; text: string }> {
    const form = new FormData();
    form.append('code', code);
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `${code}.pdf`);
    const res = await fetch(`http://127.0.0.1:${this.port}${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', authorization: `Bearer ${this.tokens.get(as)}` },
      body: form,
    });
    return { status: res.status, text: await res.text() };
  }

  async login(): Promise<void> {
    for (const as of Object.keys(USERNAMES) as As[]) {
      const res = await this.request('POST', '/api/v1/auth/dev-login', { username: USERNAMES[as] });
      if (res.status !== 200) throw new Error(`dev-login ${USERNAMES[as]}: HTTP ${res.status} ${res.text}`);
      this.tokens.set(as, (JSON.parse(res.text) as { accessToken: string }).accessToken);
    }
  }

  close(): void {
    this.agent.destroy();
  }
}

class Failures {
  count = 0;
  readonly samples: string[] = [];
  add(what: string): void {
    this.count++;
    if (this.samples.length < 5) this.samples.push(what);
  }
  assertNone(phase: string): void {
    if (this.count > 0) throw new Error(`${phase}: ${this.count} failed request(s), e.g.\n  ${this.samples.join('\n  ')}`);
  }
}

let documentPdf: Promise<Buffer> | undefined;

/**
 * Creates applications and attaches a PDF for each required document the list names as missing, through the
 * API (not timed); each request must succeed and each application's list must then answer `complete`, which
 * is what the plan's documentsComplete assumes.
 */
async function prepareApplications(api: Api, n: number, concurrency = CONCURRENCY): Promise<string[]> {
  const ids: string[] = [];
  const failures = new Failures();
  const body = { licenceType: LICENCE_TYPE, premises: PREMISES, form: FORM, confirmApplicantData: true };
  documentPdf ??= samplePdf();
  const pdf = await documentPdf;
  const documents = async (id: string) => {
    const res = await api.request('GET', `/api/v1/applications/${id}/documents`, undefined, 'applicant');
    if (res.status !== 200) throw new Error(`GET /applications/${id}/documents → ${res.status} ${res.text.slice(0, 300)}`);
    return JSON.parse(res.text) as { complete: boolean; missing: { code: string }[] };
  };
  await runPool(Array.from({ length: n }, (_, i) => i), Math.min(concurrency, CONCURRENCY), async () => {
    const res = await api.request('POST', '/api/v1/applications', body, 'applicant');
    if (res.status !== 201) return failures.add(`POST /applications → ${res.status} ${res.text.slice(0, 300)}`);
    const id = (JSON.parse(res.text) as { id: string }).id;
    try {
      for (const { code } of (await documents(id)).missing) {
        const upload = await api.upload(`/api/v1/applications/${id}/documents`, code, pdf, 'applicant');
        if (upload.status !== 201) throw new Error(`upload ${code} to ${id} → ${upload.status} ${upload.text.slice(0, 300)}`);
      }
      const after = await documents(id);
      if (!after.complete) throw new Error(`${id}: documents still incomplete after the uploads (missing ${after.missing.map((m) => m.code).join(', ')})`);
    } catch (error) {
      return failures.add((error as Error).message);
    }
    ids.push(id);
  });
  failures.assertNone('preparing applications');
  return ids;
}

/** Drives every application through the flow, CONCURRENCY applications in flight; each response must be 200. */
async function httpPhase(api: Api, ids: string[], plan: Pick<PlanStep, 'type' | 'toState'>[], concurrency = CONCURRENCY): Promise<PhaseResult> {
  const latenciesMs: number[] = [];
  const failures = new Failures();
  const start = performance.now();
  await runPool(ids, concurrency, async (id) => {
    for (const [i, step] of FLOW.entries()) {
      const body = step.data ? { type: step.type, data: step.data } : { type: step.type };
      const t0 = performance.now();
      const res = await api.request('POST', `/api/v1/applications/${id}/events`, body, step.as);
      const ms = performance.now() - t0;
      if (res.status !== 200) {
        failures.add(`${step.type} ${id} → HTTP ${res.status} ${res.text.slice(0, 300)}`);
        return;
      }
      const view = JSON.parse(res.text) as { state: string; version: number };
      if (view.state !== plan[i].toState || view.version !== i + 2) {
        failures.add(`${step.type} ${id} → 200 but state ${view.state} v${view.version}, expected ${plan[i].toState} v${i + 2}`);
        return;
      }
      latenciesMs.push(ms);
    }
  });
  const elapsedMs = performance.now() - start;
  failures.assertNone('HTTP transitions');
  return { transitions: latenciesMs.length, elapsedMs, latenciesMs };
}

class ChildChannel {
  private readonly inbox: FromChild[] = [];
  private waiting: { resolve: (m: FromChild) => void; reject: (e: Error) => void } | null = null;
  private exited: Error | null = null;

  constructor(readonly process: ChildProcess) {
    process.on('message', (m: FromChild) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        if (m.type === 'error') w.reject(new Error(`child: ${m.message}`));
        else w.resolve(m);
      } else this.inbox.push(m);
    });
    process.on('exit', (code, signal) => {
      this.exited = new Error(`child process exited (code ${code}, signal ${signal})`);
      this.waiting?.reject(this.exited);
      this.waiting = null;
    });
  }

  next<T extends FromChild['type']>(type: T): Promise<Extract<FromChild, { type: T }>> {
    return new Promise<FromChild>((resolvePromise, reject) => {
      const queued = this.inbox.shift();
      if (queued) return queued.type === 'error' ? reject(new Error(`child: ${queued.message}`)) : resolvePromise(queued);
      if (this.exited) return reject(this.exited);
      this.waiting = { resolve: resolvePromise, reject };
    }).then((m) => {
      if (m.type !== type) throw new Error(`expected '${type}' from the child, got '${m.type}'`);
      return m as Extract<FromChild, { type: T }>;
    });
  }

  ask<T extends FromChild['type']>(message: ToChild, reply: T): Promise<Extract<FromChild, { type: T }>> {
    this.process.send(message);
    return this.next(reply);
  }
}

interface DatabaseReport {
  name: string;
  info: string;
  http: PhaseResult[];
  raw: PhaseResult[];
  rawSamples: string[];
  httpSamples: string[];
  /** The load case (LOAD_CONCURRENCY in flight), HTTP and raw. */
  load: { http: PhaseResult; raw: PhaseResult } | null;
  /** Peak resident memory of the API process during the HTTP phases, in MB. */
  peakRssMb: number;
  /** Spawn → /health 200 of each cold start, in ms, and the CPU time the process used until then (steadier on a shared machine). */
  coldStartsMs: number[];
  coldStartsCpuMs: number[];
  /** The API's resident memory when /health first answered 200, in MB. */
  coldStartsRssMb: number[];
  /** The same run's baseline: a bare Node HTTP server (nothing required) answering /health, spawned the same way. */
  baselineStarts: { ms: number; cpuMs: number; rssMb: number }[];
}

/** The resident memory of a process now (VmRSS of /proc/<pid>/status), in MB; NaN where /proc is not available. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Samples a process's resident memory every 100 ms while `work` runs; answers its result and the peak seen. */
async function sampleRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = rssMb(pid);
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 100);
  try {
    return { result: await work(), peakMb: Math.max(peakMb, rssMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * One cold start of the API as deployed (dist/apps/api/src/main.js) on the already-migrated and seeded database:
 * from spawning the process to the first 200 of GET /health, in ms. The process is stopped (SIGTERM) afterwards.
 */
/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (NaN where /proc is not available). */
function cpuMs(pid: number): number {
  try {
    // The fields after the command name (which may hold spaces); utime and stime are the 14th and 15th, in clock ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The cold-start baseline: Node itself with an HTTP server answering 200 to everything, no module required. */
const BARE_NODE_SERVER = ['-e', "require('node:http').createServer((req, res) => res.end('ok')).listen(Number(process.env.PORT))"];

async function coldStart(env: NodeJS.ProcessEnv, args: string[]): Promise<{ ms: number; cpuMs: number; rssMb: number }> {
  const port = await freePort();
  const started = performance.now();
  const proc = spawn(process.execPath, args, { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the API exited with ${proc.exitCode} before answering /health: ${stderr.slice(0, 500)}`);
      const ok = await new Promise<boolean>((done) => {
        const req = http.get({ host: '127.0.0.1', port, path: '/health' }, (res) => (res.resume(), done(res.statusCode === 200)));
        req.on('error', () => done(false));
      });
      if (ok) return { ms: performance.now() - started, cpuMs: cpuMs(proc.pid!), rssMb: rssMb(proc.pid!) };
      if (performance.now() - started > 60_000) throw new Error(`no /health 200 within 60 s: ${stderr.slice(0, 500)}`);
      await new Promise((done) => setTimeout(done, 10));
    }
  } finally {
    if (proc.exitCode === null) {
      const exited = new Promise((done) => proc.once('exit', done));
      proc.kill('SIGTERM');
      const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
  }
}

async function benchDatabase(name: Dialect, env: Record<string, string>, repoRoot: string): Promise<DatabaseReport> {
  // The uploaded documents (and a development signing identity, should anything ask for one) go to a temporary
  // directory, never under the repository's data/.
  const files = mkdtempSync(join(tmpdir(), 'bizportal-bench-files-'));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'true',
    DEV_LOGIN_ENABLED: 'true',
    OUTBOX_RUNNER_ENABLED: 'false',
    // No background job runs beside the measured work: the reminder job's start-up run found due-soon steps and
    // added outbox rows in the middle of a round; the history check, expiry and open data would add load at random.
    REMINDER_INTERVAL_MS: '0',
    HISTORY_AUDIT_INTERVAL_MS: '0',
    LICENCE_EXPIRY_INTERVAL_MS: '0',
    OPEN_DATA_INTERVAL_MS: '0',
    WORKFLOWS_DIR: join(repoRoot, 'workflows'),
    DOCUMENTS_DIR: join(files, 'documents'),
    SIGNING_DEV_DIR: join(files, 'signing'),
    ...env,
  };
  if (!env.DATABASE_SCHEMA) delete childEnv.DATABASE_SCHEMA;
  delete childEnv.PORT;
  delete childEnv.JWT_SECRET;
  const channel = new ChildChannel(fork(__filename, ['--child'], { env: childEnv, stdio: 'inherit', execArgv: [...process.execArgv, ...apiNodeFlags(repoRoot)] }));
  const report: DatabaseReport = { name, info: '', http: [], raw: [], rawSamples: [], httpSamples: [], load: null, peakRssMb: NaN, coldStartsMs: [], coldStartsCpuMs: [], coldStartsRssMb: [], baselineStarts: [] };
  const childPid = channel.process.pid!;
  const sampled = async <T>(work: () => Promise<T>): Promise<T> => {
    const { result, peakMb } = await sampleRss(childPid, work);
    report.peakRssMb = Number.isNaN(report.peakRssMb) ? peakMb : Math.max(report.peakRssMb, peakMb);
    return result;
  };
  try {
    const ready = await channel.next('ready');
    report.info = ready.info;
    const api = new Api(ready.port, CONCURRENCY);
    await api.login();
    // The step's effects, and the pre-check's row a submission records besides them.
    const outboxRowsOf = (step: (typeof ready.plan)[number]) => step.effects.length + (PRECHECK_EVENTS.includes(step.type) ? 1 : 0);
    const outboxPerApplication = ready.plan.reduce((n, s) => n + outboxRowsOf(s), 0);
    console.log(`\n${name}: ${ready.info}`);
    console.log(
      `  flow: ${ready.plan.map((s) => `${s.type}${outboxRowsOf(s) ? `(+${outboxRowsOf(s)} outbox)` : ''}`).join(' → ')}` +
        ` = ${FLOW.length} transitions, ${outboxPerApplication} outbox rows per application`,
    );

    const plannedRounds = [...(WARMUP > 0 ? [{ round: 0, n: WARMUP }] : []), ...Array.from({ length: ROUNDS }, (_, i) => ({ round: i + 1, n: APPLICATIONS }))];
    for (const { round, n } of plannedRounds) {
      const ids = await prepareApplications(api, n);
      const profile = CPU_PROF_DIR !== '' && round === ROUNDS;
      const runHttp = async () => {
        if (profile) await channel.ask({ type: 'profile-start' }, 'profiling');
        const apiCpuBefore = (await channel.ask({ type: 'cpu' }, 'cpu')).ms;
        const clientCpuBefore = process.cpuUsage();
        const result = await sampled(() => httpPhase(api, ids, ready.plan));
        result.clientCpuMs = cpuMsOf(process.cpuUsage(clientCpuBefore));
        result.cpuMs = (await channel.ask({ type: 'cpu' }, 'cpu')).ms - apiCpuBefore;
        if (profile) {
          mkdirSync(CPU_PROF_DIR, { recursive: true });
          const file = resolve(CPU_PROF_DIR, `api-${name}-${Date.now()}.cpuprofile`);
          await channel.ask({ type: 'profile-stop', file }, 'profiling');
          console.log(`  CPU profile of the API during this round's HTTP phase: ${file}`);
        }
        return result;
      };
      const runRaw = async () => {
        const done = await channel.ask({ type: 'raw', round, applications: n, concurrency: CONCURRENCY }, 'raw-done');
        report.rawSamples.push(done.sampleId);
        return done.result;
      };
      // Alternate which phase goes first, so drift (WAL growth, caches, neighbours) hits both alike.
      let h: PhaseResult, r: PhaseResult;
      if (round % 2 === 1) {
        h = await runHttp();
        r = await runRaw();
      } else {
        r = await runRaw();
        h = await runHttp();
      }
      report.httpSamples.push(ids[0]);
      const label = round === 0 ? 'warm-up' : `round ${round}/${ROUNDS}`;
      console.log(
        `  ${label.padEnd(11)} HTTP ${rate(h).toFixed(0).padStart(6)} tx/s (p50 ${percentile(h.latenciesMs, 50).toFixed(1)} ms)` +
          `   raw SQL ${rate(r).toFixed(0).padStart(6)} tx/s (p50 ${percentile(r.latenciesMs, 50).toFixed(2)} ms)` +
          `   HTTP/raw ${(rate(h) / rate(r)).toFixed(2)}` +
          `   CPU/transition: API ${cpuPer(h, 'cpuMs')} ms, load generator ${cpuPer(h, 'clientCpuMs')} ms, raw ${cpuPer(r, 'cpuMs')} ms`,
      );
      if (round > 0) {
        report.http.push(h);
        report.raw.push(r);
      }
    }

    if (LOAD_CONCURRENCY > 0) {
      const loadApi = new Api(ready.port, LOAD_CONCURRENCY);
      await loadApi.login();
      const ids = await prepareApplications(loadApi, LOAD_APPLICATIONS, LOAD_CONCURRENCY);
      const h = await sampled(() => httpPhase(loadApi, ids, ready.plan, LOAD_CONCURRENCY));
      const r = (await channel.ask({ type: 'raw', round: ROUNDS + 1, applications: LOAD_APPLICATIONS, concurrency: LOAD_CONCURRENCY }, 'raw-done')).result;
      loadApi.close();
      report.load = { http: h, raw: r };
      console.log(
        `  load (${LOAD_CONCURRENCY} in flight) HTTP ${rate(h).toFixed(0)} tx/s, p50 ${percentile(h.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(h.latenciesMs, 99).toFixed(1)} ms` +
          `   raw SQL ${rate(r).toFixed(0)} tx/s, p50 ${percentile(r.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(r.latenciesMs, 99).toFixed(1)} ms`,
      );
    }
    console.log(`  API resident memory during the HTTP phases: peak ${report.peakRssMb.toFixed(0)} MB`);
    // Alternated with the baseline, so both see the same load on a shared machine.
    for (let i = 0; i < COLD_STARTS; i++) {
      report.baselineStarts.push(await coldStart(childEnv, BARE_NODE_SERVER));
      const start = await coldStart(childEnv, [join(repoRoot, 'dist/apps/api/src/main.js')]);
      report.coldStartsMs.push(start.ms);
      report.coldStartsCpuMs.push(start.cpuMs);
      report.coldStartsRssMb.push(start.rssMb);
    }
    if (COLD_STARTS > 0) {
      const base = report.baselineStarts;
      const [ms, cpu, rss] = [median(report.coldStartsMs), median(report.coldStartsCpuMs), median(report.coldStartsRssMb)];
      const [baseMs, baseCpu, baseRss] = [median(base.map((b) => b.ms)), median(base.map((b) => b.cpuMs)), median(base.map((b) => b.rssMb))];
      console.log(
        `  cold start (spawn → /health 200, migrated database): ${report.coldStartsMs.map((v) => v.toFixed(0)).join(', ')} ms; ` +
          `CPU used until then ${report.coldStartsCpuMs.map((v) => v.toFixed(0)).join(', ')} ms; RSS then ${report.coldStartsRssMb.map((v) => v.toFixed(0)).join(', ')} MB`,
      );
      console.log(
        `  against a bare Node HTTP server in the same run (medians): wall ${ms.toFixed(0)} / ${baseMs.toFixed(0)} ms = ${(ms / baseMs).toFixed(1)}×, ` +
          `CPU ${cpu.toFixed(0)} / ${baseCpu.toFixed(0)} ms = ${(cpu / baseCpu).toFixed(1)}×, RSS ${rss.toFixed(0)} / ${baseRss.toFixed(0)} MB = ${(rss / baseRss).toFixed(1)}×`,
      );
    }

    // Everything committed as expected, and the app itself accepts the baseline's hash chains.
    const v = await channel.ask(
      { type: 'verify', httpId: report.httpSamples[report.httpSamples.length - 1], rawId: report.rawSamples[report.rawSamples.length - 1] },
      'verified',
    );
    const expectedApps = WARMUP + ROUNDS * APPLICATIONS + (LOAD_CONCURRENCY > 0 ? LOAD_APPLICATIONS : 0);
    const totalApps = 2 * expectedApps;
    const problems: string[] = [];
    if (v.applications !== totalApps) problems.push(`${v.applications} applications, expected ${totalApps}`);
    if (v.wrongState !== 0) problems.push(`${v.wrongState} applications did not end in ${ready.plan[ready.plan.length - 1].toState}`);
    if (v.events !== totalApps * FLOW.length) problems.push(`${v.events} events, expected ${totalApps * FLOW.length}`);
    if (v.outbox !== totalApps * outboxPerApplication) problems.push(`${v.outbox} pending outbox rows, expected ${totalApps * outboxPerApplication}`);
    if (v.consents !== totalApps) problems.push(`${v.consents} consents, expected ${totalApps}`);
    if (v.clocks !== totalApps) problems.push(`${v.clocks} statistics clocks, expected ${totalApps}`);
    if (v.received !== totalApps || v.backlog !== totalApps) problems.push(`statistics: ${v.received} received and ${v.backlog} in the backlog, expected ${totalApps} each`);
    problems.push(...v.differences);
    for (const [kind, id] of [['HTTP', report.httpSamples[report.httpSamples.length - 1]], ['raw SQL', report.rawSamples[report.rawSamples.length - 1]]]) {
      const res = await api.request('GET', `/api/v1/applications/${id}/timeline`, undefined, 'applicant');
      const timeline = res.status === 200 ? (JSON.parse(res.text) as { integrity: { verified: boolean }; entries: unknown[] }) : null;
      if (!timeline || !timeline.integrity.verified || timeline.entries.length !== FLOW.length) {
        problems.push(`timeline of a ${kind} application ${id}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      }
    }
    if (problems.length > 0) throw new Error(`${name}: verification failed:\n  ${problems.join('\n  ')}`);
    console.log(
      `  verified: ${v.events} events, ${v.outbox} pending outbox rows, ${v.consents} consents, ${v.clocks} statistics clocks, ${v.received} received; ` +
        `an HTTP and a raw application have the same rows (ids and times aside); the hash chains of both pass the app's timeline check`,
    );
    api.close();
    await channel.ask({ type: 'close' }, 'closed');
    return report;
  } finally {
    // After 'closed' the child exits by itself; after a failure it is told to stop (SIGTERM runs the app's shutdown hooks).
    const child = channel.process;
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        const term = setTimeout(() => child.kill('SIGTERM'), 2_000);
        const kill = setTimeout(() => child.kill('SIGKILL'), 12_000);
        child.once('exit', () => (clearTimeout(term), clearTimeout(kill), done()));
      });
    }
    rmSync(files, { recursive: true, force: true });
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

async function parent(): Promise<void> {
  const started = performance.now();
  const repoRoot = findRepoRoot();
  console.log(
    `Committed transitions per second — ${APPLICATIONS} applications × ${FLOW.length} transitions per round, ` +
      `${ROUNDS} rounds (+${WARMUP > 0 ? `a ${WARMUP}-application warm-up` : 'no warm-up'}), ${CONCURRENCY} applications in flight`,
  );
  console.log(`Node ${process.version}, ${cpus().length} CPU(s). HTTP load comes from this process; the API runs in a child process.`);

  const reports: DatabaseReport[] = [];
  const skipped: string[] = [];
  const failed: string[] = [];

  if (DATABASES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-bench-'));
    try {
      reports.push(await benchDatabase('sqlite', { DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}` }, repoRoot));
    } catch (error) {
      failed.push('sqlite');
      console.error(`\nSQLite FAILED: ${(error as Error).stack ?? error}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (DATABASES.includes('postgres')) {
    const admin = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    let reachable = true;
    try {
      await admin.connect();
    } catch (error) {
      reachable = false;
      skipped.push(`postgres: skipped — ${redact(PG_URL)} is not reachable (${(error as Error).message}); set BENCH_DATABASE_URL`);
      await admin.end().catch(() => undefined);
    }
    if (reachable) {
      const schema = `bench_${randomBytes(6).toString('hex')}`;
      try {
        await admin.query(`CREATE SCHEMA ${schema}`);
        reports.push(await benchDatabase('postgres', { DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema }, repoRoot));
      } catch (error) {
        failed.push('postgres');
        console.error(`\nPostgreSQL FAILED: ${(error as Error).stack ?? error}`);
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch((e: Error) => console.error(`could not drop schema ${schema}: ${e.message}`));
        await admin.end();
      }
    }
  }

  if (reports.length > 0) {
    console.log(`\nMedians over ${ROUNDS} rounds (${APPLICATIONS * FLOW.length} transitions per round per side):\n`);
    const header = ['database', 'HTTP tx/s', 'raw SQL tx/s', 'HTTP/raw', 'CPU/tx API:raw', 'HTTP p50', 'HTTP p95', 'raw p50', 'raw p95', `p50/p99 @${LOAD_CONCURRENCY}`, 'cold start', 'peak RSS'];
    const rows = reports.map((r) => {
      const httpLat = r.http.flatMap((x) => x.latenciesMs);
      const rawLat = r.raw.flatMap((x) => x.latenciesMs);
      return [
        r.name,
        median(r.http.map(rate)).toFixed(0),
        median(r.raw.map(rate)).toFixed(0),
        median(r.http.map((h, i) => rate(h) / rate(r.raw[i]))).toFixed(2),
        `${median(r.http.map((h) => h.cpuMs! / h.transitions)).toFixed(2)}:${median(r.raw.map((x) => x.cpuMs! / x.transitions)).toFixed(2)} ms`,
        `${percentile(httpLat, 50).toFixed(1)} ms`,
        `${percentile(httpLat, 95).toFixed(1)} ms`,
        `${percentile(rawLat, 50).toFixed(2)} ms`,
        `${percentile(rawLat, 95).toFixed(2)} ms`,
        r.load ? `${percentile(r.load.http.latenciesMs, 50).toFixed(0)}/${percentile(r.load.http.latenciesMs, 99).toFixed(0)} ms` : '-',
        r.coldStartsMs.length > 0
          ? `${median(r.coldStartsMs).toFixed(0)} ms (CPU ${median(r.coldStartsCpuMs).toFixed(0)}; ${(median(r.coldStartsMs) / median(r.baselineStarts.map((x) => x.ms))).toFixed(1)}× bare node)`
          : '-',
        `${r.peakRssMb.toFixed(0)} MB`,
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) console.log(line(row));
    console.log(
      '\nHTTP/raw is the median of the per-round ratios of HTTP transitions/s to those the same writes reach through the bare driver ' +
        '(what the HTTP + auth + engine + ORM pipeline leaves of the floor; the target is ≥ 0.5). CPU/tx API:raw: median CPU milliseconds ' +
        'per committed transition of the API process in the HTTP phases and of the baseline (its driver and JavaScript, in the same child) in the raw phases, ' +
        'the PostgreSQL server’s work excluded from both and SQLite’s (in the process) included in both; steadier than tx/s on a shared machine, where the load generator (printed per round) also takes CPU. Latencies are per transition at that concurrency, pooled over the ' +
        'measured rounds; better-sqlite3 is synchronous, so raw SQLite latencies include waiting for the other lanes. ' +
        `p50/p99 @${LOAD_CONCURRENCY}: the load case's HTTP latencies (target p99 ≤ 50 ms on PostgreSQL); cold start: median spawn → /health 200 ` +
        '(target ≤ 2 s); peak RSS: the API process during the HTTP phases (target ≤ 300 MB).',
    );
  }
  for (const note of skipped) console.log(`\n${note}`);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failed.length > 0) {
    console.error(`\nBENCHMARK FAILED on ${failed.join(' and ')} (see above)`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--child') {
  child().catch((error: Error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  });
} else {
  parent().catch((error: Error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  });
}
