import { applyDecorators, ParseUUIDPipe, type INestApplication, type PipeTransform, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { errorSpecOf, HTTP_STATUS_OF_KIND, RequestErrors } from '@bizportal/common';
import { IdentityErrors } from '../identity-errors';
import { RATE_LIMIT_GROUP } from './rate-limit.decorator';
import { listRouteAccess, type RouteAccess } from './route-access';

/** The body of every error answer (the API's HttpErrorFilter), the `ErrorBody` schema of the OpenAPI document. */
export class ErrorBody {
  @ApiProperty({ example: 404 })
  statusCode!: number;
  @ApiProperty({ example: 'Not Found' })
  error!: string;
  @ApiProperty({ description: 'Stable UPPER_SNAKE_CASE code from an error catalogue', example: 'APPLICATION_NOT_FOUND' })
  code!: string;
  @ApiProperty({ description: 'Thai / English', example: 'ไม่พบคำขอ / No application …' })
  message!: string;
  @ApiPropertyOptional({ description: 'Field problems `[{field, problem}]` or facts about the refusal', oneOf: [{ type: 'array', items: { type: 'object' } }, { type: 'object' }] })
  details?: unknown;
}

function statusOf(code: string): number {
  const spec = errorSpecOf(code);
  if (!spec) throw new Error(`@ApiErrors names '${code}', which no error catalogue defines`);
  return HTTP_STATUS_OF_KIND[spec.kind];
}

function byStatus(codes: Iterable<string>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const code of new Set(codes)) groups.set(statusOf(code), [...(groups.get(statusOf(code)) ?? []), code]);
  return groups;
}

/** One status's response: the ErrorBody with `code` narrowed to these codes, each described in English. */
function errorResponse(status: number, codes: string[]): ResponseObject {
  return {
    description: codes.map((code) => `- \`${code}\`: ${errorSpecOf(code)!.en}`).join('\n'),
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ErrorBody) },
            { type: 'object', properties: { statusCode: { type: 'number', enum: [status] }, code: { type: 'string', enum: codes } } },
          ],
        },
      },
    },
  };
}

/**
 * The error codes an operation raises itself, as one OpenAPI response per status. Codes every route
 * of its kind can answer (401, 403, validation, body checks, 429, 500) are added to the document by withErrorResponses.
 */
export function ApiErrors(...codes: string[]): MethodDecorator {
  const responses = [...byStatus(codes)].map(([status, list]) => {
    const { description, content } = errorResponse(status, list);
    return ApiResponse({ status, description, schema: content!['application/json'].schema });
  });
  return applyDecorators(ApiExtraModels(ErrorBody), ...responses);
}

const ERROR_BODY_REF = getSchemaPath(ErrorBody);

function codesListed(response: ResponseObject | undefined): string[] {
  const schema = response?.content?.['application/json']?.schema as { allOf?: { $ref?: string; properties?: { code?: { enum?: string[] } } }[] } | undefined;
  if (schema?.allOf?.[0]?.$ref !== ERROR_BODY_REF) return [];
  return schema.allOf[1]?.properties?.code?.enum ?? [];
}

/** Refusals of any JSON body, before a route sees it (the body parser and the API's body checks). */
const BODY_CODES = [
  RequestErrors.code.JSON_INVALID,
  RequestErrors.code.PAYLOAD_TOO_LARGE,
  RequestErrors.code.JSON_TOO_DEEP,
  RequestErrors.code.FORBIDDEN_KEY,
  RequestErrors.code.TEXT_CONTROL_CHARACTERS,
];

/** Refusals of a bearer token by the guard (Sessions.authenticate), besides its absence. */
const TOKEN_CODES = [
  RequestErrors.code.AUTHENTICATION_REQUIRED,
  IdentityErrors.code.TOKEN_INVALID,
  IdentityErrors.code.TOKEN_CLAIM_MISSING,
  IdentityErrors.code.SESSION_EXPIRED,
  IdentityErrors.code.SESSION_REVOKED,
  IdentityErrors.code.ACCOUNT_REMOVED,
];

/** Refusals of a write authenticated by the session cookie (SessionCookies.assertSameOriginWrite). */
const CSRF_CODES = [IdentityErrors.code.CSRF_TOKEN_INVALID, IdentityErrors.code.CSRF_ORIGIN_REFUSED];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the request alone can be refused for: its pipes, its DTOs (the global ValidationPipe) and its body. */
function requestCodes(controller: Type, handler: string): string[] {
  const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, { index: number; pipes: (PipeTransform | Type<PipeTransform>)[] }>);
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? []) as unknown[];
  const primitive = new Set<unknown>([String, Number, Boolean, Array, Object, undefined]);
  const codes: string[] = [];
  for (const [key, { index, pipes }] of args) {
    const paramtype = Number(key.split(':')[0]);
    if (![RouteParamtypes.BODY, RouteParamtypes.QUERY, RouteParamtypes.PARAM].includes(paramtype)) continue;
    if (paramtype === RouteParamtypes.BODY) codes.push(...BODY_CODES);
    if (!primitive.has(types[index])) codes.push(RequestErrors.code.VALIDATION_FAILED);
    for (const pipe of pipes) codes.push(pipe instanceof ParseUUIDPipe || pipe === ParseUUIDPipe ? RequestErrors.code.INVALID_ID : RequestErrors.code.VALIDATION_FAILED);
  }
  return codes;
}

/** Each route under its document key `get /applications/{id}` (paths relative to `base` when they start with it). */
export function routesByOperation(app: INestApplication, base = ''): Map<string, RouteAccess> {
  return new Map(listRouteAccess(app).map((route) => [`${route.method.toLowerCase()} ${documentPathOf(route.path, base)}`, route]));
}

/** `/api/v1/applications/:id` → `/applications/{id}` for the base `/api/v1`. */
export function documentPathOf(path: string, base = ''): string {
  const relative = base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
  return relative.replace(/:(\w+)/g, '{$1}');
}

/**
 * Security of every operation from its access rule: public routes none, all others the bearer token
 * or the session cookie (the schemes `bearer` and `session` the document declares). Route paths
 * outside `base` (the health check) get a server of their own.
 */
export function withAccessSecurity(document: OpenAPIObject, app: INestApplication, base = ''): OpenAPIObject {
  const routes = routesByOperation(app, base);
  document.security = [{ bearer: [] }, { session: [] }];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(pathItem) as [string, OperationObject][]) {
      const route = routes.get(`${method} ${path}`);
      if (!route) throw new Error(`The OpenAPI document has ${method.toUpperCase()} ${path}, which is no route of the app`);
      operation.security = route.enforced.public ? [] : [{ bearer: [] }, { session: [] }];
      if (base && !route.path.startsWith(`${base}/`) && route.path !== base) pathItem.servers = [{ url: '/', description: 'Outside the API base' }];
    }
  }
  return document;
}

/**
 * Adds to every operation the error codes its kind of route can answer: 401 when it needs a
 * sign-in, 403 for CSRF on a write needing one, 403 when it needs a role, 400/413 from its parameters and body, 429 when it is rate
 * limited, 500 always; merged with the operation's own @ApiErrors into one response per status.
 */
export function withErrorResponses(document: OpenAPIObject, app: INestApplication, base = ''): OpenAPIObject {
  const routes = routesByOperation(app, base);
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(pathItem) as [string, OperationObject][]) {
      const route = routes.get(`${method} ${path}`);
      if (!route) continue;
      const controller = route.controllerClass;
      const generic: string[] = [RequestErrors.code.INTERNAL_ERROR, ...requestCodes(controller, route.handler)];
      if (!route.enforced.public) generic.push(...TOKEN_CODES);
      if (!route.enforced.public && WRITE_METHODS.has(route.method)) generic.push(...CSRF_CODES);
      if (Reflect.getMetadata(RATE_LIMIT_GROUP, controller.prototype[route.handler])) generic.push(RequestErrors.code.RATE_LIMITED);
      if (route.rule?.who === 'roles') generic.push(RequestErrors.code.ROLE_FORBIDDEN);
      const own = Object.values(operation.responses).flatMap((response) => codesListed(response as ResponseObject));
      for (const [status, codes] of byStatus([...own, ...generic])) operation.responses[String(status)] = errorResponse(status, codes);
    }
  }
  if (!document.components?.schemas?.ErrorBody) throw new Error('The ErrorBody schema is missing: no operation uses @ApiErrors');
  return document;
}
