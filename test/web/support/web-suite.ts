import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createDigitalIdMock, type DigitalIdMock } from '../../../apps/digital-id-mock/src/digital-id-mock';
import { createOmiseMock, type OmiseMock } from '../../../apps/omise-mock/src/omise-mock';
import { startTestApp, type TestApp } from '../../support/test-app';
import { WEB_DIST } from './web-build';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The widths every page is checked at: a small phone and a laptop. */
export const PHONE = { width: 360, height: 800 };
export const DESKTOP = { width: 1280, height: 900 };
/** A 1280×900 window at 200% browser zoom: 640×450 CSS pixels, two device pixels to each. */
export const ZOOM_200 = { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };

const OMISE_KEYS = { publicKey: 'pkey_test_local', secretKey: 'skey_test_local' };

export interface WebSuite {
  /** http://127.0.0.1:<port>: the real API serving the built web app at `/`. */
  readonly baseUrl: string;
  readonly api: TestApp;
  readonly browser: Browser;
  readonly gateway: OmiseMock;
  readonly digitalId: DigitalIdMock;
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Extra context options (locale, colour scheme…). */
  context?: BrowserContextOptions;
  /** Wait for the page's h1 (default true): the lazy route has loaded and drawn. */
  waitForHeading?: boolean;
}

let suite: WebSuite | undefined;
const openContexts = new Set<BrowserContext>();

function current(): WebSuite {
  if (!suite) throw new Error('No web suite running: call useWebSuite() at the top of the describe block');
  return suite;
}

/** A port nobody listens on now: the API's own address must be known before it starts (the Digital ID redirect URI). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One suite's world: the local payment gateway and Digital ID provider, the real API on a fresh database (a temporary
 * SQLite file, or a schema of its own when DATABASE_URL is PostgreSQL) listening on a real port and serving the web app
 * built by the global setup, and one Chromium. Each test gets new browser contexts (openPage), closed after it.
 */
export function useWebSuite(env: Record<string, string> = {}): () => WebSuite {
  // A journey drives several pages, each checked by axe and photographed twice: on a busy 2-core machine that
  // outlasts the 60 s default. A guard against a hang, not a speed target (speed lives in the benches).
  jest.setTimeout(180_000);
  beforeAll(async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const webhookSecret = randomBytes(32).toString('base64');
    const gateway = createOmiseMock({ ...OMISE_KEYS, webhookSecret, webhookUrl: () => `${baseUrl}/api/v1/payments/omise/webhook`, log: () => undefined });
    const { port: gatewayPort } = await gateway.listen(0, '127.0.0.1');
    const clientId = 'bizportal-web-tests';
    const clientSecret = randomBytes(24).toString('base64url');
    const redirectUri = `${baseUrl}/api/v1/auth/digital-id/callback`;
    const digitalId = await createDigitalIdMock({ clients: [{ clientId, clientSecret, redirectUris: [redirectUri] }] });
    const api = await startTestApp({
      WEB_DIR: WEB_DIST,
      PUBLIC_BASE_URL: baseUrl,
      OMISE_LOCAL_PORT: String(gatewayPort),
      OMISE_PUBLIC_KEY: OMISE_KEYS.publicKey,
      OMISE_SECRET_KEY: OMISE_KEYS.secretKey,
      OMISE_WEBHOOK_SECRET: webhookSecret,
      DIGITAL_ID_ISSUER: digitalId.issuer,
      DIGITAL_ID_CLIENT_ID: clientId,
      DIGITAL_ID_CLIENT_SECRET: clientSecret,
      DIGITAL_ID_REDIRECT_URI: redirectUri,
      ...env,
    });
    await api.app.listen(port, '127.0.0.1');
    // Playwright gives the browser a new temporary profile (user-data-dir) and deletes it on close.
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    suite = { baseUrl, api, browser, gateway, digitalId };
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
    openContexts.clear();
  });
  afterAll(async () => {
    const running = suite;
    suite = undefined;
    await running?.browser.close();
    await running?.api.close();
    await running?.gateway.close();
    await running?.digitalId.close();
  });
  return current;
}

/** A new browser context (its own cookies and storage) for the running suite; closed after the test. */
export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await current().browser.newContext({ baseURL: current().baseUrl, viewport: DESKTOP, ...options });
  openContexts.add(context);
  return context;
}

/**
 * Opens `path` of the web app in a new context at the given viewport (default 1280×900) and waits until the page has
 * drawn its h1 (the route's lazy chunk loaded). Uncaught errors and console errors (other than refused requests) are collected on `page.problems`.
 */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<Page & { problems: string[] }> {
  const context = await newContext({ viewport: options.viewport ?? DESKTOP, deviceScaleFactor: options.deviceScaleFactor, ...options.context });
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = watchProblems(page);
  await page.goto(path, { waitUntil: 'load' });
  if (options.waitForHeading !== false) await waitForPage(page);
  return page;
}

/** The page's uncaught errors and console errors from now on (a refused request, such as a 401 from /auth/me while signed out, is the app's business, not a script error). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/** The route has drawn: an h1 in main and no loading message left. */
export async function waitForPage(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  // Several sections may be loading at once; a single-element locator would trip strict mode.
  await page.waitForFunction(() => document.querySelector('main .loading') === null, undefined, { timeout: 15_000 });
}
