import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OidcLoginAttemptEntity } from '@bizportal/identity';
import { createDigitalIdMock, DEMO_CITIZENS, type DigitalIdMock } from '../apps/digital-id-mock/src/digital-id-mock';
import { cookieOf } from './support/cookies';
import { createFoodApplication, drive, footprint, sendEvent } from './support/flows';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, startTestApp, type TestApp } from './support/test-app';

/** A REQUEST_INFO's items: one question. */
const ASK_OPENING_HOURS = { items: [{ kind: 'information', question: 'ร้านเปิดกี่โมง / When does the shop open?' }] };

const CLIENT_ID = 'bizportal-pipeline';
const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/auth/digital-id/callback';
const LOGIN = '/api/v1/auth/digital-id/login';
const CALLBACK = '/api/v1/auth/digital-id/callback';
const DEV_LOGIN = '/api/v1/auth/dev-login';
const QUIZ = '/api/v1/businesses/restaurant/quiz';

/** `levels` nested arrays, about 2 bytes a level: 1,500 levels is the 3 KB body that overflowed class-transformer's stack. */
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/**
 * Bad input found by trying: deeply nested JSON, prototype keys, invisible and control characters, floods of
 * sign-ins and uploads, a provider that refuses our credentials, and secrets in the request log. The API is
 * configured with a Digital ID client secret the provider does not know, and with low rate limits.
 */
describe('Request pipeline: what is refused before it reaches a use case', () => {
  let mock: DigitalIdMock;
  let t: TestApp;
  const logLines: string[] = [];
  let stdout: jest.SpyInstance;

  beforeAll(async () => {
    // pino writes to process.stdout once its write is replaced, so this must come before the app is built.
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    mock = await createDigitalIdMock({ clients: [{ clientId: CLIENT_ID, clientSecret: randomBytes(24).toString('base64url'), redirectUris: [REDIRECT_URI] }], accounts: DEMO_CITIZENS });
    t = await startTestApp({
      LOG_LEVEL: 'info',
      DIGITAL_ID_ISSUER: mock.issuer,
      DIGITAL_ID_CLIENT_ID: CLIENT_ID,
      DIGITAL_ID_CLIENT_SECRET: randomBytes(24).toString('base64url'),
      DIGITAL_ID_REDIRECT_URI: REDIRECT_URI,
      DIGITAL_ID_TIMEOUT_MS: '2000',
      DIGITAL_ID_CLEANUP_INTERVAL_MS: '200',
      // Each rate-limit test comes from its own address (X-Forwarded-For, trusted from the loopback proxy).
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_SIGN_IN: '5',
      RATE_LIMIT_VERIFY: '2',
      RATE_LIMIT_QUIZ: '2',
    });
  });
  afterAll(async () => {
    await t?.close();
    await mock?.close();
    stdout.mockRestore();
  });
  afterEach(() => Object.assign(mock.config, { down: false }));

  /** Everything a refused request might have written. */
  const rows = async () => ({ ...(await footprint(t)), users: await t.count('users'), attempts: await t.count('oidc_login_attempts') });

  async function refused(run: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, code: string) {
    const before = await rows();
    const res = await run();
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body).toEqual(expect.objectContaining({ statusCode: status, error: expect.any(String), message: expect.any(String) }));
    expect(await rows()).toEqual(before);
    return res.body as { message: string; details?: unknown };
  }

  const postJson = (path: string, text: string, token?: string) => {
    const req = t.http.post(path).set('content-type', 'application/json');
    return (token ? req.auth(token, { type: 'bearer' }) : req).send(text);
  };

  describe('JSON nested deeper than 32 levels', () => {
    it('is refused with 400 JSON_TOO_DEEP on the quiz, dev login and applications, without signing in', async () => {
      const deep = (field: string) => `{"${field}":${nested(1500)}}`;
      expect(deep('answers').length).toBeLessThan(4096);
      for (const [path, field] of [[QUIZ, 'answers'], [DEV_LOGIN, 'username'], ['/api/v1/applications', 'form']]) {
        const body = await refused(() => postJson(path, deep(field)), 400, 'JSON_TOO_DEEP');
        expect(body.message).toContain('nested deeper than 32 levels');
      }
      // Signed in, the answer is the same: the body is refused before the route is chosen.
      await refused(async () => postJson('/api/v1/applications', deep('form'), await t.login('somchai')), 400, 'JSON_TOO_DEEP');
    });

    it('is refused from the bytes before parsing: a 1 MB body of 500,000 levels is a 400, not a 500', async () => {
      await refused(() => postJson(QUIZ, nested(500_000)), 400, 'JSON_TOO_DEEP');
    });

    it('counts only structure: 32 levels reach validation, 33 do not, and brackets inside strings do not count', async () => {
      const wrapped = (levels: number) => `{"answers":{"q1":${nested(levels - 2)}}}`;
      // The quiz then refuses the answer itself.
      const atLimit = await postJson(QUIZ, wrapped(32));
      expect({ status: atLimit.status, code: atLimit.body.code }).toEqual({ status: 400, code: 'QUIZ_ANSWERS_INVALID' });
      expect(atLimit.body.details).toEqual([{ field: 'answers.q1', problem: expect.any(String) }]);
      await refused(() => postJson(QUIZ, wrapped(33)), 400, 'JSON_TOO_DEEP');
      const inString = await postJson(DEV_LOGIN, JSON.stringify({ username: '['.repeat(1500) }));
      expect(inString.body.code).not.toBe('JSON_TOO_DEEP');
    });
  });

  describe('prototype keys', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" anywhere in a body with 400 FORBIDDEN_KEY, naming where', async (key) => {
      const token = await t.login('somchai');
      const application = { licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM, confirmApplicantData: true };
      // Written as text: in an object literal `__proto__` would set the prototype instead of a key.
      const inForm = JSON.stringify(application).replace('"form":{', `"form":{"${key}":{"roles":["workflow_admin"]},`);
      const nestedBody = await refused(() => postJson('/api/v1/applications', inForm, token), 400, 'FORBIDDEN_KEY');
      expect(nestedBody.details).toEqual([{ field: `form.${key}`, problem: 'is not an allowed key' }]);
      expect(nestedBody.message).toContain(`may not contain the key '${key}'`);
      const top = await refused(() => postJson(DEV_LOGIN, `{"username":"somchai","${key}":{"roles":["workflow_admin"]}}`), 400, 'FORBIDDEN_KEY');
      expect(top.details).toEqual([{ field: key, problem: 'is not an allowed key' }]);
      await refused(() => postJson(QUIZ, `{"answers":[{"${key}":1}]}`), 400, 'FORBIDDEN_KEY');
    });
  });

  describe('invisible and control characters', () => {
    const receivedApplication = async () => {
      const app = await createFoodApplication(t);
      await drive(t, app.id, [
        { as: 'somchai', type: 'SUBMIT' },
        { as: 'officer.khlongtoei', type: 'RECEIVE' },
      ]);
      return app;
    };

    it.each([
      ['a zero-width space', '\u200b'],
      ['a word joiner', '\u2060'],
      ['a Hangul filler', '\u3164'],
      ['spaces, a no-break space and a BOM', ' \u00a0\ufeff '],
      ['a soft hyphen and a combining mark alone', '\u00ad\u0e31'],
    ])('refuses a required comment made only of %s (400, comment named) and records nothing', async (_what, comment) => {
      const app = await receivedApplication();
      const before = await rows();
      const res = await sendEvent(t, app.id, { as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment, data: ASK_OPENING_HOURS });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'EVENT_INVALID' });
      expect(res.body.details).toEqual([{ field: 'comment', problem: expect.stringContaining('is required for REQUEST_INFO') }]);
      expect(await rows()).toEqual(before);
    });

    it('refuses NUL in a comment and bidirectional controls in text that ends up on a licence with 400 TEXT_CONTROL_CHARACTERS', async () => {
      const app = await receivedApplication();
      const nul = await refused(() => sendEvent(t, app.id, { as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment: 'แนบเอกสาร\u0000', data: ASK_OPENING_HOURS }), 400, 'TEXT_CONTROL_CHARACTERS');
      expect(nul.details).toEqual([{ field: 'comment', problem: expect.stringContaining('NUL or a bidirectional control character') }]);
      const token = await t.login('somchai');
      for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
        const form = { ...COMPLETE_FOOD_FORM, businessName: `ครัวคุณแม่${control}gnikooC` };
        const body = await refused(
          () => t.http.post('/api/v1/applications').auth(token, { type: 'bearer' }).send({ licenceType: 'food-premises-permit', premises: KHLONG_TOEI_PREMISES, form, confirmApplicantData: true }),
          400,
          'TEXT_CONTROL_CHARACTERS',
        );
        expect(body.details).toEqual([{ field: 'form.businessName', problem: expect.any(String) }]);
      }
      const address = { ...KHLONG_TOEI_PREMISES, address: `\u2067${KHLONG_TOEI_PREMISES.address}\u2069` };
      const inPremises = await refused(
        () => t.http.post('/api/v1/applications').auth(token, { type: 'bearer' }).send({ licenceType: 'food-premises-permit', premises: address, form: COMPLETE_FOOD_FORM }),
        400,
        'TEXT_CONTROL_CHARACTERS',
      );
      expect(inPremises.details).toEqual([{ field: 'premises.address', problem: expect.any(String) }]);
      const draft = await createFoodApplication(t);
      await refused(() => t.http.patch(`/api/v1/applications/${draft.id}`).auth(token, { type: 'bearer' }).send({ form: { businessName: 'ร้าน\u202eนำ' } }), 400, 'TEXT_CONTROL_CHARACTERS');
    });

    it('accepts Thai text with its combining marks, ZWJ and ZWNJ, in a comment and on the form', async () => {
      const app = await receivedApplication();
      const comment = 'กรุณาแนบสำเนาใบอนุญาตก่อสร้างที่มีลายมือชื่อผู้มีอำนาจ\u200c และแผนผังร้าน\u200d ค่ะ';
      const res = await sendEvent(t, app.id, { as: 'officer.khlongtoei', type: 'REQUEST_INFO', comment, data: ASK_OPENING_HOURS });
      expect(res.status).toBe(200);
      const timeline = await t.http.get(`/api/v1/applications/${app.id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
      expect(timeline.body.entries.at(-1)).toMatchObject({ event: 'REQUEST_INFO', comment });
      const named = await createFoodApplication(t, 'somchai', { form: { ...COMPLETE_FOOD_FORM, businessName: 'ร้านน้ำเต้าหู้เจ้าเก่า\u200b ก๋วยเตี๋ยวเรือ' } });
      expect(named.state).toBe('draft');
    });
  });

  describe('rate limits', () => {
    /** Calls `send` from one client address until it is refused; every call before that must pass. */
    async function untilLimited(from: string, send: (address: string) => Promise<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>, limit: number, passStatus: number) {
      for (let i = 0; i < limit; i++) expect((await send(from)).status).toBe(passStatus);
      const limited = await send(from);
      expect({ status: limited.status, code: limited.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.body.message).toContain(`try again in ${retryAfter} seconds`);
      expect(limited.body.details).toEqual({ retryAfterSeconds: retryAfter });
      return limited;
    }

    it('limits dev login per client address with 429, Retry-After and RATE_LIMITED', async () => {
      await untilLimited('203.0.113.1', (from) => t.http.post(DEV_LOGIN).set('x-forwarded-for', from).send({ username: 'somchai' }), 5, 200);
      // Another address is not held back.
      await t.http.post(DEV_LOGIN).set('x-forwarded-for', '203.0.113.2').send({ username: 'somchai' }).expect(200);
    });

    it('limits the anonymous Digital ID login, so a flood writes no more sign-in rows than the limit', async () => {
      const before = await t.count('oidc_login_attempts');
      await untilLimited('203.0.113.3', (from) => t.http.get(LOGIN).set('x-forwarded-for', from).set('Accept', 'application/json'), 5, 302);
      for (let i = 0; i < 5; i++) expect((await t.http.get(LOGIN).set('x-forwarded-for', '203.0.113.3').set('Accept', 'application/json')).status).toBe(429);
      // A browser (no Accept: application/json) is sent to the sign-in page with the code instead.
      const browser = await t.http.get(LOGIN).set('x-forwarded-for', '203.0.113.3').expect(303);
      expect(browser.headers.location).toBe('/sign-in?error=RATE_LIMITED');
      expect(await t.count('oidc_login_attempts')).toBe(before + 5);
    });

    it('limits the Digital ID callback', async () => {
      await untilLimited('203.0.113.4', (from) => t.http.get(`${CALLBACK}?state=${'s'.repeat(43)}&code=x`).set('x-forwarded-for', from).set('Accept', 'application/json'), 5, 400);
    });

    it('limits POST /verify before the upload is read, and the Smart Quiz', async () => {
      await untilLimited('203.0.113.5', (from) => t.http.post('/api/v1/verify').set('x-forwarded-for', from).attach('file', Buffer.from('%PDF-1.7\n'), 'licence.pdf'), 2, 200);
      await untilLimited('203.0.113.6', (from) => t.http.post(QUIZ).set('x-forwarded-for', from).send({ answers: {} }), 2, 200);
    });

    it('leaves routes without a limit alone', async () => {
      for (let i = 0; i < 6; i++) {
        const res = await t.http.get('/api/v1/licence-types').set('x-forwarded-for', '203.0.113.7').expect(200);
        expect(res.headers['x-ratelimit-limit']).toBeUndefined();
      }
    });
  });

  describe('Digital ID', () => {
    it('deletes sign-in attempts a day after they expired, used or abandoned, on its interval', async () => {
      const attempts = t.app.get(DataSource).getRepository(OidcLoginAttemptEntity);
      const day = 24 * 60 * 60 * 1000;
      const attempt = (state: string, expiredAgoMs: number, used: boolean) => {
        const expiresAt = new Date(Date.now() - expiredAgoMs);
        return { state, nonce: 'n', codeVerifier: 'v', redirectUri: REDIRECT_URI, createdAt: new Date(expiresAt.getTime() - 600_000), expiresAt, usedAt: used ? expiresAt : null };
      };
      await attempts.insert([attempt('abandoned-long-ago', 2 * day, false), attempt('used-long-ago', day + 60_000, true), attempt('expired-an-hour-ago', 3_600_000, false)]);
      const deadline = Date.now() + 5000;
      while ((await attempts.countBy({ state: 'abandoned-long-ago' })) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await attempts.countBy({ state: 'abandoned-long-ago' })).toBe(0);
      expect(await attempts.countBy({ state: 'used-long-ago' })).toBe(0);
      expect(await attempts.countBy({ state: 'expired-an-hour-ago' })).toBe(1);
    });

    it('answers 401 DIGITAL_ID_CLIENT_REFUSED when the provider refuses our client secret, and makes no account', async () => {
      const browser = request.agent(t.app.getHttpServer());
      const back = await mock.driveSignIn((await browser.get(LOGIN).expect(302)).headers.location, 'prasit');
      const users = await t.count('users');
      const res = await browser.get(`${CALLBACK}${back.search}`).set('Accept', 'application/json');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'DIGITAL_ID_CLIENT_REFUSED' });
      expect(res.body.message).toContain("Digital ID refused this portal's client credentials");
      expect(res.body.accessToken).toBeUndefined();
      expect(await t.count('users')).toBe(users);
    });

    it('answers 503 DIGITAL_ID_UNAVAILABLE when the provider cannot be reached at the callback', async () => {
      const browser = request.agent(t.app.getHttpServer());
      const back = await mock.driveSignIn((await browser.get(LOGIN).expect(302)).headers.location, 'prasit');
      mock.config.down = true;
      const res = await browser.get(`${CALLBACK}${back.search}`).set('Accept', 'application/json');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 503, code: 'DIGITAL_ID_UNAVAILABLE' });
    });

    it("keeps the callback's code and state, the redirect's state and nonce, and every cookie out of the request log", async () => {
      const browser = request.agent(t.app.getHttpServer());
      const login = await browser.get(LOGIN).expect(302);
      const authorization = new URL(login.headers.location);
      const back = await mock.driveSignIn(authorization.href, 'somchai');
      await browser.get(`${CALLBACK}${back.search}`);
      // A browser's session and CSRF cookies, set and sent back.
      const signedIn = await browser.post(DEV_LOGIN).set('x-forwarded-for', '203.0.113.9').send({ username: 'somchai', cookie: true }).expect(200);
      const csrf = await browser.get('/api/v1/auth/csrf').expect(200);
      await browser.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf.body.token).expect(204);
      const secrets = {
        nonce: authorization.searchParams.get('nonce')!,
        state: authorization.searchParams.get('state')!,
        codeChallenge: authorization.searchParams.get('code_challenge')!,
        code: back.searchParams.get('code')!,
        signInBinding: cookieOf(login, 'bizportal-signin')!.value,
        session: cookieOf(signedIn, 'bizportal-session')!.value,
        csrfToken: csrf.body.token as string,
      };
      for (const value of Object.values(secrets)) expect(value.length).toBeGreaterThan(20);

      type Entry = { req?: { url?: string; query?: Record<string, string> }; res?: { statusCode?: number; headers?: Record<string, string> } };
      const entries = () => logLines.flatMap((line) => (line.startsWith('{') ? [JSON.parse(line) as Entry] : []));
      const callbackEntry = () => entries().find((e) => e.req?.url?.startsWith(`${CALLBACK}?`) && e.req.url.includes('code='));
      const deadline = Date.now() + 3000;
      while (!callbackEntry() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

      expect(callbackEntry()!.req!.query).toMatchObject({ code: '[redacted]', state: '[redacted]' });
      expect(callbackEntry()!.req!.url).toContain('code=[redacted]');
      const redirect = entries().find((e) => e.req?.url === LOGIN && e.res?.statusCode === 302 && e.res.headers?.location?.includes('nonce='));
      expect(redirect!.res!.headers!.location).toContain('nonce=[redacted]');
      expect(redirect!.res!.headers!.location).toContain(`client_id=${CLIENT_ID}`);
      const log = logLines.join('\n');
      for (const [name, value] of Object.entries(secrets)) expect({ [name]: log.includes(value) }).toEqual({ [name]: false });
    });
  });
});
