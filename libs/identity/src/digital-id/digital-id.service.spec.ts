import { ConfigService } from '@nestjs/config';
import { ServiceUnavailableError } from '@bizportal/common';
import type { TransactionRunner } from '@bizportal/database';
import type { ScheduledJobs } from '@bizportal/jobs';
import type { Sessions } from '../sessions/sessions.service';
import type { UserAccounts } from '../user-accounts.service';
import { DigitalIdService, safeReturnTo } from './digital-id.service';

describe('DigitalIdService without a configured provider', () => {
  const service = (env: Record<string, string>) =>
    new DigitalIdService({} as UserAccounts, {} as Sessions, { run: () => Promise.reject(new Error('no database expected')) } as unknown as TransactionRunner, new ConfigService(env), {} as ScheduledJobs);

  it.each([
    ['no issuer', {}],
    ['an issuer without client credentials', { DIGITAL_ID_ISSUER: 'https://id.example.go.th' }],
  ])('answers 503 "Digital ID not configured" with %s, to login and callback alike', async (_label, env) => {
    await expect(service(env).startLogin({ bindingHash: 'h' })).rejects.toThrow(ServiceUnavailableError);
    await expect(service(env).startLogin({ bindingHash: 'h' })).rejects.toThrow('Digital ID not configured');
    await expect(service(env).startLogin({ bindingHash: 'h' })).rejects.toMatchObject({ code: 'DIGITAL_ID_NOT_CONFIGURED' });
    await expect(service(env).finishLogin({ state: 's', code: 'c' }, 'h')).rejects.toThrow('Digital ID not configured');
  });

  it('reads a plain-HTTP issuer as the local provider and an https one as real', () => {
    const base = { DIGITAL_ID_CLIENT_ID: 'portal', DIGITAL_ID_CLIENT_SECRET: 's'.repeat(20), DIGITAL_ID_REDIRECT_URI: 'https://portal.example.go.th/cb' };
    expect(service({ ...base, DIGITAL_ID_ISSUER: 'http://127.0.0.1:12112' }).settings()).toMatchObject({ allowInsecure: true, scope: 'openid pid profile', clientAuth: 'client_secret_basic' });
    expect(service({ ...base, DIGITAL_ID_ISSUER: 'https://id.example.go.th' }).settings().allowInsecure).toBe(false);
  });
});

describe('safeReturnTo: where a browser may be sent after signing in', () => {
  it.each(['/', '/applications', '/applications/123?tab=payments#top', '/licences/%2F%2Fx'])('keeps the same-origin path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['another host', '//evil.example'],
    ['another host after a backslash', '/\\evil.example'],
    ['a backslash anywhere', '/a\\b'],
    ['a scheme', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'applications'],
    ['a tab the URL parser would drop', '/\t/evil.example'],
    ['a newline', '/a\nb'],
    ['too long', `/${'a'.repeat(500)}`],
  ])('refuses %s with 400 DIGITAL_ID_RETURN_TO_INVALID', (_what, path) => {
    expect(() => safeReturnTo(path)).toThrow(expect.objectContaining({ code: 'DIGITAL_ID_RETURN_TO_INVALID' }));
  });

  it('answers null (the home page) when none was given', () => {
    expect(safeReturnTo(undefined)).toBeNull();
  });
});
