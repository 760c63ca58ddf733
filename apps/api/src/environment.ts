import { randomBytes } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Matches, Min, MinLength, validateSync } from 'class-validator';
import { DEFAULT_DATABASE_URL, dialectOf } from '@bizportal/database';
import { DEFAULT_WORKFLOWS_DIR } from '@bizportal/licensing';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

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

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, { message: 'PUBLIC_BASE_URL must be like https://bizportal.example.go.th (no path)' })
  PUBLIC_BASE_URL?: string;

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

  /** Extra PEM certificates (e.g. the national root) that uploaded licences may chain to. */
  @IsOptional()
  @IsString()
  SIGNING_TRUST_ANCHORS_PATH?: string;
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
  env.DEV_LOGIN_ENABLED ??= embedded;
  env.SEED_DEMO_DATA ??= embedded;
  // Outside production a missing secret gets a random one: tokens then last until the process restarts.
  env.JWT_SECRET ??= randomBytes(32).toString('base64url');
  const localGateway = env.OMISE_API_HOST.endsWith('.localhost');
  if (!localGateway && (!env.OMISE_SECRET_KEY || !env.OMISE_PUBLIC_KEY || !env.OMISE_WEBHOOK_SECRET)) {
    throw new Error('Invalid environment:\n  OMISE_PUBLIC_KEY, OMISE_SECRET_KEY and OMISE_WEBHOOK_SECRET are required for a real Omise gateway');
  }
  if (production && !env.SIGNING_P12_PATH && !env.SIGNING_P12_BASE64) {
    throw new Error('Invalid environment:\n  production signs licences with the agency\'s certificate: set SIGNING_P12_PATH or SIGNING_P12_BASE64');
  }
  if (production && localGateway) throw new Error('Invalid environment:\n  production needs a real payment gateway: set OMISE_API_HOST=api.omise.co and its keys');
  env.OMISE_VAULT_HOST ??= localGateway ? env.OMISE_API_HOST : 'vault.omise.co';
  env.OMISE_SCHEME ??= localGateway ? 'http' : 'https';
  env.OMISE_PUBLIC_KEY ??= LOCAL_GATEWAY_KEYS.public;
  env.OMISE_SECRET_KEY ??= LOCAL_GATEWAY_KEYS.secret;
  // The local gateway and the API must share it; `npm start` gives both the same one.
  env.OMISE_WEBHOOK_SECRET ??= randomBytes(32).toString('base64');
  env.PUBLIC_BASE_URL ??= `http://localhost:${env.PORT}`;
  return env;
}
