import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const HEAP_LIMIT = /--max-old-space-size=(\d+)/;

/**
 * The API's heap limit: without one V8 sizes the heap for the machine (about 4 GB on 24 GB) and lets garbage reach
 * several times the live heap before a full collection (section 22). Every way of starting the API gives the same limit,
 * and the transitions bench takes it from `start:prod`.
 */
describe('the API start commands', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  const limitOf = (command: string) => Number(HEAP_LIMIT.exec(command)?.[1]);

  it('give the same heap limit in npm start, npm run start:prod, the Dockerfile and compose', () => {
    const limit = limitOf(scripts['start:prod']);
    expect(limit).toBeGreaterThanOrEqual(512);
    expect(limitOf(scripts.start)).toBe(limit);
    const dockerCmd = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'))![1];
    expect(JSON.parse(dockerCmd)).toEqual(['node', `--max-old-space-size=${limit}`, 'dist/apps/api/src/main.js']);
    const composeApi = /^ {2}api:\n(?: {4}.*\n)*? {4}command: (\[.*\])$/m.exec(read('docker/compose.yaml'))![1];
    expect(JSON.parse(composeApi)).toEqual(['node', `--max-old-space-size=${limit}`, 'dist/apps/api/src/main.js']);
  });
});
