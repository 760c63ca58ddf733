import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationEntity } from '@bizportal/licensing';
import { apiProcess } from './support/api-child';
import { MIGRATIONS, applicationIn, finished, foodVersion2, publishVersion } from './support/migrations';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(240_000);

/**
 * A migration whose process dies mid-run is finished by the next process: MIGRATION_FAULT=crash-after-batch (refused
 * in production) SIGKILLs a real API process right after its first batch commits; a new process, started as after a
 * crash, takes the run over once its lease has run out and moves the rest, each application exactly once.
 */
describe('A workflow migration resumes after a crash', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The child processes check the same tokens: one secret for all. This process takes over nothing itself.
    t = await startTestApp({ JWT_SECRET: randomBytes(32).toString('base64url'), MIGRATION_RESUME_INTERVAL_MS: '0' });
  });
  afterAll(() => t.close());

  it('kill -9 after the first batch: a restarted process takes the run over and moves every application once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await applicationIn(t, 'submitted')).id, (await applicationIn(t, 'checking')).id);
    const v2 = await publishVersion(t, foodVersion2());
    const store = t.app.get(DataSource).getRepository(ApplicationEntity);
    const versionsBefore = new Map((await store.findBy({})).map((a) => [a.id, a.version]));

    const crashing = await apiProcess({ MIGRATION_FAULT: 'crash-after-batch', MIGRATION_BATCH_SIZE: '5', MIGRATION_RESUME_INTERVAL_MS: '0' });
    const started = await fetch(`${crashing.url}${MIGRATIONS}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await t.login('admin')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fromVersion: 1, toVersion: v2, stateMapping: { submitted: 'submitted', checking: 'checking' } }),
    }).then(
      async (r) => ({ status: r.status, body: await r.json() }),
      () => null, // the process may die before it answers
    );
    expect((await crashing.exited).signal).toBe('SIGKILL');
    if (started) expect(started.status).toBe(202);

    // Left running, one batch of five committed whole, the other seven untouched.
    const [run] = await t.app.get(DataSource).query("SELECT id, status, moved, batches, resumed, total FROM workflow_migrations");
    expect(run).toMatchObject({ status: 'running', moved: 5, batches: 1, resumed: 0, total: 12 });
    if (started) expect(started.body.id).toBe(run.id);
    expect(await t.count('workflow_migration_items', `migration_id = '${run.id}' AND outcome = 'pending'`)).toBe(7);
    expect(await t.count('application_events', "type = 'MIGRATED'")).toBe(5);
    expect(await t.count('applications', `workflow_version = ${v2}`)).toBe(5);

    // The restart: it takes the run over once the dead process's lease has run out.
    const restarted = await apiProcess({ MIGRATION_BATCH_SIZE: '5', MIGRATION_LEASE_MS: '1000', MIGRATION_RESUME_INTERVAL_MS: '300' });
    try {
      const report = await finished(t, run.id);
      expect(report).toMatchObject({ status: 'completed', total: 12, moved: 12, refused: 0, skipped: 0, pending: 0, resumed: 1, batches: 3 });
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    }
    // Each application moved exactly once, its version one up, its chain intact.
    for (const id of ids) {
      const app = await store.findOneByOrFail({ id });
      expect({ id, workflowVersion: app.workflowVersion, version: app.version }).toEqual({ id, workflowVersion: v2, version: versionsBefore.get(id)! + 1 });
      expect(await t.count('application_events', `application_id = '${id}' AND type = 'MIGRATED'`)).toBe(1);
      const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
      expect(timeline.body.integrity.verified).toBe(true);
    }
  });
});
