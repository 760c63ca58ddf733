import { randomBytes } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Matches, Min, MinLength, validateSync } from 'class-validator';
import { DEFAULT_DATABASE_URL, dialectOf } from '@bizportal/database';
import { DEFAULT_WORKFLOWS_DIR } from '@bizportal/licensing';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/** A whole number of at least `min`, read from its text. */
const WholeNumber = (min: number) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value))),
    IsInt(),
    Min(min),
  );

const PROXY_ADDRESS = '(?:loopback|linklocal|uniquelocal|[0-9A-Fa-f:.]+(?:/\\d{1,3})?)';
const TRUST_PROXY_PATTERN = new RegExp(`^(?:\\d+|${PROXY_ADDRESS}(?:\\s*,\\s*${PROXY_ADDRESS})*)$`);

/** Every environment variable the API reads; documented in the README. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^(sqlite:|postgres(ql)?:\/\/)/, { message: 'DATABASE_URL must be sqlite:<file> or postgres://…' })
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_SCHEMA must be a plain PostgreSQL schema name' })
  DATABASE_SCHEMA?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsString()
  JWT_EXPIRES_IN = '8h';

  /** Signs the CSRF tokens of cookie-authenticated browser writes (csrf-csrf); required in production. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'CSRF_SECRET must be at least 32 characters' })
  CSRF_SECRET?: string;

  /** How long a check of a session and its account is reused in this process (0: every request asks the database). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(60000)
  SESSION_CHECK_CACHE_MS = 5000;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEV_LOGIN_ENABLED?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA?: boolean;

  @IsString()
  WORKFLOWS_DIR = DEFAULT_WORKFLOWS_DIR;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 1000;

  @Transform(toBoolean)
  @IsBoolean()
  OUTBOX_RUNNER_ENABLED = true;

  /** A claimed outbox row whose runner has not finished it after this long is taken to be a dead runner's and run again (ms). */
  @WholeNumber(1000)
  OUTBOX_STALE_CLAIM_MS = 300_000;

  /** Outbox effects one worker runs at the same time (scaled mode). */
  @WholeNumber(1)
  @Max(256)
  OUTBOX_WORKER_CONCURRENCY = 4;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** The reverse proxy in front of the API: a hop count or its addresses, so `req.ip` (the rate limits' key) is the client's. */
  @IsOptional()
  @Matches(TRUST_PROXY_PATTERN, { message: 'TRUST_PROXY must be a hop count or a comma-separated list of addresses, subnets, loopback, linklocal or uniquelocal' })
  TRUST_PROXY?: string;

  /** Rate limits: calls per client address and route in each window. */
  @WholeNumber(1)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @WholeNumber(1)
  RATE_LIMIT_SIGN_IN = 20;

  @WholeNumber(1)
  RATE_LIMIT_VERIFY = 20;

  @WholeNumber(1)
  RATE_LIMIT_QUIZ = 60;

  /** Complaints and their photos (signed in, so the office knows who complains; this stops a flood from one address). */
  @WholeNumber(1)
  RATE_LIMIT_COMPLAINT = 10;

  /** Comments on a public hearing and their photos, per client address and window (429 RATE_LIMIT_HEARING_COMMENT). */
  @WholeNumber(1)
  RATE_LIMIT_HEARING_COMMENT = 10;

  /** How often the hearing job closes the public hearings whose period has ended (HEARING_CLOSED); 0: never in this process. Also once at start. */
  @WholeNumber(0)
  HEARING_CLOSE_INTERVAL_MS = 60_000;

  /**
   * The scaled mode: outbox effects and scheduled jobs go through BullMQ on this Redis and run in worker processes
   * (apps/worker), and the rate-limit counts are shared by every API process. Unset: everything runs in-process.
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be redis://… or rediss://…' })
  REDIS_URL?: string;

  /** Prefix of every Redis key of this deployment (queues, schedules, rate limits); two deployments on one Redis need two. */
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'REDIS_PREFIX may hold 1–64 letters, digits, _ . : and -' })
  REDIS_PREFIX = 'bizportal';

  /** The worker's GET /health (database and Redis); 0 picks a free port (printed at start). */
  @WholeNumber(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, { message: 'PUBLIC_BASE_URL must be like https://bizportal.example.go.th (no path)' })
  PUBLIC_BASE_URL?: string;

  /** The portal operator's address for privacy requests and accessibility problems, shown on /privacy and /accessibility (GET /policies). */
  @IsOptional()
  @Matches(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, { message: 'PORTAL_CONTACT_EMAIL must be an email address, e.g. bizportal@example.go.th' })
  PORTAL_CONTACT_EMAIL?: string;

  /** Digital ID sign-in (OpenID Connect): the provider's issuer; unset, the Digital ID routes answer 503. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s?#]+$/, { message: 'DIGITAL_ID_ISSUER must be the http(s) issuer URL of the OpenID provider' })
  DIGITAL_ID_ISSUER?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DIGITAL_ID_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'DIGITAL_ID_CLIENT_SECRET must be at least 16 characters' })
  DIGITAL_ID_CLIENT_SECRET?: string;

  /** Registered at the provider; default PUBLIC_BASE_URL + /api/v1/auth/digital-id/callback. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s#]+$/, { message: 'DIGITAL_ID_REDIRECT_URI must be an http(s) URL' })
  DIGITAL_ID_REDIRECT_URI?: string;

  @Matches(/(^| )openid( |$)/, { message: 'DIGITAL_ID_SCOPE must include openid' })
  DIGITAL_ID_SCOPE = 'openid pid profile';

  @IsIn(['client_secret_basic', 'client_secret_post'])
  DIGITAL_ID_CLIENT_AUTH: 'client_secret_basic' | 'client_secret_post' = 'client_secret_basic';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(100)
  DIGITAL_ID_TIMEOUT_MS = 10000;

  /** How often sign-ins started and not finished are deleted, a day after they expired (0: off in this process). */
  @WholeNumber(0)
  DIGITAL_ID_CLEANUP_INTERVAL_MS = 3_600_000;

  /** The gateway: the local one (a `*.localhost` name routed to OMISE_LOCAL_PORT) unless set to api.omise.co. */
  @IsString()
  OMISE_API_HOST = LOCAL_GATEWAY_HOST;

  @IsOptional()
  @IsString()
  OMISE_VAULT_HOST?: string;

  @IsOptional()
  @IsIn(['http', 'https'])
  OMISE_SCHEME?: 'http' | 'https';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  OMISE_LOCAL_PORT = 12111;

  /** Where the local gateway listens: 127.0.0.1 beside the API, its service name in docker/compose.yaml. */
  @IsString()
  @Matches(/^[A-Za-z0-9.-]+$/, { message: 'OMISE_LOCAL_HOST must be a host name or IPv4 address' })
  OMISE_LOCAL_HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^pkey_/, { message: 'OMISE_PUBLIC_KEY must be an Omise public key (pkey_…)' })
  OMISE_PUBLIC_KEY?: string;

  @IsOptional()
  @Matches(/^skey_/, { message: 'OMISE_SECRET_KEY must be an Omise secret key (skey_…)' })
  OMISE_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{16,}={0,2}$/, { message: 'OMISE_WEBHOOK_SECRET must be the base64 webhook secret from the Omise dashboard' })
  OMISE_WEBHOOK_SECRET?: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  OMISE_WEBHOOK_TOLERANCE_SECONDS = 300;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(100)
  OMISE_TIMEOUT_MS = 10000;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  PAYMENT_QR_EXPIRY_HOURS = 24;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  PAYMENT_RECONCILE_INTERVAL_MS = 60000;

  /** A fault injected on purpose for crash-recovery tests: `crash-after-payment-row` (SIGKILL after writing a payment row, online or at the counter). Refused in production. */
  @IsOptional()
  @IsIn(['crash-after-payment-row'])
  PAYMENT_FAULT?: 'crash-after-payment-row';

  /** Applications a workflow migration moves per transaction (one batch). */
  @WholeNumber(1)
  @Max(5000)
  MIGRATION_BATCH_SIZE = 200;

  /** A running workflow migration whose process committed no batch for this long is taken over by another process (ms). */
  @WholeNumber(1000)
  MIGRATION_LEASE_MS = 60_000;

  /** How often a process looks for workflow migrations whose process died, to finish them (also once at start; 0: never in this process). */
  @WholeNumber(0)
  MIGRATION_RESUME_INTERVAL_MS = 30_000;

  /** A fault injected on purpose for crash-recovery tests: `crash-after-batch` (SIGKILL after a migration batch commits). Refused in production. */
  @IsOptional()
  @IsIn(['crash-after-batch'])
  MIGRATION_FAULT?: 'crash-after-batch';

  /** How often licences past their validity are moved to expired (daily; 0: never in this process). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  LICENCE_EXPIRY_INTERVAL_MS = 86_400_000;

  /** Email of notifications: nodemailer's SMTP URL (smtp://user:pass@host:587, smtps://…); unset, email deliveries fail and are retried. `npm start` points it at the local maildev. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be smtp://… or smtps://…' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Biz Portal <no-reply@bizportal.localhost>';

  /** The local mailbox's web page (maildev), shown to developers at GET /dev/mailbox; set by `npm start` in the embedded mode. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'DEV_MAILBOX_URL must be an http(s) URL' })
  DEV_MAILBOX_URL?: string;

  /** SMS of notifications: `local` (kept in memory, GET /dev/sms; not in production) or `thaibulksms`. */
  @IsOptional()
  @IsIn(['local', 'thaibulksms'], { message: 'SMS_PROVIDER must be local or thaibulksms' })
  SMS_PROVIDER?: 'local' | 'thaibulksms';

  @Matches(/^https?:\/\/[^\s]+$/, { message: 'THAIBULKSMS_URL must be an http(s) URL' })
  THAIBULKSMS_URL = 'https://api-v2.thaibulksms.com';

  @IsOptional()
  @IsString()
  THAIBULKSMS_API_KEY?: string;

  @IsOptional()
  @IsString()
  THAIBULKSMS_API_SECRET?: string;

  /** The sender name registered with the SMS provider. */
  @Matches(/^[A-Za-z0-9 .-]{1,11}$/, { message: 'SMS_SENDER must be 1–11 letters, digits, spaces, dots or dashes' })
  SMS_SENDER = 'BizPortal';

  @WholeNumber(100)
  SMS_TIMEOUT_MS = 10000;

  /** How often the reminder job looks for due-soon, overdue, waiting, expiring-QR and renewal reminders (0: never in this process); it also runs once at start. */
  @WholeNumber(0)
  REMINDER_INTERVAL_MS = 900_000;

  /** How often the history check looks whether tonight's work is due (each Bangkok date once: verify every chain, then publish the signed anchor); also once at start; 0: never in this process. */
  @WholeNumber(0)
  HISTORY_AUDIT_INTERVAL_MS = 3_600_000;

  /** How often the open-data job looks whether today's snapshot of the statistics exists (each Bangkok date once); also shortly after start; 0: never in this process (a download with no snapshot still builds one). */
  @WholeNumber(0)
  OPEN_DATA_INTERVAL_MS = 3_600_000;

  /** How long the public statistics' overdue counts (per licence type and office, a grouped read of the live applications) are kept before they are read again in the background; 0: read on every request. */
  @WholeNumber(0)
  STATISTICS_OVERDUE_MAX_AGE_MS = 60_000;

  /** How long the head of office's dashboard keeps an office's on-time shares (every decision of the last 90 days judged step by step) before reading them again in the background; 0: read on every request. */
  @WholeNumber(0)
  DASHBOARD_ON_TIME_MAX_AGE_MS = 60_000;

  /** How long the counts behind the public satisfaction figures are kept before they are read again in the background (a read of the last 24 months); 0: read on every request. */
  @WholeNumber(0)
  SATISFACTION_STATISTICS_MAX_AGE_MS = 600_000;

  /** Working days an application may wait for the applicant before she is reminded. */
  @WholeNumber(1)
  @Max(60)
  APPLICANT_WAITING_WORKING_DAYS = 5;

  /** The agency's signing identity (PKCS#12), as a file or base64; without one a development CA is made under SIGNING_DEV_DIR. */
  @IsOptional()
  @IsString()
  SIGNING_P12_PATH?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'SIGNING_P12_BASE64 must be base64' })
  SIGNING_P12_BASE64?: string;

  @IsOptional()
  @IsString()
  SIGNING_P12_PASSPHRASE?: string;

  @IsString()
  SIGNING_DEV_DIR = 'data';

  /**
   * The RFC 3161 Time-Stamp Authority of the PAdES signatures (licences and receipts reach B-LT with it). Required in
   * production; in the embedded mode the local one (apps/tsa-local, which `npm start` runs on TSA_LOCAL_PORT).
   */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'TSA_URL must be an http(s) URL' })
  TSA_URL?: string;

  /** Port of the local trust services (development TSA and CRL) in the embedded mode. */
  @WholeNumber(1)
  @Max(65535)
  TSA_LOCAL_PORT = 12113;

  /** Extra PEM certificates (e.g. the national root) that uploaded licences may chain to. */
  @IsOptional()
  @IsString()
  SIGNING_TRUST_ANCHORS_PATH?: string;

  /** Government data exchange: `fixture` (records from the repository; development only) or `http`. */
  @IsOptional()
  @IsIn(['fixture', 'http'], { message: 'DATA_EXCHANGE must be fixture or http' })
  DATA_EXCHANGE?: 'fixture' | 'http';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'DATA_EXCHANGE_URL must be the http(s) base URL of the data exchange' })
  DATA_EXCHANGE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_EXCHANGE_API_KEY?: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(100)
  DATA_EXCHANGE_TIMEOUT_MS = 5000;

  /** Largest document an applicant may upload, in bytes (10 MB). */
  @WholeNumber(1)
  @Max(1024 * 1024 * 1024)
  DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

  /** Where uploaded documents are kept on disk when no S3 bucket is configured. */
  @IsString()
  @MinLength(1)
  DOCUMENTS_DIR = 'data/documents';

  /** S3-compatible object storage for documents: set, documents go to this bucket instead of DOCUMENTS_DIR. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be an S3 bucket name' })
  S3_BUCKET?: string;

  /** An S3-compatible server (MinIO, Ceph, …); unset for AWS. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_REGION?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addressing (endpoint/bucket/key); on by default when S3_ENDPOINT is set. */
  @IsOptional()
  @IsIn(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  S3_FORCE_PATH_STYLE?: string;

  /** Key prefix inside the bucket, e.g. `bizportal/`. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._/-]*$/, { message: 'S3_PREFIX may hold letters, digits, . _ - and /' })
  S3_PREFIX?: string;
}

export const LOCAL_GATEWAY_HOST = 'omise-mock.localhost';
/** Keys the local gateway accepts; they open nothing anywhere else. */
export const LOCAL_GATEWAY_KEYS = { public: 'pkey_test_local', secret: 'skey_test_local' };

/**
 * Validates the environment and fills the defaults of the embedded mode: on SQLite outside
 * production, dev login and demo data are on; production needs its own JWT_SECRET and never
 * offers dev login.
 */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`));
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const production = env.NODE_ENV === 'production';
  const embedded = dialectOf(env.DATABASE_URL) === 'sqlite' && !production;
  if (production && env.DEV_LOGIN_ENABLED) throw new Error('Invalid environment:\n  DEV_LOGIN_ENABLED cannot be on in production');
  if (production && !env.JWT_SECRET) throw new Error('Invalid environment:\n  JWT_SECRET is required in production');
  if (production && !env.CSRF_SECRET) throw new Error('Invalid environment:\n  CSRF_SECRET is required in production');
  env.DEV_LOGIN_ENABLED ??= embedded;
  env.SEED_DEMO_DATA ??= embedded;
  // Outside production a missing secret gets a random one: tokens then last until the process restarts.
  env.JWT_SECRET ??= randomBytes(32).toString('base64url');
  // Likewise CSRF tokens: a browser fetches a new one after a restart.
  env.CSRF_SECRET ??= randomBytes(32).toString('base64url');
  const localGateway = env.OMISE_API_HOST.endsWith('.localhost');
  if (!localGateway && (!env.OMISE_SECRET_KEY || !env.OMISE_PUBLIC_KEY || !env.OMISE_WEBHOOK_SECRET)) {
    throw new Error('Invalid environment:\n  OMISE_PUBLIC_KEY, OMISE_SECRET_KEY and OMISE_WEBHOOK_SECRET are required for a real Omise gateway');
  }
  if (production && !env.SIGNING_P12_PATH && !env.SIGNING_P12_BASE64) {
    throw new Error('Invalid environment:\n  production signs licences with the agency\'s certificate: set SIGNING_P12_PATH or SIGNING_P12_BASE64');
  }
  if (production && env.PAYMENT_FAULT) throw new Error('Invalid environment:\n  PAYMENT_FAULT injects crashes for tests: never in production');
  if (production && env.MIGRATION_FAULT) throw new Error('Invalid environment:\n  MIGRATION_FAULT injects crashes for tests: never in production');
  if (production && !env.TSA_URL) throw new Error('Invalid environment:\n  production timestamps its signatures (PAdES B-LT): set TSA_URL to the Time-Stamp Authority');
  if (embedded) env.TSA_URL ??= `http://127.0.0.1:${env.TSA_LOCAL_PORT}/tsa`;
  if (production && localGateway) throw new Error('Invalid environment:\n  production needs a real payment gateway: set OMISE_API_HOST=api.omise.co and its keys');
  // Fixture records are fictional people and companies: never in production.
  if (production && env.DATA_EXCHANGE === 'fixture') throw new Error('Invalid environment:\n  DATA_EXCHANGE=fixture is for development only; production uses DATA_EXCHANGE=http');
  env.DATA_EXCHANGE ??= production ? 'http' : 'fixture';
  if (env.DATA_EXCHANGE === 'http' && !env.DATA_EXCHANGE_URL) throw new Error('Invalid environment:\n  DATA_EXCHANGE=http (the default in production) needs DATA_EXCHANGE_URL');
  env.OMISE_VAULT_HOST ??= localGateway ? env.OMISE_API_HOST : 'vault.omise.co';
  env.OMISE_SCHEME ??= localGateway ? 'http' : 'https';
  env.OMISE_PUBLIC_KEY ??= LOCAL_GATEWAY_KEYS.public;
  env.OMISE_SECRET_KEY ??= LOCAL_GATEWAY_KEYS.secret;
  // The local gateway and the API must share it; `npm start` gives both the same one.
  env.OMISE_WEBHOOK_SECRET ??= randomBytes(32).toString('base64');
  env.PUBLIC_BASE_URL ??= `http://localhost:${env.PORT}`;
  if (env.DIGITAL_ID_ISSUER && (!env.DIGITAL_ID_CLIENT_ID || !env.DIGITAL_ID_CLIENT_SECRET)) {
    throw new Error('Invalid environment:\n  DIGITAL_ID_ISSUER needs DIGITAL_ID_CLIENT_ID and DIGITAL_ID_CLIENT_SECRET');
  }
  // The local Digital ID provider speaks plain HTTP and lets anyone be anyone: never in production.
  if (production && env.DIGITAL_ID_ISSUER && !env.DIGITAL_ID_ISSUER.startsWith('https://')) {
    throw new Error('Invalid environment:\n  production signs citizens in with the real Digital ID: DIGITAL_ID_ISSUER must be an https:// issuer');
  }
  if (env.S3_BUCKET && !env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    throw new Error('Invalid environment:\n  S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or leave both unset for the SDK\'s default credentials)');
  }
  if (production && env.SMS_PROVIDER === 'local') throw new Error('Invalid environment:\n  SMS_PROVIDER=local keeps messages in memory for development; production uses SMS_PROVIDER=thaibulksms');
  const smsKeys = Boolean(env.THAIBULKSMS_API_KEY && env.THAIBULKSMS_API_SECRET);
  if (env.SMS_PROVIDER === 'thaibulksms' && !smsKeys) throw new Error('Invalid environment:\n  SMS_PROVIDER=thaibulksms needs THAIBULKSMS_API_KEY and THAIBULKSMS_API_SECRET');
  // Production without keys has no SMS provider: SMS deliveries fail (recorded, retried) until one is configured.
  env.SMS_PROVIDER ??= production ? (smsKeys ? 'thaibulksms' : undefined) : 'local';
  if (production) env.DEV_MAILBOX_URL = undefined;
  env.DIGITAL_ID_REDIRECT_URI ??= `${env.PUBLIC_BASE_URL}/api/v1/auth/digital-id/callback`;
  return env;
}
