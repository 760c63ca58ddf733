import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { OidcLoginAttemptEntity } from '@bizportal/identity';
import { createDigitalIdMock, DEMO_CITIZENS, type DigitalIdAccount, type DigitalIdMock } from '../apps/digital-id-mock/src/digital-id-mock';
import { validateEnvironment } from '../apps/api/src/environment';
import { clears, cookieOf } from './support/cookies';
import { placeholder, startTestApp, type TestApp } from './support/test-app';

const CLIENT_ID = 'bizportal-e2e';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/auth/digital-id/callback';
const LOGIN = '/api/v1/auth/digital-id/login';
const CALLBACK = '/api/v1/auth/digital-id/callback';

/** A person whose provider record carries a national ID with a wrong check digit (…0708 is the valid one). */
const MISTYPED: DigitalIdAccount = {
  ...DEMO_CITIZENS[0],
  sub: 'did-mistyped-national-id',
  username: 'mistyped',
  pid: '1101700230709',
  givenNameEn: 'Mistyped',
};

/** A citizen new to the portal who signs in from two browsers at the same moment. */
const TWICE: DigitalIdAccount = {
  ...DEMO_CITIZENS[0],
  sub: 'did-signs-in-twice-at-once',
  username: 'twice',
  pid: '1700100456121',
  titleTh: 'นาง',
  givenNameTh: 'มาลี',
  familyNameTh: 'พร้อมกัน',
  titleEn: 'Mrs',
  givenNameEn: 'Malee',
  familyNameEn: 'Phromkan',
};

describe('Digital ID sign-in (OpenID Connect, code flow with PKCE) against the local provider', () => {
  let mock: DigitalIdMock;
  let t: TestApp;

  beforeAll(async () => {
    mock = await createDigitalIdMock({ clients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [REDIRECT_URI] }], accounts: [...DEMO_CITIZENS, MISTYPED, TWICE] });
    t = await startTestApp({
      DIGITAL_ID_ISSUER: mock.issuer,
      DIGITAL_ID_CLIENT_ID: CLIENT_ID,
      DIGITAL_ID_CLIENT_SECRET: CLIENT_SECRET,
      DIGITAL_ID_REDIRECT_URI: REDIRECT_URI,
      DIGITAL_ID_TIMEOUT_MS: '2000',
    });
  });
  afterAll(async () => {
    await t.close();
    await mock.close();
  });
  afterEach(() => Object.assign(mock.config, { down: false, nextIdToken: null }));

  /** A client with a cookie jar, as a browser keeps one; each test starts with a fresh one. */
  const newClient = (): TestAgent => request.agent(t.app.getHttpServer());
  let client: TestAgent;
  beforeEach(() => {
    client = newClient();
  });

  /** Our login route: the provider's authorization URL it redirects to. */
  async function startLogin(by: TestAgent = client): Promise<URL> {
    const res = await by.get(LOGIN).set('Accept', 'application/json');
    expect(res.status).toBe(302);
    return new URL(res.headers.location);
  }
  /** The browser at the provider: where it is sent back to, with code and state. */
  const atProvider = (url: URL, who: string, options?: { cancel?: boolean }) => mock.driveSignIn(url.href, who, options);
  /** The callback as an API client asks for it (Accept: application/json): {accessToken, user} or the error body. */
  const callback = (back: URL | string, by: TestAgent = client) => by.get(`${CALLBACK}${typeof back === 'string' ? back : back.search}`).set('Accept', 'application/json');
  const signIn = async (who: string) => callback(await atProvider(await startLogin(), who));
  const usersWithNationalId = (nationalId: string) => t.count('users', `national_id = ${placeholder(1)}`, [nationalId]);

  it('answers 503 while the provider is unreachable, and works once it is back (a failed discovery is not remembered)', async () => {
    mock.config.down = true;
    const res = await t.http.get(LOGIN).set('Accept', 'application/json').expect(503);
    expect(res.body.code).toBe('DIGITAL_ID_UNAVAILABLE');
    expect(res.body.message).toContain('Digital ID is unavailable');
    expect(await t.count('oidc_login_attempts')).toBe(0);
    mock.config.down = false;
    await startLogin();
  });

  it('signs a demo applicant in: redirect with state, nonce and PKCE S256, provider sign-in, callback, and the token works', async () => {
    const url = await startLogin();
    expect(url.origin).toBe(new URL(mock.issuer).origin);
    const params = url.searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ client_id: CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT_URI, code_challenge_method: 'S256' });
    expect(params.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['openid', 'pid', 'profile']));
    for (const name of ['state', 'nonce', 'code_challenge']) expect(params.get(name)!.length).toBeGreaterThanOrEqual(43);
    expect(params.has('code_verifier')).toBe(false);
    expect(await t.count('oidc_login_attempts', `state = ${placeholder(1)} AND used_at IS NULL`, [params.get('state')])).toBe(1);

    const back = await atProvider(url, 'somchai');
    expect(back.origin + back.pathname).toBe(REDIRECT_URI);
    expect(back.searchParams.get('state')).toBe(params.get('state'));
    const res = await callback(back).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    // The seeded demo applicant with the same national ID is reused.
    expect(res.body.user).toEqual({ id: 'user-somchai', username: 'somchai', roles: ['applicant'], agencyId: null, displayName: 'นายสมชาย ใจดี' });
    expect(await usersWithNationalId('1101700230708')).toBe(1);
    expect(await t.count('oidc_login_attempts', `state = ${placeholder(1)} AND used_at IS NOT NULL`, [params.get('state')])).toBe(1);

    await t.http.get('/api/v1/applications').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
    const me = await t.http.get('/api/v1/auth/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body.id).toBe('user-somchai');
  });

  it('makes an applicant account for a citizen new to the portal, named from the claims, and reuses it next time', async () => {
    expect(await usersWithNationalId('3500100123457')).toBe(0);
    const first = await signIn('prasit');
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ roles: ['applicant'], agencyId: null, displayName: 'นายประสิทธิ์ มั่นคง' });
    expect(first.body.user.username).toMatch(/^citizen\.[0-9a-f]{12}$/);
    const row = (await t.app.get(DataSource).query(`SELECT display_name_en, roles FROM users WHERE national_id = ${placeholder(1)}`, ['3500100123457']))[0];
    expect(row.display_name_en).toBe('Mr Prasit Mankong');

    const again = await signIn('prasit');
    expect(again.status).toBe(200);
    expect(again.body.user.id).toBe(first.body.user.id);
    expect(await usersWithNationalId('3500100123457')).toBe(1);
    await t.http.get('/api/v1/applications').auth(again.body.accessToken, { type: 'bearer' }).expect(200);

    const director = await signIn('wanee');
    expect(director.status).toBe(200);
    expect(director.body.user.displayName).toBe('นางวาณี ศรีสุข');
  });

  it('makes one account when a new citizen finishes two sign-ins at the same moment', async () => {
    const browsers = [newClient(), newClient()];
    const backs = await Promise.all(browsers.map(async (browser) => atProvider(await startLogin(browser), 'twice')));
    const [a, b] = await Promise.all(backs.map((back, i) => callback(back, browsers[i])));
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.user.id).toBe(b.body.user.id);
    expect(await usersWithNationalId('1700100456121')).toBe(1);
  });

  it('a Digital ID sign-in is a session like dev login’s: signing out ends it (401 SESSION_REVOKED)', async () => {
    const res = await signIn('suda');
    expect(res.status).toBe(200);
    const bearer = { authorization: `Bearer ${res.body.accessToken}` };
    expect(await t.count('sessions', `user_id = ${placeholder(1)} AND revoked_at IS NULL`, [res.body.user.id])).toBeGreaterThanOrEqual(1);
    await t.http.get('/api/v1/auth/me').set(bearer).expect(200);
    await t.http.post('/api/v1/auth/logout').set(bearer).expect(204);
    const after = await t.http.get('/api/v1/auth/me').set(bearer).expect(401);
    expect(after.body.code).toBe('SESSION_REVOKED');
  });

  it('refuses a callback whose state was already used (replay) with 400, even from the client holding the binding cookie', async () => {
    const login = await t.http.get(LOGIN).set('Accept', 'application/json').expect(302);
    const binding = cookieOf(login, 'bizportal-signin')!;
    const back = await atProvider(new URL(login.headers.location), 'suda');
    await callback(back, t.http).set('Cookie', `bizportal-signin=${binding.value}`).expect(200);
    const replay = await callback(back, t.http).set('Cookie', `bizportal-signin=${binding.value}`).expect(400);
    expect(replay.body.code).toBe('DIGITAL_ID_STATE_USED');
    expect(replay.body.message).toContain('This sign-in was already used');
    expect(replay.body.message).toContain('ถูกใช้ไปแล้ว');
    expect(replay.body.accessToken).toBeUndefined();
  });

  it('binds the sign-in to the browser that started it: an httpOnly, SameSite=Lax cookie for 10 minutes, whose hash alone is kept', async () => {
    const login = await client.get(LOGIN).expect(302);
    const binding = cookieOf(login, 'bizportal-signin')!;
    expect(binding.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(binding.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/', 'max-age': '600' });
    expect(binding.attributes.secure).toBeUndefined(); // plain-HTTP test server; see test/cookie-sessions.e2e-spec.ts for production
    const state = new URL(login.headers.location).searchParams.get('state');
    const [row] = await t.app.get(DataSource).query(`SELECT browser_binding_hash FROM oidc_login_attempts WHERE state = ${placeholder(1)}`, [state]);
    expect(row.browser_binding_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.browser_binding_hash).not.toBe(binding.value);
  });

  it('refuses the callback URL replayed from a client without the cookie, or from another browser, and signs no one in; the starting browser still finishes', async () => {
    const url = await startLogin();
    const back = await atProvider(url, 'somchai');
    const sessionsBefore = await t.count('sessions');

    // Completed at the provider in one browser, replayed from a client with no cookies (as an API client).
    const replayed = await callback(back, t.http).expect(400);
    expect(replayed.body.code).toBe('DIGITAL_ID_BROWSER_MISMATCH');
    expect(replayed.body.message).toContain('This sign-in was not started in this browser');
    expect(replayed.body.message).toContain('ไม่ได้เริ่มจากเบราว์เซอร์นี้');
    expect(replayed.body.accessToken).toBeUndefined();
    // ...or navigated to by a victim's browser (login CSRF): the sign-in page with the code, and no session cookie.
    const navigated = await t.http.get(`${CALLBACK}${back.search}`).expect(303);
    expect(navigated.headers.location).toBe('/sign-in?error=DIGITAL_ID_BROWSER_MISMATCH');
    expect(cookieOf(navigated, 'bizportal-session')).toBeUndefined();
    // ...or from another browser that started a sign-in of its own.
    const other = newClient();
    await startLogin(other);
    expect((await callback(back, other).expect(400)).body.code).toBe('DIGITAL_ID_BROWSER_MISMATCH');
    expect(await t.count('sessions')).toBe(sessionsBefore);
    expect(await t.count('oidc_login_attempts', `state = ${placeholder(1)} AND used_at IS NULL`, [url.searchParams.get('state')])).toBe(1);

    // The browser that started it (its cookie jar) is signed in with the session cookie and sent to the home page.
    const done = await client.get(`${CALLBACK}${back.search}`).expect(303);
    expect(done.headers.location).toBe('/');
    expect(done.headers['cache-control']).toBe('no-store');
    expect(done.body).toEqual({});
    const session = cookieOf(done, 'bizportal-session')!;
    expect(session.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    expect(new Date(String(session.attributes.expires)).getTime()).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
    expect(clears(done, 'bizportal-signin')).toBe(true);
    expect(await t.count('sessions')).toBe(sessionsBefore + 1);
    const me = await client.get('/api/v1/auth/me').expect(200);
    expect(me.body.username).toBe('somchai');
    // One try per binding: the cookie is gone, so the same URL again is refused.
    expect((await callback(back).expect(400)).body.code).toBe('DIGITAL_ID_BROWSER_MISMATCH');
  });

  it('returns the browser to the same-origin path it started from, and refuses returnTo that leads elsewhere', async () => {
    const login = await client.get(`${LOGIN}?returnTo=${encodeURIComponent('/applications?tab=mine')}`).expect(302);
    const done = await client.get(`${CALLBACK}${(await atProvider(new URL(login.headers.location), 'suda')).search}`).expect(303);
    expect(done.headers.location).toBe('/applications?tab=mine');
    expect(cookieOf(done, 'bizportal-session')).toBeDefined();

    const attempts = await t.count('oidc_login_attempts');
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)', 'applications']) {
      const query = `${LOGIN}?returnTo=${encodeURIComponent(returnTo)}`;
      const browser = await t.http.get(query).expect(303);
      expect(browser.headers.location).toBe('/sign-in?error=DIGITAL_ID_RETURN_TO_INVALID');
      expect(cookieOf(browser, 'bizportal-signin')).toBeUndefined();
      const api = await t.http.get(query).set('Accept', 'application/json').expect(400);
      expect(api.body.code).toBe('DIGITAL_ID_RETURN_TO_INVALID');
      expect(api.body.message).toContain('returnTo must be a path on this site');
    }
    expect(await t.count('oidc_login_attempts')).toBe(attempts);
  });

  it('sends the browser to the sign-in page with the code of any refusal: cancelled, provider down, a malformed callback', async () => {
    const cancelled = await client.get(`${CALLBACK}${(await atProvider(await startLogin(), 'somchai', { cancel: true })).search}`).expect(303);
    expect(cancelled.headers.location).toBe('/sign-in?error=DIGITAL_ID_SIGN_IN_CANCELLED');
    expect(cookieOf(cancelled, 'bizportal-session')).toBeUndefined();
    expect(clears(cancelled, 'bizportal-signin')).toBe(true);
    const back = await atProvider(await startLogin(), 'somchai');
    mock.config.down = true;
    expect((await client.get(`${CALLBACK}${back.search}`).expect(303)).headers.location).toBe('/sign-in?error=DIGITAL_ID_UNAVAILABLE');
    mock.config.down = false;
    expect((await client.get(CALLBACK).expect(303)).headers.location).toBe('/sign-in?error=VALIDATION_FAILED');
  });

  it('refuses a state this portal never issued with 400, and a code from another sign-in with 401', async () => {
    const back = await atProvider(await startLogin(), 'suda');
    const forged = new URL(back);
    forged.searchParams.set('state', 'a'.repeat(43));
    const unknown = await callback(forged).expect(400);
    expect(unknown.body.code).toBe('DIGITAL_ID_STATE_UNKNOWN');
    expect(unknown.body.message).toContain('No sign-in was started with this state');

    // The code of sign-in A presented with the state of sign-in B: B's PKCE verifier does not fit A's code.
    const other = await startLogin();
    const swapped = new URL(back);
    swapped.searchParams.set('state', other.searchParams.get('state')!);
    const refused = await callback(swapped).expect(401);
    expect(refused.body.code).toBe('DIGITAL_ID_CODE_REFUSED');
    expect(refused.body.message).toContain('Digital ID refused the code: invalid_grant');
  });

  it('refuses a sign-in older than 10 minutes with 400', async () => {
    const url = await startLogin();
    const back = await atProvider(url, 'suda');
    await t.app.get(DataSource).getRepository(OidcLoginAttemptEntity).update({ state: url.searchParams.get('state')! }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await callback(back).expect(400);
    expect(res.body.code).toBe('DIGITAL_ID_STATE_EXPIRED');
    expect(res.body.message).toContain('This sign-in expired after 10 minutes');
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent (401)', async () => {
    const url = await startLogin();
    url.searchParams.set('nonce', randomBytes(32).toString('base64url'));
    const res = await callback(await atProvider(url, 'suda')).expect(401);
    expect(res.body.code).toBe('DIGITAL_ID_ANSWER_INVALID');
    expect(res.body.message).toContain("the ID token's nonce does not match this sign-in");
  });

  it.each([
    ['tampered', 'a claim changed after signing', 'the ID token signature is not valid'],
    ['foreign-key', 'signed with a key the provider does not publish', 'the ID token signature is not valid'],
    ['expired', 'validly signed but expired', 'the ID token has expired'],
  ] as const)('refuses an ID token spoiled as "%s" (%s) with 401 and makes no account', async (fault, _what, message) => {
    const before = await t.count('users');
    const back = await atProvider(await startLogin(), 'somchai');
    mock.config.nextIdToken = fault;
    const res = await callback(back).expect(401);
    expect(res.body.code).toBe('DIGITAL_ID_ANSWER_INVALID');
    expect(res.body.message).toContain('The Digital ID answer failed verification');
    expect(res.body.message).toContain(message);
    expect(res.body.accessToken).toBeUndefined();
    expect(await t.count('users')).toBe(before);
  });

  it('refuses a national ID with a wrong check digit from the provider, saying so, and stores no account', async () => {
    const res = await signIn('mistyped');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('DIGITAL_ID_INVALID_NATIONAL_ID');
    expect(res.body.message).toContain('Digital ID sent an invalid national ID (pid)');
    expect(res.body.message).toContain('check digit does not match');
    expect(await usersWithNationalId('1101700230709')).toBe(0);
  });

  it('reports a sign-in the citizen cancelled at the provider as 401', async () => {
    const res = await callback(await atProvider(await startLogin(), 'somchai', { cancel: true })).expect(401);
    expect(res.body.code).toBe('DIGITAL_ID_SIGN_IN_CANCELLED');
    expect(res.body.message).toContain('Digital ID refused the sign-in');
    expect(res.body.message).toContain('the citizen cancelled');
  });

  it('answers 400 to a callback without a code or without a state, leaving the sign-in usable', async () => {
    const url = await startLogin();
    const state = url.searchParams.get('state')!;
    const noCode = await callback(`?state=${state}`).expect(400);
    expect(noCode.body.message).toContain('code is required');
    const nothing = await callback('').expect(400);
    expect(nothing.body.message).toContain('state is required');
    const stray = await callback(`?state=${state}&code=x&extra=1`).expect(400);
    expect(stray.body.message).toContain('extra');
    expect(await t.count('oidc_login_attempts', `state = ${placeholder(1)} AND used_at IS NULL`, [state])).toBe(1);
    await callback(await atProvider(url, 'somchai')).expect(200);
  });

  it('answers 503 when the provider goes away between the sign-in and the code exchange', async () => {
    const back = await atProvider(await startLogin(), 'somchai');
    mock.config.down = true;
    const res = await callback(back).expect(503);
    expect(res.body.code).toBe('DIGITAL_ID_UNAVAILABLE');
    expect(res.body.message).toContain('Digital ID is unavailable');
  });

  it('production refuses a plain-HTTP (local) provider and an issuer without client credentials', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), CSRF_SECRET: 'c'.repeat(32), SIGNING_P12_BASE64: 'AAAA', OMISE_API_HOST: 'api.omise.co', OMISE_PUBLIC_KEY: 'pkey_x', OMISE_SECRET_KEY: 'skey_x', OMISE_WEBHOOK_SECRET: 'c2VjcmV0c2VjcmV0c2VjcmV0', DATA_EXCHANGE_URL: 'https://dx.example.go.th', TSA_URL: 'https://tsa.example.go.th/tsa' };
    const digitalId = { DIGITAL_ID_CLIENT_ID: 'portal', DIGITAL_ID_CLIENT_SECRET: 's'.repeat(20) };
    expect(() => validateEnvironment({ ...production, ...digitalId, DIGITAL_ID_ISSUER: 'http://127.0.0.1:12112' })).toThrow(/DIGITAL_ID_ISSUER must be an https:\/\/ issuer/);
    expect(() => validateEnvironment({ ...production, ...digitalId, DIGITAL_ID_ISSUER: 'https://id.example.go.th' })).not.toThrow();
    expect(() => validateEnvironment({ ...production, CSRF_SECRET: undefined })).toThrow(/CSRF_SECRET is required in production/);
    expect(() => validateEnvironment({ CSRF_SECRET: 'short' })).toThrow(/CSRF_SECRET must be at least 32 characters/);
    expect(() => validateEnvironment({ DIGITAL_ID_ISSUER: 'https://id.example.go.th' })).toThrow(/needs DIGITAL_ID_CLIENT_ID and DIGITAL_ID_CLIENT_SECRET/);
    expect(validateEnvironment({ PUBLIC_BASE_URL: 'https://portal.example.go.th' }).DIGITAL_ID_REDIRECT_URI).toBe('https://portal.example.go.th/api/v1/auth/digital-id/callback');
  });
});
