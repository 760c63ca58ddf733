import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureVerdict = 'valid' | 'missing' | 'stale' | 'mismatch';

/**
 * Omise webhook signatures: HMAC-SHA256, keyed with the base64-decoded webhook secret, over
 * `${timestamp}.${rawBody}`, hex in `Omise-Signature` (two comma-separated values while a secret
 * rotates), the Unix time in `Omise-Signature-Timestamp`. A timestamp outside the tolerance is
 * refused even with a good signature, so a captured delivery cannot be replayed later.
 */
export function verifyWebhookSignature(input: {
  rawBody: Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  secretBase64: string;
  toleranceSeconds: number;
  now?: Date;
}): SignatureVerdict {
  if (!input.signature || !input.timestamp || !/^\d+$/.test(input.timestamp)) return 'missing';
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - Number(input.timestamp)) > input.toleranceSeconds) return 'stale';
  const expected = signWebhook(input.rawBody, input.secretBase64, input.timestamp);
  const matches = input.signature
    .split(',')
    .map((s) => s.trim())
    .some((candidate) => /^[0-9a-f]{64}$/i.test(candidate) && timingSafeEqual(Buffer.from(candidate.toLowerCase(), 'hex'), Buffer.from(expected, 'hex')));
  return matches ? 'valid' : 'mismatch';
}

export function signWebhook(rawBody: Buffer | string, secretBase64: string, timestamp: string): string {
  return createHmac('sha256', Buffer.from(secretBase64, 'base64')).update(`${timestamp}.`).update(rawBody).digest('hex');
}
