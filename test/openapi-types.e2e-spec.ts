import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPENAPI_JSON, SCHEMA_TYPES, renderWebApiFiles } from '../apps/api/src/openapi/web-api-files';
import { REPO_ROOT, startTestApp, type TestApp } from './support/test-app';

/**
 * The web app is typed against apps/web/src/api/openapi.json and schema.d.ts. They are generated
 * (`npm run api:types`) and committed; this suite regenerates both from the running app's document
 * and fails while the committed copies differ, so a change of the API cannot leave the web app's
 * types behind.
 */
describe('the web app’s API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it('are what the app’s OpenAPI document generates', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body;
    const { json, types } = await renderWebApiFiles(document);
    const committed = (file: string) => {
      try {
        return readFileSync(join(REPO_ROOT, file), 'utf8');
      } catch {
        return '(missing)';
      }
    };
    const stale = [
      committed(OPENAPI_JSON) === json ? null : OPENAPI_JSON,
      committed(SCHEMA_TYPES) === types ? null : SCHEMA_TYPES,
    ].filter(Boolean);
    if (stale.length) throw new Error(`${stale.join(' and ')} differ from the app's OpenAPI document: run npm run api:types and commit the result`);
  });
});
