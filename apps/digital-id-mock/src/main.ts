/**
 * Standalone digital-id-mock: `node dist/apps/digital-id-mock/src/main.js` (`npm start` runs it beside the API).
 *
 * Environment: DIGITAL_ID_MOCK_PORT (default 12112), DIGITAL_ID_MOCK_HOST (default 127.0.0.1; 0.0.0.0 in a container),
 * DIGITAL_ID_MOCK_ISSUER (default http://<host>:<port>; set it when the provider is reached under another name), and the
 * one client it knows: DIGITAL_ID_CLIENT_ID, DIGITAL_ID_CLIENT_SECRET, DIGITAL_ID_REDIRECT_URI (as the API has them).
 * It refuses to start with NODE_ENV=production.
 */
import { closeOnSignals } from '@bizportal/common';
import { createDigitalIdMock } from './digital-id-mock';

async function main(): Promise<void> {
  const env = process.env;
  if (env.NODE_ENV === 'production') throw new Error('digital-id-mock is for development and tests: it does not start with NODE_ENV=production');
  const port = Number(env.DIGITAL_ID_MOCK_PORT ?? 12112);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`DIGITAL_ID_MOCK_PORT is not a port: ${env.DIGITAL_ID_MOCK_PORT}`);
  const clientId = env.DIGITAL_ID_CLIENT_ID || 'bizportal-local';
  const clientSecret = env.DIGITAL_ID_CLIENT_SECRET;
  if (!clientSecret) throw new Error('DIGITAL_ID_CLIENT_SECRET is required (npm start generates one and gives it to the API too)');
  const redirectUri = env.DIGITAL_ID_REDIRECT_URI || 'http://localhost:3000/api/v1/auth/digital-id/callback';

  const mock = await createDigitalIdMock({
    issuer: env.DIGITAL_ID_MOCK_ISSUER || undefined,
    port,
    host: env.DIGITAL_ID_MOCK_HOST || '127.0.0.1',
    clients: [{ clientId, clientSecret, redirectUris: [redirectUri] }],
    log: (line) => console.log(`[digital-id-mock] ${line}`),
  });

  console.log('==========================================================================================');
  console.log(' digital-id-mock — a DEVELOPMENT / TEST OpenID provider standing in for the national Digital ID.');
  console.log(' Anyone can sign in as any demo citizen: it proves nobody\'s identity. Never use it in production.');
  console.log('==========================================================================================');
  console.log(` Issuer ${mock.issuer} (discovery at /.well-known/openid-configuration); client ${clientId} → ${redirectUri}`);
  console.log(` Demo citizens: ${mock.accounts.map((a) => `${a.username} (${a.pid})`).join(', ')}`);

  closeOnSignals('digital-id-mock', () => mock.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
