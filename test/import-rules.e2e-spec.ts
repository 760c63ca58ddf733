import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The import rules `npm test` enforces, run on small planted trees: each rule must catch its case. */
const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'import-rules-'));
  try {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@bizportal/demo': ['./libs/demo/src'] } } }));
    for (const [path, text] of Object.entries({ 'test/empty.ts': 'export {};\n', ...files })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(process.execPath, [CLI, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err', 'libs', 'test'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('import rules (npm run lint:imports)', () => {
  // The repository itself is checked by `npm run lint:imports`, which `npm test` runs first.
  it('refuses a cycle between two files', () => {
    const run = cruise({
      'libs/demo/src/index.ts': "export * from './a';\n",
      'libs/demo/src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'libs/demo/src/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-circular');
  });

  it('refuses a cycle between two folders of a lib, though no file cycle exists', () => {
    const run = cruise({
      'libs/demo/src/index.ts': "export * from './core/store';\nexport * from './catalogue/list';\n",
      'libs/demo/src/core/store.ts': "import { list } from '../catalogue/list';\nexport const store = () => list;\n",
      'libs/demo/src/catalogue/list.ts': 'export const list = 1;\n',
      'libs/demo/src/catalogue/view.ts': "import { store } from '../core/store';\nexport const view = () => store;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-circular-folders');
    expect(run.output).not.toMatch(/no-circular:/);
  });

  it('refuses an import of a file inside a lib from a test', () => {
    const run = cruise({
      'libs/demo/src/index.ts': "export * from './money';\n",
      'libs/demo/src/money.ts': 'export const baht = 1;\n',
      'test/planted.ts': "import { baht } from '../libs/demo/src/money';\nexport const x = baht;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-deep-imports-into-libs');
  });
});
