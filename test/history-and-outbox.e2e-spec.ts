import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigService } from '@nestjs/config';
import { TransactionRunner } from '@bizportal/database';
import { OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive } from './support/flows';
import { startTestApp, type TestApp } from './support/test-app';

describe('History is append-only and effects run exactly once', () => {
  let t: TestApp;
  // The background runner is off: the test drives the runner itself.
  beforeAll(async () => (t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' })));
  afterAll(() => t.close());

  it('refuses to change or delete history rows in the database itself', async () => {
    const app = await createFoodApplication(t);
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const db = t.app.get(DataSource);
    await expect(db.query(`UPDATE application_events SET comment = 'แก้' WHERE application_id = '${app.id}'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM application_events WHERE application_id = '${app.id}'`)).rejects.toThrow(/append-only/);
    expect(await t.count('application_events', `application_id = '${app.id}'`)).toBe(1);
  });

  it('claims each outbox row once across concurrent runners and never notifies twice', async () => {
    const app = await createFoodApplication(t, 'suda');
    await drive(t, app.id, [{ as: 'suda', type: 'SUBMIT' }]);
    const where = `application_id = '${app.id}'`;
    // The SUBMIT's two notifications (applicant and office) and the officer's pre-check.
    const pending = await t.app.get(DataSource).query(`SELECT type FROM outbox WHERE ${where} AND status = 'pending' ORDER BY type`);
    expect(pending.map((r: { type: string }) => r.type)).toEqual(['notify', 'notify', 'prepare-precheck']);
    const pendingEverywhere = await t.count('outbox', `status = 'pending'`);

    const runner = t.app.get(OutboxRunner);
    // A second runner over the same database, as a second process would be.
    const rival = new OutboxRunner(t.app.get(DataSource).getRepository('outbox') as never, t.app.get(TransactionRunner), t.app.get(ConfigService), t.app.get(DiscoveryService));
    rival.onModuleInit(); // finds the same executors, as a second process would
    const [a, b] = await Promise.all([runner.runOnce(), rival.runOnce()]);
    expect(a + b).toBe(pendingEverywhere);
    expect(await t.count('outbox', `${where} AND status = 'done'`)).toBe(3);
    expect(await t.count('notifications', where)).toBe(2);
    expect(await t.count('notifications')).toBe(await t.count('outbox', `status = 'done' AND type = 'notify'`));
    expect(await t.count('application_prechecks', where)).toBe(1);

    // Running a finished row again (a crashed runner's row being reclaimed) adds nothing.
    await t.app.get(DataSource).query(`UPDATE outbox SET status = 'pending' WHERE ${where}`);
    expect(await runner.runOnce()).toBe(3);
    expect(await t.count('application_prechecks', where)).toBe(1);
    expect(await t.count('notifications', where)).toBe(2);
  });

});

