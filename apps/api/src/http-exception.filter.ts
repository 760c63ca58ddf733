import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { JSON_BODY_LIMIT_TEXT } from './limits';
import { DomainError, errorRedirectOf, HTTP_STATUS_OF_KIND, RequestErrors, type FieldProblem } from '@bizportal/common';

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  details?: unknown;
}

/** Flattens class-validator errors into one problem per field path, e.g. `premises.subdistrictCode`. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

export function validationException(errors: ValidationError[]): DomainError {
  const problems = fieldProblems(errors);
  return RequestErrors.create('VALIDATION_FAILED', { problems: problems.map((p) => p.problem).join('; ') }, problems);
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string } | undefined;
  return driverError?.code === '23505' || /UNIQUE constraint failed/.test(error.message);
}

/** The code Nest's own HTTP exceptions (guards, pipes, body parser, unknown routes) are answered with. */
function requestErrorOf(statusCode: number, message: string): DomainError {
  switch (statusCode) {
    case 401:
      return RequestErrors.create('AUTHENTICATION_REQUIRED', { reason: message });
    case 404:
      return RequestErrors.create('ROUTE_NOT_FOUND', { detail: message });
    case 413:
      return RequestErrors.create('PAYLOAD_TOO_LARGE', { limit: JSON_BODY_LIMIT_TEXT });
    case 415:
      return RequestErrors.create('UNSUPPORTED_MEDIA_TYPE', { detail: message });
    case 429:
      return RequestErrors.create('RATE_LIMITED', { seconds: 60 });
    default:
      if (statusCode === 400 && /uuid/i.test(message)) return RequestErrors.create('INVALID_ID', { what: 'application' });
      if (statusCode < 500) return RequestErrors.create('VALIDATION_FAILED', { problems: message });
      return RequestErrors.create('INTERNAL_ERROR');
  }
}

function bodyOf(error: DomainError): ErrorBody {
  const statusCode = HTTP_STATUS_OF_KIND[error.kind];
  return {
    statusCode,
    error: REASON[statusCode],
    code: error.code,
    message: error.message,
    ...(error.details !== undefined ? { details: error.details } : {}),
  };
}

/**
 * The one place where errors become HTTP: `{statusCode, error, code, message, details?}`, or, on a page a browser
 * navigated to (markErrorRedirect, e.g. the Digital ID callback), a 303 to that page's `?error=<CODE>`.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const redirect = errorRedirectOf(response, body.code);
    if (redirect) response.redirect(303, redirect);
    else response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) return bodyOf(exception);
    // A domain error thrown inside the body parser (too deep a body) reaches us wrapped by the Express adapter.
    if (exception instanceof HttpException && exception.cause instanceof DomainError) return bodyOf(exception.cause);
    if (exception instanceof HttpException && exception.cause instanceof SyntaxError) return bodyOf(RequestErrors.create('JSON_INVALID'));
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
      return { ...bodyOf(requestErrorOf(statusCode, message)), statusCode, error: REASON[statusCode] ?? exception.name };
    }
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) return bodyOf(RequestErrors.create('CONCURRENT_CHANGE'));
    return bodyOf(RequestErrors.create('INTERNAL_ERROR'));
  }
}
