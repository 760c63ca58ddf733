import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ApplicationStore, ChainAudit, LicenceSigning, OutboxRunner, eventHash, genesisHash, verifyHistoryInclusion } from '@bizportal/licensing';
import { TimestampClient, TimestampError } from '@bizportal/e-licence';
import { KHLONG_TOEI_INSPECTION, createFoodApplication, drive, type Step } from './support/flows';
import { asDatabaseAdmin as tamperAsDatabaseAdmin } from './support/history-tampering';
import { placeholder, startTestApp, type TestApp } from './support/test-app';

/** Noon in Bangkok on a Gregorian date: the night's run for that date. */
const night = (date: string) => new Date(`${date}T12:00:00+07:00`);
const RECEIVED: Step[] = [
  { as: 'somchai', type: 'SUBMIT' },
  { as: 'officer.khlongtoei', type: 'RECEIVE' },
  { as: 'officer.khlongtoei', type: 'ACCEPT' },
];

describe('History anchoring: the nightly chain check, the signed daily root and public inclusion proofs', () => {
  let t: TestApp;
  let db: DataSource;
  let audit: ChainAudit;
  let runner: OutboxRunner;
  const work = mkdtempSync(join(tmpdir(), 'bizportal-anchoring-'));
  const apps: Record<'intact' | 'edited' | 'rewritten', { id: string; trackingNumber: string }> = {} as never;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    db = t.app.get(DataSource);
    audit = t.app.get(ChainAudit);
    runner = t.app.get(OutboxRunner);
    for (const name of ['intact', 'edited', 'rewritten'] as const) {
      apps[name] = await createFoodApplication(t);
      await drive(t, apps[name].id, RECEIVED);
    }
    await runner.runOnce();
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  const asDatabaseAdmin = (work: () => Promise<void>) => tamperAsDatabaseAdmin(db, work);

  const timeline = async (id: string, as = 'auditor') => (await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login(as), { type: 'bearer' }).expect(200)).body;
  const proof = async (trackingNumber: string, date?: string) =>
    (await t.http.get(`/api/v1/track/${trackingNumber}/history-proof${date ? `?date=${date}` : ''}`).expect(200)).body;
  const alerts = () => t.count('notifications', `template = 'history-chain-broken'`);

  it('publishes one signed root a night over every chain head (drafts have no history and no leaf), which openssl verifies', async () => {
    const draft = await createFoodApplication(t, 'suda');
    const first = await audit.runOnce(night('2099-01-01'));
    expect(first).toMatchObject({ date: '2099-01-01', ran: true, newBreaks: 0 });
    expect(first.checked).toBe(3);
    expect(first.anchor!.treeSize).toBe(3);
    expect(await t.count('history_anchor_leaves', `application_id = ${placeholder(1)}`, [draft.id])).toBe(0);
    // The same night again: its work is done.
    expect(await audit.runOnce(night('2099-01-01'))).toMatchObject({ ran: false });
    expect(await t.count('history_anchors')).toBe(1);

    const list = (await t.http.get('/api/v1/history-anchors').expect(200)).body;
    expect(list.nextBefore).toBeNull();
    expect(list.items).toHaveLength(1);
    const anchor = list.items[0];
    expect(anchor).toMatchObject({ date: '2099-01-01', treeSize: 3, rootHash: expect.stringMatching(/^[0-9a-f]{64}$/), timestampToken: expect.any(String) });
    // The TSA attested the statement after the heads were read.
    expect(Date.parse(anchor.timestampedAt)).toBeGreaterThanOrEqual(Date.parse(anchor.headsReadAt) - 1000);
    expect(JSON.parse(anchor.statement)).toEqual({
      type: 'bizportal-history-anchor/v1',
      anchorDate: '2099-01-01',
      treeSize: 3,
      rootHash: anchor.rootHash,
      headsReadAt: anchor.headsReadAt,
      leaf: expect.stringContaining('SHA-256(0x00 || UTF-8(trackingNumber'),
    });
    expect((await t.http.get('/api/v1/history-anchors/2099-01-01').expect(200)).body).toEqual(anchor);

    const files = { statement: join(work, 'statement.txt'), signature: join(work, 'signature.der'), ca: join(work, 'ca.pem') };
    writeFileSync(files.statement, anchor.statement);
    writeFileSync(files.signature, Buffer.from(anchor.signature, 'base64'));
    writeFileSync(files.ca, t.app.get(LicenceSigning).trustAnchors().join('\n'));
    const verify = () =>
      spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', files.signature, '-content', files.statement, '-CAfile', files.ca, '-purpose', 'any', '-out', '/dev/null'], { encoding: 'utf8' });
    expect(verify().stderr).toContain('Verification successful');
    writeFileSync(join(work, 'token.der'), Buffer.from(anchor.timestampToken, 'base64'));
    const verifyTimestamp = () =>
      spawnSync('openssl', ['ts', '-verify', '-token_in', '-in', join(work, 'token.der'), '-data', files.statement, '-CAfile', files.ca], { encoding: 'utf8' });
    expect(verifyTimestamp().stdout).toMatch(/Verification: OK/);
    writeFileSync(files.statement, anchor.statement.replace(anchor.rootHash, '0'.repeat(64)));
    expect(verify().stderr).toContain('Verification failure');
    expect(verifyTimestamp().stdout).not.toMatch(/Verification: OK/);
  });

  it('gives anyone, by tracking number, an audit path from the application’s chain head to the published root', async () => {
    const [anchor] = (await t.http.get('/api/v1/history-anchors').expect(200)).body.items;
    for (const app of Object.values(apps)) {
      const body = await proof(app.trackingNumber);
      expect(body).toMatchObject({ trackingNumber: app.trackingNumber, eventSeq: 3, leaf: { trackingNumber: app.trackingNumber }, treeSize: 3, rootHash: anchor.rootHash, verified: true });
      expect(body.anchor).toEqual(anchor);
      expect(body.leaf.headHash).toBe((await timeline(app.id)).entries[2].hash);
      expect(verifyHistoryInclusion(body)).toBe(true);
      // Anything else than the real leaf does not verify.
      expect(verifyHistoryInclusion({ ...body, leaf: { ...body.leaf, headHash: genesisHash(app.id) } })).toBe(false);
      const other = app === apps.intact ? apps.edited : apps.intact;
      expect(verifyHistoryInclusion({ ...body, leaf: { ...body.leaf, trackingNumber: other.trackingNumber } })).toBe(false);
      expect(verifyHistoryInclusion({ ...body, leafIndex: (body.leafIndex + 1) % 3 })).toBe(false);
    }
    const timelineNow = await timeline(apps.intact.id);
    expect(timelineNow.integrity).toEqual({ verified: true, brokenAtSeq: null, recordedBreaks: [], anchor: { date: '2099-01-01', eventSeq: 3, matches: true } });
  });

  it('detects a row edited mid-chain and a chain rewritten whole with recomputed SHA-256, records each, alerts every auditor once', async () => {
    const store = t.app.get(ApplicationStore);
    await asDatabaseAdmin(async () => {
      await db.query(`UPDATE application_events SET comment = ${placeholder(1)} WHERE application_id = ${placeholder(2)} AND seq = 2`, ['รับเรื่องแล้ว (แก้ไขภายหลัง)', apps.edited.id]);
      // The whole chain rewritten from the first row, every hash recomputed as the portal computes it (unkeyed SHA-256).
      const rows = await store.history(apps.rewritten.id);
      rows[0].comment = 'ยื่นคำขอเมื่อวันก่อน';
      let prev = genesisHash(apps.rewritten.id);
      for (const row of rows) {
        const hash = eventHash(prev, row);
        await db.query(`UPDATE application_events SET comment = ${placeholder(1)}, prev_hash = ${placeholder(2)}, hash = ${placeholder(3)} WHERE id = ${placeholder(4)}`, [row.comment, prev, hash, row.id]);
        prev = hash;
      }
    });

    // The rewritten chain's own links hold: reading its timeline alone (the old check) would not notice.
    const rewritten = await timeline(apps.rewritten.id);
    expect(rewritten.integrity.brokenAtSeq).toBeNull();
    // The anchor does: the head the history gives now is not the one published, and its public proof fails.
    expect(rewritten.integrity.anchor).toEqual({ date: '2099-01-01', eventSeq: 3, matches: false });
    const failing = await proof(apps.rewritten.trackingNumber);
    expect(failing.verified).toBe(false);
    expect(verifyHistoryInclusion(failing)).toBe(false);
    expect((await proof(apps.edited.trackingNumber)).verified).toBe(false);
    expect((await proof(apps.intact.trackingNumber)).verified).toBe(true);

    // Two processes at the same night: every break recorded once, one anchor.
    const runs = await Promise.all([audit.runOnce(night('2099-01-02')), audit.runOnce(night('2099-01-02'))]);
    expect(runs.map((r) => r.checked)).toEqual([3, 3]);
    expect(runs[0].newBreaks + runs[1].newBreaks).toBe(3);
    expect(runs[0].anchor!.rootHash).toBe(runs[1].anchor!.rootHash);
    expect(await t.count('history_anchors', `anchor_date = '2099-01-02'`)).toBe(1);
    const breaks = await db.query(`SELECT application_id, kind, seq FROM history_chain_breaks ORDER BY kind, application_id`);
    expect(breaks.map((b: { application_id: string; kind: string; seq: number | string }) => [b.application_id, b.kind, Number(b.seq)]).sort()).toEqual(
      [
        [apps.edited.id, 'anchor', 3],
        [apps.edited.id, 'link', 2],
        [apps.rewritten.id, 'anchor', 3],
      ].sort(),
    );

    // One alert per broken application to each of the two demo auditors, through the ordinary notification path.
    await runner.runOnce();
    expect(await alerts()).toBe(4);
    for (const auditor of ['auditor', 'auditor.records']) {
      const inbox = (await t.http.get('/api/v1/notifications').auth(await t.login(auditor), { type: 'bearer' }).expect(200)).body as { template: string; applicationId: string; message: { th: string; en: string } }[];
      const mine = inbox.filter((n) => n.template === 'history-chain-broken');
      expect(mine.map((n) => n.applicationId).sort()).toEqual([apps.edited.id, apps.rewritten.id].sort());
      const edited = mine.find((n) => n.applicationId === apps.edited.id)!;
      expect(edited.message.th).toContain(apps.edited.trackingNumber);
      expect(edited.message.th).toContain('ลำดับที่ 2');
      expect(edited.message.en).toContain('breaks at entry 2');
      expect(mine.find((n) => n.applicationId === apps.rewritten.id)!.message.th).toContain('ไม่ตรงกับรากยืนยันที่เผยแพร่ของวันที่ 1 มกราคม 2642');
    }
    expect(await t.count('notifications', `template = 'history-chain-broken' AND recipient_id = 'user-officer-kt'`)).toBe(0);

    // Checked again (the same night, and the next, when the newest anchor already holds the altered heads): nothing new, no second alert.
    expect((await audit.checkAll('2099-01-02')).newBreaks).toBe(0);
    expect(await audit.runOnce(night('2099-01-03'))).toMatchObject({ ran: true, newBreaks: 0 });
    await runner.runOnce();
    expect(await alerts()).toBe(4);
    expect(await t.count('history_chain_breaks')).toBe(3);
  });

  it('keeps showing the break in the timeline, after newer anchors and after events are appended', async () => {
    // The office keeps working on it; the chain stays unhealthy.
    await drive(t, apps.rewritten.id, [{ as: 'officer.khlongtoei', type: 'SCHEDULE_INSPECTION', data: KHLONG_TOEI_INSPECTION }]);
    const rewritten = await timeline(apps.rewritten.id, 'officer.khlongtoei');
    expect(rewritten.integrity).toEqual({
      verified: false,
      brokenAtSeq: null,
      recordedBreaks: [{ kind: 'anchor', seq: 3, detectedAt: expect.any(String), anchorDate: '2099-01-01' }],
      // The newest anchor (of the 3rd) published the altered head, so it matches; the recorded break still stands.
      anchor: { date: '2099-01-03', eventSeq: 3, matches: true },
    });
    const edited = await timeline(apps.edited.id, 'somchai');
    expect(edited.integrity.verified).toBe(false);
    expect(edited.integrity.brokenAtSeq).toBe(2);
    expect(edited.integrity.recordedBreaks.map((b: { kind: string; seq: number }) => `${b.kind}@${b.seq}`).sort()).toEqual(['anchor@3', 'link@2']);
    expect((await timeline(apps.intact.id)).integrity.verified).toBe(true);
    // The proof against the first night's root still fails for the rewritten chain; the intact one still passes.
    expect((await proof(apps.rewritten.trackingNumber, '2099-01-01')).verified).toBe(false);
    expect((await proof(apps.intact.trackingNumber, '2099-01-01')).verified).toBe(true);
  });

  it('refuses bad dates and unknown or unanchored applications with clear codes, and writes nothing', async () => {
    const tables = ['history_anchors', 'history_anchor_leaves', 'history_chain_breaks', 'notifications'];
    const before = await Promise.all(tables.map((table) => t.count(table)));
    const expectError = async (url: string, status: number, code: string) => {
      const res = await t.http.get(url).expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(/[ก-๙].* \/ [A-Za-z]/);
    };
    await expectError('/api/v1/history-anchors/2099-13-01', 400, 'HISTORY_ANCHOR_DATE_MALFORMED');
    await expectError('/api/v1/history-anchors/2020-01-01', 404, 'HISTORY_ANCHOR_NOT_FOUND');
    await expectError('/api/v1/history-anchors?limit=0', 400, 'VALIDATION_FAILED');
    await expectError('/api/v1/history-anchors?before=yesterday', 400, 'VALIDATION_FAILED');
    await expectError(`/api/v1/track/${apps.intact.trackingNumber}/history-proof?date=01-01-2099`, 400, 'VALIDATION_FAILED');
    await expectError(`/api/v1/track/${apps.intact.trackingNumber}/history-proof?date=2020-01-01`, 404, 'HISTORY_ANCHOR_NOT_FOUND');
    await expectError('/api/v1/track/BP0000-NOSUCH/history-proof', 404, 'TRACKING_NUMBER_NOT_FOUND');
    const draft = await createFoodApplication(t, 'wanee');
    await expectError(`/api/v1/track/${draft.trackingNumber}/history-proof`, 404, 'TRACKING_NUMBER_NOT_FOUND');
    await drive(t, draft.id, [{ as: 'wanee', type: 'SUBMIT' }]);
    await expectError(`/api/v1/track/${draft.trackingNumber}/history-proof`, 404, 'HISTORY_PROOF_NOT_ANCHORED');
    expect(await Promise.all(tables.map((table) => t.count(table)))).toEqual(before);

    // Paging: newest first, `before` the previous page's last date.
    const page = (await t.http.get('/api/v1/history-anchors?limit=2').expect(200)).body;
    expect(page.items.map((a: { date: string }) => a.date)).toEqual(['2099-01-03', '2099-01-02']);
    expect(page.nextBefore).toBe('2099-01-02');
    const next = (await t.http.get(`/api/v1/history-anchors?limit=2&before=${page.nextBefore}`).expect(200)).body;
    expect(next).toMatchObject({ items: [{ date: '2099-01-01' }], nextBefore: null });
  });

  it('makes no anchor while the TSA cannot be reached, and makes it on the next run', async () => {
    const pades = t.app.get(LicenceSigning).pades();
    const tsa = pades.tsa;
    const tables = ['history_anchors', 'history_anchor_leaves'];
    const before = await Promise.all(tables.map((table) => t.count(table)));
    pades.tsa = new TimestampClient({ url: 'http://127.0.0.1:9/tsa', timeoutMs: 2000 });
    try {
      await expect(audit.runOnce(night('2099-02-01'))).rejects.toThrow(TimestampError);
    } finally {
      pades.tsa = tsa;
    }
    expect(await Promise.all(tables.map((table) => t.count(table)))).toEqual(before);
    await t.http.get('/api/v1/history-anchors/2099-02-01').expect(404);
    const retried = await audit.runOnce(night('2099-02-01'));
    expect(retried).toMatchObject({ ran: true, anchor: { anchorDate: '2099-02-01' } });
    expect((await t.http.get('/api/v1/history-anchors/2099-02-01').expect(200)).body.timestampToken).toEqual(expect.any(String));
  });
});
