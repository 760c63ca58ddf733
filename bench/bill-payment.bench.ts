/**
 * Bill payment: the slip PDF's render time against the e-licence's (the same Thai font setup, measured in the same
 * run), and importing a 10,000-line bank statement through the real HTTP app on SQLite and, when DATABASE_URL names a
 * PostgreSQL server, on PostgreSQL too.
 *
 *   npm run bench:bill-payment
 *
 * The slip: BENCH_BILL_SLIPS renders (30) of `renderBillSlipPdf` and of `renderLicencePdf`, alternating, after a
 * warm-up; medians. The import: BENCH_BILL_LINES applications (10,000) of one office (bma-khlong-toei) awaiting
 * payment of their fee, inserted in bulk, and a statement (the 256-byte layout of bill-statement.ts) with one detail
 * line paying each fee exactly; the office's officer uploads it (POST /bill-payments/statements, multipart), then the
 * same file again (every line already imported, nothing settled twice). Baseline, measured in the same run through the
 * same connection: the bare SQL that writes the same number of line rows (multi-row INSERTs of 500 in one
 * transaction, then deleted), what an import cannot do with less.
 *
 * Environment:
 *   BENCH_BILL_SLIPS   slip and licence renders (30)
 *   BENCH_BILL_LINES   lines in the statement, one application each (10000)
 *   DATABASE_URL       postgres://… to run PostgreSQL too (a fresh schema of its own, dropped at the end)
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { renderLicencePdf, sampleLicenceDocument } from '@bizportal/e-licence';
import { ApplicationEntity, CatalogueService, OutboxEntity, sampleApplicationRow } from '@bizportal/licensing';
import { InvoiceEntity, Billers, ref1OfTrackingNumber, ref2OfInvoice, renderBillSlipPdf, writeBillStatement, type BillSlip } from '@bizportal/payments';
import { benchEntry, onEachDatabase } from './databases';
import { median } from './stats';

const SLIPS = Number(process.env.BENCH_BILL_SLIPS ?? 30);
const LINES = Number(process.env.BENCH_BILL_LINES ?? 10_000);
const OFFICE = 'bma-khlong-toei';
const LICENCE_TYPE = 'food-premises-permit';
const FEE_SATANG = 200_000;

const slip = (i: number): BillSlip => ({
  billerId: '099400000012300',
  taxId: '0994000000123',
  suffix: '00',
  ref1: ref1OfTrackingNumber(`BP2569-${String(i).padStart(8, '0')}`),
  ref2: '02536359007',
  amountSatang: 1000 + i,
  agencyName: { th: 'สำนักงานเขตคลองเตย', en: 'Khlong Toei District Office' },
  payerName: `นายสมชาย ใจดี ${i}`,
  licenceName: { th: 'ใบอนุญาตก่อสร้างอาคาร', en: 'Building permit' },
  trackingNumber: `BP2569-${String(i).padStart(8, '0')}`,
  dueAt: new Date('2027-01-08T05:00:00Z'),
  amountWordsTh: 'สิบบาทถ้วน',
  issuedAt: new Date(),
});

async function slips(): Promise<void> {
  const renders = { slip: (i: number) => renderBillSlipPdf(slip(i)), 'e-licence': (i: number) => renderLicencePdf(sampleLicenceDocument({ number: `KT-FOOD-2570-${String(10000 + i).slice(1)}` })) };
  const times: Record<keyof typeof renders, number[]> = { slip: [], 'e-licence': [] };
  for (let i = 0; i < 5; i++) for (const name of Object.keys(renders) as (keyof typeof renders)[]) await renders[name](i); // warm-up
  for (let i = 0; i < SLIPS; i++) {
    for (const name of Object.keys(renders) as (keyof typeof renders)[]) {
      const started = performance.now();
      await renders[name](i);
      times[name].push(performance.now() - started);
    }
  }
  const s = median(times.slip);
  const l = median(times['e-licence']);
  console.log(`Slip PDF: median ${s.toFixed(1)} ms over ${SLIPS} renders; e-licence render (baseline, same run) ${l.toFixed(1)} ms; ratio ${(s / l).toFixed(2)}×`);
}

async function seed(dataSource: DataSource, catalogue: CatalogueService): Promise<{ trackingNumber: string; invoiceId: string }[]> {
  const type = await catalogue.licenceType(LICENCE_TYPE);
  const now = Date.now();
  const apps: ApplicationEntity[] = [];
  const invoices: InvoiceEntity[] = [];
  const effects: OutboxEntity[] = [];
  for (let i = 0; i < LINES; i++) {
    const id = randomUUID();
    const createdAt = new Date(now - 20 * 86_400_000);
    apps.push(
      sampleApplicationRow({
        index: i,
        id,
        trackingNumber: `BP2569-B${String(i).padStart(7, '0')}`,
        licenceType: LICENCE_TYPE,
        workflowVersion: type.currentVersion,
        agencyId: OFFICE,
        state: 'awaiting_payment',
        status: 'awaiting_payment',
        awaitingActor: 'applicant',
        version: 6,
        stateEnteredAt: new Date(now - 2 * 86_400_000),
        createdAt,
        updatedAt: new Date(now),
      }),
    );
    // The fee as the workflow's request-payment effect raised it (done).
    const raised = new Date(now - 2 * 86_400_000);
    effects.push({ id: randomUUID(), applicationId: id, eventId: null, type: 'request-payment', params: { feeCode: 'licence' }, status: 'done', attempts: 1, availableAt: raised, claimedAt: null, claimedBy: null, completedAt: raised, lastError: null, createdAt: raised });
    invoices.push(Object.assign(new InvoiceEntity(), { id: randomUUID(), applicationId: id, outboxId: effects[i].id, feeCode: 'licence', amountSatang: FEE_SATANG, currency: 'THB', status: 'open', createdAt: new Date(now - 2 * 86_400_000), paidAt: null }));
  }
  const started = performance.now();
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < apps.length; i += 200) await manager.insert(ApplicationEntity, apps.slice(i, i + 200));
    for (let i = 0; i < effects.length; i += 200) await manager.insert(OutboxEntity, effects.slice(i, i + 200));
    for (let i = 0; i < invoices.length; i += 500) await manager.insert(InvoiceEntity, invoices.slice(i, i + 500));
  });
  console.log(`  seeded ${LINES} applications awaiting payment with their open fees in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return apps.map((a, i) => ({ trackingNumber: a.trackingNumber, invoiceId: invoices[i].id }));
}

/** The bare SQL of writing `count` line rows (multi-row INSERTs of 500 in one transaction), then removed again. */
async function bareInsert(dataSource: DataSource, count: number, importId: string, run: number): Promise<number> {
  const postgres = dataSource.options.type === 'postgres';
  const columns = ['id', 'line_key', 'import_id', 'line_number', 'agency_id', 'ref1', 'ref2', 'amount_satang', 'paid_at', 'bank_code', 'bank_reference', 'payer_name', 'outcome', 'hold_reason', 'application_id', 'payment_id', 'created_at'];
  const started = performance.now();
  await dataSource.transaction(async (manager) => {
    for (let from = 0; from < count; from += 500) {
      const params: unknown[] = [];
      const rows: string[] = [];
      for (let i = from; i < Math.min(count, from + 500); i++) {
        const at = new Date();
        const values = [randomUUID(), `bare-${run}-${i}`, importId, i + 2, OFFICE, '1', '2', FEE_SATANG, postgres ? at : at.toISOString(), '006', `006/0001/T${i}`, null, 'held', 'review', null, null, postgres ? at : at.toISOString()];
        rows.push(`(${values.map((v) => (params.push(v), postgres ? `$${params.length}` : '?')).join(', ')})`);
      }
      await manager.query(`INSERT INTO bill_payment_lines (${columns.join(', ')}) VALUES ${rows.join(', ')}`, params);
    }
  });
  const ms = performance.now() - started;
  await dataSource.query(`DELETE FROM bill_payment_lines WHERE line_key LIKE ${postgres ? '$1' : '?'}`, [`bare-${run}-%`]);
  return ms;
}

async function child(): Promise<void> {
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  try {
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api/v1`;
    const dataSource = app.get(DataSource);
    const seeded = await seed(dataSource, app.get(CatalogueService));
    const biller = await app.get(Billers).ofAgency(OFFICE);
    if (!biller) throw new Error(`no biller for ${OFFICE}`);
    const paidAt = new Date(Date.now() - 3_600_000);
    const file = writeBillStatement({
      bankCode: biller.bankCode,
      accountNumber: biller.accountNumber,
      companyName: 'สำนักงานเขตคลองเตย',
      effectiveDate: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
      details: seeded.map((s, i) => ({ paidAt: new Date(paidAt.getTime() + i * 1000), customerName: 'สมชาย ใจดี', ref1: ref1OfTrackingNumber(s.trackingNumber), ref2: ref2OfInvoice(s.invoiceId), branch: String(1 + (i % 900)).padStart(4, '0'), teller: String(i % 10_000).padStart(4, '0'), amountSatang: FEE_SATANG })),
    });
    const login = await fetch(`${base}/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer.khlongtoei' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    // node:http, not fetch: undici gives up waiting for the answer's headers after 300 s.
    const upload = () =>
      new Promise<{ ms: number; id: string; settled: number; held: number; alreadyImported: number }>((done, fail) => {
        const boundary = `bench${randomUUID()}`;
        const body = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="KTB-bench.txt"\r\nContent-Type: text/plain\r\n\r\n`),
          file,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const started = performance.now();
        const req = http.request(`${base}/bill-payments/statements`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const ms = performance.now() - started;
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 201) return fail(new Error(`import: ${res.statusCode} ${text.slice(0, 300)}`));
            done({ ms, ...(JSON.parse(text) as { id: string; settled: number; held: number; alreadyImported: number }) });
          });
        });
        req.on('error', fail);
        req.end(body);
      });
    const first = await upload();
    if (first.settled !== LINES) throw new Error(`first import settled ${first.settled} of ${LINES} (held ${first.held})`);
    const again = await upload();
    if (again.alreadyImported !== LINES || again.settled !== 0) throw new Error(`second import: ${JSON.stringify(again)}`);
    const [{ n }] = (await dataSource.query(`SELECT COUNT(*) AS n FROM applications WHERE agency_id = '${OFFICE}' AND status = 'awaiting_payment'`)) as { n: string }[];
    if (Number(n) !== 0) throw new Error(`${n} applications still awaiting payment`);
    const bare = [];
    for (let i = 0; i < 3; i++) bare.push(await bareInsert(dataSource, LINES, first.id, i));
    const b = median(bare);
    console.log(`  import of ${LINES} lines, every one settling its fee: ${(first.ms / 1000).toFixed(2)} s (${(first.ms / LINES).toFixed(2)} ms a line, ${(first.ms / b).toFixed(0)}× the baseline)`);
    console.log(`  the same file again (all ${again.alreadyImported} already imported): ${(again.ms / 1000).toFixed(2)} s (${(again.ms / b).toFixed(1)}× the baseline)`);
    console.log(`  baseline, bare SQL writing ${LINES} line rows in one transaction: ${b.toFixed(0)} ms (median of 3)`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`Bill payment. Node ${process.version}, ${cpus().length} CPU(s).`);
  await slips();
  await onEachDatabase(__filename, { NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'true', DEV_LOGIN_ENABLED: 'true', OUTBOX_RUNNER_ENABLED: 'false', PAYMENT_RECONCILE_INTERVAL_MS: '0', WORKFLOWS_DIR: resolve(__dirname, '../../workflows') });
}

benchEntry(main, child);
