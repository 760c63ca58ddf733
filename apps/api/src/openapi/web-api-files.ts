import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the web app keeps the API contract it is typed against (relative to the repository root). */
export const WEB_API_DIR = join('apps', 'web', 'src', 'api');
export const OPENAPI_JSON = join(WEB_API_DIR, 'openapi.json');
export const SCHEMA_TYPES = join(WEB_API_DIR, 'schema.d.ts');

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The document as committed: keys sorted at every level, two-space indent, a final newline. */
export function stableJson(document: unknown): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

const TYPES_HEADER = `/**
 * The API's types, generated from openapi.json by openapi-typescript. Do not edit:
 * run \`npm run api:types\` (test/openapi-types.e2e-spec.ts fails while this file is stale).
 */

`;

/** openapi.json and schema.d.ts for the web app, from the app's document. */
export async function renderWebApiFiles(document: unknown): Promise<{ json: string; types: string }> {
  const json = stableJson(document);
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true, exportType: false });
  return { json, types: TYPES_HEADER + astToString(ast) };
}
