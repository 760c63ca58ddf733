/** What the API's error filter reads from `res.locals`: answer a refusal by redirecting there with `?error=<CODE>`. */
const ERROR_REDIRECT = 'bizportal:errorRedirect';

interface WithLocals {
  locals: Record<string, unknown>;
}

/** Marks a response: a refusal becomes a 303 to `path?error=<CODE>` (a page a browser navigated to; path is same-origin). */
export function markErrorRedirect(res: WithLocals, path: string): void {
  res.locals[ERROR_REDIRECT] = path;
}

/** The page a refusal of this response redirects to, with its code; undefined for an ordinary JSON answer. */
export function errorRedirectOf(res: WithLocals, code: string): string | undefined {
  const path = res.locals?.[ERROR_REDIRECT];
  return typeof path === 'string' ? `${path}?error=${encodeURIComponent(code)}` : undefined;
}
