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
}

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
  return env;
}
