import { ConfigService } from '@nestjs/config';
import { JobsSettings, type ProcessRole } from './jobs-settings';
import { RedisConnection } from './redis-connection';
import { ScheduledJobs } from './scheduled-jobs';

const jobsFor = (env: Record<string, string>, role: ProcessRole) => {
  const settings = new JobsSettings(new ConfigService(env), role);
  const redis = new RedisConnection(settings);
  return { jobs: new ScheduledJobs(settings, redis), redis };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ScheduledJobs', () => {
  it('without REDIS_URL runs each job in this process on its interval, as IntervalJob always did', async () => {
    const { jobs } = jobsFor({}, 'api');
    let runs = 0;
    const handle = jobs.schedule({ name: 'counting', everyMs: 20, firstAfterMs: 0, run: async () => void (runs += 1), onError: () => undefined });
    await pause(110);
    await handle.stop();
    const after = runs;
    expect(after).toBeGreaterThanOrEqual(3);
    await pause(60);
    expect(runs).toBe(after);
    // An interval of 0 leaves a job off.
    let off = 0;
    jobs.schedule({ name: 'off', everyMs: 0, run: async () => void (off += 1), onError: () => undefined });
    await pause(40);
    expect(off).toBe(0);
    await jobs.beforeApplicationShutdown();
  });

  it('refuses two jobs of one name and names that are not lower-case words with dashes', () => {
    const { jobs } = jobsFor({}, 'worker');
    const job = { everyMs: 0, run: async () => undefined, onError: () => undefined };
    jobs.schedule({ name: 'licence-expiry', ...job });
    expect(() => jobs.schedule({ name: 'licence-expiry', ...job })).toThrow('Two scheduled jobs named licence-expiry');
    expect(() => jobs.schedule({ name: 'Licence expiry', ...job })).toThrow("must be lower-case words joined by dashes");
  });

  it('in the API with REDIS_URL runs nothing and opens no Redis connection: the workers run the schedules', async () => {
    const { jobs, redis } = jobsFor({ REDIS_URL: 'redis://127.0.0.1:1' }, 'api');
    let runs = 0;
    const handle = jobs.schedule({ name: 'counting', everyMs: 10, firstAfterMs: 0, run: async () => void (runs += 1), onError: () => undefined });
    await pause(60);
    await handle.stop();
    expect(runs).toBe(0);
    expect(jobs.names).toEqual(['counting']);
    expect((redis as unknown as { queueClient?: unknown }).queueClient).toBeUndefined();
    await jobs.beforeApplicationShutdown();
  });
});
