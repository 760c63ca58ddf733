import { ConfigService } from '@nestjs/config';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import request from 'supertest';
import { SessionCookies } from './session-cookies';

/** Real Express answers, so the Set-Cookie headers are the ones a browser would get. */
function appWith(env: Record<string, string>) {
  const cookies = new SessionCookies(new ConfigService({ CSRF_SECRET: 's'.repeat(40), ...env }));
  const app = express();
  app.use(cookieParser());
  const expiresAt = new Date(Date.now() + 8 * 3600 * 1000);
  app.get('/session', (_req: Request, res: Response) => {
    cookies.setSession(res, 'token', expiresAt);
    cookies.setBinding(res, cookies.newBinding().value);
    res.end();
  });
  app.get('/csrf', (req: Request, res: Response) => {
    res.json({ token: cookies.csrfToken(req, res) });
  });
  return { cookies, http: request(app), expiresAt };
}

describe('SessionCookies', () => {
  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production', PUBLIC_BASE_URL: 'http://portal.internal' }],
    ['an https PUBLIC_BASE_URL', { NODE_ENV: 'development', PUBLIC_BASE_URL: 'https://bizportal.example.go.th' }],
  ])('with %s, every cookie is Secure, httpOnly, Path=/, no Domain, named __Host-', async (_what, env) => {
    const { cookies, http, expiresAt } = appWith(env);
    expect(cookies.secure).toBe(true);
    const lines = [...((await http.get('/session')).headers['set-cookie'] as unknown as string[]), ...((await http.get('/csrf')).headers['set-cookie'] as unknown as string[])];
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatch(/^__Host-bizportal-(session|signin|csrf)=/);
      expect(line).toMatch(/; Secure/);
      expect(line).toMatch(/; HttpOnly/);
      expect(line).toMatch(/; Path=\//);
      expect(line).not.toMatch(/Domain=/i);
    }
    const session = lines.find((l) => l.startsWith('__Host-bizportal-session='))!;
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toContain(`Expires=${expiresAt.toUTCString()}`);
    expect(lines.find((l) => l.startsWith('__Host-bizportal-signin='))).toMatch(/; Max-Age=600; .*SameSite=Lax/);
    expect(lines.find((l) => l.startsWith('__Host-bizportal-csrf='))).toMatch(/; SameSite=Strict/);
  });

  it('outside production on plain HTTP the cookies are not Secure (a browser would drop them) and have no prefix', async () => {
    const { cookies, http } = appWith({ NODE_ENV: 'development', PUBLIC_BASE_URL: 'http://localhost:3000' });
    expect(cookies.secure).toBe(false);
    const lines = (await http.get('/session')).headers['set-cookie'] as unknown as string[];
    expect(lines.map((l) => l.split('=')[0])).toEqual(['bizportal-session', 'bizportal-signin']);
    for (const line of lines) expect(line).not.toMatch(/Secure/);
  });
});
