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
  ])('refuses %s=%s', (name, value) => expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`${name}`)));

  it.each(['1', 'loopback', '10.0.0.0/8, 172.16.0.1', 'loopback,uniquelocal', '::1'])('accepts TRUST_PROXY=%s', (value) =>
    expect(validateEnvironment({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value),
  );

  it('accepts a redis:// or rediss:// REDIS_URL', () => {
    expect(validateEnvironment({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).REDIS_URL).toBe('redis://127.0.0.1:6379/0');
    expect(validateEnvironment({ REDIS_URL: 'rediss://user:pw@cache.example.go.th:6380' }).REDIS_URL).toBeDefined();
  });
});
