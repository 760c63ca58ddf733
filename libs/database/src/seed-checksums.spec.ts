import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SeedChecksums } from './seed-checksums';
import { TransactionRunner } from './transaction-runner';

describe('SeedChecksums.checksumOf', () => {
  const dirs: string[] = [];
  const checksums = new SeedChecksums(new TransactionRunner(new DataSource({ type: 'better-sqlite3', database: ':memory:' })));
  function directory(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'seed-checksums-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }
  const of = (dir: string, names = ['a.json', 'b.json'], revision = 'test 1') => checksums.checksumOf(revision, names.map((n) => join(dir, n)));
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is the same for the same files in another directory, and differs for a changed byte, name, order, revision or a missing file', () => {
    const files = { 'a.json': '{"x":1}', 'b.json': '[]' };
    const base = of(directory(files));
    expect(of(directory(files))).toBe(base);
    expect(of(directory({ ...files, 'b.json': '[ ]' }))).not.toBe(base);
    expect(of(directory({ 'a.json': '{"x":1}', 'c.json': '[]' }), ['a.json', 'c.json'])).not.toBe(base);
    expect(of(directory(files), ['b.json', 'a.json'])).not.toBe(base);
    expect(of(directory(files), undefined, 'test 2')).not.toBe(base);
    expect(of(directory({ 'a.json': '{"x":1}', 'b.json': '' }))).not.toBe(of(directory({ 'a.json': '{"x":1}' })));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
