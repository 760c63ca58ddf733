import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { JSON_BODY_LIMIT_TEXT } from './limits';
import { DomainError, InvalidInputError, type DomainErrorKind, type FieldProblem } from '@bizportal/common';

const STATUS_OF: Record<DomainErrorKind, number> = {
  'bad-request': HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'bad-gateway': HttpStatus.BAD_GATEWAY,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

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

export function validationException(errors: ValidationError[]): InvalidInputError {
  const problems = fieldProblems(errors);
  return new InvalidInputError(
    `ข้อมูลที่ส่งมาไม่ถูกต้อง / The request is invalid: ${problems.map((p) => p.problem).join('; ')}`,
    problems,
  );
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string } | undefined;
  return driverError?.code === '23505' || /UNIQUE constraint failed/.test(error.message);
}

/** The one place where errors become HTTP: `{statusCode, error, message, details?}`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF[exception.kind];
      return { statusCode, error: REASON[statusCode], message: exception.message, ...(exception.details !== undefined ? { details: exception.details } : {}) };
    }
    if (exception instanceof HttpException && exception.cause instanceof SyntaxError) {
      return { statusCode: 400, error: REASON[400], message: 'เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง / The request body is not valid JSON' };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
      return { statusCode, error: REASON[statusCode] ?? exception.name, message: this.explain(statusCode, message) };
    }
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return { statusCode: 409, error: REASON[409], message: 'ข้อมูลซ้ำหรือถูกเปลี่ยนพร้อมกัน / This conflicts with a change made at the same moment: reload and try again' };
    }
    return { statusCode: 500, error: REASON[500], message: 'ระบบขัดข้อง / Something went wrong on our side; the error has been logged' };
  }

  private explain(statusCode: number, message: string): string {
    if (statusCode === 413) return `คำขอมีขนาดใหญ่เกินไป / The request body is larger than the ${JSON_BODY_LIMIT_TEXT} allowed`;
    if (statusCode === 404 && message.startsWith('Cannot ')) return `ไม่พบเส้นทางนี้ / ${message}`;
    if (statusCode === 400 && /uuid/i.test(message)) return 'รหัสคำขอไม่ถูกต้อง / The application id must be a UUID';
    return message;
  }
}
