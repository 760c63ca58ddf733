import { validateEnvironment } from './environment';

describe('environment: rate limits, proxy and Redis', () => {
  it('has defaults for the rate limits and reads them as integers', () => {
    expect(validateEnvironment({})).toMatchObject({ RATE_LIMIT_WINDOW_SECONDS: 60, RATE_LIMIT_SIGN_IN: 20, RATE_LIMIT_VERIFY: 20, RATE_LIMIT_QUIZ: 60, DIGITAL_ID_CLEANUP_INTERVAL_MS: 3_600_000 });
    expect(validateEnvironment({ RATE_LIMIT_SIGN_IN: '5', RATE_LIMIT_WINDOW_SECONDS: '10' })).toMatchObject({ RATE_LIMIT_SIGN_IN: 5, RATE_LIMIT_WINDOW_SECONDS: 10 });
  });

  it.each([
    ['RATE_LIMIT_SIGN_IN', '0'],
    ['RATE_LIMIT_QUIZ', 'many'],
    ['RATE_LIMIT_VERIFY', '2.5'],
    ['RATE_LIMIT_WINDOW_SECONDS', '-1'],
    ['REDIS_URL', 'localhost:6379'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', 'proxy.example.go.th'],
    ['OMISE_LOCAL_HOST', 'http://omise-gateway'],
    ['OMISE_LOCAL_HOST', 'omise gateway'],
  ])('refuses %s=%s', (name, value) => expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`${name}`)));

  it.each(['1', 'loopback', '10.0.0.0/8, 172.16.0.1', 'loopback,uniquelocal', '::1'])('accepts TRUST_PROXY=%s', (value) =>
    expect(validateEnvironment({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value),
  );

  it('sends the local gateway to 127.0.0.1 unless OMISE_LOCAL_HOST names its container', () => {
    expect(validateEnvironment({}).OMISE_LOCAL_HOST).toBe('127.0.0.1');
    expect(validateEnvironment({ OMISE_LOCAL_HOST: 'omise-gateway' }).OMISE_LOCAL_HOST).toBe('omise-gateway');
  });

  it('accepts a redis:// or rediss:// REDIS_URL', () => {
    expect(validateEnvironment({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).REDIS_URL).toBe('redis://127.0.0.1:6379/0');
    expect(validateEnvironment({ REDIS_URL: 'rediss://user:pw@cache.example.go.th:6380' }).REDIS_URL).toBeDefined();
  });
});

describe('environment: email, SMS and reminders', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://db/bizportal',
    JWT_SECRET: 'x'.repeat(40),
    CSRF_SECRET: 'c'.repeat(40),
    OMISE_API_HOST: 'api.omise.co',
    OMISE_PUBLIC_KEY: 'pkey_live_1',
    OMISE_SECRET_KEY: 'skey_live_1',
    OMISE_WEBHOOK_SECRET: 'c2VjcmV0c2VjcmV0c2VjcmV0',
    SIGNING_P12_BASE64: 'AAAA',
    TSA_URL: 'https://tsa.example.go.th/tsr',
    DATA_EXCHANGE_URL: 'https://gdx.example.go.th/v1',
  };

  it('defaults TSA_URL to the local TSA in the embedded mode only, requires it in production and checks it is a URL', () => {
    expect(validateEnvironment({}).TSA_URL).toBe('http://127.0.0.1:12113/tsa');
    expect(validateEnvironment({ TSA_LOCAL_PORT: '14000' }).TSA_URL).toBe('http://127.0.0.1:14000/tsa');
    expect(validateEnvironment({ DATABASE_URL: 'postgres://db/bizportal' }).TSA_URL).toBeUndefined();
    expect(() => validateEnvironment({ ...production, TSA_URL: undefined })).toThrow(/set TSA_URL/);
    expect(validateEnvironment({ ...production, TSA_URL: 'https://tsa.example.go.th/tsr' }).TSA_URL).toBe('https://tsa.example.go.th/tsr');
    expect(() => validateEnvironment({ TSA_URL: 'tsa.example' })).toThrow(/TSA_URL must be an http\(s\) URL/);
  });

  it('keeps SMS local outside production, refuses the local provider in production and needs ThaiBulkSMS keys', () => {
    expect(validateEnvironment({}).SMS_PROVIDER).toBe('local');
    expect(() => validateEnvironment({ ...production, SMS_PROVIDER: 'local' })).toThrow(/SMS_PROVIDER=local/);
    expect(validateEnvironment(production).SMS_PROVIDER).toBeUndefined();
    expect(validateEnvironment({ ...production, THAIBULKSMS_API_KEY: 'k', THAIBULKSMS_API_SECRET: 's' }).SMS_PROVIDER).toBe('thaibulksms');
    expect(() => validateEnvironment({ SMS_PROVIDER: 'thaibulksms' })).toThrow(/needs THAIBULKSMS_API_KEY/);
    expect(() => validateEnvironment({ SMS_PROVIDER: 'twilio' })).toThrow(/SMS_PROVIDER/);
  });

  it('never shows a local mailbox in production, and checks SMTP_URL and the reminder settings', () => {
    expect(validateEnvironment({ DEV_MAILBOX_URL: 'http://localhost:1080' }).DEV_MAILBOX_URL).toBe('http://localhost:1080');
    expect(validateEnvironment({ ...production, DEV_MAILBOX_URL: 'http://localhost:1080' }).DEV_MAILBOX_URL).toBeUndefined();
    expect(validateEnvironment({ SMTP_URL: 'smtps://user:pw@mail.example.go.th:465' }).SMTP_URL).toBeDefined();
    expect(() => validateEnvironment({ SMTP_URL: 'mail.example.go.th' })).toThrow(/SMTP_URL/);
    expect(validateEnvironment({})).toMatchObject({ REMINDER_INTERVAL_MS: 900_000, APPLICANT_WAITING_WORKING_DAYS: 5 });
    expect(() => validateEnvironment({ APPLICANT_WAITING_WORKING_DAYS: '0' })).toThrow(/APPLICANT_WAITING_WORKING_DAYS/);
    expect(() => validateEnvironment({ SMS_SENDER: 'A sender name too long' })).toThrow(/SMS_SENDER/);
  });
});
