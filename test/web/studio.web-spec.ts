import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFoodApplication } from '../support/flows';
import { newContext, useWebSuite, waitForPage, watchProblems } from './support';
import { look } from './support/journey';
import { signInAs } from './support/sign-in';
import { previewSettled, simulateEvent } from './support/studio';
import { WEB_DIST } from './support/web-build';

const SLUG = 'night-market-stall-permit';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Every script a chunk may load: itself, its static imports and its lazy imports, transitively (short of the entry's). */
function reachable(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  // The entry (index.html) is every page's static import; its own closure is counted apart, not its lazy routes.
  if (seen.has(key) || !manifest[key] || manifest[key].isEntry) return seen;
  seen.add(key);
  for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) reachable(manifest, next, seen);
  return seen;
}

/** Text found only in each studio library's code (checked below to be in the studio's chunks). */
const STUDIO_LIBRARIES: Record<string, string> = {
  elkjs: 'org.eclipse.elk',
  '@xyflow/react': 'react-flow__pane',
  '@codemirror/view': 'cm-content',
  '@codemirror/merge': 'cm-mergeView',
  'codemirror-json-schema': 'cm6-json-schema',
};

/** The workflow studio (issue 14 part 1) in Chromium against the real API. */
describe('The workflow studio', () => {
  const suite = useWebSuite();

  it('keeps CodeMirror, elkjs and @xyflow/react out of every public, applicant and office chunk (Vite manifest)', () => {
    const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const files = (keys: Iterable<string>) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
    const text = (file: string) => readFileSync(join(WEB_DIST, file), 'utf8');
    const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
    // The entry's static closure, and each page outside the studio with everything it can load.
    const entryStatic = new Set<string>();
    const walk = (k: string) => {
      if (entryStatic.has(k)) return;
      entryStatic.add(k);
      for (const i of manifest[k].imports ?? []) walk(i);
    };
    walk(entry);
    const otherPages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /^src\/areas\/(?!studio\/)/.test(manifest[k].src ?? k));
    expect(otherPages.length).toBeGreaterThan(20);
    const outside = new Set([...files(entryStatic), ...otherPages.flatMap((k) => files(reachable(manifest, k)))]);
    const studioPages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /^src\/areas\/studio\//.test(manifest[k].src ?? k));
    const studio = new Set(studioPages.flatMap((k) => files(reachable(manifest, k))));
    for (const [library, marker] of Object.entries(STUDIO_LIBRARIES)) {
      const inStudio = [...studio].filter((f) => text(f).includes(marker));
      const elsewhere = [...outside].filter((f) => text(f).includes(marker));
      expect({ library, elsewhere }).toEqual({ library, elsewhere: [] });
      // The marker does find the library: it is in the studio's chunks, and none of them is the entry.
      expect({ library, found: inStudio.length > 0 }).toEqual({ library, found: true });
      for (const f of inStudio) expect(files(entryStatic)).not.toContain(f);
    }
    // codemirror-json-schema's Markdown renderer (markdown-it, shiki) is replaced at build time (vite.config.mts).
    for (const f of studio) expect({ f, shiki: /createHighlighterCore|markdown-it/.test(text(f)) }).toEqual({ f, shiki: false });
  });

  it('tells an applicant and an officer that the studio is not for their role', async () => {
    const applicant = await signInAs(await newContext(), 'somchai', '/studio');
    await expect(applicant.locator('main h1').innerText()).resolves.toBe('หน้านี้ไม่ใช่สำหรับบทบาทของคุณ');
    await expect(applicant.locator('main a.button').getAttribute('href')).resolves.toBe('/applications');
    await expect(applicant.locator('nav a[href="/studio"]').count()).resolves.toBe(0);
    await look(applicant, 'studio-00-refused');
    const officer = await signInAs(await newContext(), 'officer.khlongtoei', '/studio/licence-types');
    await expect(officer.locator('main h1').innerText()).resolves.toBe('หน้านี้ไม่ใช่สำหรับบทบาทของคุณ');
    await expect(officer.locator('main a.button').getAttribute('href')).resolves.toBe('/office');
  });

  it('an official creates a licence type from a template, edits a parameter and sees the diagram change, previews its form, simulates it to the end, publishes it, and compares the versions', async () => {
    const page = await signInAs(await newContext(), 'admin', '/studio');
    const problems = watchProblems(page);
    await page.locator('nav a[href="/studio"]', { hasText: 'สตูดิโอกระบวนงาน' }).waitFor();
    await expect(page.locator('main h1').innerText()).resolves.toBe('สตูดิโอกระบวนงาน');
    for (const href of ['/studio/licence-types', '/studio/businesses']) await page.locator(`main a[href="${href}"]`).waitFor();
    // Onboarding offices is the system administrator's: no link to a page that would refuse this official.
    expect(await page.locator('main a[href="/studio/offices"]').count()).toBe(0);
    await look(page, 'studio-01-home');

    await page.locator('main a[href="/studio/licence-types"]').click();
    await waitForPage(page);
    await page.locator('main a[href="/studio/licence-types/food-premises-permit"]').waitFor();
    await look(page, 'studio-02-licence-types');

    // A new licence type from the licence template: the form of its parameters, drawn live.
    await page.locator('main a[href="/studio/licence-types/new"]').click();
    await waitForPage(page);
    await page.locator('#param-inspection').waitFor();
    // Nothing filled in: the page's own checks, in a GOV.UK error summary.
    await page.locator('main button[type="submit"]', { hasText: 'สร้างฉบับร่าง' }).click();
    await page.locator('.error-summary a[href="#slug"]').waitFor();
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('ใส่ชื่อภาษาไทย');
    await page.fill('#slug', SLUG);
    await page.fill('#name-th', 'ใบอนุญาตแผงลอยตลาดนัดกลางคืน');
    await page.fill('#name-en', 'Night market stall permit');
    await page.fill('#legal-basis', 'พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535');
    // The issuing agency: the local administration of the premises for a local licence, else one of the file's agencies.
    await expect(page.locator('[data-testid="local-agency"]').innerText()).resolves.toContain('องค์กรปกครองส่วนท้องถิ่น');
    await page.check('#level-central');
    await page.selectOption('#agency', 'dbd');
    await expect(page.locator('#agency option:checked').innerText()).resolves.toBe('กรมพัฒนาธุรกิจการค้า');
    await page.check('#level-local');
    await previewSettled(page);
    await expect(page.locator('[data-testid="preview-status"]').innerText()).resolves.toContain('ผ่านการตรวจสอบ');
    await page.locator('.diagram-node[data-state="inspection"]').waitFor();
    await expect(page.locator('.state-list__state[data-state="inspection"]').innerText()).resolves.toContain('5 วันทำการ');
    await look(page, 'studio-03-new-licence-type');
    await page.locator('main button[type="submit"]', { hasText: 'สร้างฉบับร่าง' }).click();

    // Version 1, a draft: its steps, its diagram, and its form as applicants will see it.
    await page.waitForURL((url) => url.pathname === `/studio/licence-types/${SLUG}/versions/1`);
    await waitForPage(page);
    const stored = await suite().api.http.get(`/api/v1/admin/licence-types/${SLUG}/versions/1`).set('Authorization', `Bearer ${await suite().api.login('admin')}`);
    expect(stored.body.definition.agency).toMatchObject({ level: 'local', code: 'local-administration', name: { th: expect.stringContaining('องค์กรปกครองส่วนท้องถิ่น') } });
    await page.locator('main .notice--success', { hasText: 'บันทึกฉบับที่ 1 เป็นฉบับร่างแล้ว' }).waitFor();
    await expect(page.locator('main .summary-list').innerText()).resolves.toContain('ฉบับร่าง');
    await page.locator('.diagram-node[data-state="inspection"]').waitFor();
    const preview = page.locator('[data-testid="form-preview"]');
    await preview.locator('#preview_businessName').waitFor();
    await expect(preview.locator('label[for="preview_businessName"]').innerText()).resolves.toBe('ชื่อสถานประกอบการ');
    await expect(preview.locator('#preview_businessName').isEditable()).resolves.toBe(false);
    await look(page, 'studio-04-version-1');

    // A new draft from version 1, edited as the form of its parameters: no site inspection.
    await page.locator('main a', { hasText: 'ร่างฉบับใหม่จากฉบับนี้' }).click();
    await page.waitForURL((url) => url.pathname === `/studio/licence-types/${SLUG}/versions/1/edit`);
    await waitForPage(page);
    await expect(page.locator('#editor-mode-params').getAttribute('aria-pressed')).resolves.toBe('true');
    await previewSettled(page);
    await page.locator('.diagram-node[data-state="inspection"]').waitFor();
    await page.uncheck('#param-inspection');
    // Redrawn: the inspection step is gone; the days no longer add up, and the problems say so.
    await page.locator('.diagram-node[data-state="inspection"]').waitFor({ state: 'detached', timeout: 15_000 });
    await previewSettled(page);
    const status = page.locator('[data-testid="preview-status"]');
    await expect(status.innerText()).resolves.toContain('พบปัญหา');
    await expect(status.innerText()).resolves.toContain('slaDays.inspection is not a step of this shape');
    await expect(page.locator('.state-list__state[data-state="inspection"]').count()).resolves.toBe(0);
    await page.fill('#param-slaDays-inspection', '');
    await page.fill('#processing-days', '10');
    await previewSettled(page);
    await expect(status.innerText()).resolves.toContain('ผ่านการตรวจสอบ');
    await look(page, 'studio-05-editor-parameters');

    // The same draft as JSON in CodeMirror: linted against the schema, guards completed as you type.
    await page.click('#editor-mode-json');
    const editor = page.locator('[data-testid="definition-editor"] .cm-content');
    await editor.waitFor({ timeout: 15_000 });
    // The form's change is in the JSON (CodeMirror draws only the lines in view: the top of the definition).
    await expect(editor.innerText()).resolves.toContain('"processingDays": 10');
    await look(page, 'studio-06-editor-json');
    await page.click('#editor-mode-params');
    await page.locator('#param-inspection').waitFor();
    await expect(page.isChecked('#param-inspection')).resolves.toBe(false);

    await page.locator('#editor-save').click();
    await page.waitForURL((url) => url.pathname === `/studio/licence-types/${SLUG}/versions/2`);
    await waitForPage(page);
    await page.locator('.diagram-node[data-state="consideration"]').waitFor();
    await expect(page.locator('.diagram-node[data-state="inspection"]').count()).resolves.toBe(0);

    // The simulator: a refusal with its reason, then every step to the licence in force.
    await page.locator('main a', { hasText: 'จำลองการทำงาน' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/versions/2/simulate'));
    await waitForPage(page);
    const current = page.locator('[data-testid="simulator-current"]');
    await expect(current.innerText()).resolves.toContain('แบบร่างคำขอ');
    await simulateEvent(page, 'applicant', 'SUBMIT');
    await expect(current.innerText()).resolves.toContain('รอเจ้าหน้าที่รับเรื่อง');
    // The applicant may not receive her own application: refused, 403, and why.
    await simulateEvent(page, 'applicant', 'RECEIVE');
    const refusal = page.locator('.simulator-step--refused').last();
    await expect(refusal.innerText()).resolves.toContain('ถูกปฏิเสธ (HTTP 403)');
    await expect(refusal.innerText()).resolves.toContain('ไม่มีสิทธิ์');
    await expect(refusal.innerText()).resolves.toContain('Only a officer of the responsible office may do this');
    await simulateEvent(page, 'officer', 'RECEIVE');
    await simulateEvent(page, 'officer', 'ACCEPT');
    await simulateEvent(page, 'approver', 'APPROVE');
    await expect(page.locator('.simulator-step').last().innerText()).resolves.toContain('request-payment (licence)');
    await simulateEvent(page, 'system', 'PAYMENT_SUCCEEDED');
    await simulateEvent(page, 'system', 'LICENCE_ISSUED');
    await expect(current.innerText()).resolves.toContain('ออกใบอนุญาตแล้ว ใบอนุญาตมีผลใช้');
    await expect(page.locator('main').innerText()).resolves.toContain('ผ่าน 6 รายการ ถูกปฏิเสธ 1 รายการ');
    await look(page, 'studio-07-simulator');

    // Publish, after the confirmation: nothing runs on another version of this new type.
    await page.goto(`/studio/licence-types/${SLUG}/versions/2`);
    await waitForPage(page);
    await page.locator('main a', { hasText: 'เผยแพร่ฉบับนี้' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/versions/2/publish'));
    await waitForPage(page);
    await expect(page.locator('[data-testid="publish-running"]').innerText()).resolves.toBe('ไม่มีคำขอที่กำลังดำเนินการในฉบับอื่น');
    await page.locator('main button[type="submit"]').click();
    await page.locator('.error-summary a[href="#publish-confirm"]').waitFor();
    await look(page, 'studio-08-publish-confirmation');
    await page.check('#publish-confirm');
    await page.locator('main button[type="submit"]').click();
    await page.locator('main .panel h1', { hasText: 'เผยแพร่ฉบับที่ 2 แล้ว' }).waitFor();
    const versions = await suite().api.http.get(`/api/v1/admin/licence-types/${SLUG}/versions`).set('Authorization', `Bearer ${await suite().api.login('admin')}`);
    expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'draft'],
      [2, 'current'],
    ]);

    // The two versions compared: in words, on the diagram (the inspection removed) and as text.
    await page.locator('main a', { hasText: 'กลับไปฉบับทั้งหมด' }).click();
    await page.waitForURL((url) => url.pathname === `/studio/licence-types/${SLUG}`);
    await waitForPage(page);
    await expect(page.locator('main table').innerText()).resolves.toContain('ฉบับที่ใช้อยู่');
    await page.selectOption('#compare-from', '1');
    await page.selectOption('#compare-to', '2');
    await page.locator('main form button[type="submit"]', { hasText: 'เปรียบเทียบ' }).click();
    await page.waitForURL((url) => url.pathname === `/studio/licence-types/${SLUG}/diff` && url.search === '?from=1&to=2');
    // The diff, both versions and both graphs: five answers before the page is whole.
    await page.locator('[data-testid="diff-summary"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="merge-diff"] .cm-mergeView').waitFor({ timeout: 30_000 });
    await waitForPage(page);
    await expect(page.locator('.state-list__state--removed[data-state="inspection"]').innerText()).resolves.toContain('ลบออก');
    await page.locator('.diagram-node--removed[data-state="inspection"]').waitFor();
    await page.locator('.diagram-node--changed[data-state="checking"]').waitFor();
    await page.locator('[data-testid="merge-diff"] .cm-mergeView').waitFor();
    // Side by side, keys sorted: the first change drawn is checking's ACCEPT, from the inspection to the consideration.
    await page.locator('[data-testid="merge-diff"] .cm-merge-a .cm-changedText', { hasText: 'inspection' }).first().waitFor();
    await page.locator('[data-testid="merge-diff"] .cm-merge-b .cm-changedText', { hasText: 'consideration' }).first().waitFor();
    await look(page, 'studio-09-diff');
    expect(problems).toEqual([]);
  }, 300_000);

  it('says how many running applications stay on their version before publishing, and completes guards in the JSON editor', async () => {
    const api = suite().api;
    const admin = `Bearer ${await api.login('admin')}`;
    await createFoodApplication(api);
    await createFoodApplication(api, 'suda');
    const v1 = await api.http.get('/api/v1/admin/licence-types/food-premises-permit/versions/1').set('Authorization', admin);
    const draft = await api.http.post('/api/v1/admin/licence-types/food-premises-permit/versions').set('Authorization', admin).send({ definition: v1.body.definition });
    expect(draft.status).toBe(201);
    const page = await signInAs(await newContext(), 'admin', `/studio/licence-types/food-premises-permit/versions/${draft.body.version}/publish`);
    const running = page.locator('[data-testid="publish-running"]');
    await expect(running.innerText()).resolves.toContain(`คำขอที่กำลังดำเนินการ 2 รายการจะยังคงใช้ฉบับเดิม`);
    await expect(running.innerText()).resolves.toContain('2 รายการอยู่ในฉบับที่ 1');

    // Typing a guard's name in the JSON offers the vocabulary's guards.
    await page.goto('/studio/licence-types/food-premises-permit/versions/1/edit');
    await waitForPage(page);
    // Its machine is what the licence template builds: the form of parameters first, the JSON a click away.
    await page.click('#editor-mode-json');
    const content = page.locator('[data-testid="definition-editor"] .cm-content');
    await content.waitFor({ timeout: 15_000 });
    await content.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('{"machine": {"states": {"draft": {"on": {"SUBMIT": {"guard": {"type": "is');
    const completion = page.locator('.cm-tooltip-autocomplete');
    // The list follows the typing: on a loaded machine it may still show an earlier position's words (the event
    // words of `on`) for a moment, so wait for the guards' list rather than read the first one shown.
    await page.waitForFunction(() => document.querySelector('.cm-tooltip-autocomplete')?.textContent?.includes('isApplicant'), undefined, { timeout: 15_000 });
    await expect(completion.innerText()).resolves.toContain('isResponsibleOffice');
    await look(page, 'studio-10-editor-completion');
    await page.keyboard.press('Escape');
    // Well-formed JSON that breaks the definition's schema: linted in place (the message on hover), and the preview
    // says what storing it would refuse.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('{"slug": "Bad Slug"');
    await expect(content.innerText()).resolves.toMatch(/^\{"slug": "Bad Slug"\}\s*$/);
    const linted = page.locator('.cm-lintRange-error').first();
    await linted.waitFor({ timeout: 10_000 });
    await linted.hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor({ timeout: 10_000 });
    await expect(tooltip.innerText()).resolves.toMatch(/slug|required|agency/i);
    await page.waitForFunction(() => document.querySelector('[data-testid="preview-status"]')?.textContent?.includes('พบปัญหา'), undefined, { timeout: 15_000 });
    await expect(page.locator('[data-testid="preview-status"]').innerText()).resolves.toContain("does not match the licence type 'food-premises-permit'");
    await look(page, 'studio-11-editor-lint');
  }, 120_000);
});
