/**
 * Domain errors carry a stable code, a bilingual message and optional details; one exception
 * filter in the API maps each kind to its HTTP status. Codes and their Thai and English texts live
 * in one catalogue per capability (`defineErrors`), never inline where the error is raised.
 */
export type DomainErrorKind =
  | 'bad-request'
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'unprocessable'
  | 'unauthorized'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'too-many-requests'
  | 'bad-gateway'
  | 'unavailable'
  | 'internal';

export const HTTP_STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'too-many-requests': 429,
  internal: 500,
  'bad-gateway': 502,
  unavailable: 503,
};

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Made only by a catalogue's `create`, which fills the message from the code's texts. */
  constructor(
    message: string,
    readonly details: unknown,
    readonly code: string,
  ) {
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
export class PayloadTooLargeError extends DomainError {
  readonly kind = 'payload-too-large';
}
export class UnsupportedMediaTypeError extends DomainError {
  readonly kind = 'unsupported-media-type';
}
export class TooManyRequestsError extends DomainError {
  readonly kind = 'too-many-requests';
}
/** A service we depend on answered badly (HTTP 502). */
export class BadGatewayError extends DomainError {
  readonly kind = 'bad-gateway';
}
/** A service we depend on could not be reached or timed out (HTTP 503). */
export class ServiceUnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
export class InternalError extends DomainError {
  readonly kind = 'internal';
}

const ERROR_CLASS_OF_KIND: Record<DomainErrorKind, new (message: string, details: unknown, code: string) => DomainError> = {
  'bad-request': InvalidInputError,
  unauthorized: UnauthorizedError,
  forbidden: ForbiddenError,
  'not-found': NotFoundError,
  conflict: ConflictError,
  'payload-too-large': PayloadTooLargeError,
  'unsupported-media-type': UnsupportedMediaTypeError,
  unprocessable: UnprocessableError,
  'too-many-requests': TooManyRequestsError,
  internal: InternalError,
  'bad-gateway': BadGatewayError,
  unavailable: ServiceUnavailableError,
};

/** One problem with one input field, named by its path (e.g. `form.seats`). */
export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * One entry of a capability's error catalogue. `th` and `en` may name parameters as `{name}`,
 * filled from the values given where the error is raised.
 */
export interface ErrorSpec {
  kind: DomainErrorKind;
  th: string;
  en: string;
}

export type ErrorParams = Record<string, string | number>;

export interface ErrorCatalogue<Code extends string> {
  readonly capability: string;
  readonly specs: Readonly<Record<Code, ErrorSpec>>;
  /** The codes as an enum-like object: `ApplicationErrors.code.APPLICATION_NOT_FOUND`. */
  readonly code: { readonly [C in Code]: C };
  create(code: Code, params?: ErrorParams, details?: unknown): DomainError;
  message(code: Code, params?: ErrorParams): string;
}

const CODE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const catalogues = new Map<string, ErrorCatalogue<string>>();
const capabilityOfCode = new Map<string, string>();

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Declares a capability's error codes and their texts. Codes are UPPER_SNAKE_CASE and unique
 * across capabilities; a second catalogue claiming a code stops the process at load.
 */
export function defineErrors<const Code extends string>(capability: string, specs: Record<Code, ErrorSpec>): ErrorCatalogue<Code> {
  if (catalogues.has(capability)) throw new Error(`Error catalogue '${capability}' is defined twice`);
  for (const code of Object.keys(specs)) {
    if (!CODE_PATTERN.test(code)) throw new Error(`Error code '${code}' of '${capability}' is not UPPER_SNAKE_CASE`);
    const owner = capabilityOfCode.get(code);
    if (owner) throw new Error(`Error code '${code}' is defined by both '${owner}' and '${capability}'`);
    capabilityOfCode.set(code, capability);
  }
  const message = (code: Code, params: ErrorParams = {}) => `${fill(specs[code].th, params)} / ${fill(specs[code].en, params)}`;
  const catalogue: ErrorCatalogue<Code> = {
    capability,
    specs,
    code: Object.fromEntries(Object.keys(specs).map((c) => [c, c])) as { [C in Code]: C },
    message,
    create: (code, params, details) => new ERROR_CLASS_OF_KIND[specs[code].kind](message(code, params), details, code),
  };
  catalogues.set(capability, catalogue as unknown as ErrorCatalogue<string>);
  return catalogue;
}

/** Every catalogue defined so far (for the OpenAPI document and the tests). */
export function errorCatalogues(): ErrorCatalogue<string>[] {
  return [...catalogues.values()];
}

/** The spec of a code from any catalogue, or undefined. */
export function errorSpecOf(code: string): ErrorSpec | undefined {
  const capability = capabilityOfCode.get(code);
  return capability ? catalogues.get(capability)!.specs[code] : undefined;
}

/** Errors of the request itself, before any capability is involved. */
export const RequestErrors = defineErrors('request', {
  VALIDATION_FAILED: { kind: 'bad-request', th: 'ข้อมูลที่ส่งมาไม่ถูกต้อง', en: 'The request is invalid: {problems}' },
  JSON_INVALID: { kind: 'bad-request', th: 'เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง', en: 'The request body is not valid JSON' },
  JSON_TOO_DEEP: { kind: 'bad-request', th: 'ข้อมูลซ้อนกันลึกเกินไป', en: 'The request body is nested deeper than {limit} levels' },
  FORBIDDEN_KEY: { kind: 'bad-request', th: 'ข้อมูลมีชื่อฟิลด์ที่ไม่อนุญาต', en: "The request body may not contain the key '{key}'" },
  TEXT_CONTROL_CHARACTERS: {
    kind: 'bad-request',
    th: 'ข้อความมีอักขระควบคุมที่ไม่อนุญาต',
    en: '{field} contains NUL or a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which may not appear in any text',
  },
  INVALID_ID: { kind: 'bad-request', th: 'รหัสไม่ถูกต้อง', en: 'The {what} id must be a UUID' },
  AUTHENTICATION_REQUIRED: { kind: 'unauthorized', th: 'กรุณาเข้าสู่ระบบ', en: 'Sign in first: {reason}' },
  ROLE_FORBIDDEN: { kind: 'forbidden', th: 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้', en: 'This needs one of the roles: {roles}' },
  ROUTE_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบเส้นทางนี้', en: '{detail}' },
  CONCURRENT_CHANGE: { kind: 'conflict', th: 'ข้อมูลซ้ำหรือถูกเปลี่ยนพร้อมกัน', en: 'This conflicts with a change made at the same moment: reload and try again' },
  PAYLOAD_TOO_LARGE: { kind: 'payload-too-large', th: 'คำขอมีขนาดใหญ่เกินไป', en: 'The request body is larger than the {limit} allowed' },
  UNSUPPORTED_MEDIA_TYPE: { kind: 'unsupported-media-type', th: 'ไม่รองรับรูปแบบข้อมูลนี้', en: '{detail}' },
  RATE_LIMITED: { kind: 'too-many-requests', th: 'ทำรายการถี่เกินไป กรุณารอสักครู่', en: 'Too many requests: try again in {seconds} seconds' },
  RATE_LIMIT_HEARING_COMMENT: {
    kind: 'too-many-requests',
    th: 'แสดงความคิดเห็นถี่เกินไป กรุณารอ {seconds} วินาทีแล้วลองอีกครั้ง',
    en: 'Too many comments from this address: try again in {seconds} seconds',
  },
  INTERNAL_ERROR: { kind: 'internal', th: 'ระบบขัดข้อง', en: 'Something went wrong on our side; the error has been logged' },
  SERVICE_UNHEALTHY: { kind: 'unavailable', th: 'ระบบยังให้บริการไม่ได้ เพราะส่วนประกอบที่จำเป็นไม่ตอบสนอง ({down})', en: 'The service cannot serve: {down} not answering' },
});
