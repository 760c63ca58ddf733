import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SessionCookies, withAccessSecurity, withErrorResponses } from '@bizportal/identity';

/** The API's own base; every path of the document is relative to it (the server `/api/v1`). */
export const API_BASE = '/api/v1';

/** The tags operations use, each declared with what it covers (an undeclared tag fails `npm run lint:openapi`). */
const TAGS: [string, string][] = [
  ['auth', 'Sign-in (demo users, Digital ID), the session and sign-out / การเข้าสู่ระบบ'],
  ['catalogue', 'Business types, the Smart Quiz and licence types / ประเภทธุรกิจและใบอนุญาต'],
  ['applications', 'Applications: start, fill, send workflow events, follow / คำขอ'],
  ['tracking', 'Public status by tracking number / ติดตามสถานะ'],
  ['applicant data', 'The applicant’s data from government data exchange / ข้อมูลผู้ขอจากหน่วยงานรัฐ'],
  ['work-queue', 'Office staff: the queue, claiming and assigning / งานของเจ้าหน้าที่'],
  ['payments', 'Fees, payments, receipts and the gateway / การชำระเงิน'],
  ['licences', 'Issued licences, their PDFs and public verification / ใบอนุญาต'],
  ['notifications', 'In-app notifications / การแจ้งเตือน'],
  ['areas', 'Provinces, districts and subdistricts (DOPA codes) / พื้นที่'],
  ['holidays', 'The public-holiday calendar deadlines skip / วันหยุดราชการ'],
  ['admin', 'Licence types and workflow versions (workflow admins) / ผู้ดูแลกระบวนงาน'],
  ['health', 'Liveness and database check / สถานะระบบ'],
];

/** `ApplicationsController.get` → `applications_get`: unique (controller names are) and stable across releases. */
export function operationIdOf(controllerKey: string, methodKey: string): string {
  const controller = controllerKey.replace(/Controller$/, '');
  return `${controller.charAt(0).toLowerCase()}${controller.slice(1)}_${methodKey}`;
}

/**
 * The OpenAPI document of the running app, served at /docs-json and written for the web app by
 * `npm run api:types`: paths relative to the server /api/v1 (so a client's base URL is /api/v1),
 * each operation's success schema from its decorators, its error responses and security from its
 * access rule (withErrorResponses, withAccessSecurity).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Biz Portal e-Licensing API / ระบบอนุญาตอิเล็กทรอนิกส์')
    .setDescription(
      'Apply for business licences, track them and work them as an office. Sign in with POST /api/v1/auth/dev-login in the embedded demo. ' +
        'API clients send `Authorization: Bearer <accessToken>`. Browsers hold the session in an httpOnly cookie instead; their POST, PUT, PATCH ' +
        'and DELETE must send the `X-CSRF-Token` header from GET /api/v1/auth/csrf (else 403 CSRF_TOKEN_INVALID).',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer(API_BASE, 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The accessToken of a sign-in' }, 'bearer')
    .addCookieAuth(app.get(SessionCookies).names.session, { type: 'apiKey', in: 'cookie', description: 'The httpOnly session cookie a browser sign-in sets' }, 'session');
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { ignoreGlobalPrefix: true, operationIdFactory: operationIdOf });
  return withAccessSecurity(withErrorResponses(document, app, API_BASE), app, API_BASE);
}
