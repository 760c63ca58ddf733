/**
 * The nightly history work over many applications, on SQLite and, when DATABASE_URL names a PostgreSQL server, on
 * PostgreSQL too:
 *
 *   npm run bench:anchoring
 *
 * BENCH_ANCHOR_APPLICATIONS applications (100,000) are inserted in bulk with real hash-chained histories of 1 to 12
 * rows (6.5 on average, as `chainedEvent` builds them). Then, BENCH_ANCHOR_RUNS times each (3), with medians:
 *  - the anchor (`HistoryAnchors.make`): read every chain head, build the RFC 6962 tree, timestamp the statement
 *    (RFC 3161) and sign it with the agency key, store it and its leaves, for a new date each run;
 *  - the chain check (`ChainAudit.checkAll`): every history read and verified, link by link, and its head compared
 *    with the newest anchor;
 *  - an inclusion proof by tracking number, the first after start (the tree rebuilt from the stored leaves) and then
 *    with the tree in memory.
 * Baselines measured in the same run: the bare SQL reading the chain heads, the tree and signature alone over those
 * heads, and the bare read of every history row (without hashing); each case prints its ratio to its baseline. The
 * leaves' storage per anchor is printed too.
 *
 * Each database runs in a child process (`onEachDatabase`), which starts the development trust services (TSA and CRL,
 * as `npm start` and the tests do) on a free port with the child's temporary signing identity and gives the app their
 * TSA_URL, on both databases: an anchor's statement is timestamped, as production requires (no server at 12113 needed).
 *
 * Environment:
 *   BENCH_ANCHOR_APPLICATIONS  applications with a history (100000)
 *   BENCH_ANCHOR_RUNS          measured runs per case (3)
 *   DATABASE_URL               postgres://… to run PostgreSQL too (a fresh schema of its own, dropped at the end)
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { merkleLevels } from '@bizportal/common';
import { startDevelopmentTrustServices } from '@bizportal/e-licence';
import {
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationStore,
  CatalogueService,
  ChainAudit,
  HistoryAnchors,
  LicenceSigning,
  anchorStatement,
  chainedEvent,
  historyLeafHash,
  sampleApplicationRow,
} from '@bizportal/licensing';
import { benchEntry, onEachDatabase, quietAppEnv } from './databases';
import { median } from './stats';

const APPLICATIONS = Number(process.env.BENCH_ANCHOR_APPLICATIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_ANCHOR_RUNS ?? 3);
const LICENCE_TYPE = 'food-premises-permit';
const EVENT_TYPES = ['SUBMIT', 'RECEIVE', 'ACCEPT', 'SCHEDULE_INSPECTION', 'RECORD_INSPECTION', 'APPROVE', 'PAYMENT_SUCCEEDED', 'LICENCE_ISSUED', 'CHOOSE_DELIVERY', 'RECORD_DELIVERY', 'SUSPEND', 'REINSTATE'];

/** A seeded generator, so every run inserts the same histories. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function seed(dataSource: DataSource, catalogue: CatalogueService): Promise<{ events: number; trackingNumbers: string[] }> {
  const type = await catalogue.licenceType(LICENCE_TYPE);
  const rand = random(7);
  const started = performance.now();
  const officer = { id: 'user-officer-kt', roles: ['officer' as const], agencyId: 'bma-khlong-toei' };
  const base = Date.UTC(2026, 0, 5, 2);
  let events = 0;
  const trackingNumbers: string[] = [];
  const CHUNK = 2000;
  for (let from = 0; from < APPLICATIONS; from += CHUNK) {
    const apps: ApplicationEntity[] = [];
    const rows: ApplicationEventEntity[] = [];
    for (let i = from; i < Math.min(APPLICATIONS, from + CHUNK); i++) {
      const id = randomUUID();
      const createdAt = new Date(base + i * 60_000);
      const trackingNumber = `BA${String(i).padStart(9, '0')}`;
      trackingNumbers.push(trackingNumber);
      apps.push(
        sampleApplicationRow({ index: i, id, trackingNumber, licenceType: LICENCE_TYPE, workflowVersion: type.currentVersion, state: 'checking', status: 'checking', awaitingActor: 'officer', version: 3, createdAt }),
      );
      let last: ApplicationEventEntity | null = null;
      const count = 1 + Math.floor(rand() * 12);
      for (let n = 0; n < count; n++) {
        const row: ApplicationEventEntity = chainedEvent(
          last,
          randomUUID(),
          { type: EVENT_TYPES[n], actor: n === 0 ? { id: 'user-somchai', roles: ['applicant'], agencyId: null } : officer, comment: n % 3 === 1 ? 'เอกสารครบถ้วน ตรวจสอบแล้ว' : undefined, data: n === 4 ? { result: 'pass', findings: [{ item: 'สุขาภิบาล', ok: true }] } : undefined },
          { applicationId: id, fromState: `s${n}`, toState: `s${n + 1}`, status: 'checking', at: new Date(createdAt.getTime() + n * 3_600_000) },
        );
        rows.push(row);
        last = row;
      }
    }
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < apps.length; i += 250) await manager.insert(ApplicationEntity, apps.slice(i, i + 250));
      for (let i = 0; i < rows.length; i += 500) await manager.insert(ApplicationEventEntity, rows.slice(i, i + 500));
    });
    events += rows.length;
  }
  console.log(`  seeded ${APPLICATIONS} applications with ${events} history rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { events, trackingNumbers };
}

async function measure(name: string, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  console.log(`    ${name.padEnd(58)} ${samples.map((s) => s.toFixed(0)).join(', ')} ms`);
  return samples;
}

async function child(): Promise<void> {
  // Before the app is loaded: it reads TSA_URL when its module loads (SIGNING_DEV_DIR is the child's temporary one).
  const trust = await startDevelopmentTrustServices({ dataDir: process.env.SIGNING_DEV_DIR!, port: 0 });
  process.env.TSA_URL = trust.tsaUrl;
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const postgres = dataSource.options.type === 'postgres';
    const { events, trackingNumbers } = await seed(dataSource, app.get(CatalogueService));
    if (postgres) await dataSource.query('VACUUM ANALYZE');
    else await dataSource.query('ANALYZE');
    const store = app.get(ApplicationStore);
    const anchors = app.get(HistoryAnchors);
    const audit = app.get(ChainAudit);
    const signing = app.get(LicenceSigning);
    signing.signer(); // the key is parsed once, at first use; not part of a night's run

    console.log('  runs:');
    const heads = await measure('baseline: bare SQL of the chain heads', () => store.chainHeads());
    const headRows = await store.chainHeads();
    const treeAlone = await measure('baseline: tree + signature over those heads (no I/O)', async () => {
      const levels = merkleLevels(headRows.map((h) => historyLeafHash(h.trackingNumber, h.hash)));
      signing.signer().signCms(Buffer.from(anchorStatement({ anchorDate: '2099-01-01', treeSize: headRows.length, rootHash: levels[levels.length - 1][0].toString('hex'), headsReadAt: new Date() })));
    });
    const anchor = await measure('anchor: heads, tree, timestamp, signature, leaves stored', async (i) => {
      const made = await anchors.make(`2099-01-${String(i + 1).padStart(2, '0')}`);
      if (!made.made || !made.anchor.timestampToken) throw new Error('the anchor was not made with a timestamp');
    });
    const readAll = await measure('baseline: read every history row (500 applications a query)', async () => {
      const ids = (await store.chainHeads()).map((h) => h.applicationId).sort();
      for (let i = 0; i < ids.length; i += 500) await store.histories(ids.slice(i, i + 500));
    });
    const check = await measure('check: every chain verified and compared with the anchor', async () => {
      const { checked, newBreaks } = await audit.checkAll('2099-12-31');
      if (checked !== APPLICATIONS || newBreaks !== 0) throw new Error(`checked ${checked}, ${newBreaks} breaks`);
    });
    const newest = `2099-01-${String(RUNS).padStart(2, '0')}`;
    const proofCold = await measure('proof: first after start (tree rebuilt from stored leaves)', async (i) => {
      (anchors as unknown as { trees: Map<string, unknown> }).trees.clear();
      const proof = await anchors.proof(trackingNumbers[(i * 7919) % trackingNumbers.length], newest);
      if (!proof.verified) throw new Error('the proof did not verify');
    });
    const proofWarm = await measure('proof: tree in memory', async (i) => {
      const proof = await anchors.proof(trackingNumbers[(i * 104729) % trackingNumbers.length], newest);
      if (!proof.verified) throw new Error('the proof did not verify');
    });

    const m = (s: number[]) => median(s);
    console.log(`  medians (${APPLICATIONS} applications, ${events} history rows):`);
    const line = (name: string, s: number[], base?: [string, number[]]) =>
      console.log(`    ${name.padEnd(44)} ${m(s).toFixed(0).padStart(7)} ms${base ? `   ${(m(s) / m(base[1])).toFixed(1).padStart(5)}× ${base[0]}` : ''}`);
    line('chain heads, bare SQL', heads);
    line('tree + signature alone', treeAlone);
    line('anchor (whole)', anchor, ['(heads SQL + tree alone)', heads.map((h, i) => h + treeAlone[i])]);
    line('read every history row', readAll);
    line('check every chain', check, ['the bare read', readAll]);
    line('proof, first after start', proofCold);
    line('proof, tree in memory', proofWarm);
    if (postgres) {
      const [size] = await dataSource.query(`SELECT pg_total_relation_size('history_anchor_leaves') AS bytes`);
      console.log(`  history_anchor_leaves with its indexes: ${(Number(size.bytes) / RUNS / 1024 / 1024).toFixed(1)} MB per anchor`);
    } else {
      const file = String(dataSource.options.database);
      console.log(`  SQLite file after ${RUNS} anchors: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB in all`);
    }
  } finally {
    await app.close();
    await trust.close();
  }
}

async function main(): Promise<void> {
  console.log(`History anchoring: ${APPLICATIONS} applications; ${RUNS} runs per case. Node ${process.version}, ${cpus().length} CPU(s).`);
  await onEachDatabase(__filename, quietAppEnv());
}

benchEntry(main, child);
