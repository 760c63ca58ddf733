import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { sessionTokenOptions, UserAccounts } from '@bizportal/identity';
import { createFoodApplication, drive } from './support/flows';
import { placeholder, startTestApp, type TestApp } from './support/test-app';

const SECRET = randomBytes(32).toString('base64');
/** Short, so the suite can watch a check expire; long enough that two requests in a row share one. */
const CACHE_MS = 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Sessions: every request is checked against its session and the account as it is now', () => {
  let t: TestApp;
  let accounts: UserAccounts;
  let sql: (query: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  /** Signs like the API (same secret and issuer), with whatever claims a test needs. */
  const signer = new JwtService(sessionTokenOptions(SECRET));

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: SECRET, SESSION_CHECK_CACHE_MS: String(CACHE_MS) });
    accounts = t.app.get(UserAccounts);
    const dataSource = t.app.get(DataSource);
    sql = (query, params = []) => dataSource.query(query, params);
  });
  afterAll(() => t?.close());

  /** A session of its own (TestApp.login shares one per user across the suite). */
  async function signIn(username: string): Promise<{ token: string; sid: string; bearer: { authorization: string } }> {
    const res = await t.http.post('/api/v1/auth/dev-login').send({ username }).expect(200);
    const token = res.body.accessToken as string;
    return { token, sid: signer.decode<{ sid: string }>(token).sid, bearer: { authorization: `Bearer ${token}` } };
  }
  const me = (bearer: { authorization: string }) => t.http.get('/api/v1/auth/me').set(bearer);
  const refusal = (res: { status: number; body: { code?: string } }) => [res.status, res.body.code];

  it('a sign-in is a session row that ends when the token does, and its token names it', async () => {
    const before = Date.now();
    const { token, sid } = await signIn('somchai');
    const claims = signer.decode<{ sub: string; sid: string; exp: number; roles: string[] }>(token);
    expect(claims).toMatchObject({ sub: 'user-somchai', roles: ['applicant'] });
    const [row] = await sql(`SELECT user_id, created_at, expires_at, revoked_at FROM sessions WHERE id = ${placeholder(1)}`, [sid]);
    expect(row).toMatchObject({ user_id: 'user-somchai', revoked_at: null });
    expect(new Date(row.expires_at as string).getTime()).toBe(claims.exp * 1000);
    expect(new Date(row.created_at as string).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('signing out ends that session only: the token is refused with SESSION_REVOKED, another session of hers goes on', async () => {
    const first = await signIn('suda');
    const second = await signIn('suda');
    await me(first.bearer).expect(200); // the check is now remembered: signing out must drop it
    const out = await t.http.post('/api/v1/auth/logout').set(first.bearer).expect(204);
    expect(out.text).toBe('');
    expect(refusal(await me(first.bearer))).toEqual([401, 'SESSION_REVOKED']);
    expect(refusal(await t.http.post('/api/v1/auth/logout').set(first.bearer))).toEqual([401, 'SESSION_REVOKED']);
    expect(refusal(await t.http.get('/api/v1/applications').set(first.bearer))).toEqual([401, 'SESSION_REVOKED']);
    await me(second.bearer).expect(200);
    expect(await t.count('sessions', `id = ${placeholder(1)} AND revoked_at IS NOT NULL`, [first.sid])).toBe(1);
    expect(await t.count('sessions', `id = ${placeholder(1)} AND revoked_at IS NULL`, [second.sid])).toBe(1);
  });

  it('signing out needs a session', async () => {
    const res = await t.http.post('/api/v1/auth/logout').expect(401);
    expect(res.body).toMatchObject({ code: 'AUTHENTICATION_REQUIRED', message: 'กรุณาเข้าสู่ระบบ / Sign in first: send an Authorization: Bearer token, or sign in with the browser' });
  });

  it('an officer given other roles loses her sessions at once, and signed in again acts only as what she now holds', async () => {
    const app = await createFoodApplication(t, 'somchai');
    await drive(t, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    const officer = await signIn('officer2.khlongtoei');
    await me(officer.bearer).expect(200);

    await accounts.changeRoles('user-officer2-kt', { roles: ['approver'], agencyId: 'bma-khlong-toei' });
    const receive = (bearer: { authorization: string }) => t.http.post(`/api/v1/applications/${app.id}/events`).set(bearer).send({ type: 'RECEIVE' });
    expect(refusal(await receive(officer.bearer))).toEqual([401, 'SESSION_REVOKED']);
    expect(await t.count('sessions', `user_id = ${placeholder(1)} AND revoked_at IS NULL`, ['user-officer2-kt'])).toBe(0);

    const again = await signIn('officer2.khlongtoei');
    expect((await me(again.bearer).expect(200)).body.roles).toEqual(['approver']);
    expect((await receive(again.bearer)).status).toBe(403);

    // An applicant now: the office's applications are no longer hers to see.
    await accounts.changeRoles('user-officer2-kt', { roles: ['applicant'], agencyId: null });
    expect(refusal(await receive(again.bearer))).toEqual([401, 'SESSION_REVOKED']);
    const applicant = await signIn('officer2.khlongtoei');
    expect((await receive(applicant.bearer)).status).toBe(404);
    expect((await t.http.get(`/api/v1/applications/${app.id}`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200)).body.state).toBe('submitted');
  });

  it('a change of roles that is refused, or that changes nothing, leaves the sessions alone', async () => {
    const head = await signIn('head.pathumwan');
    await expect(accounts.changeRoles('user-nobody', { roles: ['officer'], agencyId: 'bma-pathum-wan' })).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    await expect(accounts.changeRoles('user-head-pw', { roles: ['officer'], agencyId: null })).rejects.toMatchObject({ code: 'ROLES_INVALID' });
    await expect(accounts.changeRoles('user-head-pw', { roles: [], agencyId: 'bma-pathum-wan' })).rejects.toMatchObject({ code: 'ROLES_INVALID' });
    await expect(accounts.changeRoles('user-head-pw', { roles: ['system'], agencyId: null })).rejects.toMatchObject({ code: 'ROLES_INVALID' });
    await expect(accounts.changeRoles('user-head-pw', { roles: ['officer'], agencyId: 'no-such-office' })).rejects.toMatchObject({ code: 'AGENCY_NOT_FOUND' });
    await accounts.changeRoles('user-head-pw', { roles: ['head_of_office'], agencyId: 'bma-pathum-wan' });
    expect((await me(head.bearer).expect(200)).body).toMatchObject({ roles: ['head_of_office'], agencyId: 'bma-pathum-wan' });
    expect(await sql(`SELECT roles, agency_id FROM users WHERE id = ${placeholder(1)}`, ['user-head-pw'])).toEqual([{ roles: '["head_of_office"]', agency_id: 'bma-pathum-wan' }]);
  });

  it('roles and office come from the account, not the token: a change made elsewhere shows once the remembered check is older than SESSION_CHECK_CACHE_MS', async () => {
    const officer = await signIn('officer.pathumwan');
    expect((await me(officer.bearer).expect(200)).body).toMatchObject({ roles: ['officer'], agencyId: 'bma-pathum-wan' });
    // As another process (or an operator) would: straight in the database, so this process's memory is not told.
    await sql(`UPDATE users SET roles = ${placeholder(1)}, agency_id = ${placeholder(2)} WHERE id = ${placeholder(3)}`, ['["auditor"]', null, 'user-officer-pw']);
    expect((await me(officer.bearer).expect(200)).body.roles).toEqual(['officer']); // remembered: no database read
    await sleep(CACHE_MS + 200);
    expect((await me(officer.bearer).expect(200)).body).toMatchObject({ roles: ['auditor'], agencyId: null });
    await t.http.get('/api/v1/work-queue').set(officer.bearer).expect(403);
    expect(signer.decode<{ roles: string[] }>(officer.token).roles).toEqual(['officer']);
  });

  it('a deleted account’s token is refused (ACCOUNT_REMOVED), and its sessions go with it', async () => {
    const approver = await signIn('approver.pathumwan');
    await me(approver.bearer).expect(200);
    await sql(`DELETE FROM users WHERE id = ${placeholder(1)}`, ['user-approver-pw']);
    expect(await t.count('sessions', `user_id = ${placeholder(1)}`, ['user-approver-pw'])).toBe(0);
    await sleep(CACHE_MS + 200);
    expect(refusal(await me(approver.bearer))).toEqual([401, 'ACCOUNT_REMOVED']);
    expect(refusal(await t.http.post('/api/v1/auth/dev-login').send({ username: 'approver.pathumwan' }))).toEqual([404, 'DEMO_USER_NOT_FOUND']);
  });

  describe('tokens the API did not issue as they are', () => {
    let live: { token: string; sid: string };
    beforeAll(async () => {
      live = await signIn('wanee');
    });
    const withClaims = (claims: Record<string, unknown>, signWith: JwtService = signer) => signWith.sign(claims);
    const bare = new JwtService({ secret: sessionTokenOptions(SECRET).secret, signOptions: { issuer: 'bizportal' } });
    const claimsOf = () => ({ sub: 'user-wanee', sid: live.sid, username: 'wanee', roles: ['applicant'], agencyId: null, displayName: 'นางวาณี ศรีสุข' });

    it.each([
      { why: 'without exp (it would never expire)', token: () => withClaims(claimsOf(), bare), code: 'TOKEN_CLAIM_MISSING', message: /'exp'/ },
      { why: 'without roles', token: () => withClaims({ ...claimsOf(), roles: undefined }), code: 'TOKEN_CLAIM_MISSING', message: /'roles'/ },
      { why: 'without sid', token: () => withClaims({ ...claimsOf(), sid: undefined }), code: 'TOKEN_CLAIM_MISSING', message: /'sid'/ },
      { why: 'without sub', token: () => withClaims({ ...claimsOf(), sub: undefined }), code: 'TOKEN_CLAIM_MISSING', message: /'sub'/ },
      { why: 'naming a session that was never issued', token: () => withClaims({ ...claimsOf(), sid: 'never-issued' }), code: 'SESSION_REVOKED', message: /session has ended/ },
      { why: 'naming another person’s session', token: () => withClaims({ ...claimsOf(), sub: 'user-somchai' }), code: 'TOKEN_INVALID', message: /token is invalid/ },
      { why: 'past its exp', token: () => withClaims({ ...claimsOf(), exp: Math.floor(Date.now() / 1000) - 60 }, bare), code: 'SESSION_EXPIRED', message: /expired/ },
      { why: 'signed with another secret', token: () => new JwtService(sessionTokenOptions(randomBytes(32).toString('base64'))).sign(claimsOf()), code: 'TOKEN_INVALID', message: /token is invalid/ },
      { why: 'that is not a JWT', token: () => 'not-a-token', code: 'TOKEN_INVALID', message: /token is invalid/ },
    ])('refuses a token $why with 401 $code', async ({ token, code, message }) => {
      const res = await t.http.get('/api/v1/auth/me').set({ authorization: `Bearer ${token()}` });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code });
      expect(res.body.message).toMatch(message);
      expect(res.body.message).toMatch(/^[^/]*[\u0E00-\u0E7F][^/]* \/ /); // Thai, then English
    });

    it('accepts the same claims when signed as the API signs them (the cases above differ only where they say)', async () => {
      await t.http.get('/api/v1/auth/me').set({ authorization: `Bearer ${withClaims(claimsOf())}` }).expect(200);
      await t.http.get('/api/v1/auth/me').set({ authorization: `Bearer ${live.token}` }).expect(200);
    });
  });

  it('a role the route needs is checked against the account: 403 ROLE_FORBIDDEN', async () => {
    const res = await t.http.get('/api/v1/work-queue').auth(await t.login('somchai'), { type: 'bearer' }).expect(403);
    expect(res.body).toMatchObject({ code: 'ROLE_FORBIDDEN', message: expect.stringContaining('officer, approver, signer, head_of_office') });
  });
});
