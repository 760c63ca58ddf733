import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = Buffer.from('a webhook secret of thirty-two!!').toString('base64');
const body = Buffer.from('{"object":"event","key":"charge.complete"}');
const now = new Date('2026-11-22T05:00:00Z');
const ts = String(Math.floor(now.getTime() / 1000));

describe('Omise webhook signature', () => {
  const verify = (signature: string | undefined, timestamp: string | undefined, raw = body) =>
    verifyWebhookSignature({ rawBody: raw, signature, timestamp, secretBase64: secret, toleranceSeconds: 300, now });

  it('accepts a signature made with the secret, also during rotation', () => {
    const good = signWebhook(body, secret, ts);
    expect(verify(good, ts)).toBe('valid');
    expect(verify(`${'0'.repeat(64)},${good}`, ts)).toBe('valid');
  });

  it('refuses a forged signature, a changed body, a missing header and a stale timestamp', () => {
    const good = signWebhook(body, secret, ts);
    expect(verify(signWebhook(body, Buffer.from('another secret').toString('base64'), ts), ts)).toBe('mismatch');
    expect(verify(good, ts, Buffer.from('{"object":"event","key":"charge.complete "}'))).toBe('mismatch');
    expect(verify(undefined, ts)).toBe('missing');
    expect(verify('zz', ts)).toBe('mismatch');
    const old = String(Number(ts) - 301);
    expect(verify(signWebhook(body, secret, old), old)).toBe('stale');
  });
});
