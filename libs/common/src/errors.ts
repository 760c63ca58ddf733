/**
 * Domain errors carry a bilingual message and optional details; one exception filter
 * in the API maps each kind to its HTTP status.
 */
export type DomainErrorKind =
  | 'bad-request'
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'unprocessable'
  | 'unauthorized'
  | 'bad-gateway'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(message: string, readonly details?: unknown) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'bad-request';
}
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}
export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable';
}
export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized';
}

/** One problem with one input field, named by its path (e.g. `form.seats`). */
export interface FieldProblem {
  field: string;
  problem: string;
}
/** A service we depend on answered badly (HTTP 502). */
export class BadGatewayError extends DomainError {
  readonly kind = 'bad-gateway';
}
/** A service we depend on could not be reached or timed out (HTTP 503). */
export class ServiceUnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
