import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import omise from 'omise';
import { createOmiseMock, type OmiseMock } from '../../apps/omise-mock/src/omise-mock';
import { createFoodApplication, drive, TO_AWAITING_PAYMENT } from './flows';
import { startTestApp, type TestApp } from './test-app';

export const GATEWAY_KEYS = { publicKey: 'pkey_test_local', secretKey: 'skey_test_local' };

/** The API on a fresh database and the local gateway sending it signed webhooks, for the payment suites. */
export async function startPaymentApp(env: Record<string, string> = {}) {
  const secret = randomBytes(32).toString('base64');
  let apiUrl = '';
  const mock: OmiseMock = createOmiseMock({ ...GATEWAY_KEYS, webhookSecret: secret, webhookUrl: () => `${apiUrl}/api/v1/payments/omise/webhook`, webhookRetryDelaysMs: [50, 100, 200], log: () => undefined });
  const { port } = await mock.listen(0, '127.0.0.1');
  const t: TestApp = await startTestApp({ OMISE_LOCAL_PORT: String(port), OMISE_WEBHOOK_SECRET: secret, OMISE_TIMEOUT_MS: '1000', PAYMENT_RECONCILE_INTERVAL_MS: '0', ...env });
  const server = await t.app.listen(0, '127.0.0.1');
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const vault = omise({ ...GATEWAY_KEYS, host: 'omise-mock.localhost', vaultHost: 'omise-mock.localhost', scheme: 'http' as omise.Scheme });
  const bearer = async (username: string) => ({ Authorization: `Bearer ${await t.login(username)}` });
  return {
    t,
    mock,
    secret,
    gatewayPort: port,
    apiUrl: () => apiUrl,
    /** Calls the gateway as the merchant (secret key), e.g. its test controls. */
    gateway: (path: string, method = 'POST') => fetch(`${mock.url}${path}`, { method, headers: { Authorization: `Basic ${Buffer.from(`${GATEWAY_KEYS.secretKey}:`).toString('base64')}` } }),
    /** The gateway's charge made for one of our payments. */
    chargeOf: (paymentId: string) =>
      Object.values(mock.state.charges).find((c) => (c as { metadata?: { paymentId?: string } }).metadata?.paymentId === paymentId) as unknown as { id: string; amount: number; currency: string; status: string; refunded_amount: number },
    cardToken: async (number: string) =>
      ((await vault.tokens.create({ card: { name: 'สมชาย ใจดี', number, expiration_month: 12, expiration_year: 2030, security_code: '123' } } as never)) as unknown as { id: string }).id,
    async awaitingPayment() {
      const app = await createFoodApplication(t);
      await drive(t, app.id, TO_AWAITING_PAYMENT);
      return app;
    },
    bearer,
    async until(check: () => Promise<boolean>) {
      for (let i = 0; i < 200; i++) if (await check()) return;
      else await new Promise((r) => setTimeout(r, 25));
      throw new Error('condition not met in time');
    },
    async close() {
      await t.close();
      await mock.close();
    },
  };
}
