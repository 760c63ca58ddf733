import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { WorkQueues } from '@bizportal/jobs';
import { OUTBOX_QUEUE } from '@bizportal/licensing';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { heldTsa, until } from './support/held-tsa';
import { testRedis } from './support/redis';
import { startTestApp, testTrustServices, type TestApp } from './support/test-app';
import { killWorker, workerProcess, type WorkerChild } from './support/worker-child';

jest.setTimeout(600_000);

interface OutboxRow {
  id: string;
  type: string;
  status: string;
  attempts: number;
  claimed_by: string | null;
}

/**
 * The scaled mode (REDIS_URL): the API (this process) commits steps and queues their outbox ids on BullMQ; worker
 * processes (apps/worker, real child processes) take the ids, claim the rows and run the effects — each once, however
 * often an id is queued, through a drain on SIGTERM and a kill -9 in the middle of an effect.
 */
describe('Scaled mode: outbox effects run in worker processes, once per outbox row', () => {
  const redis = testRedis('worker-outbox');
  let t: TestApp;
  let tsa: Awaited<ReturnType<typeof heldTsa>>;
  const workers: WorkerChild[] = [];
  const apiName = `${hostname()}:${process.pid}`;
  let receipts = 0;

  /** A worker whose licences are time-stamped through the holding TSA; it sweeps every 300 ms. */
  const startWorker = async (env: Record<string, string> = {}) => {
    const worker = await workerProcess({ ...redis.env, TSA_URL: tsa.url, OUTBOX_POLL_MS: '300', ...env });
    workers.push(worker);
    return worker;
  };
  const stop = async (worker: WorkerChild) => {
    worker.child.kill('SIGTERM');
    return worker.exited;
  };
  const rows = async (applicationId: string, where = '1 = 1'): Promise<OutboxRow[]> =>
    t.app.get(DataSource).query(`SELECT id, type, status, attempts, claimed_by FROM outbox WHERE application_id = '${applicationId}' AND ${where} ORDER BY created_at, id`);
  const stateOf = async (id: string) => (await t.http.get(`/api/v1/applications/${id}`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body.state as string;
  const payAtCounter = async (id: string) => {
    receipts += 1;
    const res = await t.http
      .post(`/api/v1/applications/${id}/payments/counter`)
      .auth(await t.login('officer.khlongtoei'), { type: 'bearer' })
      .send({ receiptNumber: `KT-WORKER-${receipts}`, amountSatang: 200000 });
    if (res.status !== 201) throw new Error(`counter payment: ${res.status} ${JSON.stringify(res.body)}`);
  };
  /** An application awaiting payment whose fee a worker has made (the request-payment effect is done). */
  const awaitingPayment = async () => {
    const app = await createFoodApplication(t);
    await drive(t, app.id, TO_AWAITING_PAYMENT);
    await until('the request-payment effect', async () => (await rows(app.id, `type = 'request-payment' AND status = 'done'`)).length === 1);
    return app;
  };
  /** What the rows and the workers say, for a failure's message. */
  const explain = async (applicationId: string, ...among: WorkerChild[]) =>
    JSON.stringify(await t.app.get(DataSource).query(`SELECT type, status, attempts, claimed_by, last_error FROM outbox WHERE application_id = '${applicationId}' ORDER BY created_at`)) +
    '\n' +
    among.flatMap((w) => w.messages().filter((m) => /fail|warn|error|Effect/i.test(m)).map((m) => `${w.name}: ${m}`)).join('\n');
  const awaitLicence = async (applicationId: string, ...among: WorkerChild[]) =>
    until('the licence', async () => (await stateOf(applicationId)) === 'completed', 60_000, 200).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await explain(applicationId, ...among)}`);
    });
  const licencesOf = (id: string) => t.count('licences', `application_id = '${id}'`);
  const issuedEvents = (id: string) => t.count('application_events', `application_id = '${id}' AND type = 'LICENCE_ISSUED'`);
  const queueCounts = () => t.app.get(WorkQueues).queue(OUTBOX_QUEUE).getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');

  beforeAll(async () => {
    t = await startTestApp(redis.env);
    tsa = await heldTsa((await testTrustServices()).tsaUrl);
  });
  // A test that failed half-way leaves no worker behind to take the next test's jobs.
  afterEach(async () => {
    for (const worker of workers.splice(0)) await killWorker(worker);
  });
  afterAll(async () => {
    await t?.close();
    await tsa?.close();
    await redis.close();
  });

  it('an event\'s effects are run by a worker process, not by the API that committed the event', async () => {
    const worker = await startWorker();
    const app = await createFoodApplication(t);
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    await until('the SUBMIT notifications', async () => (await rows(app.id, `type = 'notify' AND status = 'done'`)).length === 2);
    const notify = await rows(app.id, `type = 'notify'`);
    expect(notify.map((r) => [r.claimed_by, Number(r.attempts)])).toEqual([
      [worker.name, 1],
      [worker.name, 1],
    ]);
    expect(await t.count('notifications', `outbox_id IN (${notify.map((r) => `'${r.id}'`).join(',')})`)).toBe(2);
    // The API claimed no row at all; the worker is alive, healthy and says so.
    expect(await t.count('outbox', `claimed_by = '${apiName}'`)).toBe(0);
    const health = await fetch(worker.healthUrl);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
    expect((await stop(worker)).code).toBe(0);
  });

  it('a notify and an issue-licence effect run once although their ids are queued several times', async () => {
    const first = await startWorker();
    const app = await awaitingPayment();
    // Every effect so far done (one may have needed a retry: on SQLite, processes can find the file locked), so the
    // rows counted below are the payment step's alone.
    await until('the earlier effects', async () => (await rows(app.id, `status <> 'done'`)).length === 0);
    // No worker runs while the payment is recorded: its effects wait in the queue.
    expect((await stop(first)).code).toBe(0);
    await payAtCounter(app.id);
    const effects = await rows(app.id, `status = 'pending' AND type IN ('issue-licence', 'notify')`);
    expect(effects.map((r) => r.type).sort()).toEqual(expect.arrayContaining(['issue-licence', 'notify']));
    const queues = t.app.get(WorkQueues);
    // The same id at the same attempt collapses into the job the API queued after its commit…
    await queues.add(OUTBOX_QUEUE, effects.map((r) => ({ jobId: `${r.id}.0`, id: r.id })));
    await queues.add(OUTBOX_QUEUE, effects.map((r) => ({ jobId: `${r.id}.0`, id: r.id })));
    expect((await queueCounts()).waiting).toBe(effects.length);
    // …and a second job for each row (as a sweep queuing it again would make) is a job of its own.
    await queues.add(OUTBOX_QUEUE, effects.map((r) => ({ jobId: `${r.id}.again`, id: r.id })));
    expect((await queueCounts()).waiting).toBe(2 * effects.length);

    // Two workers take the duplicates (started one after the other: on SQLite two starts at once can find the file locked).
    const a = await startWorker();
    const b = await startWorker();
    await awaitLicence(app.id, a, b);
    await until('every queued job', async () => {
      const counts = await queueCounts();
      return counts.waiting + counts.active + counts.delayed === 0;
    });
    const ran = await rows(app.id, `id IN (${effects.map((r) => `'${r.id}'`).join(',')})`);
    const notOnce = ran.filter((r) => r.status !== 'done' || Number(r.attempts) !== 1 || ![a.name, b.name].includes(r.claimed_by!));
    expect(notOnce.length === 0 ? 'each row claimed once' : `${JSON.stringify(notOnce)}\n${await explain(app.id, first, a, b)}`).toBe('each row claimed once');
    expect(ran.map((r) => r.type)).toEqual(effects.map((r) => r.type));
    expect(await licencesOf(app.id)).toBe(1);
    expect(await issuedEvents(app.id)).toBe(1);
    const notifyIds = ran.filter((r) => r.type === 'notify').map((r) => `'${r.id}'`);
    expect(await t.count('notifications', `outbox_id IN (${notifyIds.join(',')})`)).toBe(notifyIds.length);

    // Queued again once done (a late duplicate): nothing runs twice.
    await queues.add(OUTBOX_QUEUE, effects.map((r) => ({ jobId: `${r.id}.late`, id: r.id })));
    await until('the late jobs', async () => (await queueCounts()).waiting + (await queueCounts()).active === 0);
    expect((await rows(app.id, `id IN (${effects.map((r) => `'${r.id}'`).join(',')})`)).map((r) => Number(r.attempts))).toEqual(ran.map(() => 1));
    expect(await licencesOf(app.id)).toBe(1);
    expect(await issuedEvents(app.id)).toBe(1);
    expect(await t.count('notifications', `outbox_id IN (${notifyIds.join(',')})`)).toBe(notifyIds.length);
    expect((await stop(a)).code).toBe(0);
    expect((await stop(b)).code).toBe(0);
  });

  it('SIGTERM drains: the effect in flight completes, no new one is taken, and nothing queued is lost', async () => {
    const worker = await startWorker();
    const app = await awaitingPayment();
    tsa.hold();
    const signing = tsa.nextRequest();
    await payAtCounter(app.id);
    await signing; // the worker is inside issue-licence, waiting for its timestamp
    const [issuing] = await rows(app.id, `type = 'issue-licence'`);
    expect(issuing).toMatchObject({ status: 'running', claimed_by: worker.name });

    worker.child.kill('SIGTERM');
    await worker.waitFor(/draining/);
    expect((await fetch(worker.healthUrl)).status).toBe(503);
    // A step committed while the worker drains: its effects are queued, and the draining worker leaves them.
    const other = await createFoodApplication(t);
    await drive(t, other.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await rows(other.id, `type = 'notify'`)).map((r) => r.status)).toEqual(['pending', 'pending']);

    tsa.release();
    const exit = await worker.exited;
    expect(exit.code).toBe(0);
    // The effect it held was finished before it stopped: the licence is issued, by that worker, once.
    expect((await rows(app.id, `type = 'issue-licence'`))[0]).toMatchObject({ status: 'done', claimed_by: worker.name });
    expect(await stateOf(app.id)).toBe('completed');
    expect(await licencesOf(app.id)).toBe(1);

    // The next worker finds what was queued meanwhile.
    const next = await startWorker();
    await until('the notifications queued during the drain', async () => (await rows(other.id, `type = 'notify' AND status = 'done'`)).length === 2);
    expect((await rows(other.id, `type = 'notify'`)).map((r) => r.claimed_by)).toEqual([next.name, next.name]);
    expect((await stop(next)).code).toBe(0);
  });

  it('kill -9 in the middle of an effect: the other worker runs the row again once its claim is stale, and it is done once', async () => {
    const stale = { OUTBOX_STALE_CLAIM_MS: '5000' };
    const [a, b] = [await startWorker(stale), await startWorker(stale)];
    const app = await awaitingPayment();
    tsa.hold();
    const signing = tsa.nextRequest();
    await payAtCounter(app.id);
    await signing;
    const [held] = await rows(app.id, `type = 'issue-licence'`);
    expect(held.status).toBe('running');
    const [victim, survivor] = held.claimed_by === a.name ? [a, b] : [b, a];
    expect(held.claimed_by).toBe(victim.name);

    victim.child.kill('SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');
    tsa.release();
    // The row stays claimed by the dead worker until the claim is stale (5 s); then a sweep queues it and the survivor runs it.
    expect((await rows(app.id, `type = 'issue-licence'`))[0]).toMatchObject({ status: 'running', claimed_by: victim.name });
    await awaitLicence(app.id, survivor, victim);
    // The licence commits inside the effect; the row is marked done just after it.
    await until('the issue-licence row done', async () => (await rows(app.id, `type = 'issue-licence' AND status = 'done'`)).length === 1, 10_000, 100);
    const [done] = await rows(app.id, `type = 'issue-licence'`);
    expect(done).toMatchObject({ status: 'done', claimed_by: survivor.name });
    expect(Number(done.attempts)).toBe(2);
    expect(await licencesOf(app.id)).toBe(1);
    expect(await issuedEvents(app.id)).toBe(1);
    expect((await stop(survivor)).code).toBe(0);
  });
});
