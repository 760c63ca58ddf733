import { DataSource } from 'typeorm';
import { LocalSmsProvider, OutboxEntity, OutboxRunner, SmsProvider } from '@bizportal/licensing';
import { createFoodApplication, drive } from './support/flows';
import { freePort, startMaildev, type Maildev } from './support/maildev';
import { placeholder, startTestApp, type TestApp } from './support/test-app';

/**
 * Email and SMS of notifications: the app's SMTP_URL names a port where nothing listens at first (a failing SMTP
 * server), then maildev is started there and the retry goes through; the email is read back from maildev's REST API.
 */
describe('Notification channels: email through SMTP (maildev), SMS through the local provider, failures retried', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  let maildev: Maildev | undefined;
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'Biz Portal <no-reply@bizportal.example.go.th>', PUBLIC_BASE_URL: 'https://bizportal.example.go.th', DEV_MAILBOX_URL: 'http://localhost:1080' });
    runner = t.app.get(OutboxRunner);
  });
  afterAll(async () => {
    await t?.close();
    await maildev?.close();
  });

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const deliveries = (where: string, params: unknown[]) => t.app.get(DataSource).query(`SELECT * FROM notification_deliveries WHERE ${where} ORDER BY channel`, params);

  it('records a failed email, retries it with the outbox, and delivers it once the server answers', async () => {
    await t.http
      .put('/api/v1/notifications/preferences')
      .set(await as('somchai'))
      .send({ language: 'en', email: { enabled: true, address: 'somchai@example.co.th' }, sms: { enabled: true, phone: '081-234-5678' } })
      .expect(200);
    await t.http.put('/api/v1/notifications/preferences').set(await as('officer2.khlongtoei')).send({ language: 'th', email: { enabled: true, address: 'kitti@bma.example.go.th' }, sms: { enabled: false, phone: null } }).expect(200);
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    await runner.runOnce();

    const [email, sms] = await deliveries(`user_id = ${placeholder(1)}`, ['user-somchai']);
    expect(email).toMatchObject({ channel: 'email', address: 'somchai@example.co.th', status: 'failed', attempts: 1, sent_at: null });
    expect(email.last_error).toMatch(/ECONNREFUSED/);
    expect(sms).toMatchObject({ channel: 'sms', address: '+66812345678', status: 'sent', attempts: 1 });
    const local = t.app.get(SmsProvider) as LocalSmsProvider;
    expect(local.list()[0]).toMatchObject({ to: '+66812345678', text: expect.stringContaining(app.trackingNumber) });
    expect((await t.http.get('/api/v1/dev/sms').expect(200)).body[0].to).toBe('+66812345678');
    // Office-wide: only the staff member who asked for email gets one, in Thai.
    const office = await deliveries(`user_id = ${placeholder(1)}`, ['user-officer2-kt']);
    expect(office).toEqual([expect.objectContaining({ channel: 'email', status: 'failed', language: 'th' })]);
    expect(await t.count('notification_deliveries', `user_id = ${placeholder(1)}`, ['user-officer-kt'])).toBe(0);

    const outbox = t.app.get(DataSource).getRepository(OutboxEntity);
    const outboxRow = async (deliveryId: string) => (await outbox.findBy({ type: 'deliver-notification' })).find((r) => r.params.deliveryId === deliveryId)!;
    const pending = await outboxRow(email.id);
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.availableAt.getTime()).toBeGreaterThan(Date.now());
    // A second pass before the back-off ends leaves it alone.
    await runner.runOnce();
    expect((await deliveries(`id = ${placeholder(1)}`, [email.id]))[0].attempts).toBe(1);

    maildev = await startMaildev(smtpPort);
    // The back-off has passed.
    await outbox.update({ type: 'deliver-notification', status: 'pending' }, { availableAt: new Date(Date.now() - 1000) });
    await runner.runOnce();
    const [sent] = await deliveries(`id = ${placeholder(1)}`, [email.id]);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(sent.sent_at).not.toBeNull();
    expect((await outboxRow(email.id)).status).toBe('done');

    const mails = await maildev.emails();
    expect(mails).toHaveLength(2);
    const toSomchai = mails.find((m) => m.to[0].address === 'somchai@example.co.th')!;
    expect(toSomchai.subject).toMatch(new RegExp(`^Biz Portal notification: .*${app.trackingNumber}`));
    expect(toSomchai.text.indexOf('has been submitted')).toBeLessThan(toSomchai.text.indexOf('ระบบได้รับคำขอ'));
    expect(toSomchai.text).toContain(`https://bizportal.example.go.th/applications/${app.id}`);
    expect(toSomchai.html).toContain('lang="th"');
    expect(toSomchai.headers['message-id']).toBe(`<${email.id}@bizportal.example.go.th>`);
    const toKitti = mails.find((m) => m.to[0].address === 'kitti@bma.example.go.th')!;
    expect(toKitti.subject).toMatch(/^แจ้งเตือนจาก Biz Portal: มีคำขอ/);
    expect(toKitti.text.indexOf('รอรับเรื่อง')).toBeLessThan(toKitti.text.indexOf('is waiting to be received'));

    // Running again sends nothing twice.
    await runner.runOnce();
    expect(await maildev.emails()).toHaveLength(2);
  });

  it('shows developers where the mailbox is (DEV_MAILBOX_URL, never in production)', async () => {
    const res = await t.http.get('/api/v1/dev/mailbox').expect(302);
    expect(res.headers.location).toBe('http://localhost:1080');
  });
});
