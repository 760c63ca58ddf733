/**
 * `npm start`: the API and, unless a real gateway is configured, the local Omise-compatible gateway
 * beside it, sharing a freshly generated webhook secret. The gateway keeps its state under data/,
 * so a demo survives a restart; deleting data/ resets both. Likewise a local Digital ID provider (OpenID Connect, demo
 * citizens) unless DIGITAL_ID_ISSUER is set; never in production. And in the embedded mode (SQLite, not production) without
 * SMTP_URL, a local mailbox (maildev: SMTP on MAILDEV_SMTP_PORT 1025, web page and REST API on MAILDEV_WEB_PORT 1080)
 * that catches every email the API sends. And in the embedded mode without TSA_URL, the local trust services
 * (apps/tsa-local on TSA_LOCAL_PORT 12113): the development CA's RFC 3161 Time-Stamp Authority and its CRL, so that
 * licences and receipts are signed at PAdES B-LT.
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

// Email: in the embedded mode, unless an SMTP server is configured, maildev catches every email (web page and REST API).
const embedded = env.NODE_ENV !== 'production' && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '');
let mailbox: ChildProcess | undefined;

if (embedded && !env.SMTP_URL) {
  const smtpPort = env.MAILDEV_SMTP_PORT ?? '1025';
  const webPort = env.MAILDEV_WEB_PORT ?? '1080';
  mkdirSync(resolve('data/maildev'), { recursive: true });
  // maildev is ESM-only: it runs as its own process through its command line.
  mailbox = fork(
    resolve('node_modules/maildev/dist/bin/maildev.js'),
    ['--smtp', smtpPort, '--web', webPort, '--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--mail-directory', resolve('data/maildev'), '--silent'],
    { env: { ...env } },
  );
  mailbox.on('exit', (code) => {
    if (code) console.error(`The local mailbox (maildev) stopped (exit ${code})`);
  });
  env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  env.DEV_MAILBOX_URL ??= `http://localhost:${webPort}`;
  console.log(`Local mailbox (maildev): every email the API sends is at ${env.DEV_MAILBOX_URL} (also GET /api/v1/dev/mailbox)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      mailbox?.kill(signal);
      process.exit(0);
    });
  }
  process.on('exit', () => mailbox?.kill());
}

// Timestamps: in the embedded mode, unless a TSA is configured, the local one (development CA, machine clock) and its CRL.
let trustServices: ChildProcess | undefined;

if (embedded && !env.TSA_URL) {
  const port = env.TSA_LOCAL_PORT ?? '12113';
  env.TSA_LOCAL_PORT = port;
  env.TSA_URL = `http://127.0.0.1:${port}/tsa`;
  trustServices = fork(join(__dirname, '../../tsa-local/src/main.js'), [], { env: { ...env, SIGNING_DEV_DIR: env.SIGNING_DEV_DIR ?? 'data' } });
  trustServices.on('exit', (code) => {
    if (code) console.error(`The local time-stamping authority stopped (exit ${code})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      trustServices?.kill(signal);
      process.exit(0);
    });
  }
  process.on('exit', () => trustServices?.kill());
}

require('./main');
