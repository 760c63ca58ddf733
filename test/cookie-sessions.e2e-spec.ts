import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { SessionEntity } from '@bizportal/identity';
import { clears, cookieOf } from './support/cookies';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES, placeholder, startTestApp, type TestApp } from './support/test-app';

const DEV_LOGIN = '/api/v1/auth/dev-login';
const CSRF = '/api/v1/auth/csrf';
const SESSION = 'bizportal-session';
const CSRF_COOKIE = 'bizportal-csrf';
const NEW_APPLICATION = { licenceType: 'food-premises-permit', business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: COMPLETE_FOOD_FORM, confirmApplicantData: true };

/**
 * Browser sessions: the session token in an httpOnly cookie beside the bearer header, and CSRF protection
 * (csrf-csrf double submit, Origin check) on writes the cookie authenticates. Each browser is a supertest
 * agent, which keeps and sends cookies as a browser does.
 */
describe('Cookie sessions and CSRF', () => {
  let t: TestApp;
  const newBrowser = (): TestAgent => request.agent(t.app.getHttpServer());
  const applications = () => t.count('applications');

  beforeAll(async () => {
    // Every request asks the database, so a session ended in SQL is seen at once.
    t = await startTestApp({ SESSION_CHECK_CACHE_MS: '0' });
  });
  afterAll(() => t?.close());

  /** Signs a browser in as a demo user (the cookie form of dev login) and fetches its CSRF token. */
  async function signedInBrowser(username = 'somchai'): Promise<{ browser: TestAgent; csrf: string; sid: string; session: string }> {
    const browser = newBrowser();
    const res = await browser.post(DEV_LOGIN).send({ username, cookie: true }).expect(200);
    const session = cookieOf(res, SESSION)!.value;
    const { sid } = JSON.parse(Buffer.from(session.split('.')[1], 'base64url').toString()) as { sid: string };
    const csrf = (await browser.get(CSRF).expect(200)).body.token as string;
    return { browser, csrf, sid, session };
  }

  it('dev login with cookie: true sets an httpOnly, SameSite=Lax session cookie for the life of the session, and answers no token', async () => {
    const res = await newBrowser().post(DEV_LOGIN).send({ username: 'somchai', cookie: true }).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.accessToken).toBeUndefined();
    expect(res.body.user).toMatchObject({ id: 'user-somchai', username: 'somchai', roles: ['applicant'] });
    const cookie = cookieOf(res, SESSION)!;
    expect(cookie.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    expect(cookie.attributes.secure).toBeUndefined(); // plain HTTP outside production; session-cookies.spec.ts checks Secure
    expect(cookie.attributes.domain).toBeUndefined();
    const { sid, exp } = JSON.parse(Buffer.from(cookie.value.split('.')[1], 'base64url').toString()) as { sid: string; exp: number };
    expect(new Date(String(cookie.attributes.expires)).getTime()).toBe(exp * 1000);
    expect(res.body.expiresAt).toBe(new Date(exp * 1000).toISOString());
    const [row] = await t.app.get(DataSource).query(`SELECT expires_at FROM sessions WHERE id = ${placeholder(1)}`, [sid]);
    expect(new Date(row.expires_at).getTime()).toBe(exp * 1000);

    // Without the flag, dev login answers the bearer token as before and sets no cookie.
    const api = await t.http.post(DEV_LOGIN).send({ username: 'somchai' }).expect(200);
    expect(api.body.accessToken).toEqual(expect.any(String));
    expect(cookieOf(api, SESSION)).toBeUndefined();
  });

  it('the cookie authenticates reads; without it (and without a bearer header) the answer is 401 AUTHENTICATION_REQUIRED', async () => {
    const { browser } = await signedInBrowser('suda');
    expect((await browser.get('/api/v1/auth/me').expect(200)).body.username).toBe('suda');
    await browser.get('/api/v1/applications').expect(200);
    expect((await newBrowser().get('/api/v1/auth/me').expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('GET /auth/csrf answers a token and sets it as an httpOnly SameSite=Strict cookie', async () => {
    const browser = newBrowser();
    const res = await browser.get(CSRF).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ token: expect.stringMatching(/^[0-9a-f]{64}\.[0-9a-f]{64}$/), headerName: 'X-CSRF-Token' });
    expect(cookieOf(res, CSRF_COOKIE)!.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/' });
  });

  it('a cookie-authenticated write without X-CSRF-Token is refused with 403 CSRF_TOKEN_INVALID and writes nothing; with it, it works', async () => {
    const { browser, csrf } = await signedInBrowser();
    const before = await applications();
    const refused = await browser.post('/api/v1/applications').send(NEW_APPLICATION).expect(403);
    expect(refused.body.code).toBe('CSRF_TOKEN_INVALID');
    expect(refused.body.message).toContain('X-CSRF-Token');
    expect(refused.body.message).toContain('กรุณาโหลดหน้าใหม่');
    expect(refused.body.details).toEqual({ problem: 'no X-CSRF-Token header' });
    const wrong = await browser.post('/api/v1/applications').set('X-CSRF-Token', `${'0'.repeat(64)}.${'1'.repeat(64)}`).send(NEW_APPLICATION).expect(403);
    expect(wrong.body.code).toBe('CSRF_TOKEN_INVALID');
    expect(await applications()).toBe(before);

    const created = await browser.post('/api/v1/applications').set('X-CSRF-Token', csrf).send(NEW_APPLICATION).expect(201);
    expect(created.body.state).toBe('draft');
    expect(await applications()).toBe(before + 1);
  });

  it('a CSRF token is good only with the session it was issued beside: one from before sign-in or of another session is refused', async () => {
    const browser = newBrowser();
    const early = (await browser.get(CSRF).expect(200)).body.token as string;
    await browser.post(DEV_LOGIN).send({ username: 'somchai', cookie: true }).expect(200);
    expect((await browser.post('/api/v1/auth/logout').set('X-CSRF-Token', early).expect(403)).body.code).toBe('CSRF_TOKEN_INVALID');

    // Another browser's valid token and cookie, replayed beside this session, do not fit it either.
    const other = await signedInBrowser('suda');
    const otherCsrfCookie = cookieOf(await other.browser.get(CSRF), CSRF_COOKIE)!.value;
    const mine = await signedInBrowser('somchai');
    const res = await t.http
      .post('/api/v1/auth/logout')
      .set('Cookie', `${SESSION}=${mine.session}; ${CSRF_COOKIE}=${otherCsrfCookie}`)
      .set('X-CSRF-Token', other.csrf)
      .expect(403);
    expect(res.body.code).toBe('CSRF_TOKEN_INVALID');
    await mine.browser.get('/api/v1/auth/me').expect(200);
  });

  it('refuses a cookie-authenticated write from another site’s Origin (403 CSRF_ORIGIN_REFUSED), even with a valid token', async () => {
    const { browser, csrf } = await signedInBrowser();
    const before = await applications();
    const res = await browser.post('/api/v1/applications').set('Origin', 'https://evil.example').set('X-CSRF-Token', csrf).send(NEW_APPLICATION).expect(403);
    expect(res.body.code).toBe('CSRF_ORIGIN_REFUSED');
    expect(res.body.message).toContain('https://evil.example');
    expect(await applications()).toBe(before);
    // Our own origin (PUBLIC_BASE_URL, http://localhost:3000 in the tests) is fine.
    await browser.post('/api/v1/applications').set('Origin', 'http://localhost:3000').set('X-CSRF-Token', csrf).send(NEW_APPLICATION).expect(201);
    // A cookie dev login from another site is refused too (login CSRF).
    const login = await newBrowser().post(DEV_LOGIN).set('Origin', 'https://evil.example').send({ username: 'somchai', cookie: true }).expect(403);
    expect(login.body.code).toBe('CSRF_ORIGIN_REFUSED');
    expect(cookieOf(login, SESSION)).toBeUndefined();
  });

  it('a bearer-authenticated write needs no CSRF token, and a bearer header decides even beside a cookie', async () => {
    const token = await t.login('somchai');
    const before = await applications();
    await t.http.post('/api/v1/applications').auth(token, { type: 'bearer' }).send(NEW_APPLICATION).expect(201);
    const { browser } = await signedInBrowser('suda');
    const both = await browser.get('/api/v1/auth/me').auth(token, { type: 'bearer' }).expect(200);
    expect(both.body.username).toBe('somchai');
    await browser.post('/api/v1/applications').auth(token, { type: 'bearer' }).send(NEW_APPLICATION).expect(201);
    expect(await applications()).toBe(before + 2);
  });

  it('public writes (the quiz) work from a signed-in browser without a CSRF token: they are not cookie-authenticated', async () => {
    const { browser } = await signedInBrowser();
    const res = await browser.post('/api/v1/businesses/restaurant/quiz').send({ answers: {} });
    expect(res.status).toBe(200);
    expect(res.body.licences).toEqual(expect.any(Array));
  });

  it('logout by cookie needs the CSRF token; it then revokes the session and clears the cookies, and the old cookie gets 401 SESSION_REVOKED', async () => {
    const { browser, csrf, sid, session: stolen } = await signedInBrowser();
    expect((await browser.post('/api/v1/auth/logout').expect(403)).body.code).toBe('CSRF_TOKEN_INVALID');
    expect(await t.count('sessions', `id = ${placeholder(1)} AND revoked_at IS NULL`, [sid])).toBe(1);

    const out = await browser.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf).expect(204);
    expect(clears(out, SESSION)).toBe(true);
    expect(clears(out, CSRF_COOKIE)).toBe(true);
    expect(await t.count('sessions', `id = ${placeholder(1)} AND revoked_at IS NOT NULL`, [sid])).toBe(1);
    expect((await browser.get('/api/v1/auth/me').expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');

    // The cookie kept from before (e.g. another tab) names a revoked session: 401, and the browser is told to drop it.
    const replay = await t.http.get('/api/v1/auth/me').set('Cookie', `${SESSION}=${stolen}`).expect(401);
    expect(replay.body.code).toBe('SESSION_REVOKED');
    expect(clears(replay, SESSION)).toBe(true);
  });

  it('an expired session by cookie gets 401 SESSION_EXPIRED and the cookie is cleared', async () => {
    const { browser, sid } = await signedInBrowser('suda');
    await t.app.get(DataSource).getRepository(SessionEntity).update({ id: sid }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await browser.get('/api/v1/auth/me').expect(401);
    expect(res.body.code).toBe('SESSION_EXPIRED');
    expect(clears(res, SESSION)).toBe(true);
    expect((await browser.get('/api/v1/auth/me').expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('GET /auth/dev-users lists what a sign-in page shows: username, Thai and English names, roles, office', async () => {
    const res = await t.http.get('/api/v1/auth/dev-users').expect(200);
    const officer = res.body.find((u: { username: string }) => u.username === 'officer.khlongtoei');
    expect(officer).toEqual({
      username: 'officer.khlongtoei',
      roles: ['officer'],
      agency: { id: expect.any(String), name: { th: expect.stringMatching(/[ก-๙]/), en: expect.any(String) } },
      displayName: { th: expect.stringMatching(/[ก-๙]/), en: expect.any(String) },
    });
    expect(res.body.find((u: { username: string }) => u.username === 'somchai')).toMatchObject({ roles: ['applicant'], agency: null });
  });

  it('opens no CORS: a preflight or a request from another origin gets no Access-Control-Allow-Origin', async () => {
    const preflight = await t.http.options('/api/v1/applications').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await t.http.get('/api/v1/businesses').set('Origin', 'https://evil.example').expect(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});
