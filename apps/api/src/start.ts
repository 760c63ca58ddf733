/**
 * `npm start`: the API and, unless a real gateway is configured, the local Omise-compatible gateway
 * beside it, sharing a freshly generated webhook secret. The gateway keeps its state under data/,
 * so a demo survives a restart; deleting data/ resets both. Likewise a local Digital ID provider (OpenID Connect, demo
 * citizens) unless DIGITAL_ID_ISSUER is set; never in production.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const env = process.env;
const localGateway = (env.OMISE_API_HOST ?? 'omise-mock.localhost').endsWith('.localhost');
let gateway: ChildProcess | undefined;

if (localGateway) {
  env.OMISE_WEBHOOK_SECRET ??= randomBytes(32).toString('base64');
  env.OMISE_PUBLIC_KEY ??= 'pkey_test_local';
  env.OMISE_SECRET_KEY ??= 'skey_test_local';
  env.OMISE_LOCAL_PORT ??= '12111';
  mkdirSync(resolve('data'), { recursive: true });
  gateway = fork(join(__dirname, '../../omise-mock/src/main.js'), [], {
    env: {
      ...env,
      OMISE_MOCK_PORT: env.OMISE_LOCAL_PORT,
      OMISE_WEBHOOK_URL: `http://127.0.0.1:${env.PORT ?? 3000}/api/v1/payments/omise/webhook`,
      OMISE_MOCK_STATE_FILE: env.OMISE_MOCK_STATE_FILE ?? resolve('data/omise-mock.json'),
    },
  });
  gateway.on('exit', (code) => {
    if (code) console.error(`The local payment gateway stopped (exit ${code})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      gateway?.kill(signal);
      process.exit(0);
    });
  }
  process.on('exit', () => gateway?.kill());
}

// Digital ID: unless a provider is configured (always in production), a local OpenID provider with demo citizens, and
// the API pointed at it with a client secret made for this run.
const localDigitalId = !env.DIGITAL_ID_ISSUER && env.NODE_ENV !== 'production';
let digitalId: ChildProcess | undefined;

if (localDigitalId) {
  const port = env.DIGITAL_ID_LOCAL_PORT ?? '12112';
  env.DIGITAL_ID_ISSUER = `http://127.0.0.1:${port}`;
  env.DIGITAL_ID_CLIENT_ID ??= 'bizportal-local';
  env.DIGITAL_ID_CLIENT_SECRET ??= randomBytes(32).toString('base64url');
  env.DIGITAL_ID_REDIRECT_URI ??= `${env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 3000}`}/api/v1/auth/digital-id/callback`;
  digitalId = fork(join(__dirname, '../../digital-id-mock/src/main.js'), [], { env: { ...env, DIGITAL_ID_MOCK_PORT: port } });
  digitalId.on('exit', (code) => {
    if (code) console.error(`The local Digital ID provider stopped (exit ${code})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      digitalId?.kill(signal);
      process.exit(0);
    });
  }
  process.on('exit', () => digitalId?.kill());
}

require('./main');
