import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatThaiDate } from '@bizportal/common';
import { OutboxRunner } from '@bizportal/licensing';
import { createFoodApplication, drive } from './support/flows';
import { placeholder, startTestApp, type TestApp } from './support/test-app';

/** บริษัท ครัววาณี จำกัด: wanee and somchai are its authorised directors. */
const KRUA_WANEE = '0105560012342';
const NONTHABURI_PREMISES = { address: '5 ถนนประชาราษฎร์ ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี นนทบุรี 11000', provinceCode: '12', districtCode: '1201', subdistrictCode: '120101' };

describe('Messages between the applicant and the office, and the acknowledgement of receipt', () => {
  let t: TestApp;
  let runner: OutboxRunner;
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-ack-'));
  /** Somchai's applications in Khlong Toei: a draft and a submitted one; suda's submitted in Nonthaburi; wanee's for her company. */
  const f = { draft: { id: '', trackingNumber: '' }, a: { id: '', trackingNumber: '' }, b: { id: '', trackingNumber: '' }, company: { id: '', trackingNumber: '' } };

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false', PUBLIC_BASE_URL: 'https://bizportal.example.go.th' });
    runner = t.app.get(OutboxRunner);
    f.draft = await createFoodApplication(t, 'somchai');
    f.a = await createFoodApplication(t, 'somchai');
    await drive(t, f.a.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    f.b = await createFoodApplication(t, 'suda', { premises: NONTHABURI_PREMISES });
    await drive(t, f.b.id, [{ as: 'suda', type: 'SUBMIT' }]);
    f.company = await createFoodApplication(t, 'wanee', { applicant: { type: 'juristic', registrationNumber: KRUA_WANEE } });
    await drive(t, f.company.id, [{ as: 'wanee', type: 'SUBMIT' }]);
    await runner.runOnce(); // the SUBMIT notifications, so that later counts are only the messages'
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const as = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  const messagesOf = (id: string) => `/api/v1/applications/${id}/messages`;
  const post = async (username: string, id: string, body: unknown) => t.http.post(messagesOf(id)).set(await as(username)).send(body as object);
  const list = async (username: string, id: string) => t.http.get(messagesOf(id)).set(await as(username));
  const markRead = async (username: string, id: string) => t.http.post(`${messagesOf(id)}/read`).set(await as(username));
  const footprint = async () => ({ messages: await t.count('application_messages'), outbox: await t.count('outbox'), notifications: await t.count('notifications') });
  const notificationsFor = (recipientType: string, recipientId: string, template: string) =>
    t.count('notifications', `recipient_type = ${placeholder(1)} AND recipient_id = ${placeholder(2)} AND template = ${placeholder(3)}`, [recipientType, recipientId, template]);

  describe('messages', () => {
    it('the applicant writes; the message is stored, and the office (nobody holds it yet) is notified through the outbox', async () => {
      const before = await footprint();
      const res = await post('somchai', f.a.id, { body: 'สวัสดีค่ะ ขอสอบถามเรื่องแผนผังร้าน\nต้องส่งฉบับแก้ไขหรือไม่ / Do I need a new site plan?' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        authorSide: 'applicant',
        authorName: { th: 'นายสมชาย ใจดี', en: expect.any(String) },
        body: 'สวัสดีค่ะ ขอสอบถามเรื่องแผนผังร้าน\nต้องส่งฉบับแก้ไขหรือไม่ / Do I need a new site plan?',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        readByOtherSide: false,
        readAt: null,
      });
      // One pending notify effect, recorded in the same transaction and made by no workflow step.
      expect(await footprint()).toEqual({ ...before, messages: before.messages + 1, outbox: before.outbox + 1 });
      expect(await t.count('outbox', `type = 'notify' AND event_id IS NULL AND status = 'pending'`)).toBe(1);
      await runner.runOnce();
      expect(await notificationsFor('agency', 'bma-khlong-toei', 'message-from-applicant')).toBe(1);
      const officeInbox = (await t.http.get('/api/v1/notifications').set(await as('officer.khlongtoei')).expect(200)).body;
      expect(officeInbox[0]).toMatchObject({ applicationId: f.a.id, template: 'message-from-applicant', message: { th: expect.stringContaining(f.a.trackingNumber), en: expect.stringContaining(f.a.trackingNumber) } });
      // Nobody else hears of it.
      const sudaInbox = (await t.http.get('/api/v1/notifications').set(await as('suda')).expect(200)).body as { applicationId: string }[];
      expect(sudaInbox.filter((n) => n.applicationId === f.a.id)).toEqual([]);
    });

    it('once an officer holds the application, the applicant’s message notifies her in person, not the whole office', async () => {
      await t.http.post(`/api/v1/applications/${f.a.id}/claim`).set(await as('officer.khlongtoei')).expect(200);
      await post('somchai', f.a.id, { body: 'ขอบคุณค่ะ' }).then((r) => expect(r.status).toBe(201));
      await runner.runOnce();
      expect(await notificationsFor('user', 'user-officer-kt', 'message-from-applicant')).toBe(1);
      expect(await notificationsFor('agency', 'bma-khlong-toei', 'message-from-applicant')).toBe(1);
      const mine = (await t.http.get('/api/v1/notifications').set(await as('officer.khlongtoei')).expect(200)).body as { template: string }[];
      const colleague = (await t.http.get('/api/v1/notifications').set(await as('officer2.khlongtoei')).expect(200)).body as { template: string }[];
      expect(mine.filter((n) => n.template === 'message-from-applicant')).toHaveLength(2);
      expect(colleague.filter((n) => n.template === 'message-from-applicant')).toHaveLength(1); // the office's, from before she held it
    });

    it('the office answers and the applicant is notified; the thread reads oldest first for both sides', async () => {
      const res = await post('officer.khlongtoei', f.a.id, { body: 'ไม่ต้องส่งใหม่ครับ แผนผังเดิมใช้ได้' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ authorSide: 'office', authorName: { th: 'นางวิไล ตรวจการ', en: 'Mrs Wilai Truatkan' } });
      await runner.runOnce();
      expect(await notificationsFor('user', 'user-somchai', 'message-from-office')).toBe(1);
      const inbox = (await t.http.get('/api/v1/notifications').set(await as('somchai')).expect(200)).body;
      expect(inbox[0]).toMatchObject({ applicationId: f.a.id, template: 'message-from-office', message: { th: `เจ้าหน้าที่ส่งข้อความถึงท่าน เรื่องคำขอ ${f.a.trackingNumber}` } });

      for (const who of ['somchai', 'officer.khlongtoei', 'head.khlongtoei', 'auditor']) {
        const thread = (await list(who, f.a.id).then((r) => (expect(r.status).toBe(200), r))).body as { authorSide: string; body: string; createdAt: string }[];
        expect(thread.map((m) => [m.authorSide, m.body.split('\n')[0]])).toEqual([
          ['applicant', 'สวัสดีค่ะ ขอสอบถามเรื่องแผนผังร้าน'],
          ['applicant', 'ขอบคุณค่ะ'],
          ['office', 'ไม่ต้องส่งใหม่ครับ แผนผังเดิมใช้ได้'],
        ]);
        const times = thread.map((m) => Date.parse(m.createdAt));
        expect([...times].sort((x, y) => x - y)).toEqual(times);
        expect(new Set(times).size).toBe(3);
      }
    });

    it('read marks: each side marks the other side’s messages read, once', async () => {
      expect((await markRead('somchai', f.a.id)).body).toEqual({ marked: 1 });
      let thread = (await list('officer.khlongtoei', f.a.id)).body as { authorSide: string; readByOtherSide: boolean; readAt: string | null }[];
      expect(thread.map((m) => [m.authorSide, m.readByOtherSide])).toEqual([
        ['applicant', false],
        ['applicant', false],
        ['office', true],
      ]);
      expect(thread[2].readAt).toEqual(expect.any(String));
      expect((await markRead('somchai', f.a.id)).body).toEqual({ marked: 0 });
      // Any staff member of the office reads for the office.
      const res = await markRead('approver.khlongtoei', f.a.id);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ marked: 2 });
      thread = (await list('somchai', f.a.id)).body;
      expect(thread.map((m) => m.readByOtherSide)).toEqual([true, true, true]);
      expect(await t.count('application_messages', `read_by = 'user-approver-kt'`)).toBe(2);
    });

    it('refuses anyone outside the application as the application routes do, and leaves nothing behind', async () => {
      const before = await footprint();
      const stranger = randomUUID();
      const cases: [string, () => Promise<{ status: number; body: { code?: string } }>, number, string][] = [
        ['another applicant reads', () => list('suda', f.a.id), 404, 'APPLICATION_NOT_FOUND'],
        ['another applicant writes', () => post('suda', f.a.id, { body: 'hello' }), 404, 'APPLICATION_NOT_FOUND'],
        ['another applicant marks read', () => markRead('suda', f.a.id), 404, 'APPLICATION_NOT_FOUND'],
        ['another office reads', () => list('officer.nonthaburi', f.a.id), 404, 'APPLICATION_NOT_FOUND'],
        ['another office writes', () => post('officer.nonthaburi', f.a.id, { body: 'hello' }), 404, 'APPLICATION_NOT_FOUND'],
        ['Khlong Toei writes to a Nonthaburi application', () => post('officer.khlongtoei', f.b.id, { body: 'hello' }), 404, 'APPLICATION_NOT_FOUND'],
        ['the workflow admin reads', () => list('admin', f.a.id), 404, 'APPLICATION_NOT_FOUND'],
        ['the workflow admin writes', () => post('admin', f.a.id, { body: 'hello' }), 403, 'ROLE_FORBIDDEN'],
        ['the auditor writes', () => post('auditor', f.a.id, { body: 'hello' }), 403, 'ROLE_FORBIDDEN'],
        ['the auditor marks read', () => markRead('auditor', f.a.id), 403, 'ROLE_FORBIDDEN'],
        ['an unknown application', () => post('somchai', stranger, { body: 'hello' }), 404, 'APPLICATION_NOT_FOUND'],
        ['an unknown application, read', () => list('somchai', stranger), 404, 'APPLICATION_NOT_FOUND'],
        ['not an application id', () => post('somchai', 'not-a-uuid', { body: 'hello' }), 400, 'INVALID_ID'],
        ['anonymous', () => t.http.get(messagesOf(f.a.id)), 401, 'AUTHENTICATION_REQUIRED'],
        ['anonymous writes', () => t.http.post(messagesOf(f.a.id)).send({ body: 'hello' }), 401, 'AUTHENTICATION_REQUIRED'],
        ['a draft has no office to write to', () => post('somchai', f.draft.id, { body: 'hello' }), 409, 'MESSAGES_NOT_OPEN_FOR_DRAFT'],
      ];
      const problems: string[] = [];
      for (const [why, call, status, code] of cases) {
        const res = await call();
        if (res.status !== status || res.body.code !== code) problems.push(`${why}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      expect(problems).toEqual([]);
      const draft = await post('somchai', f.draft.id, { body: 'hello' });
      expect(draft.body.message).toMatch(/ฉบับร่าง.*\/.*draft/s);
      expect(await list('somchai', f.draft.id).then((r) => r.body)).toEqual([]);
      expect(await footprint()).toEqual(before);
    });

    it('another director of the company reads the thread, but only the director who applied writes or marks it read', async () => {
      expect((await post('wanee', f.company.id, { body: 'สอบถามค่ะ' })).status).toBe(201);
      const thread = await list('somchai', f.company.id);
      expect(thread.status).toBe(200);
      expect(thread.body.map((m: { body: string }) => m.body)).toEqual(['สอบถามค่ะ']);
      const before = await footprint();
      for (const res of [await post('somchai', f.company.id, { body: 'ผมก็ถามด้วย' }), await markRead('somchai', f.company.id)]) {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ code: 'MESSAGES_READ_ONLY', message: expect.stringMatching(/ผู้ยื่นคำขอ.*\/.*only the applicant/s) });
      }
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['empty', { body: '' }, /ข้อความต้องไม่ว่าง \/ the message must not be empty/],
      ['only white space', { body: '  \n\u3000 ' }, /must not be empty/],
      ['nothing visible', { body: '\u200B\u200B' }, /must contain a visible character/],
      ['too long', { body: 'ก'.repeat(2001) }, /ไม่เกิน 2000 ตัวอักษร \/ the message may be at most 2000 characters/],
      ['a bell', { body: 'hello\u0007' }, /control character/],
      ['a tab', { body: 'a\tb' }, /control character/],
      ['an escape sequence', { body: 'a\u001b[31mb' }, /control character/],
      ['a C1 control', { body: 'a\u0085b' }, /control character/],
      ['missing', {}, /must be text/],
      ['a number', { body: 42 }, /must be text/],
      ['an unknown field', { body: 'hi', to: 'office' }, /property to should not exist/],
    ])('refuses a message that is %s: 400 naming body, nothing stored', async (_why, payload, problem) => {
      const before = await footprint();
      const res = await post('somchai', f.a.id, payload);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('ข้อมูลที่ส่งมาไม่ถูกต้อง') });
      expect(JSON.stringify(res.body.details)).toMatch(problem);
      expect(await footprint()).toEqual(before);
    });

    it('refuses NUL and bidirectional overrides before the route (TEXT_CONTROL_CHARACTERS)', async () => {
      const before = await footprint();
      for (const body of ['a\u0000b', 'abc\u202Edef']) {
        const res = await post('somchai', f.a.id, { body });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('TEXT_CONTROL_CHARACTERS');
      }
      expect(await footprint()).toEqual(before);
    });

    it('takes exactly 2000 characters, keeps Thai marks and line breaks, and stores CRLF as LF', async () => {
      const long = 'น้ำ'.repeat(666) + 'ค่ะ'.slice(0, 2);
      expect([...long].length).toBe(2000);
      expect((await post('somchai', f.a.id, { body: long })).status).toBe(201);
      const res = await post('somchai', f.a.id, { body: '  บรรทัดแรก\r\nบรรทัดที่สอง  ' });
      expect(res.status).toBe(201);
      expect(res.body.body).toBe('บรรทัดแรก\nบรรทัดที่สอง');
    });
  });

  describe('acknowledgement of receipt (PDF)', () => {
    const ackOf = (id: string) => `/api/v1/applications/${id}/acknowledgement.pdf`;
    const pdfText = (pdf: Buffer) => {
      const file = join(dir, `${randomUUID()}.pdf`);
      writeFileSync(file, pdf);
      return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    };
    const fetchPdf = async (username: string, id: string) => {
      const res = await t.http.get(ackOf(id)).set(await as(username)).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      return res;
    };

    it('is not there for a draft (409), nor for those who may not see the application', async () => {
      const draft = await t.http.get(ackOf(f.draft.id)).set(await as('somchai'));
      expect(draft.status).toBe(409);
      expect(draft.body).toMatchObject({ code: 'ACKNOWLEDGEMENT_NOT_AVAILABLE', message: expect.stringContaining('ยังไม่ได้ยื่น') });
      for (const who of ['suda', 'officer.nonthaburi', 'admin']) {
        const res = await t.http.get(ackOf(f.a.id)).set(await as(who));
        expect([res.status, res.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
      }
      expect((await t.http.get(ackOf(f.a.id))).status).toBe(401);
      expect((await t.http.get(ackOf(randomUUID())).set(await as('somchai'))).status).toBe(404);
    });

    it('for the applicant and the office: Thai and English, tracking number, office, Buddhist-era time, processing days, documents, tracking URL; no expected date before the intake check', async () => {
      for (const who of ['somchai', 'officer.khlongtoei']) {
        const res = await fetchPdf(who, f.a.id);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toBe(`inline; filename="acknowledgement-${f.a.trackingNumber}.pdf"`);
        expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      }
      const pdf = (await fetchPdf('somchai', f.a.id)).body as Buffer;
      writeFileSync('/tmp/acknowledgement-before-intake.pdf', pdf);
      const text = pdfText(pdf);
      const app = (await t.http.get(`/api/v1/applications/${f.a.id}`).set(await as('somchai')).expect(200)).body;
      for (const expected of [
        'Biz Portal ระบบอนุญาตอิเล็กทรอนิกส์',
        'ใบรับคำขอ',
        'Acknowledgement of receipt of application',
        f.a.trackingNumber,
        'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหารหรือสะสมอาหาร',
        app.agency.name.th,
        app.holder.name.th,
        formatThaiDate(new Date(app.submittedAt)),
        '30 วันทำการ',
        '30 working days',
        'จะแจ้งเมื่อเจ้าหน้าที่ตรวจสอบคำขอเบื้องต้นว่าครบถ้วนแล้ว',
        'แผนผังบริเวณภายในและภายนอกของร้าน',
        'Site plan of the premises, inside and outside',
        `https://bizportal.example.go.th/track/${f.a.trackingNumber}`,
        'มิใช่ใบอนุญาต',
        'it is not a licence',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/เวลา \d\d:\d\d น\./);
      expect(text).toMatch(/25\d\d/);
    });

    it('after the intake check it shows the expected completion date the application gives', async () => {
      await drive(t, f.a.id, [
        { as: 'officer.khlongtoei', type: 'RECEIVE' },
        { as: 'officer.khlongtoei', type: 'ACCEPT' },
      ]);
      const app = (await t.http.get(`/api/v1/applications/${f.a.id}`).set(await as('somchai')).expect(200)).body;
      expect(app.expectedCompletionAt).toEqual(expect.any(String));
      const pdf = (await fetchPdf('officer.khlongtoei', f.a.id)).body as Buffer;
      writeFileSync('/tmp/acknowledgement-after-intake.pdf', pdf);
      const text = pdfText(pdf);
      expect(text).toContain(formatThaiDate(new Date(app.expectedCompletionAt)));
      expect(text).not.toContain('จะแจ้งเมื่อเจ้าหน้าที่ตรวจสอบ');
    });

    it('for a company: names the company and the director who filed it; a co-director may read it too', async () => {
      const res = await fetchPdf('somchai', f.company.id);
      expect(res.status).toBe(200);
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('บริษัท ครัววาณี จำกัด');
      expect(text).toContain('ยื่นโดย / filed by นางวาณี ศรีสุข');
    });
  });

  it('the OpenAPI document describes each operation: request, response schema, JSON errors, the PDF as binary', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body;
    const op = (path: string, method: string) => doc.paths[`/applications/{id}${path}`][method];
    const json = (o: { responses: Record<string, { content: Record<string, { schema: unknown }> }> }, status: string) => o.responses[status].content['application/json'].schema;
    expect(json(op('/messages', 'get'), '200')).toEqual({ type: 'array', items: { $ref: '#/components/schemas/MessageDto' } });
    expect(json(op('/messages', 'post'), '201')).toEqual({ $ref: '#/components/schemas/MessageDto' });
    expect(op('/messages', 'post').requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PostMessageDto' });
    expect(json(op('/messages/read', 'post'), '200')).toEqual({ $ref: '#/components/schemas/MessagesMarkedReadDto' });
    const codes = (o: { responses: Record<string, { content: Record<string, { schema: { allOf: { properties?: { code?: { enum: string[] } } }[] } }> }> }, status: string) =>
      o.responses[status].content['application/json'].schema.allOf[1].properties!.code!.enum;
    expect(codes(op('/messages', 'post'), '409')).toEqual(['MESSAGES_NOT_OPEN_FOR_DRAFT']);
    expect(codes(op('/messages', 'post'), '403')).toEqual(expect.arrayContaining(['MESSAGES_READ_ONLY', 'ROLE_FORBIDDEN']));
    expect(codes(op('/messages', 'post'), '400')).toEqual(expect.arrayContaining(['VALIDATION_FAILED', 'TEXT_CONTROL_CHARACTERS']));
    const pdf = op('/acknowledgement.pdf', 'get');
    expect(pdf.responses['200'].content).toEqual({ 'application/pdf': { schema: { type: 'string', format: 'binary' } } });
    expect(codes(pdf, '409')).toEqual(['ACKNOWLEDGEMENT_NOT_AVAILABLE']);
    expect(codes(pdf, '404')).toEqual(['APPLICATION_NOT_FOUND']);
    expect(doc.components.schemas.MessageDto.required).toEqual(expect.arrayContaining(['id', 'authorSide', 'authorName', 'body', 'createdAt', 'readByOtherSide']));
    expect(doc.components.schemas.PostMessageDto.properties.body).toMatchObject({ minLength: 1, maxLength: 2000 });
  });
});
