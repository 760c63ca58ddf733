import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { apiProcess } from './support/api-child';
import { samplePdf } from './support/documents';
import { eventBody, TO_AWAITING_PAYMENT, type Step } from './support/flows';
import { heldTsa, until } from './support/held-tsa';
import { testRedis } from './support/redis';
import { COMPLETE_FOOD_FORM, freshSchema, isPostgres, KHLONG_TOEI_PREMISES, TEST_SETTINGS, testTrustServices } from './support/test-app';
import { killWorker, workerProcess, type WorkerChild } from './support/worker-child';

const APPLICATIONS = Number(process.env.SCALE_OUT_APPLICATIONS ?? 200);
const IN_FLIGHT = 16;
const FEE_SATANG = 200000;

type Api = Awaited<ReturnType<typeof apiProcess>> & { name: string };

/** A request whose connection failed (the API died, or its socket was cut): whether it took effect is unknown. */
class ConnectionLost extends Error {}

interface AppRow {
  id: string;
  state: string;
  status: string;
  version: number;
}

const onPostgres = isPostgres();
if (!onPostgres) console.info('scale-out.e2e-spec: several API and worker processes on one database is the scaled mode, PostgreSQL only; skipped on SQLite');

/**
 * The scaled mode under load and failure (issue 16): two API processes and two workers (real child processes) on one
 * PostgreSQL schema and one Redis, 200 food premises permits driven from draft to issued licence through both APIs,
 * 16 at a time. Mid-run a worker is killed (SIGKILL) while it holds effects, a replacement starts, an API is killed
 * (SIGKILL) with requests in flight and its clients carry on against the other, and near the end the other original
 * worker is stopped with SIGTERM (drain). Then every application is completed once, with one licence, one receipt,
 * one LICENCE_ISSUED, no notification twice, an intact history chain and nothing left in the outbox.
 */
(onPostgres ? describe : describe.skip)('Scale-out: two APIs and two workers, 200 applications, a worker and an API killed', () => {
  jest.setTimeout(600_000);
  let redis: ReturnType<typeof testRedis>;
  let fresh: Awaited<ReturnType<typeof freshSchema>>;
  let db: Client;
  let documentsDir: string;
  let tsa: Awaited<ReturnType<typeof heldTsa>>;
  let env: Record<string, string>;
  const apis: Api[] = [];
  const workers: WorkerChild[] = [];
  const tokens = new Map<string, string>();
  /** The first failure stops every loop and wait, so a failed run ends at once instead of waiting out its timeouts. */
  let failed: Error | undefined;
  /** Requests whose connection failed, by API. */
  const lost = new Map<string, number>();

  const query = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
  const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(sql, params))[0].n);

  beforeAll(async () => {
    redis = testRedis('scale-out');
    fresh = await freshSchema();
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    await db.query(`SET search_path = ${fresh.schema}`);
    documentsDir = mkdtempSync(join(tmpdir(), 'bizportal-documents-'));
    tsa = await heldTsa((await testTrustServices()).tsaUrl);
    env = {
      ...TEST_SETTINGS,
      ...redis.env,
      DATABASE_SCHEMA: fresh.schema,
      TSA_URL: (await testTrustServices()).tsaUrl,
      // One store of documents, one signing secret: any API serves any client.
      DOCUMENTS_DIR: documentsDir,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      CSRF_SECRET: randomBytes(32).toString('base64url'),
      OUTBOX_POLL_MS: '300',
      OUTBOX_STALE_CLAIM_MS: '3000',
      PAYMENT_RECONCILE_INTERVAL_MS: '0',
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    for (const worker of workers) await killWorker(worker);
    for (const api of apis) {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
      await api.exited;
    }
    await db?.end();
    await fresh?.drop();
    await redis?.close();
    await tsa?.close();
    if (documentsDir) rmSync(documentsDir, { recursive: true, force: true });
  });

  const startWorker = async (extra: Record<string, string> = {}) => {
    const worker = await workerProcess({ ...env, LOG_LEVEL: 'info', ...extra });
    workers.push(worker);
    return worker;
  };
  const startApi = async (name: string) => {
    const api = Object.assign(await apiProcess(env, 300_000), { name });
    apis.push(api);
    return api;
  };

  /** One HTTP call to one API; a failed connection becomes ConnectionLost. */
  const call = async (api: Api, method: string, path: string, as: string | null, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${tokens.get(as)}`;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let res: Response;
    try {
      res = await fetch(`${api.url}/api/v1${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(60_000) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    } catch (error) {
      lost.set(api.name, (lost.get(api.name) ?? 0) + 1);
      throw new ConnectionLost(`${method} ${path} on ${api.name}: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`);
    }
  };

  /**
   * A client: it uses its API until a connection to it fails, then whichever API answers /health. Reads are simply
   * sent again; a write whose connection failed is left to its caller, which reads the state back to see if it
   * happened.
   */
  class Applicant {
    failovers = 0;
    constructor(
      readonly index: number,
      private api: Api,
    ) {}

    private async failover(): Promise<void> {
      for (let attempt = 0; attempt < 100; attempt++) {
        if (failed) throw new Error(`stopped: ${failed.message}`);
        for (const api of apis) {
          const alive = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
          if (!alive) continue;
          if (api !== this.api) this.failovers++;
          this.api = api;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('no API answers');
    }

    async write(method: string, path: string, as: string, body?: unknown) {
      try {
        return await call(this.api, method, path, as, body);
      } catch (error) {
        if (error instanceof ConnectionLost) await this.failover();
        throw error;
      }
    }

    async read(path: string, as: string) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await call(this.api, 'GET', path, as);
        } catch (error) {
          if (!(error instanceof ConnectionLost) || attempt >= 20) throw error;
          await this.failover();
        }
      }
    }

    async application(id: string): Promise<AppRow> {
      const res = await this.read(`/applications/${id}`, 'somchai');
      if (res.status !== 200) throw new Error(`read ${id}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as AppRow;
    }
  }

  /** What the database and the workers say of an application, for a failure's message. */
  const explain = async (id: string) =>
    JSON.stringify({
      application: await query(`SELECT state, status, version FROM applications WHERE id = $1`, [id]),
      outbox: await query(`SELECT id, type, status, attempts, claimed_by, claimed_at, available_at, last_error FROM outbox WHERE application_id = $1 ORDER BY created_at`, [id]),
      payments: await query(`SELECT method, status, applied_at, office_receipt_number FROM payments WHERE application_id = $1`, [id]),
      invoices: await query(`SELECT status FROM invoices WHERE application_id = $1`, [id]),
      now: new Date().toISOString(),
    }) +
    '\n' +
    workers.flatMap((w) => w.messages().filter((m) => /fail|warn|error|stale|retry/i.test(m)).map((m) => `${w.name}: ${m}`)).join('\n');

  const marker = (index: number) => `ครัวขยายระบบ ${index} / scale-out kitchen ${index}`;

  /** The draft of application `index`: created, or, when the answer to the create was lost, found by its marker. */
  const createDraft = async (client: Applicant): Promise<AppRow> => {
    const body = {
      licenceType: 'food-premises-permit',
      business: 'restaurant',
      premises: KHLONG_TOEI_PREMISES,
      form: { ...COMPLETE_FOOD_FORM, businessName: marker(client.index) },
      confirmApplicantData: true,
    };
    for (;;) {
      try {
        const res = await client.write('POST', '/applications', 'somchai', body);
        if (res.status !== 201) throw new Error(`create ${client.index}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body as AppRow;
      } catch (error) {
        if (!(error instanceof ConnectionLost)) throw error;
        // The list gives no form: each draft (a handful are in flight) is read for its marker.
        let cursor: string | null = null;
        do {
          const list = await client.read(`/applications?status=draft&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, 'somchai');
          if (list.status !== 200) throw new Error(`drafts after a lost create (${error.message}): ${list.status} ${JSON.stringify(list.body)}`);
          for (const item of list.body.items as AppRow[]) {
            const draft = (await client.read(`/applications/${item.id}`, 'somchai')).body as AppRow & { form?: { businessName?: string } };
            if (draft.form?.businessName === marker(client.index)) return draft;
          }
          cursor = list.body.nextCursor as string | null;
        } while (cursor);
      }
    }
  };

  let pdf: Buffer;
  const attachDocuments = async (client: Applicant, id: string) => {
    for (;;) {
      const list = await client.read(`/applications/${id}/documents`, 'somchai');
      if (list.status !== 200) throw new Error(`documents of ${id}: ${list.status} ${JSON.stringify(list.body)}`);
      const missing = (list.body.missing as { code: string }[]).map((m) => m.code);
      if (missing.length === 0) return;
      try {
        for (const code of missing) {
          const form = new FormData();
          form.append('code', code);
          form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `${code}.pdf`);
          const res = await client.write('POST', `/applications/${id}/documents`, 'somchai', form);
          if (res.status !== 201) throw new Error(`upload ${code}: ${res.status} ${JSON.stringify(res.body)}`);
        }
      } catch (error) {
        if (!(error instanceof ConnectionLost)) throw error;
        // Read the list again: an upload whose answer was lost is there or not.
      }
    }
  };

  /** Sends a step against the version read; a lost answer is settled by reading the version back. */
  const step = async (client: Applicant, app: AppRow, next: Step): Promise<AppRow> => {
    for (;;) {
      try {
        const { as, ...rest } = next;
        const res = await client.write('POST', `/applications/${app.id}/events`, as, eventBody({ ...rest, expectedVersion: app.version }));
        if (res.status !== 200) throw new Error(`${next.type} of ${client.index} as ${as}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body as AppRow;
      } catch (error) {
        if (!(error instanceof ConnectionLost)) throw error;
        const now = await client.application(app.id);
        if (now.version > app.version) return now;
      }
    }
  };

  /** Cash at the counter, receipt number of its own: the same entry sent again is the same payment. */
  const payAtCounter = async (client: Applicant, id: string) => {
    for (;;) {
      let res: { status: number; body: { code?: string } };
      try {
        res = await client.write('POST', `/applications/${id}/payments/counter`, 'officer.khlongtoei', { receiptNumber: `SO-${client.index}`, amountSatang: FEE_SATANG });
      } catch (error) {
        if (!(error instanceof ConnectionLost)) throw error;
        continue;
      }
      if (res.status === 201) return;
      // The fee is made by a worker (request-payment); while none has made it yet the office is told there is none.
      if (res.status === 409 && res.body.code === 'NO_OPEN_FEE') {
        await new Promise((resolve) => setTimeout(resolve, 300));
        continue;
      }
      throw new Error(`counter payment of ${client.index}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  };

  it('drives 200 applications to their licences through both APIs while a worker and an API die; each is done once', async () => {
    const started = Date.now();
    pdf = await samplePdf();
    // All four start at once on the empty schema: the start-up lock lets one migrate and seed at a time.
    const [apiA, apiB, workerA, workerB] = await Promise.all([startApi('api-a'), startApi('api-b'), startWorker({ TSA_URL: tsa.url }), startWorker()]);
    const startedUp = Date.now();
    for (const username of ['somchai', 'officer.khlongtoei', 'approver.khlongtoei']) {
      const res = await call(apiA, 'POST', '/auth/dev-login', null, { username });
      expect(res.status).toBe(200);
      tokens.set(username, res.body.accessToken);
    }

    const waitFor = (what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs: number) =>
      until(what, async () => {
        if (failed) throw new Error(`stopped waiting for ${what}: ${failed.message}`);
        return check();
      }, timeoutMs, everyMs);
    const ids = new Array<string>(APPLICATIONS);
    const clients: Applicant[] = [];
    let completed = 0;
    let completedAtKill = -1;
    let next = 0;
    const runOne = async (index: number) => {
      const client = new Applicant(index, index % 2 === 0 ? apiA : apiB);
      clients.push(client);
      let app = await createDraft(client);
      ids[index] = app.id;
      await attachDocuments(client, app.id);
      app = await client.application(app.id);
      for (const each of TO_AWAITING_PAYMENT) app = await step(client, app, each);
      expect(app.status).toBe('awaiting_payment');
      await payAtCounter(client, app.id);
      await waitFor(`application ${index} to be completed`, async () => (await client.application(app.id)).state === 'completed', 120_000, 300).catch(async (error: Error) => {
        throw new Error(`${error.message}\n${await explain(app.id)}`);
      });
      completed++;
    };
    const loop = async () => {
      try {
        while (next < APPLICATIONS && !failed) await runOne(next++);
      } catch (error) {
        failed ??= error as Error;
        throw error;
      }
    };

    // The failures, at set points of the run: a worker holding effects, an API with requests in flight, a drain.
    const failures = (async () => {
      await waitFor('a quarter of the applications', async () => completed >= APPLICATIONS / 4, 300_000, 100);
      // Worker A time-stamps through a TSA the test can hold: once a request of A waits there, A is inside an effect.
      tsa.hold();
      let arrived = false;
      void tsa.nextRequest().then(() => (arrived = true));
      await waitFor('worker A to ask for a time-stamp', async () => arrived, 60_000, 20);
      workerA.child.kill('SIGKILL');
      await workerA.exited;
      tsa.release();
      const held = await query<{ id: string; type: string }>(`SELECT id, type FROM outbox WHERE status = 'running' AND claimed_by = $1`, [workerA.name]);
      // The replacement starts while worker B holds jobs of its own (it takes work once up; the run goes on meanwhile).
      const startingC = startWorker();
      startingC.catch(() => undefined); // awaited below; a failed start fails the run there
      await waitFor('half of the applications', async () => completed >= APPLICATIONS / 2, 300_000, 100);
      completedAtKill = completed;
      apiA.child.kill('SIGKILL');
      await apiA.exited;
      await waitFor('most of the applications', async () => completed >= (APPLICATIONS * 17) / 20, 300_000, 100);
      const workerC = await startingC;
      workerB.child.kill('SIGTERM');
      const drained = await workerB.exited;
      return { held, workerC, drained };
    })().catch((error: Error) => {
      failed ??= error;
      throw error;
    });
    const [, outcome] = await Promise.all([Promise.all(Array.from({ length: IN_FLIGHT }, loop)), failures]);
    const { held, workerC, drained } = outcome;
    const driven = Date.now();

    // Effects that follow the licence (its notifications) finish: then nothing is left to run.
    await until('an empty outbox', async () => (await count(`SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'running')`)) === 0, 60_000, 300);

    expect(drained.code).toBe(0);
    expect(workerC.child.exitCode).toBeNull();
    expect(clients.filter((c) => c.index % 2 === 0).reduce((n, c) => n + c.failovers, 0)).toBeGreaterThan(0);

    // Every application completed, once: exactly the 200 driven, no stray draft from a lost answer.
    expect(await count(`SELECT count(*) AS n FROM applications`)).toBe(APPLICATIONS);
    expect(await query(`SELECT status, state, count(*)::int AS n FROM applications GROUP BY status, state`)).toEqual([{ status: 'completed', state: 'completed', n: APPLICATIONS }]);
    expect(new Set(ids).size).toBe(APPLICATIONS);
    // One licence, one LICENCE_ISSUED, one successful payment and one receipt per application.
    const perApplication = async (table: string, where = '1 = 1') =>
      query<{ n: number; apps: number }>(`SELECT n, count(*)::int AS apps FROM (SELECT a.id, count(x.application_id)::int AS n FROM applications a LEFT JOIN ${table} x ON x.application_id = a.id AND ${where} GROUP BY a.id) c GROUP BY n`);
    expect(await perApplication('licences')).toEqual([{ n: 1, apps: APPLICATIONS }]);
    expect(await perApplication('application_events', `x.type = 'LICENCE_ISSUED'`)).toEqual([{ n: 1, apps: APPLICATIONS }]);
    expect(await perApplication('application_events', `x.type = 'PAYMENT_SUCCEEDED'`)).toEqual([{ n: 1, apps: APPLICATIONS }]);
    expect(await perApplication('receipts')).toEqual([{ n: 1, apps: APPLICATIONS }]);
    expect(await perApplication('payments')).toEqual([{ n: 1, apps: APPLICATIONS }]);
    expect(await query(`SELECT status, count(*)::int AS n FROM payments GROUP BY status`)).toEqual([{ status: 'successful', n: APPLICATIONS }]);
    expect(await query(`SELECT status, count(*)::int AS n FROM invoices GROUP BY status`)).toEqual([{ status: 'paid', n: APPLICATIONS }]);
    // No notification or delivery made twice for one outbox row; every effect done, none failed.
    expect(await count(`SELECT count(*) AS n FROM (SELECT outbox_id FROM notifications GROUP BY outbox_id HAVING count(*) > 1) d`)).toBe(0);
    expect(await query(`SELECT status, count(*)::int AS n FROM outbox GROUP BY status`)).toEqual([{ status: 'done', n: expect.any(Number) }]);
    // The history of each is one unbroken chain, as the API verifies it for the timeline.
    const survivor = apiB;
    const broken: string[] = [];
    for (const id of ids) {
      const res = await call(survivor, 'GET', `/applications/${id}/timeline`, 'somchai');
      if (res.status !== 200 || res.body.integrity?.verified !== true) broken.push(`${id}: ${res.status} ${JSON.stringify(res.body.integrity ?? res.body)}`);
    }
    expect(broken).toEqual([]);
    expect(await count(`SELECT count(*) AS n FROM (SELECT application_id, seq, count(*) FROM application_events GROUP BY application_id, seq HAVING count(*) > 1) d`)).toBe(0);

    // What the kills cost: the effects worker A held were run again by another worker, once.
    const rerun = held.length
      ? await query<{ id: string; status: string; claimed_by: string; attempts: number }>(`SELECT id, status, claimed_by, attempts FROM outbox WHERE id = ANY($1)`, [held.map((h) => h.id)])
      : [];
    expect(held.length).toBeGreaterThan(0);
    for (const row of rerun) expect({ status: row.status, byAnother: row.claimed_by !== workerA.name, attempts: Number(row.attempts) >= 2 }).toEqual({ status: 'done', byAnother: true, attempts: true });
    const retried = await count(`SELECT count(*) AS n FROM outbox WHERE attempts > 1`);
    const byWorker = await query(`SELECT claimed_by, count(*)::int AS n FROM outbox GROUP BY claimed_by ORDER BY claimed_by`);
    // The replacement, started while worker B held jobs, took work of its own (all of it after B drained).
    expect(byWorker.map((row) => row.claimed_by)).toContain(workerC.name);
    console.info(
      `scale-out: ${APPLICATIONS} applications, start-up ${((startedUp - started) / 1000).toFixed(1)} s, driven in ${((driven - startedUp) / 1000).toFixed(1)} s; ` +
        `worker A killed holding ${held.length} effects (${held.map((h) => h.type).join(', ')}), all re-claimed and done; ${retried} outbox rows took more than one attempt; ` +
        `API A killed at ${completedAtKill} completed; ${clients.reduce((n, c) => n + c.failovers, 0)} clients failed over from it (connections lost: ${JSON.stringify(Object.fromEntries(lost))}); rows by runner ${JSON.stringify(byWorker)}`,
    );
  });
});
