import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type * as CreateAppModule from '../../apps/api/src/create-app';
import { startDevelopmentTrustServices, type TrustServices } from '@bizportal/e-licence';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

export const REPO_ROOT = resolve(__dirname, '../..');

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  /** Bearer token of a seeded demo user. */
  login(username: string): Promise<string>;
  /** Where this app keeps uploaded documents (a temporary directory, unless DOCUMENTS_DIR or S3_BUCKET was given). */
  documentsDir: string;
  /** Runs raw SQL against the suite's database (for checks that no partial rows were left). */
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function isPostgres(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
}

/**
 * The development TSA and CRL of this test process (one per process, like its signing CA), on a free port: the API
 * signs licences and receipts at PAdES B-LT with it.
 */
let trustServices: Promise<TrustServices> | undefined;
export function testTrustServices(): Promise<TrustServices> {
  process.env.SIGNING_DEV_DIR ??= mkdtempSync(join(tmpdir(), 'bizportal-signing-'));
  trustServices ??= startDevelopmentTrustServices({ dataDir: process.env.SIGNING_DEV_DIR, port: 0 }).then((services) => {
    // Nothing of it keeps a finished test process alive.
    services.server.unref();
    services.server.on('connection', (socket) => socket.unref());
    return services;
  });
  return trustServices;
}

/** The settings of every test app but its database, documents and TSA (child processes of a suite take them too). */
export const TEST_SETTINGS: Record<string, string> = {
  NODE_ENV: 'test',
  SEED_DEMO_DATA: 'true',
  DEV_LOGIN_ENABLED: 'true',
  LOG_LEVEL: 'silent',
  OUTBOX_POLL_MS: '100',
  // Suites run the expiry job themselves when they need it.
  LICENCE_EXPIRY_INTERVAL_MS: '0',
  REMINDER_INTERVAL_MS: '0',
  HISTORY_AUDIT_INTERVAL_MS: '0',
  // The figures follow each step at once; test/satisfaction.e2e-spec.ts tests the kept counts too.
  SATISFACTION_STATISTICS_MAX_AGE_MS: '0',
  STATISTICS_OVERDUE_MAX_AGE_MS: '0',
  DASHBOARD_ON_TIME_MAX_AGE_MS: '0',
  // A suite signs in faster than any person; test/request-pipeline.e2e-spec.ts sets low limits of its own.
  RATE_LIMIT_SIGN_IN: '10000',
  RATE_LIMIT_VERIFY: '10000',
  RATE_LIMIT_QUIZ: '10000',
  RATE_LIMIT_COMPLAINT: '10000',
  RATE_LIMIT_HEARING_COMMENT: '10000',
  HEARING_CLOSE_INTERVAL_MS: '0',
  WORKFLOWS_DIR: join(REPO_ROOT, 'workflows'),
};

/** A new empty PostgreSQL schema (named t_…, as CI's clean-up expects) on DATABASE_URL, and its drop. */
export async function freshSchema(): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    schema,
    async drop() {
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/**
 * Starts the real API on a fresh database: a temporary SQLite file, or, when DATABASE_URL
 * points at PostgreSQL, a new schema of its own that is dropped afterwards.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  let cleanup: () => Promise<void>;
  if (isPostgres()) {
    const fresh = await freshSchema();
    process.env.DATABASE_SCHEMA = fresh.schema;
    cleanup = fresh.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-test-'));
    process.env.DATABASE_URL = `sqlite:${join(dir, 'test.sqlite')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const documentsDir = env.DOCUMENTS_DIR ?? mkdtempSync(join(tmpdir(), 'bizportal-documents-'));
  // One development signing CA per test process, made on first use, with its TSA and CRL.
  const trust = await testTrustServices();
  Object.assign(process.env, {
    DOCUMENTS_DIR: documentsDir,
    TSA_URL: trust.tsaUrl,
    ...TEST_SETTINGS,
    ...env,
  });
  // Imported only now: the app module reads the environment when it is loaded.
  const { createApp } = require('../../apps/api/src/create-app') as typeof CreateAppModule;
  const app = await createApp();
  try {
    await app.init();
  } catch (error) {
    // A start that failed in a seed still holds the start-up lock's connection (PostgreSQL): end it with the app.
    await app.close().catch(() => undefined);
    throw error;
  }
  const http = request(app.getHttpServer());
  const dataSource = app.get(DataSource);
  const tokens = new Map<string, string>();

  return {
    app,
    http,
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await http.post('/api/v1/auth/dev-login').send({ username });
      if (res.status !== 200) throw new Error(`dev-login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, res.body.accessToken);
      return res.body.accessToken;
    },
    async count(table, where, params = []) {
      const sql = `SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`;
      const rows = await dataSource.query(sql, params);
      return Number(rows[0].n);
    },
    documentsDir,
    async close() {
      await app.close();
      await cleanup();
      if (!env.DOCUMENTS_DIR) rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}

export const KHLONG_TOEI_PREMISES = {
  address: '99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
  provinceCode: '10',
  districtCode: '1033',
  subdistrictCode: '103301',
};

export const COMPLETE_FOOD_FORM = {
  businessName: 'ครัวคุณแม่',
  premisesType: 'sale',
  areaSquareMetres: 250,
  seats: 80,
  foodHandlers: 6,
  openingHours: '10:00-22:00',
  contactPhone: '0812345678',
};

/** Placeholders differ by database: `?` on SQLite, `$1` on PostgreSQL. */
export function placeholder(index: number): string {
  return isPostgres() ? `$${index}` : '?';
}
