import { RequestMethod, ValidationPipe, type INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { json, type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { workflowsDirectory } from '@bizportal/common';
import { assertEveryRouteDeclaresAccess, SessionCookies } from '@bizportal/identity';
import { LicencesService, loadWorkflowFiles, renderVerificationPage } from '@bizportal/licensing';
import { OmiseGateway } from '@bizportal/payments';
import { AppModule } from './app.module';
import { assertJsonDepth, refuseUnsafeBody } from './body-checks';
import { HttpErrorFilter, validationException } from './http-exception.filter';
import { JSON_BODY_LIMIT } from './limits';
import { serveWebApp } from './web-app';
import { buildOpenApiDocument } from './openapi/openapi-document';

export const API_PREFIX = 'api/v1';

/** Builds the API exactly as production runs it; main.ts, the e2e suites and the benchmark all use this. */
export async function createApp(): Promise<INestApplication> {
  // Fail before opening any database connection: an invalid workflow file stops the start, listing every problem.
  loadWorkflowFiles(workflowsDirectory(process.env.WORKFLOWS_DIR));
  const app = await NestFactory.create<NestExpressApplication>(AppModule, new ExpressAdapter(), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  const trustProxy = app.get(ConfigService).get<string>('TRUST_PROXY');
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy.split(',').map((entry) => entry.trim()));
  app.use(
    json({
      limit: JSON_BODY_LIMIT,
      // The payment webhook's signature covers the exact bytes; too deep a body is refused before it is parsed.
      verify: (req: Request & { rawBody?: Buffer }, _res: Response, body: Buffer) => {
        req.rawBody = body;
        assertJsonDepth(body);
      },
    }),
  );
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  app.use(refuseUnsafeBody);
  // The browser's session, CSRF and sign-in cookies (SessionCookies); unsigned: the session cookie holds a signed token.
  app.use(cookieParser());

  // Card data goes from the payer's browser straight to the gateway's vault for a token: the only other origin the pages may call.
  const vault = app.get(OmiseGateway).browserVaultOrigin;
  const strict = helmet({ contentSecurityPolicy: { directives: { connectSrc: ["'self'", vault] } } });
  // Swagger UI needs inline scripts; the rest of the API keeps helmet's default CSP.
  const docs = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/docs') ? docs : strict)(req, res, next));

  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  // Refuse to start while a route declares no access rule, or one the guard would not enforce as written.
  assertEveryRouteDeclaresAccess(app);
  // The page a licence's QR code opens, outside the API (GET /api/v1/verify/:number is its JSON twin).
  const licences = app.get(LicencesService);
  (app.getHttpAdapter().getInstance() as Express).get('/verify/:number', (req: Request, res: Response, next: NextFunction) => {
    renderVerificationPage(licences, String(req.params.number)).then(({ status, html }) => res.status(status).type('html').send(html), next);
  });
  serveWebApp(app.getHttpAdapter().getInstance() as Express);
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationException }),
  );
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app));
  return app;
}
