import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogueService, loadWorkflowFiles } from '@bizportal/licensing';
import type * as CreateAppModule from '../apps/api/src/create-app';
import { placeholder as $, REPO_ROOT, startTestApp, type TestApp } from './support/test-app';

/**
 * The start-up seeds (areas, catalogue with its agencies, holidays) record a checksum of their files (seed_checksums) and
 * a later start on the same database skips a seed whose files have not changed. Each restart here is a second API on the
 * suite's database and workflows directory (a copy, edited by the test), started and closed beside the first; a row
 * changed behind the seed's back shows whether the seed ran.
 */
describe('Start-up seeds: skipped while their files are unchanged', () => {
  jest.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-workflows-'));
  cpSync(join(REPO_ROOT, 'workflows'), dir, { recursive: true });
  let t: TestApp;
  const sql = (text: string, params: unknown[] = []) => t.app.get(DataSource).query(text, params) as Promise<Record<string, unknown>[]>;
  const bangkokName = async () => (await sql(`SELECT name_th FROM areas WHERE code = ${$(1)}`, ['10']))[0].name_th;
  const dbdName = async () => (await sql(`SELECT name_th FROM agencies WHERE id = ${$(1)}`, ['dbd']))[0].name_th;
  const holidayCount = async () => Number((await sql('SELECT count(*) AS n FROM public_holidays'))[0].n);
  const seeds = async () => (await sql('SELECT seed FROM seed_checksums ORDER BY seed')).map((r) => r.seed);
  async function restart(): Promise<INestApplication> {
    // The suite's first start loaded the app module with this environment (database and workflows directory).
    const { createApp } = require('../apps/api/src/create-app') as typeof CreateAppModule;
    const app = await createApp();
    await app.init();
    return app;
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKFLOWS_DIR: dir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an empty database is seeded and each seed records its checksum', async () => {
    expect(await seeds()).toEqual(['areas', 'catalogue', 'holidays']);
    expect(await bangkokName()).toBe('กรุงเทพมหานคร');
    expect(await holidayCount()).toBe(JSON.parse(readFileSync(join(dir, 'holidays.json'), 'utf8')).holidays.length);
  });

  it('unchanged files: a restart seeds nothing and still serves the workflows compiled at start; changed files are seeded again', async () => {
    await sql(`UPDATE areas SET name_th = ${$(1)} WHERE code = ${$(2)}`, ['changed behind the seed', '10']);
    await sql(`UPDATE agencies SET name_th = ${$(1)} WHERE id = ${$(2)}`, ['changed behind the seed', 'dbd']);
    await sql('DELETE FROM public_holidays WHERE date = (SELECT min(date) FROM public_holidays)');
    const holidays = await holidayCount();
    const unchanged = await restart();
    try {
      expect(await bangkokName()).toBe('changed behind the seed');
      expect(await dbdName()).toBe('changed behind the seed');
      expect(await holidayCount()).toBe(holidays);
      // The skipped catalogue seed kept the workflow compiled from the file for the current version, as seeding does.
      const food = loadWorkflowFiles(dir).workflows.find((w) => w.slug === 'food-premises-permit');
      expect(await unchanged.get(CatalogueService).workflow('food-premises-permit')).toBe(food);
    } finally {
      await unchanged.close();
    }

    for (const file of ['areas.json', 'agencies.json', 'holidays.json']) writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8').trimEnd()}\n\n`);
    const changed = await restart();
    try {
      expect(await bangkokName()).toBe('กรุงเทพมหานคร');
      expect(await dbdName()).toBe('กรมพัฒนาธุรกิจการค้า');
      expect(await holidayCount()).toBe(holidays + 1);
    } finally {
      await changed.close();
    }
  });

  it("an administrator's change of a jurisdiction makes the next start apply the areas file again", async () => {
    const admin = { Authorization: `Bearer ${await t.login('sysadmin')}` };
    await t.http.post('/api/v1/admin/offices').set(admin).send({ id: 'seed-test-office', name: { th: 'หน่วยงานทดลอง', en: 'Test office' }, kind: 'sao', provinceCode: '50' }).expect(201);
    expect(await seeds()).toContain('areas');
    await t.http.put('/api/v1/admin/offices/seed-test-office/subdistricts').set(admin).send({ subdistricts: [] }).expect(200);
    expect(await seeds()).not.toContain('areas');
  });
});
