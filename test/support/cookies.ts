/** One Set-Cookie header, read: name, value and attributes (names lower-cased; flags are `true`). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

interface WithHeaders {
  headers: Record<string, unknown>;
}

export function setCookies(res: WithHeaders): SetCookie[] {
  const raw = res.headers['set-cookie'];
  const lines = raw === undefined ? [] : Array.isArray(raw) ? (raw as string[]) : [String(raw)];
  return lines.map((line) => {
    const [pair, ...rest] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const part of rest) {
      const at = part.indexOf('=');
      if (at === -1) attributes[part.toLowerCase()] = true;
      else attributes[part.slice(0, at).toLowerCase()] = part.slice(at + 1);
    }
    return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), attributes };
  });
}

/** The last Set-Cookie of this name in the answer, if any. */
export function cookieOf(res: WithHeaders, name: string): SetCookie | undefined {
  return setCookies(res)
    .filter((c) => c.name === name)
    .at(-1);
}

/** Whether the answer tells the browser to drop the cookie (empty, expiring in the past). */
export function clears(res: WithHeaders, name: string): boolean {
  const cookie = cookieOf(res, name);
  return cookie !== undefined && cookie.value === '' && new Date(String(cookie.attributes.expires)).getTime() < Date.now();
}
