import { ConfigService } from '@nestjs/config';
import { ServiceUnavailableError } from '@bizportal/common';
import type { TransactionRunner } from '@bizportal/database';
import type { Sessions } from '../sessions/sessions.service';
import type { UserAccounts } from '../user-accounts.service';
import { DigitalIdService } from './digital-id.service';

describe('DigitalIdService without a configured provider', () => {
  const service = (env: Record<string, string>) =>
    new DigitalIdService({} as UserAccounts, {} as Sessions, { run: () => Promise.reject(new Error('no database expected')) } as unknown as TransactionRunner, new ConfigService(env));

  it.each([
    ['no issuer', {}],
    ['an issuer without client credentials', { DIGITAL_ID_ISSUER: 'https://id.example.go.th' }],
  ])('answers 503 "Digital ID not configured" with %s, to login and callback alike', async (_label, env) => {
    await expect(service(env).startLogin()).rejects.toThrow(ServiceUnavailableError);
    await expect(service(env).startLogin()).rejects.toThrow('Digital ID not configured');
    await expect(service(env).startLogin()).rejects.toMatchObject({ code: 'DIGITAL_ID_NOT_CONFIGURED' });
    await expect(service(env).finishLogin({ state: 's', code: 'c' })).rejects.toThrow('Digital ID not configured');
  });

  it('reads a plain-HTTP issuer as the local provider and an https one as real', () => {
    const base = { DIGITAL_ID_CLIENT_ID: 'portal', DIGITAL_ID_CLIENT_SECRET: 's'.repeat(20), DIGITAL_ID_REDIRECT_URI: 'https://portal.example.go.th/cb' };
    expect(service({ ...base, DIGITAL_ID_ISSUER: 'http://127.0.0.1:12112' }).settings()).toMatchObject({ allowInsecure: true, scope: 'openid pid profile', clientAuth: 'client_secret_basic' });
    expect(service({ ...base, DIGITAL_ID_ISSUER: 'https://id.example.go.th' }).settings().allowInsecure).toBe(false);
  });
});
