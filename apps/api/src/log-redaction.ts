/**
 * What the request log must not keep: the Digital ID callback's `code` and `state`, and the `state`,
 * `nonce` and PKCE challenge of the redirect to the provider (its Location header).
 */
const SECRET_PARAMETERS = ['code', 'state', 'nonce', 'code_challenge', 'code_verifier', 'session_state', 'id_token', 'access_token'];
const SECRET_IN_URL = new RegExp(`([?&](?:${SECRET_PARAMETERS.join('|')})=)[^&#]*`, 'g');
export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  return url.replace(SECRET_IN_URL, `$1${REDACTED}`);
}

function redactQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [key, SECRET_PARAMETERS.includes(key) ? REDACTED : value]));
}

interface LoggedRequest {
  url?: string;
  query?: Record<string, unknown>;
  [key: string]: unknown;
}
interface LoggedResponse {
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/** pino-http serializers over its standard ones (which have already picked url, query, headers, …). */
export const redactingSerializers = {
  req: (req: LoggedRequest): LoggedRequest => ({
    ...req,
    ...(req.url !== undefined ? { url: redactUrl(req.url) } : {}),
    ...(req.query ? { query: redactQuery(req.query) } : {}),
  }),
  res: (res: LoggedResponse): LoggedResponse =>
    typeof res.headers?.location === 'string' ? { ...res, headers: { ...res.headers, location: redactUrl(res.headers.location) } } : res,
};
