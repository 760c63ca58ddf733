/**
 * The web app's weight and Lighthouse scores, on the built app served by the built API (`dist/`, as `npm start` runs it)
 * with a temporary SQLite database and the local gateway and Digital ID provider on free ports.
 *
 * 1. JavaScript of a first visit: Chromium loads `/` and every script it fetches is counted, gzipped (level 6, as a web
 *    server compresses); against a budget of 250 KB. The same for the heaviest route, from Vite's build manifest
 *    (apps/web/dist/.vite/manifest.json): the entry with its static imports plus the route's lazy chunk with its own.
 * 2. Lighthouse (mobile defaults: Moto G Power, simulated slow 4G; performance and accessibility) on each page of
 *    PAGES that the app has (a page the router does not know shows the not-found page and is skipped), the median of
 *    BENCH_WEB_RUNS runs (3), against performance >= 90 and accessibility 100.
 *
 *   npm run bench:web
 *
 * Environment: CHROME_PATH (Debian's /usr/lib/chromium/chromium), BENCH_WEB_RUNS (3).
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median } from './stats';

/** Pages Lighthouse checks, when the app has them: add a line for a new one. */
const PAGES = ['/', '/businesses/restaurant/quiz', '/track'];
const BUDGET_BYTES = 250 * 1024;
const TARGETS = { performance: 0.9, accessibility: 1 };
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = resolve(__dirname, '../..');
const WEB_DIST = join(ROOT, 'apps/web/dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const gzipped = (body: Buffer) => gzipSync(body, { level: 6 }).length;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function startPortal(): Promise<{ baseUrl: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-bench-web-'));
  const [port, gatewayPort, digitalIdPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_SCHEMA;
  const child: ChildProcess = fork(join(ROOT, 'dist/apps/api/src/start.js'), [], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      OMISE_LOCAL_PORT: String(gatewayPort),
      OMISE_MOCK_STATE_FILE: join(dir, 'omise.json'),
      DIGITAL_ID_LOCAL_PORT: String(digitalIdPort),
      SIGNING_DEV_DIR: join(dir, 'signing'),
      WEB_DIR: WEB_DIST,
      LOG_LEVEL: 'warn',
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the portal stopped (exit ${child.exitCode})`);
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok) return { baseUrl, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error('the portal did not answer /health within 2 minutes');
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  src?: string;
}

/** The scripts a chunk needs before it runs: itself and its static imports, transitively. */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, seen);
  return seen;
}

function jsFromManifest(): { entryFiles: string[]; routes: { name: string; files: string[]; gzip: number }[] } {
  const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const size = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipped(readFileSync(join(WEB_DIST, file))), 0);
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)!;
  const entry = closure(manifest, entryKey);
  const routes = Object.keys(manifest)
    // Route chunks are the pages (src/areas/**/…Page.tsx); other lazy chunks (the form's ajv, loaded only where the
    // CSP allows compiling code, i.e. never in the served app) are not part of any page's load.
    .filter((key) => manifest[key].isDynamicEntry && /Page\.tsx$/.test(manifest[key].src ?? key))
    .map((key) => {
      const files = new Set([...entry, ...closure(manifest, key)].map((k) => manifest[k].file));
      return { name: manifest[key].src ?? key, files: [...files], gzip: size(files) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { entryFiles: [...entry].map((k) => manifest[k].file), routes };
}

async function firstVisitScripts(baseUrl: string): Promise<{ files: { url: string; gzip: number }[]; total: number; notFound: Set<string> }> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const scripts: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (url.startsWith(baseUrl) && /javascript/.test(response.headers()['content-type'] ?? '')) {
        scripts.push(response.body().then((body) => ({ url: url.slice(baseUrl.length), gzip: gzipped(body) })));
      }
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.locator('main h1').waitFor();
    const files = await Promise.all(scripts);
    // Which of PAGES the app has: the router shows its not-found page for the others.
    const notFoundTitle = await (async () => {
      await page.goto(`${baseUrl}/no-such-page-${Date.now()}`, { waitUntil: 'networkidle' });
      return page.locator('main h1').textContent();
    })();
    const notFound = new Set<string>();
    for (const path of PAGES.filter((p) => p !== '/')) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      if ((await page.locator('main h1').first().textContent()) === notFoundTitle) notFound.add(path);
    }
    return { files, total: files.reduce((sum, f) => sum + f.gzip, 0), notFound };
  } finally {
    await browser.close();
  }
}

/** One Lighthouse run in its own Chromium (the CLI launches it through chrome-launcher with a fresh profile). */
interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** Simulated (slow 4G, 4× CPU slowdown) milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
}

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility', `--chrome-flags=${CHROME_FLAGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  ).catch((error: Error & { stdout?: string }) => ({ stdout: error.stdout || JSON.stringify({ runtimeError: { message: error.message.split('\n')[0] } }) }));
  const report = JSON.parse(stdout) as {
    categories?: Record<string, { score: number | null }>;
    audits?: Record<string, { numericValue?: number }>;
    runtimeError?: { code?: string; message: string };
  };
  const ms = (audit: string) => Math.round(report.audits?.[audit]?.numericValue ?? NaN);
  if (report.runtimeError || !report.categories) throw new Error(report.runtimeError?.code ?? report.runtimeError?.message ?? 'no report');
  return {
    performance: report.categories.performance.score ?? 0,
    accessibility: report.categories.accessibility.score ?? 0,
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
  };
}

/** Lighthouse asks to be run again when its trace misses the navigation (NO_NAVSTART): up to three tries. */
async function lighthouse(url: string): Promise<LighthouseRun | { error: string }> {
  let error = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await lighthouseOnce(url);
    } catch (failure) {
      error = (failure as Error).message;
    }
  }
  return { error };
}

async function main() {
  const portal = await startPortal();
  try {
    console.log(`Web app bench: ${portal.baseUrl} (built app from apps/web/dist, API from dist/)\n`);
    const visit = await firstVisitScripts(portal.baseUrl);
    const { routes, entryFiles } = jsFromManifest();
    console.log('JavaScript of a first visit to / (scripts Chromium fetched, gzipped):');
    for (const file of visit.files) console.log(`  ${file.url.padEnd(48)} ${kb(file.gzip).padStart(10)}`);
    const heaviest = routes[0];
    const home = routes.find((r) => /HomePage/.test(r.name));
    console.log('');
    console.log('| JavaScript (gzip)                       | size      | budget   | used |');
    console.log('|-----------------------------------------|-----------|----------|------|');
    console.log(`| first visit to / (measured in Chromium) | ${kb(visit.total).padStart(9)} | ${kb(BUDGET_BYTES)} | ${pct(visit.total / BUDGET_BYTES).padStart(4)} |`);
    if (home) console.log(`| / by the manifest (entry + home chunk)  | ${kb(home.gzip).padStart(9)} | ${kb(BUDGET_BYTES)} | ${pct(home.gzip / BUDGET_BYTES).padStart(4)} |`);
    if (heaviest) console.log(`| heaviest route: ${heaviest.name.replace(/^src\//, '').slice(0, 24).padEnd(24)} | ${kb(heaviest.gzip).padStart(9)} | ${kb(BUDGET_BYTES)} | ${pct(heaviest.gzip / BUDGET_BYTES).padStart(4)} |`);
    console.log(`(entry and its static imports: ${entryFiles.length} file(s); ${routes.length} lazy route chunk(s))\n`);

    const pages = PAGES.filter((path) => !visit.notFound.has(path));
    for (const path of visit.notFound) console.log(`Lighthouse: ${path} skipped (the app has no such page yet)`);
    const rows: string[] = [];
    for (const path of pages) {
      const runs: LighthouseRun[] = [];
      const errors: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${portal.baseUrl}${path}`);
        if ('error' in run) errors.push(run.error);
        else runs.push(run);
      }
      if (!runs.length) {
        console.log(`Lighthouse ${path}: no run finished (${errors.join('; ')})`);
        rows.push(`| ${path.padEnd(28)} | failed: ${errors[0]} |`);
        continue;
      }
      if (errors.length) console.log(`Lighthouse ${path}: ${errors.length} of ${RUNS} runs failed (${errors.join('; ')}); median of the rest`);
      const perf = median(runs.map((r) => r.performance));
      const a11y = median(runs.map((r) => r.accessibility));
      console.log(`Lighthouse ${path}: performance ${runs.map((r) => Math.round(r.performance * 100)).join(', ')}; accessibility ${runs.map((r) => Math.round(r.accessibility * 100)).join(', ')}; median FCP ${median(runs.map((r) => r.fcp))} ms, LCP ${median(runs.map((r) => r.lcp))} ms, TBT ${median(runs.map((r) => r.tbt))} ms`);
      rows.push(
        `| ${path.padEnd(28)} | ${String(Math.round(perf * 100)).padStart(4)} / 90 = ${(perf / TARGETS.performance).toFixed(2)} | ${String(Math.round(a11y * 100)).padStart(4)} / 100 = ${(a11y / TARGETS.accessibility).toFixed(2)} |`,
      );
    }
    console.log(`\nLighthouse, mobile defaults, median of ${RUNS} (score / target = ratio; 1.00 or more meets it):`);
    console.log('| page                         | performance      | accessibility     |');
    console.log('|------------------------------|------------------|-------------------|');
    for (const row of rows) console.log(row);
  } finally {
    portal.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
