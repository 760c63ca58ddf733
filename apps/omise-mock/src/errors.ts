/** Omise's error answers (docs.omise.co/api-errors). */
import type { Json } from './types';

export class OmiseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string): Json {
  return { object: 'error', location: `https://www.omise.co/api-errors#${code.replace(/_/g, '-')}`, code, message };
}

export const notFound = (kind: string, id: string) => new OmiseError(404, 'not_found', `${kind} ${id} was not found`);
export const badRequest = (message: string) => new OmiseError(400, 'bad_request', message);
export const invalidCharge = (message: string) => new OmiseError(400, 'invalid_charge', message);
