import { randomUUID } from 'node:crypto';
import { errorCatalogues, errorSpecOf, HTTP_STATUS_OF_KIND } from '@bizportal/common';
import { documentPathOf, listRouteAccess } from '@bizportal/identity';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The OpenAPI document lists each operation's error responses with their codes (issue 10): every
 * code named exists in a catalogue under its status, and codes the API really answers with are
 * listed for the operation that answered them.
 */

interface Operation {
  operationId: string;
  responses: Record<string, { content?: { 'application/json'?: { schema?: { allOf?: { $ref?: string; properties?: { code?: { enum?: string[] } } }[] } } } }>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };

const ERROR_BODY = '#/components/schemas/ErrorBody';

function codesOf(response: Operation['responses'][string]): string[] | null {
  const allOf = response.content?.['application/json']?.schema?.allOf;
  return allOf?.[0]?.$ref === ERROR_BODY ? (allOf[1]?.properties?.code?.enum ?? []) : null;
}

describe('OpenAPI error responses', () => {
  let t: TestApp;
  let doc: Document;
  let operations: { method: string; path: string; op: Operation }[];

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.http.get('/docs-json').expect(200)).body;
    // Path items may carry `servers` (the health check is outside /api/v1) besides their operations.
    operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).filter(([method]) => method !== 'servers').map(([method, op]) => ({ method, path, op })));
  }, 60_000);
  afterAll(() => t.close());

  function listed(method: string, path: string, status: number): string[] {
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${method} ${path} is not in the document`);
    return codesOf(op.responses[String(status)] ?? {}) ?? [];
  }

  it('declares the ErrorBody schema the filter answers with', () => {
    expect(Object.keys(doc.components.schemas.ErrorBody.properties).sort()).toEqual(['code', 'details', 'error', 'message', 'statusCode']);
  });

  it('gives every operation that takes input or a sign-in at least one 4xx ErrorBody response, and every one a 500', () => {
    expect(operations.length).toBeGreaterThanOrEqual(53);
    const without4xx = operations.filter(({ op }) => !Object.entries(op.responses).some(([status, r]) => /^4\d\d$/.test(status) && codesOf(r)));
    // Public and without input: the health check (200 or 503), the list of businesses, a CSRF token, the card vault's public key,
    // the policies, and the open data (the snapshot's downloads, its dictionary and its DCAT and CKAN metadata; the public hearings' CSV and JSON).
    const inputless = [
      'get /health',
      'get /businesses',
      'get /auth/csrf',
      'get /payments/gateway',
      'get /policies',
      'get /open-data/catalog.jsonld',
      'get /open-data/processing-statistics.csv',
      'get /open-data/processing-statistics.json',
      'get /open-data/processing-statistics/ckan',
      'get /open-data/processing-statistics/dictionary',
      'get /open-data/hearings.csv',
      'get /open-data/hearings.json',
    ];
    expect(without4xx.map((o) => `${o.method} ${o.path}`).sort()).toEqual(inputless.sort());
    expect(operations.filter(({ op }) => !codesOf(op.responses['500'] ?? {})?.includes('INTERNAL_ERROR'))).toEqual([]);
  });

  it('lists only codes that a catalogue defines, each under the status of its kind', () => {
    const known = new Set(errorCatalogues().flatMap((c) => Object.keys(c.specs)));
    const wrong: string[] = [];
    for (const { method, path, op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const code of codesOf(response) ?? []) {
          const spec = errorSpecOf(code);
          if (!known.has(code) || !spec || String(HTTP_STATUS_OF_KIND[spec.kind]) !== status) wrong.push(`${method} ${path} ${status} ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists 401 AUTHENTICATION_REQUIRED on every route needing a sign-in and 403 ROLE_FORBIDDEN on every route needing a role', () => {
    const routes = listRouteAccess(t.app).filter((r) => r.path !== '/verify/:number');
    expect(routes.length).toBeGreaterThanOrEqual(53);
    const missing = routes.flatMap((r) => {
      const path = documentPathOf(r.path, '/api/v1');
      const problems: string[] = [];
      if (!r.enforced.public && !listed(r.method, path, 401).includes('AUTHENTICATION_REQUIRED')) problems.push(`${r.method} ${path} 401`);
      if (r.rule?.who === 'roles' && !listed(r.method, path, 403).includes('ROLE_FORBIDDEN')) problems.push(`${r.method} ${path} 403`);
      if (r.enforced.public && listed(r.method, path, 401).includes('AUTHENTICATION_REQUIRED')) problems.push(`${r.method} ${path} public but lists 401`);
      return problems;
    });
    expect(missing).toEqual([]);
  });

  it('lists the body checks on every route with a body, and 429 RATE_LIMITED on every rate-limited route', () => {
    const body = listed('post', '/applications', 400);
    expect(body).toEqual(expect.arrayContaining(['JSON_INVALID', 'JSON_TOO_DEEP', 'FORBIDDEN_KEY', 'TEXT_CONTROL_CHARACTERS', 'VALIDATION_FAILED']));
    expect(listed('get', '/applications', 400)).not.toContain('JSON_TOO_DEEP');
    for (const [method, path] of [['post', '/auth/dev-login'], ['get', '/auth/digital-id/login'], ['get', '/auth/digital-id/callback']]) {
      expect(listed(method, path, 429)).toEqual(['RATE_LIMITED']);
    }
    expect(listed('get', '/applications', 429)).toEqual([]);
  });

  it('lists 403 CSRF_TOKEN_INVALID and CSRF_ORIGIN_REFUSED on every write needing a sign-in, and on no read or public write', () => {
    const routes = listRouteAccess(t.app).filter((r) => r.path !== '/verify/:number');
    const wrong = routes.flatMap((r) => {
      const path = r.path.replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}');
      const csrf = listed(r.method, path, 403).filter((c) => c.startsWith('CSRF_')).sort();
      const expected = !r.enforced.public && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) ? ['CSRF_ORIGIN_REFUSED', 'CSRF_TOKEN_INVALID'] : [];
      // dev login with cookie: true checks Origin itself.
      if (r.path === '/api/v1/auth/dev-login') expected.push('CSRF_ORIGIN_REFUSED');
      return JSON.stringify(csrf) === JSON.stringify(expected) ? [] : [`${r.method} ${path}: ${csrf.join(',') || 'none'}`];
    });
    expect(wrong).toEqual([]);
    expect(listed('post', '/applications', 403)).toContain('CSRF_TOKEN_INVALID');
  });

  it('gives the auth operations their response schemas', () => {
    const schemaOf = (path: string, method: string, status: string) =>
      (doc.paths[path][method] as unknown as { responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> }).responses[status]?.content?.['application/json']?.schema;
    expect(schemaOf('/auth/dev-login', 'post', '200')).toEqual({ $ref: '#/components/schemas/SignedInDto' });
    expect(schemaOf('/auth/dev-users', 'get', '200')).toEqual({ type: 'array', items: { $ref: '#/components/schemas/DevUserDto' } });
    expect(schemaOf('/auth/csrf', 'get', '200')).toEqual({ $ref: '#/components/schemas/CsrfTokenDto' });
    expect(schemaOf('/auth/me', 'get', '200')).toEqual({ $ref: '#/components/schemas/AuthenticatedUserDto' });
    expect(schemaOf('/auth/digital-id/callback', 'get', '200')).toEqual({ $ref: '#/components/schemas/SignedInDto' });
    expect(Object.keys((doc.paths['/auth/digital-id/callback'].get as Operation).responses)).toEqual(expect.arrayContaining(['200', '303', '400']));
    expect(Object.keys((doc.paths['/auth/digital-id/login'].get as Operation).responses)).toEqual(expect.arrayContaining(['302', '400']));
    expect(Object.keys((doc.paths['/auth/logout'].post as Operation).responses)).toContain('204');
    expect(Object.keys(doc.components.schemas.DevUserDto.properties).sort()).toEqual(['agency', 'displayName', 'roles', 'username']);
    expect(Object.keys(doc.components.schemas.SignedInDto.properties).sort()).toEqual(['accessToken', 'expiresAt', 'user']);
  });

  it('describes each listed code with its English text', () => {
    const op = doc.paths['/applications/{id}'].get as Operation & { responses: Record<string, { description: string }> };
    expect(op.responses['404'].description).toContain(`\`APPLICATION_NOT_FOUND\`: ${errorSpecOf('APPLICATION_NOT_FOUND')!.en}`);
  });

  // Real answers: each code the API gives is listed for the operation that gave it.
  const CASES: { as?: string; method: 'get' | 'post' | 'patch'; url: string; path: string; body?: unknown; status: number; code: string }[] = [
    { as: 'somchai', method: 'get', url: `/api/v1/applications/${randomUUID()}`, path: '/applications/{id}', status: 404, code: 'APPLICATION_NOT_FOUND' },
    { as: 'somchai', method: 'get', url: '/api/v1/applications/not-a-uuid', path: '/applications/{id}', status: 400, code: 'INVALID_ID' },
    { as: 'somchai', method: 'post', url: '/api/v1/applications', path: '/applications', body: { licenceType: 7 }, status: 400, code: 'VALIDATION_FAILED' },
    { as: 'somchai', method: 'post', url: '/api/v1/applications', path: '/applications', body: { licenceType: 'x\u202e' }, status: 400, code: 'TEXT_CONTROL_CHARACTERS' },
    { method: 'get', url: '/api/v1/applications', path: '/applications', status: 401, code: 'AUTHENTICATION_REQUIRED' },
    { as: 'officer.khlongtoei', method: 'post', url: '/api/v1/applications', path: '/applications', body: {}, status: 403, code: 'ROLE_FORBIDDEN' },
    { method: 'get', url: '/api/v1/track/NO-SUCH-NUMBER', path: '/track/{trackingNumber}', status: 404, code: 'TRACKING_NUMBER_NOT_FOUND' },
    { method: 'get', url: '/api/v1/licence-types/no-such-type', path: '/licence-types/{slug}', status: 404, code: 'LICENCE_TYPE_NOT_FOUND' },
    { method: 'get', url: '/api/v1/businesses/no-such-business', path: '/businesses/{slug}', status: 404, code: 'BUSINESS_TYPE_NOT_FOUND' },
    { as: 'somchai', method: 'get', url: '/api/v1/licences/NO-SUCH-LICENCE', path: '/licences/{number}', status: 404, code: 'LICENCE_NOT_FOUND' },
    { as: 'officer.khlongtoei', method: 'get', url: '/api/v1/work-queue?mine=true&unassigned=true', path: '/work-queue', status: 400, code: 'WORK_QUEUE_FILTER_CONFLICT' },
  ];

  it.each(CASES)('$method $url answers $status $code, which the document lists', async ({ as, method, url, path, body, status, code }) => {
    let call = t.http[method](url);
    if (as) call = call.set('Authorization', `Bearer ${await t.login(as)}`);
    const res = await (body === undefined ? call : call.send(body as object));
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(listed(method, path, status)).toContain(code);
  });
});
