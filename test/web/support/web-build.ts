import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';

export const WEB_ROOT = resolve(__dirname, '../../../apps/web');
/** Where `vite build` writes the app (the API serves it from here unless WEB_DIR says otherwise). */
export const WEB_DIST = join(WEB_ROOT, 'dist');

function newestSourceTime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestSourceTime(join(path, name))));
}

/** True when dist/ holds a build newer than every source file of the web app (src/, index.html, the Vite config). */
export function webBuildIsFresh(dist = WEB_DIST): boolean {
  const built = join(dist, 'index.html');
  const manifest = join(dist, '.vite', 'manifest.json');
  if (!existsSync(built) || !existsSync(manifest)) return false;
  const sources = [join(WEB_ROOT, 'src'), join(WEB_ROOT, 'index.html'), join(WEB_ROOT, 'vite.config.mts')];
  return statSync(built).mtimeMs > Math.max(...sources.map(newestSourceTime));
}

/**
 * Builds the web app with Vite's JavaScript API (production mode, as `npm run build:web` does), unless dist/ is fresh.
 * In a child Node process: Vite is an ES module with native parts, which Jest's module hooks must not load.
 */
export async function buildWebApp(options: { force?: boolean } = {}): Promise<{ dist: string; built: boolean; ms: number }> {
  const started = Date.now();
  if (!options.force && webBuildIsFresh()) return { dist: WEB_DIST, built: false, ms: 0 };
  const script = `require('vite').build({ root: process.argv[1], configFile: process.argv[2], mode: 'production', logLevel: 'warn' })
    .catch((error) => { console.error(error); process.exit(1); })`;
  await promisify(execFile)(process.execPath, ['-e', script, WEB_ROOT, join(WEB_ROOT, 'vite.config.mts')], { cwd: WEB_ROOT, timeout: 180_000 });
  return { dist: WEB_DIST, built: true, ms: Date.now() - started };
}
