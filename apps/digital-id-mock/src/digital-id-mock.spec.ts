import * as oidc from 'openid-client';
import { isValidThaiNationalId } from '@bizportal/common';
import { createDigitalIdMock, DEMO_CITIZENS, type DigitalIdMock } from './digital-id-mock';

const CLIENT = { clientId: 'bizportal-test', clientSecret: 'a-test-secret-of-enough-length-123', redirectUris: ['http://127.0.0.1:3999/cb'] };

describe('digital-id-mock: a local OpenID provider with demo citizens', () => {
  let mock: DigitalIdMock;
  let config: oidc.Configuration;

  beforeAll(async () => {
    mock = await createDigitalIdMock({ clients: [CLIENT] });
    config = await oidc.discovery(new URL(mock.issuer), CLIENT.clientId, CLIENT.clientSecret, undefined, { execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks] });
  });
  afterAll(() => mock.close());
  afterEach(() => Object.assign(mock.config, { nextIdToken: null, down: false }));

  async function signIn(who: string, fault?: 'tampered' | 'foreign-key' | 'expired') {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CLIENT.redirectUris[0],
      scope: 'openid pid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const back = await mock.driveSignIn(url.href, who);
    if (fault) mock.config.nextIdToken = fault;
    return oidc.authorizationCodeGrant(config, back, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
  }

  it('demo citizens have valid national IDs and include the portal demo applicants and the company director', () => {
    for (const account of DEMO_CITIZENS) expect(isValidThaiNationalId(account.pid)).toBe(true);
    expect(DEMO_CITIZENS.map((a) => [a.username, a.pid])).toEqual(
      expect.arrayContaining([
        ['somchai', '1101700230708'],
        ['suda', '3101005678123'],
        ['wanee', '1103700012346'],
      ]),
    );
  });

  it('publishes discovery with PKCE S256 and the citizen claims', () => {
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(mock.issuer);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
    expect(meta.claims_supported).toEqual(expect.arrayContaining(['pid', 'name_th', 'given_name', 'family_name']));
  });

  it('signs a demo citizen in: a verified ID token with national ID, Thai and English names and the assurance level', async () => {
    const tokens = await signIn('wanee');
    expect(tokens.claims()).toMatchObject({
      iss: mock.issuer,
      aud: CLIENT.clientId,
      pid: '1103700012346',
      name_th: 'นางวาณี ศรีสุข',
      given_name_th: 'วาณี',
      family_name_th: 'ศรีสุข',
      name: 'Mrs Wanee Srisuk',
      given_name: 'Wanee',
      family_name: 'Srisuk',
      acr: 'IAL2.3',
    });
  });

  it('serves a bilingual sign-in page listing the demo citizens', async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CLIENT.redirectUris[0],
      scope: 'openid pid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: oidc.randomState(),
    });
    const first = await fetch(url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const page = await fetch(new URL(first.headers.get('location')!, mock.issuer), { headers: { cookie } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('เข้าสู่ระบบด้วย Digital ID / Sign in with Digital ID');
    expect(html).toContain('นางวาณี ศรีสุข');
    expect(html).toContain('ยกเลิก / Cancel');
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: CLIENT.redirectUris[0], scope: 'openid', state: oidc.randomState() });
    const back = await mock.driveSignIn(url.href, 'somchai');
    expect(back.searchParams.get('error')).toBe('invalid_request');
  });

  it('reports a cancelled sign-in as access_denied', async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CLIENT.redirectUris[0],
      scope: 'openid',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 'st',
    });
    const back = await mock.driveSignIn(url.href, 'somchai', { cancel: true });
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st');
  });

  it.each(['tampered', 'foreign-key', 'expired'] as const)('a %s ID token is refused by a standard client', async (fault) => {
    await expect(signIn('somchai', fault)).rejects.toThrow();
    // Only the next exchange is spoiled.
    await expect(signIn('somchai')).resolves.toBeDefined();
  });

  it('the control API needs a registered client and validates its input', async () => {
    const basic = `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`;
    expect((await fetch(`${mock.issuer}/__mock/config`, { method: 'POST', body: '{"nextIdToken":"expired"}' })).status).toBe(401);
    const bad = await fetch(`${mock.issuer}/__mock/config`, { method: 'POST', headers: { authorization: basic }, body: '{"nextIdToken":"weird"}' });
    expect(bad.status).toBe(400);
    const ok = await fetch(`${mock.issuer}/__mock/config`, { method: 'POST', headers: { authorization: basic }, body: '{"nextIdToken":"expired"}' });
    expect(await ok.json()).toMatchObject({ nextIdToken: 'expired' });
    expect(mock.config.nextIdToken).toBe('expired');
  });

  it('looks unreachable while down', async () => {
    mock.config.down = true;
    await expect(fetch(`${mock.issuer}/.well-known/openid-configuration`)).rejects.toThrow();
    mock.config.down = false;
    expect((await fetch(`${mock.issuer}/.well-known/openid-configuration`)).status).toBe(200);
  });
});
