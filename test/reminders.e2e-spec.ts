import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createOmiseMock, type OmiseMock } from '../apps/omise-mock/src/omise-mock';
import { ApplicationEntity, Clock, LicenceEntity, OutboxRunner, Reminders } from '@bizportal/licensing';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './support/flows';
import { placeholder, REPO_ROOT, startTestApp, type TestApp } from './support/test-app';

const DAY_MS = 86_400_000;

/** The reminder job on a clock the test moves: each reminder once, even when runs overlap. */
describe('Reminders and escalation', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let reminders: Reminders;
  let clock: Clock;
  let now = new Date();
  let mock: OmiseMock;
  const secret = randomBytes(32).toString('base64');
  // The workflow files, with the food premises permit's renewal reminder at 30 days instead of the default 60.
  const workflows = mkdtempSync(join(tmpdir(), 'bizportal-workflows-'));

  beforeAll(async () => {
    cpSync(join(REPO_ROOT, 'workflows'), workflows, { recursive: true });
    const food = join(workflows, 'licences/food-premises-permit.json');
    writeFileSync(food, JSON.stringify({ ...JSON.parse(readFileSync(food, 'utf8')), renewalReminderDays: 30 }, null, 2));
    mock = createOmiseMock({ publicKey: 'pkey_test_local', secretKey: 'skey_test_local', webhookSecret: secret, webhookUrl: () => 'http://127.0.0.1:9/none', webhookRetryDelaysMs: [], log: () => undefined });
    const { port } = await mock.listen(0, '127.0.0.1');
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', OMISE_LOCAL_PORT: String(port), OMISE_WEBHOOK_SECRET: secret, PAYMENT_RECONCILE_INTERVAL_MS: '0', WORKFLOWS_DIR: workflows });
    runner = t.app.get(OutboxRunner);
    reminders = t.app.get(Reminders);
    clock = t.app.get(Clock);
    clock.now = () => now;
  });
  afterAll(async () => {
    await t?.close();
    await mock?.close();
    rmSync(workflows, { recursive: true, force: true });
  });

  const as = async (username: string) => `Bearer ${await t.login(username)}`;
  const notificationsOf = (recipientId: string, template: string) =>
    t.app.get(DataSource).query(`SELECT * FROM notifications WHERE recipient_id = ${placeholder(1)} AND template = ${placeholder(2)}`, [recipientId, template]) as Promise<{ message_th: string; message_en: string; recipient_type: string }[]>;
  const remindersOf = (kind: string, subjectId: string) => t.count('reminders', `kind = ${placeholder(1)} AND subject_id = ${placeholder(2)}`, [kind, subjectId]);

  it('knows every kind, payments’ PromptPay reminder included', () => {
    expect(reminders.kinds()).toEqual(['applicant-waiting', 'due-soon', 'overdue-escalation', 'promptpay-expiring', 'renewal-due']);
  });

  it('reminds the office when the deadline is near, and escalates an overdue application to the head of office once and only once', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const { dueAt } = await t.app.get(DataSource).getRepository(ApplicationEntity).findOneByOrFail({ id: app.id });
    expect(dueAt).not.toBeNull();

    now = new Date(dueAt!.getTime() - 7 * DAY_MS);
    await reminders.runOnce();
    expect(await remindersOf('due-soon', app.id)).toBe(0);

    now = new Date(dueAt!.getTime() - 60 * 60 * 1000);
    await reminders.runOnce();
    await reminders.runOnce();
    await runner.runOnce();
    expect(await remindersOf('due-soon', app.id)).toBe(1);
    const soon = await notificationsOf('bma-khlong-toei', 'reminder-due-soon');
    expect(soon).toHaveLength(1);
    expect(soon[0].message_en).toContain(app.trackingNumber);
    expect(soon[0].message_th).toMatch(/25\d\d/); // a Buddhist-era year

    now = new Date(dueAt!.getTime() + DAY_MS);
    const made = await Promise.all([reminders.runOnce(), reminders.runOnce(), reminders.runOnce()]);
    expect(made.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await reminders.runOnce()).toBe(0);
    now = new Date(dueAt!.getTime() + 5 * DAY_MS);
    expect(await reminders.runOnce()).toBe(0);
    await runner.runOnce();
    expect(await remindersOf('overdue-escalation', app.id)).toBe(1);
    const escalated = await notificationsOf('user-head-kt', 'reminder-overdue-escalation');
    expect(escalated).toHaveLength(1);
    expect(escalated[0].recipient_type).toBe('user');
    expect(escalated[0].message_en).toMatch(new RegExp(`${app.trackingNumber}.*overdue`));
    expect(await notificationsOf('user-head-pw', 'reminder-overdue-escalation')).toHaveLength(0);
    // The head sees it in her inbox; the officer does not.
    const inbox = (await t.http.get('/api/v1/notifications?unread=true').set('Authorization', await as('head.khlongtoei')).expect(200)).body as { template: string }[];
    expect(inbox.filter((n) => n.template === 'reminder-overdue-escalation')).toHaveLength(1);
    const officer = (await t.http.get('/api/v1/notifications').set('Authorization', await as('officer.khlongtoei')).expect(200)).body as { template: string }[];
    expect(officer.filter((n) => n.template === 'reminder-overdue-escalation')).toHaveLength(0);
  });

  it('reminds the applicant the office has waited for more than APPLICANT_WAITING_WORKING_DAYS', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment: 'กรุณาส่งแผนผังร้านฉบับแก้ไข', data: { items: [{ kind: 'document', documentCode: 'site-plan', reason: 'แผนผังไม่แสดงห้องครัว' }] } },
    ]);
    const { stateEnteredAt, awaitingActor } = await t.app.get(DataSource).getRepository(ApplicationEntity).findOneByOrFail({ id: app.id });
    expect(awaitingActor).toBe('applicant');
    now = new Date(stateEnteredAt.getTime() + 2 * DAY_MS);
    await reminders.runOnce();
    expect(await remindersOf('applicant-waiting', app.id)).toBe(0);
    now = new Date(stateEnteredAt.getTime() + 10 * DAY_MS);
    await Promise.all([reminders.runOnce(), reminders.runOnce()]);
    await runner.runOnce();
    expect(await remindersOf('applicant-waiting', app.id)).toBe(1);
    const waiting = (await notificationsOf('user-somchai', 'reminder-applicant-waiting')).filter((n) => n.message_en.includes(app.trackingNumber));
    expect(waiting).toHaveLength(1);
  });

  it('reminds the holder to renew within the licence type’s renewalReminderDays (here 30), once per end date', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, TO_AWAITING_PAYMENT);
    await runner.runOnce();
    await t.http.post(`/api/v1/applications/${app.id}/payments/counter`).set('Authorization', await as('officer.khlongtoei')).send({ receiptNumber: 'KT-REMIND-1', amountSatang: 200000 }).expect(201);
    await runner.runOnce();
    const licence = await t.app.get(DataSource).getRepository(LicenceEntity).findOneByOrFail({ applicationId: app.id });
    expect(licence.status).toBe('valid');

    now = new Date(licence.validUntil!.getTime() - 31 * DAY_MS);
    await reminders.runOnce();
    expect(await remindersOf('renewal-due', licence.number)).toBe(0);
    now = new Date(licence.validUntil!.getTime() - 29 * DAY_MS);
    await Promise.all([reminders.runOnce(), reminders.runOnce()]);
    now = new Date(licence.validUntil!.getTime() - 10 * DAY_MS);
    await reminders.runOnce();
    await runner.runOnce();
    expect(await remindersOf('renewal-due', licence.number)).toBe(1);
    const renewal = await notificationsOf('user-somchai', 'reminder-renewal-due');
    expect(renewal).toHaveLength(1);
    expect(renewal[0].message_en).toContain(licence.number);
    expect(renewal[0].message_th).toContain('กรุณายื่นคำขอต่ออายุ');
    // Past its end it is not "due" any more.
    now = new Date(licence.validUntil!.getTime() + DAY_MS);
    expect(await reminders.runOnce()).toBe(0);
  });

  it('reminds the applicant 30 minutes before her PromptPay QR expires (a source payments contributes), once per QR', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, TO_AWAITING_PAYMENT);
    await runner.runOnce();
    const payment = (await t.http.post(`/api/v1/applications/${app.id}/payments`).set('Authorization', await as('somchai')).send({ method: 'promptpay' }).expect(201)).body as { id: string; expiresAt: string };
    const expiresAt = new Date(payment.expiresAt);
    now = new Date(expiresAt.getTime() - 45 * 60 * 1000);
    await reminders.runOnce();
    expect(await remindersOf('promptpay-expiring', payment.id)).toBe(0);
    now = new Date(expiresAt.getTime() - 20 * 60 * 1000);
    await Promise.all([reminders.runOnce(), reminders.runOnce()]);
    now = new Date(expiresAt.getTime() - 5 * 60 * 1000);
    await reminders.runOnce();
    await runner.runOnce();
    expect(await remindersOf('promptpay-expiring', payment.id)).toBe(1);
    const expiring = (await notificationsOf('user-somchai', 'reminder-promptpay-expiring')).filter((n) => n.message_en.includes(app.trackingNumber));
    expect(expiring).toHaveLength(1);
    expect(expiring[0].message_th).toContain('พร้อมเพย์');
    // Expired: no longer due.
    now = new Date(expiresAt.getTime() + 60 * 1000);
    expect(await reminders.runOnce()).toBe(0);
  });
});
