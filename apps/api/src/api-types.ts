/**
 * `npm run api:types`: writes the OpenAPI document of the app to apps/web/src/api/openapi.json and
 * the TypeScript types the web app's client uses to apps/web/src/api/schema.d.ts.
 *
 *   node dist/apps/api/src/api-types.js [repository-root]   (default: the current directory)
 *
 * Boots the app as production builds it, on an in-memory SQLite database and a temporary signing
 * directory, without listening; nothing is left behind.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type * as CreateApp from './create-app';
import type * as OpenApiDocument from './openapi/openapi-document';
import type * as WebApiFiles from './openapi/web-api-files';

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? '.');
  const scratch = mkdtempSync(join(tmpdir(), 'bizportal-api-types-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: 'sqlite::memory:',
    SIGNING_DEV_DIR: scratch,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    LICENCE_EXPIRY_INTERVAL_MS: '0',
    HISTORY_AUDIT_INTERVAL_MS: '0',
    WORKFLOWS_DIR: process.env.WORKFLOWS_DIR ?? join(root, 'workflows'),
  });
  delete process.env.DATABASE_SCHEMA;
  // Loaded only now: the app module reads the environment when it is loaded.
  const { createApp } = require('./create-app') as typeof CreateApp;
  const { buildOpenApiDocument } = require('./openapi/openapi-document') as typeof OpenApiDocument;
  const { OPENAPI_JSON, SCHEMA_TYPES, renderWebApiFiles } = require('./openapi/web-api-files') as typeof WebApiFiles;
  const app = await createApp();
  try {
    const { json, types } = await renderWebApiFiles(buildOpenApiDocument(app));
    mkdirSync(dirname(join(root, OPENAPI_JSON)), { recursive: true });
    writeFileSync(join(root, OPENAPI_JSON), json);
    writeFileSync(join(root, SCHEMA_TYPES), types);
    const operations = Object.values((JSON.parse(json) as { paths: Record<string, object> }).paths).reduce((n, item) => n + Object.keys(item).filter((k) => k !== 'servers' && k !== 'parameters').length, 0);
    console.log(`${OPENAPI_JSON} (${operations} operations) and ${SCHEMA_TYPES} written`);
  } finally {
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
