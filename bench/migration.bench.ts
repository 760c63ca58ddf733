/**
 * Migrating running applications between workflow versions, on SQLite and, when DATABASE_URL names a PostgreSQL
 * server, on PostgreSQL too:
 *
 *   npm run bench:migration
 *
 * BENCH_MIGRATION_APPLICATIONS applications (10,000) of the food premises permit are inserted in bulk on version 1,
 * waiting in `checking`, each with a real hash-chained history of three rows. Version 2 (the signer's approval added)
 * is published. Then, BENCH_MIGRATION_RUNS times (3), with medians:
 *  - the product: the plan and its checks (`MigrationPlanner.plan`: the live applications read, the engine's plan
 *    checks, each application's history and effects against its target), then the run recorded and run to its end
 *    (`MigrationJobs.create` + `MigrationRunner`: batches of MIGRATION_BATCH_SIZE, each application version-guarded
 *    through `WorkflowTransitions.migrate` with its MIGRATED row, due date and item outcome);
 *  - the baseline, measured in the same run on the same applications: the same writes in raw SQL, batch by batch in
 *    one transaction each: the rows read, the previous history hash read, one conditional UPDATE and one history
 *    INSERT (hash computed with the product's `chainedEvent`) per application. It moves them back to version 1, so
 *    the next product run starts where the first did.
 * Each prints milliseconds per application and the product's ratio to the baseline.
 *
 * Environment:
 *   BENCH_MIGRATION_APPLICATIONS  applications (10000)
 *   BENCH_MIGRATION_RUNS          measured runs (3)
 *   MIGRATION_BATCH_SIZE          applications per transaction, product and baseline alike (200)
 *   DATABASE_URL                  postgres://… to run PostgreSQL too (a fresh schema of its own, dropped at the end)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { canonicalJson, sha256Hex } from '@bizportal/common';
import { checkDefinition, MIGRATED_EVENT, type WorkflowDefinition } from '@bizportal/engine';
import {
  ApplicationEntity,
  ApplicationEventEntity,
  CatalogueService,
  DueDates,
  MigrationJobs,
  MigrationPlanner,
  MigrationRunner,
  WorkflowDefinitionEntity,
  chainedEvent,
  sampleApplicationRow,
} from '@bizportal/licensing';
import { benchEntry, onEachDatabase, quietAppEnv } from './databases';
import { median } from './stats';

const APPLICATIONS = Number(process.env.BENCH_MIGRATION_APPLICATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_MIGRATION_RUNS ?? 3);
const BATCH = Number(process.env.MIGRATION_BATCH_SIZE ?? 200);
const FOOD = 'food-premises-permit';
const WORKFLOWS = resolve(__dirname, '../../workflows');
const ADMIN = { id: 'user-admin', username: 'admin', roles: ['workflow_admin' as const], agencyId: null };

/** Version 2: the food permit with the signer's approval of the e-licence (as the e2e suites publish it). */
function version2(): WorkflowDefinition {
  const file = JSON.parse(readFileSync(join(WORKFLOWS, 'licences', `${FOOD}.json`), 'utf8'));
  const { template, ...rest } = file;
  const params = template.params;
  const { definition, problems } = checkDefinition(
    { ...rest, machine: { template: template.name, params: { ...params, signerApproval: true, slaDays: { ...params.slaDays, decision: params.slaDays.decision - 1, signature: 1 } } } },
    `${FOOD}@2.json`,
  );
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return definition;
}

async function seed(dataSource: DataSource, version: number): Promise<string[]> {
  const started = performance.now();
  const officer = { id: 'user-officer-kt', roles: ['officer' as const], agencyId: 'bma-khlong-toei' };
  const applicant = { id: 'user-somchai', roles: ['applicant' as const], agencyId: null };
  const base = Date.UTC(2026, 0, 5, 2);
  const ids: string[] = [];
  for (let from = 0; from < APPLICATIONS; from += 2000) {
    const apps: ApplicationEntity[] = [];
    const rows: ApplicationEventEntity[] = [];
    for (let i = from; i < Math.min(APPLICATIONS, from + 2000); i++) {
      const id = randomUUID();
      ids.push(id);
      const createdAt = new Date(base + i * 60_000);
      apps.push(
        sampleApplicationRow({
          index: i,
          id,
          trackingNumber: `BM${String(i).padStart(9, '0')}`,
          licenceType: FOOD,
          workflowVersion: version,
          applicantDataConfirmedAt: createdAt,
          state: 'checking',
          status: 'checking',
          awaitingActor: 'officer',
          version: 3,
          stateEnteredAt: new Date(createdAt.getTime() + 7_200_000),
          createdAt,
        }),
      );
      let last: ApplicationEventEntity | null = null;
      const steps = [
        { type: 'SUBMIT', actor: applicant, from: 'draft', to: 'submitted', status: 'submitted' as const },
        { type: 'RECEIVE', actor: officer, from: 'submitted', to: 'checking', status: 'checking' as const },
        { type: 'CHOOSE_DELIVERY', actor: applicant, from: 'checking', to: 'checking', status: 'checking' as const, data: { method: 'e-licence' } },
      ];
      steps.forEach((s, n) => {
        last = chainedEvent(last, randomUUID(), { type: s.type, actor: s.actor, data: s.data }, { applicationId: id, fromState: s.from, toState: s.to, status: s.status, at: new Date(createdAt.getTime() + n * 3_600_000) });
        rows.push(last);
      });
    }
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < apps.length; i += 250) await manager.insert(ApplicationEntity, apps.slice(i, i + 250));
      for (let i = 0; i < rows.length; i += 500) await manager.insert(ApplicationEventEntity, rows.slice(i, i + 500));
    });
  }
  console.log(`  seeded ${APPLICATIONS} applications in 'checking' on version ${version}, 3 history rows each, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ids;
}

/**
 * The baseline: the same writes in raw SQL, a batch per transaction: read the rows and the previous hashes, then per
 * application one conditional UPDATE (version, state, due date) and one chained history INSERT.
 */
async function rawMigration(dataSource: DataSource, ids: string[], toVersion: number, slaDays: number | null, dueDates: DueDates): Promise<void> {
  const postgres = dataSource.options.type === 'postgres';
  const p = (n: number) => (postgres ? `$${n}` : '?');
  const time = (d: Date | null) => (d === null ? null : postgres ? d : d.toISOString().replace('T', ' ').replace('Z', ''));
  const list = (n: number, from = 1) => Array.from({ length: n }, (_, i) => p(from + i)).join(', ');
  const update = `UPDATE applications SET workflow_version = ${p(1)}, state = ${p(2)}, status = ${p(3)}, awaiting_actor = ${p(4)}, workflow_state = ${p(5)}, version = ${p(6)}, updated_at = ${p(7)}, state_entered_at = ${p(8)}, due_at = ${p(9)} WHERE id = ${p(10)} AND version = ${p(11)}`;
  const insert = `INSERT INTO application_events (id, application_id, seq, type, from_state, to_state, status, actor_id, actor_roles, actor_agency_id, comment, data, created_at, prev_hash, hash) VALUES (${list(15)})`;
  for (let b = 0; b < ids.length; b += BATCH) {
    const batch = ids.slice(b, b + BATCH);
    await dataSource.transaction(async (manager) => {
      const now = new Date();
      const apps: { id: string; version: number; workflow_version: number; state: string; state_entered_at: Date | string }[] = await manager.query(
        `SELECT id, version, workflow_version, state, state_entered_at FROM applications WHERE id IN (${list(batch.length)})`,
        batch,
      );
      const heads: { application_id: string; seq: number; hash: string }[] = await manager.query(
        `SELECT e.application_id, e.seq, e.hash FROM application_events e WHERE e.application_id IN (${list(batch.length)}) AND e.seq = (SELECT MAX(m.seq) FROM application_events m WHERE m.application_id = e.application_id)`,
        batch,
      );
      const headOf = new Map(heads.map((h) => [h.application_id, { seq: Number(h.seq), hash: h.hash }]));
      for (const app of apps) {
        const entered = app.state_entered_at instanceof Date ? app.state_entered_at : new Date(`${app.state_entered_at.replace(' ', 'T')}Z`);
        const dueAt = await dueDates.dueAt(entered, slaDays);
        const result = await manager.query(update, [toVersion, 'checking', 'checking', 'officer', JSON.stringify({ value: 'checking', status: 'active' }), app.version + 1, time(now), time(entered), time(dueAt), app.id, app.version]);
        const affected = postgres ? (result as [unknown, number])[1] : 1;
        if (affected !== 1) throw new Error(`baseline: ${app.id} moved`);
        const row = chainedEvent(headOf.get(app.id), randomUUID(), { type: MIGRATED_EVENT, actor: { id: ADMIN.id, roles: ADMIN.roles, agencyId: null }, data: { migrationId: 'baseline', fromVersion: app.workflow_version, fromState: 'checking', toVersion, toState: 'checking' } }, { applicationId: app.id, fromState: 'checking', toState: 'checking', status: 'checking', at: now });
        await manager.query(insert, [row.id, row.applicationId, row.seq, row.type, row.fromState, row.toState, row.status, row.actorId, JSON.stringify(row.actorRoles), row.actorAgencyId, row.comment, JSON.stringify(row.data), time(row.createdAt), row.prevHash, row.hash]);
      }
    });
  }
}

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const postgres = dataSource.options.type === 'postgres';
    const catalogue = app.get(CatalogueService);
    const v1 = (await catalogue.licenceType(FOOD)).currentVersion;
    const v2 = v1 + 1;
    const definition = version2();
    await dataSource.getRepository(WorkflowDefinitionEntity).insert({
      id: randomUUID(),
      licenceType: FOOD,
      version: v2,
      definition: definition as never,
      checksum: sha256Hex(canonicalJson(definition)),
      publishedAt: new Date(),
      publishedBy: 'bench',
      createdBy: 'bench',
      createdAt: new Date(),
    });
    const ids = await seed(dataSource, v1);
    await dataSource.query(postgres ? 'VACUUM ANALYZE' : 'ANALYZE');
    const planner = app.get(MigrationPlanner);
    const jobs = app.get(MigrationJobs);
    const runner = app.get(MigrationRunner);
    const dueDates = app.get(DueDates);
    const slaV1 = (await catalogue.workflow(FOOD, v1)).stateMeta('checking').slaDays;

    const planMs: number[] = [];
    const runMs: number[] = [];
    const baselineMs: number[] = [];
    console.log(`  runs (batches of ${BATCH}):`);
    for (let i = 0; i < RUNS; i++) {
      const body = { fromVersion: v1, toVersion: v2, stateMapping: { checking: 'checking' } };
      const started = performance.now();
      const plan = await planner.plan(FOOD, body);
      const planned = performance.now();
      const job = await jobs.create(ADMIN as never, plan, body);
      await runner.settled([job.id]);
      const done = performance.now();
      const [row] = await dataSource.query(`SELECT status, moved FROM workflow_migrations WHERE id = '${job.id}'`);
      if (row.status !== 'completed' || Number(row.moved) !== APPLICATIONS) throw new Error(`run ${i}: ${JSON.stringify(row)}`);
      planMs.push(planned - started);
      runMs.push(done - planned);
      // The baseline moves them back to version 1 with the same writes, so the next run starts alike.
      const baseStarted = performance.now();
      await rawMigration(dataSource, ids, v1, slaV1, dueDates);
      baselineMs.push(performance.now() - baseStarted);
      const back = await dataSource.query(`SELECT COUNT(*) AS n FROM applications WHERE licence_type = '${FOOD}' AND workflow_version = ${v1} AND state = 'checking'`);
      if (Number(back[0].n) < APPLICATIONS) throw new Error('the baseline did not move every application back');
      console.log(`    run ${i + 1}: plan ${planMs[i].toFixed(0)} ms, run ${runMs[i].toFixed(0)} ms, baseline ${baselineMs[i].toFixed(0)} ms`);
    }
    const per = (ms: number) => `${((ms * 1000) / APPLICATIONS).toFixed(0).padStart(5)} µs/application`;
    const m = { plan: median(planMs), run: median(runMs), base: median(baselineMs), total: median(planMs.map((p, i) => p + runMs[i])) };
    console.log(`  medians (${APPLICATIONS} applications):`);
    console.log(`    baseline, raw SQL (read, UPDATE, chained INSERT) ${m.base.toFixed(0).padStart(7)} ms  ${per(m.base)}`);
    console.log(`    plan and checks                                 ${m.plan.toFixed(0).padStart(7)} ms  ${per(m.plan)}`);
    console.log(`    run (batches, MIGRATED, items)                  ${m.run.toFixed(0).padStart(7)} ms  ${per(m.run)}   ${(m.run / m.base).toFixed(2)}× baseline`);
    console.log(`    plan + run                                      ${m.total.toFixed(0).padStart(7)} ms  ${per(m.total)}   ${(m.total / m.base).toFixed(2)}× baseline`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`Workflow migration: ${APPLICATIONS} applications; ${RUNS} runs. Node ${process.version}, ${cpus().length} CPU(s).`);
  await onEachDatabase(__filename, quietAppEnv({ MIGRATION_RESUME_INTERVAL_MS: '0', WORKFLOWS_DIR: WORKFLOWS }));
}

benchEntry(main, child);
