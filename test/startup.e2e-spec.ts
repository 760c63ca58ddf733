import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ALL_MIGRATIONS } from '@bizportal/database';
import { apiProcess } from './support/api-child';
import { until } from './support/held-tsa';
import { freshSchema, isPostgres, REPO_ROOT, startTestApp, TEST_SETTINGS, testTrustServices } from './support/test-app';

describe('Start-up refuses an invalid workflow definition', () => {
  it('names the file, the state and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-workflows-'));
    mkdirSync(join(dir, 'licences'));
    copyFileSync(join(REPO_ROOT, 'workflows/businesses.json'), join(dir, 'businesses.json'));
    const definition = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/licences/food-premises-permit.json'), 'utf8'));
    definition.machine.states.consideration.on.APPROVE[1].guard = { type: 'isBoss' };
    writeFileSync(join(dir, 'licences/food-premises-permit.json'), JSON.stringify(definition));
    await expect(startTestApp({ WORKFLOWS_DIR: dir })).rejects.toThrow(
      /food-premises-permit\.json \[state consideration\]: APPROVE: unknown guard 'isBoss'/,
    );
  });

  it('refuses a business type the admin API would refuse, with the same words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-workflows-'));
    mkdirSync(join(dir, 'licences'));
    const businesses = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/businesses.json'), 'utf8'));
    businesses.businesses = businesses.businesses.filter((b: { slug: string }) => b.slug === 'organic-farming');
    const [farm] = businesses.businesses;
    for (const slug of farm.licences) copyFileSync(join(REPO_ROOT, `workflows/licences/${slug}.json`), join(dir, `licences/${slug}.json`));
    copyFileSync(join(REPO_ROOT, 'workflows/agencies.json'), join(dir, 'agencies.json'));
    copyFileSync(join(REPO_ROOT, 'workflows/areas.json'), join(dir, 'areas.json'));
    copyFileSync(join(REPO_ROOT, 'workflows/holidays.json'), join(dir, 'holidays.json'));
    const [rule] = Object.values(farm.quiz.rules) as { conditions: { question: string }[] }[];
    rule.conditions[0].question = 'q9';
    writeFileSync(join(dir, 'businesses.json'), JSON.stringify(businesses));
    await expect(startTestApp({ WORKFLOWS_DIR: dir })).rejects.toThrow(/businesses\.json: business 'organic-farming': quiz\.rules\.[a-z-]+\.conditions\.0\.question: the rule for '[a-z-]+' names question 'q9', which does not exist/);
  });
});

/**
 * Two processes starting at the same moment on an empty PostgreSQL schema: the start-up lock (libs/database,
 * startup-lock.ts) lets one migrate and seed while the other waits, so both come up and nothing is made twice. The test
 * holds the lock itself until both processes wait for it, so they are let go together however long each took to load.
 */
const onPostgres = isPostgres();
if (!onPostgres) console.info('startup.e2e-spec: the start-up lock is PostgreSQL only; its test is skipped on SQLite');
(onPostgres ? describe : describe.skip)('Start-up lock (PostgreSQL): two API processes starting together on an empty schema', () => {
  jest.setTimeout(420_000);

  it('both become healthy; every migration ran once and every seed exists once', async () => {
    const fresh = await freshSchema();
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const children: Awaited<ReturnType<typeof apiProcess>>[] = [];
    const starting: ReturnType<typeof apiProcess>[] = [];
    try {
      await db.query(`SET search_path = ${fresh.schema}`);
      await db.query(`SELECT pg_advisory_lock(hashtext('bizportal start-up ' || current_schema()))`);
      const env = {
        ...TEST_SETTINGS,
        DATABASE_SCHEMA: fresh.schema,
        TSA_URL: (await testTrustServices()).tsaUrl,
        DOCUMENTS_DIR: mkdtempSync(join(tmpdir(), 'bizportal-documents-')),
      };
      for (let i = 0; i < 2; i++) starting.push(apiProcess(env, 300_000));
      // Catch early: a process that fails while the other waits must not be an unhandled rejection.
      const settled = Promise.allSettled(starting);
      await until(
        'both processes to wait for the start-up lock',
        async () => Number((await db.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)).rows[0].n) >= 2,
        240_000,
        200,
      );
      expect(await db.query(`SELECT to_regclass('migrations') AS t`)).toMatchObject({ rows: [{ t: null }] });
      await db.query(`SELECT pg_advisory_unlock(hashtext('bizportal start-up ' || current_schema()))`);

      for (const result of await settled) {
        if (result.status === 'rejected') throw result.reason;
        children.push(result.value);
      }
      for (const child of children) expect((await fetch(`${child.url}/health`)).status).toBe(200);

      const migrations = (await db.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`)).rows as { name: string; n: number }[];
      expect(migrations.filter((m) => m.n !== 1)).toEqual([]);
      expect(migrations.length).toBe(ALL_MIGRATIONS.length);
      const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
      const licenceFiles = readdirSync(join(REPO_ROOT, 'workflows/licences')).filter((f) => f.endsWith('.json')).length;
      expect(await count(`SELECT count(*) AS n FROM licence_types`)).toBe(licenceFiles);
      expect(await count(`SELECT count(*) AS n FROM workflow_definitions`)).toBe(licenceFiles);
      const businesses = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/businesses.json'), 'utf8')).businesses.length;
      expect(await count(`SELECT count(*) AS n FROM businesses`)).toBe(businesses);
      expect(await count(`SELECT count(*) AS n FROM business_type_versions`)).toBe(businesses);
      const holidays = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/holidays.json'), 'utf8')).holidays.length;
      expect(await count(`SELECT count(*) AS n FROM public_holidays`)).toBe(holidays);
      // The demo billers have no unique key on the office: a second seeding at the same time would have made two.
      expect(await count(`SELECT count(*) AS n FROM billers`)).toBe(await count(`SELECT count(*) AS n FROM agencies`));
      expect(await count(`SELECT count(*) AS n FROM (SELECT agency_id FROM billers GROUP BY agency_id HAVING count(*) > 1) d`)).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM statistics_builds`)).toBe(1);
      // Nobody holds the lock any more: both released it once started.
      expect(await count(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()`)).toBe(0);
    } finally {
      for (const pending of starting) void pending.catch(() => undefined);
      for (const child of children) child.child.kill('SIGKILL');
      await Promise.all(children.map((c) => c.exited));
      await db.end();
      await fresh.drop();
    }
  });
});
