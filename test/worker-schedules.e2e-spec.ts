import { hostname } from 'node:os';
import { ScheduledJobs, SCHEDULED_QUEUE } from '@bizportal/jobs';
import { testRedis } from './support/redis';
import { startTestApp, type TestApp } from './support/test-app';
import { killWorker, workerProcess, type WorkerChild } from './support/worker-child';

jest.setTimeout(600_000);

/** Every scheduled job of the backend, each every second here. */
const EVERY_SECOND = {
  OUTBOX_POLL_MS: '1000',
  LICENCE_EXPIRY_INTERVAL_MS: '1000',
  PAYMENT_RECONCILE_INTERVAL_MS: '1000',
  REMINDER_INTERVAL_MS: '1000',
  HISTORY_AUDIT_INTERVAL_MS: '1000',
  OPEN_DATA_INTERVAL_MS: '1000',
  DIGITAL_ID_CLEANUP_INTERVAL_MS: '1000',
  MIGRATION_RESUME_INTERVAL_MS: '1000',
  HEARING_CLOSE_INTERVAL_MS: '1000',
};
const JOBS = ['digital-id-cleanup', 'hearing-close', 'history-audit', 'licence-expiry', 'open-data-snapshot', 'outbox', 'payment-reconciliation', 'reminders', 'workflow-migration-resume'];
const TICK = /^Scheduled job ([a-z-]+) tick (repeat:[a-z-]+:(\d+)): (ran|failed) in \d+ ms$/;

/**
 * The scaled mode's scheduled jobs (licence expiry, payment reconciliation and QR expiry, reminders and escalation,
 * history verification and anchoring, open data, the outbox sweep, sign-in clean-up, migration take-over, closing public hearings): two worker
 * processes share one BullMQ job scheduler per job, and each tick runs in exactly one of them. The API runs none.
 */
describe('Scaled mode: each scheduled job tick runs once across two workers', () => {
  const redis = testRedis('worker-schedules');
  let t: TestApp;
  const workers: WorkerChild[] = [];

  beforeAll(async () => {
    t = await startTestApp({ ...redis.env, ...EVERY_SECOND });
  });
  afterAll(async () => {
    for (const worker of workers) await killWorker(worker);
    await t?.close();
    await redis.close();
  });

  it('two workers: one schedule per job, every tick run by one worker only, the load shared, nothing by the API', async () => {
    // The API knows the jobs (the same modules) but, with REDIS_URL, schedules none of them.
    expect(t.app.get(ScheduledJobs).names.sort()).toEqual(JOBS);
    const a = await workerProcess({ ...redis.env, ...EVERY_SECOND });
    workers.push(a);
    const b = await workerProcess({ ...redis.env, ...EVERY_SECOND });
    workers.push(b);
    const bothFrom = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect((await a.exited).code).toBe(0);
    expect((await b.exited).code).toBe(0);
    const bothUntil = Date.now();

    const ticks = [a, b].flatMap((worker) =>
      worker.messages().flatMap((msg) => {
        const match = TICK.exec(msg);
        return match ? [{ worker: worker.name, job: match[1], tick: match[2], at: Number(match[3]), outcome: match[4] }] : [];
      }),
    );
    // No tick was run twice, in one worker or across both.
    const ids = ticks.map((tick) => tick.tick);
    expect(new Set(ids).size).toBe(ids.length);
    for (const job of JOBS) {
      const own = ticks.filter((tick) => tick.job === job).sort((x, y) => x.at - y.at);
      expect({ job, ran: own.length > 0 }).toEqual({ job, ran: true });
      // One schedule: its ticks are a second apart or more, never two in one second (as two schedules would make).
      for (let i = 1; i < own.length; i++) expect(own[i].at - own[i - 1].at).toBeGreaterThanOrEqual(1000);
      const whileBoth = own.filter((tick) => tick.at >= bothFrom && tick.at <= bothUntil - 2000).length;
      expect(whileBoth).toBeLessThanOrEqual(Math.ceil((bothUntil - bothFrom) / 1000) + 1);
    }
    // The work was shared: each worker ran ticks.
    expect(new Set(ticks.filter((tick) => tick.at >= bothFrom).map((tick) => tick.worker))).toEqual(new Set([a.name, b.name]));
    process.stdout.write(`${ticks.length} ticks of ${JOBS.length} jobs in ${((bothUntil - bothFrom) / 1000).toFixed(1)} s: ${ticks.filter((x) => x.worker === a.name).length} by one worker, ${ticks.filter((x) => x.worker === b.name).length} by the other; ${ticks.filter((x) => x.outcome === 'failed').length} failed\n`);

    // BullMQ's own records agree: one job scheduler per job, each finished tick processed by one of the two workers.
    const queue = t.app.get(ScheduledJobs).ticks();
    expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual(JOBS);
    const finished = await queue.getJobs(['completed', 'failed']);
    expect(finished.length).toBeGreaterThan(0);
    const processedBy = new Set(finished.map((job) => job.processedBy));
    expect([...processedBy].every((name) => name === a.name || name === b.name)).toBe(true);
    expect(processedBy.has(`${hostname()}:${process.pid}`)).toBe(false);
    expect(queue.name).toBe(SCHEDULED_QUEUE);
  });

  it('a job turned off (interval 0) in the workers loses its shared schedule', async () => {
    const worker = await workerProcess({ ...redis.env, ...EVERY_SECOND, OPEN_DATA_INTERVAL_MS: '0' });
    workers.push(worker);
    const queue = t.app.get(ScheduledJobs).ticks();
    for (let i = 0; i < 50 && (await queue.getJobSchedulers()).some((s) => s.key === 'open-data-snapshot'); i++) await new Promise((r) => setTimeout(r, 100));
    expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual(JOBS.filter((job) => job !== 'open-data-snapshot'));
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
  });
});
