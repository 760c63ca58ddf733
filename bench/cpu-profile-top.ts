/**
 * The top self-time items of a V8 CPU profile (`node --cpu-prof`), by package and by function, as shares of the
 * profile's whole time. Used on the API child of `transitions.bench.ts` with BENCH_CPU_PROF=<dir>.
 *
 *   node dist/bench/cpu-profile-top.js <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to: an npm package, the project's own library or app, or Node's internals. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node (internals)';
  const own = /\/dist\/(libs\/[^/]+|apps\/[^/]+|bench)\//.exec(url);
  return own ? `project: ${own[1]}` : url;
}

export function topItems(profile: Profile, top: number): { total: number; byPackage: [string, number][]; byFunction: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const p = packageOf(url, functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} — ${p}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, byPackage: sorted(pkg), byFunction: sorted(fn) };
}

if (require.main === module) {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: node dist/bench/cpu-profile-top.js <file.cpuprofile> [top]');
  const { total, byPackage, byFunction } = topItems(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(topArg ?? 25));
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s profiled\n\nSelf time by package:`);
  for (const [name, us] of byPackage) console.log(`  ${pct(us)}  ${name}`);
  console.log('\nSelf time by function:');
  for (const [name, us] of byFunction) console.log(`  ${pct(us)}  ${name}`);
}
