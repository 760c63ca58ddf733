/** Request bodies: JSON or form-encoded (as the official client sends them), at most 1 MB. */
import type http from 'node:http';
import { badRequest } from './errors';
import type { Json } from './types';
import { isRecord } from './values';

const MAX_BODY = 1024 * 1024;

/** The body as text, or null when it is larger than MAX_BODY (read to the end either way). */
export function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseBody(raw: string | null, contentType: string | undefined): Json {
  if (raw === null) throw badRequest('request body is larger than 1 MB');
  if (raw.trim() === '') return {};
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return parseFormBody(raw);
  if (type === 'application/json' || type === '' || raw.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw badRequest('request body is not valid JSON');
    }
    if (!isRecord(parsed)) throw badRequest('request body must be a JSON object');
    return parsed;
  }
  throw badRequest(`unsupported content type ${type}`);
}

/** `a[b][c]=1&x=2` → { a: { b: { c: '1' } }, x: '2' } */
export function parseFormBody(text: string): Json {
  const out: Json = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let target: Json = out;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        target[part] = value;
      } else {
        if (!isRecord(target[part])) target[part] = {};
        target = target[part] as Json;
      }
    });
  }
  return out;
}
