/** Ids, times and parameter values as Omise writes and reads them. */
import { randomBytes } from 'node:crypto';
import { badRequest } from './errors';
import type { Json } from './types';

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix: string): string {
  const bytes = randomBytes(19);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % 36];
  return `${prefix}_test_${id}`;
}

/** ISO 8601 in UTC without milliseconds, as Omise writes times. */
export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  return value;
}

/** `metadata` of a charge or refund: an object, {} when absent. */
export function metadataParam(value: unknown): Json {
  const metadata = value === undefined || value === null ? {} : value;
  if (!isRecord(metadata)) throw badRequest('metadata must be an object');
  return metadata;
}
