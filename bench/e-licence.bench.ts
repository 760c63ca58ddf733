/**
 * Signed e-licences per second: our PAdES B-LT pipeline (render + placeholder + CAdES signed with Node's native crypto,
 * key parsed once + RFC 3161 signature timestamp from the local TSA over HTTP + DSS with the chains and the CA's CRL),
 * the same without the timestamp round trip (B-B + DSS), against the plain @signpdf pipeline (the same render +
 * placeholder, then `new P12Signer(p12Buffer)` per licence and `SignPdf.sign`, as @signpdf's documentation shows),
 * measured in the same run, in rotating order, over several rounds; medians are quoted.
 *
 * The local TSA and CRL run as `npm start` runs them: apps/tsa-local in a process of its own (built in dist/), on a free
 * port; the CRL is fetched once and cached until its nextUpdate, as the API does.
 *
 *   npm run bench:e-licence
 *
 * Environment:
 *   BENCH_ELICENCE_COUNT    licences per pipeline per round (30)
 *   BENCH_ELICENCE_ROUNDS   measured rounds (5), after one unmeasured warm-up round
 *
 * The signing identity is a fresh development one (RSA-2048 signing key, RSA-3072 CA) in a
 * temporary directory; both pipelines sign with the same key and certificates.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import {
  CrlFetcher,
  DEVELOPMENT_P12_PASSPHRASE,
  LicenceSigner,
  TimestampClient,
  developmentSigningFiles,
  issueSignedLicence,
  renderLicencePdf,
  sampleLicenceDocument,
  verifySignedPdf,
  type PadesOptions,
} from '@bizportal/e-licence';
import { median } from './stats';

const COUNT = Number(process.env.BENCH_ELICENCE_COUNT ?? 30);
const ROUNDS = Number(process.env.BENCH_ELICENCE_ROUNDS ?? 5);
const TARGET_RATIO = 2.5;
const TARGET_MS = 60;
const TARGET_MS_WITHOUT_TIMESTAMP = 40;

/** Each licence differs in number, holder and address, as real ones do (conditions repeat). */
const licence = (i: number) =>
  sampleLicenceDocument({
    number: `KT-FOOD-2570-${String(100000 + i).slice(1)}`,
    holder: { name: `บริษัท ครัวคุณแม่ ${i} จำกัด`, idNumber: `01055650${String(10000 + i).slice(1)}`, kind: 'juristic' },
    premisesAddress: `เลขที่ ${i}/9 ถนนพระรามที่ 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110`,
  });

interface Timing {
  total: number;
  render: number;
  sign: number;
}

/** A port nobody listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-elicence-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The identity names this run's CRL; then the local trust services start on it, as npm start runs them.
  const signer = LicenceSigner.development(dir, { crlUrl: `${base}/dev-ca.crl` });
  const tsaLocal = fork(join(__dirname, '../apps/tsa-local/src/main.js'), [], { env: { ...process.env, NODE_ENV: 'development', TSA_LOCAL_PORT: String(port), SIGNING_DEV_DIR: dir }, stdio: 'ignore' });
  const services = { tsaUrl: `${base}/tsa` };
  try {
    for (let attempt = 0; ; attempt++) {
      const up = await fetch(`${base}/dev-ca.crt`).then((r) => r.ok, () => false);
      if (up) break;
      if (attempt > 100) throw new Error('the local TSA did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const p12 = readFileSync(developmentSigningFiles(dir).signingP12);
    const signPdf = new SignPdf();
    const revocation = new CrlFetcher();
    const bLt: PadesOptions = { tsa: new TimestampClient({ url: services.tsaUrl }), revocation };
    let serial = 0;

    /** Ours: render + LicenceSigner.signPades (native CAdES, timestamp unless left out, DSS), as issueSignedLicence does. */
    const ours = (pades: PadesOptions) => async (): Promise<{ pdf: Buffer; t: Timing }> => {
      const doc = licence(serial++);
      const t0 = performance.now();
      const signingTime = new Date();
      const unsigned = await renderLicencePdf(doc, { signingTime });
      const t1 = performance.now();
      const pdf = await signer.signPades(unsigned, pades);
      createHash('sha256').update(pdf).digest('hex'); // issueSignedLicence also hashes the result
      const t2 = performance.now();
      return { pdf, t: { total: t2 - t0, render: t1 - t0, sign: t2 - t1 } };
    };
    /** Baseline: the same render (adbe.pkcs7.detached, its default), then @signpdf's P12Signer (parses the P12, signs RSA in JS). */
    const baseline = async (): Promise<{ pdf: Buffer; t: Timing }> => {
      const doc = licence(serial++);
      const t0 = performance.now();
      const signingTime = new Date();
      const unsigned = await renderLicencePdf(doc, { signingTime, subFilter: 'adbe.pkcs7.detached' });
      const t1 = performance.now();
      const pdf = await signPdf.sign(unsigned, new P12Signer(p12, { passphrase: DEVELOPMENT_P12_PASSPHRASE }), signingTime);
      createHash('sha256').update(pdf).digest('hex');
      const t2 = performance.now();
      return { pdf, t: { total: t2 - t0, render: t1 - t0, sign: t2 - t1 } };
    };
    const pipelines = { 'B-LT': ours(bLt), 'B-B + DSS': ours({ revocation }), P12Signer: baseline };
    type Name = keyof typeof pipelines;

    // Every pipeline must produce PDFs that verify, at the level it claims, or the comparison means nothing.
    const anchors = [signer.trustAnchorPem];
    const checks = {
      'B-LT': verifySignedPdf((await pipelines['B-LT']()).pdf, anchors),
      'B-B + DSS': verifySignedPdf((await pipelines['B-B + DSS']()).pdf, anchors),
      P12Signer: verifySignedPdf((await baseline()).pdf, anchors),
      issueSignedLicence: verifySignedPdf((await issueSignedLicence(licence(serial++), signer, bLt)).pdf, anchors),
    };
    const levels = Object.values(checks).map((c) => c.pades?.level);
    if (!Object.values(checks).every((c) => c.valid) || levels.join() !== 'B-LT,B-B,none,B-LT') {
      throw new Error(`verification failed: ${Object.entries(checks).map(([name, c]) => `${name} ${c.verdict} ${c.pades?.level ?? ''}`).join(', ')}`);
    }
    console.log(`Signed attributes — ours: ${checks['B-LT'].signedAttributes!.join(', ')} (+ signature timestamp, DSS: ${JSON.stringify(checks['B-LT'].pades!.validationData)}); P12Signer: ${checks.P12Signer.signedAttributes!.join(', ')}`);

    const runRound = async (pipeline: () => Promise<{ pdf: Buffer; t: Timing }>) => {
      const timings: Timing[] = [];
      const start = performance.now();
      for (let i = 0; i < COUNT; i++) timings.push((await pipeline()).t);
      return {
        msPerLicence: (performance.now() - start) / COUNT,
        render: median(timings.map((t) => t.render)),
        sign: median(timings.map((t) => t.sign)),
      };
    };

    const names = Object.keys(pipelines) as Name[];
    for (const name of names) await runRound(pipelines[name]); // warm-up (JIT, font parsing caches, keep-alive, CRL cache)
    const results = Object.fromEntries(names.map((n) => [n, [] as Awaited<ReturnType<typeof runRound>>[]])) as Record<Name, Awaited<ReturnType<typeof runRound>>[]>;
    for (let round = 0; round < ROUNDS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const name of order) results[name].push(await runRound(pipelines[name]));
      console.log(`round ${round + 1}/${ROUNDS}: ${names.map((n) => `${n} ${results[n][round].msPerLicence.toFixed(1)} ms`).join(', ')} per licence`);
    }

    const summary = (name: Name) => ({
      ms: median(results[name].map((r) => r.msPerLicence)),
      render: median(results[name].map((r) => r.render)),
      sign: median(results[name].map((r) => r.sign)),
    });
    const lt = summary('B-LT');
    const bb = summary('B-B + DSS');
    const b = summary('P12Signer');
    const ratio = b.ms / lt.ms;
    const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(58) : c.padStart(12))).join(' | ')} |`;
    console.log(`\nSigned licences, ${COUNT} per pipeline per round, ${ROUNDS} rounds (medians), Node ${process.version}`);
    console.log(row(['pipeline', 'ms/licence', 'licences/s', 'render ms', 'sign ms']));
    console.log(row(['-'.repeat(58), '-'.repeat(12), '-'.repeat(12), '-'.repeat(12), '-'.repeat(12)]));
    console.log(row(['ours B-LT: render + CAdES + local TSA over HTTP + DSS', lt.ms.toFixed(1), (1000 / lt.ms).toFixed(1), lt.render.toFixed(1), lt.sign.toFixed(2)]));
    console.log(row(['ours without the timestamp round trip: B-B + DSS', bb.ms.toFixed(1), (1000 / bb.ms).toFixed(1), bb.render.toFixed(1), bb.sign.toFixed(2)]));
    console.log(row(['@signpdf: render + placeholder + P12Signer (no PAdES)', b.ms.toFixed(1), (1000 / b.ms).toFixed(1), b.render.toFixed(1), b.sign.toFixed(2)]));
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(`\nB-LT: ${lt.ms.toFixed(1)} ms per licence (target ≤ ${TARGET_MS} ms: ${met(lt.ms <= TARGET_MS)}); ${ratio.toFixed(2)}× faster than P12Signer (target ≥ ${TARGET_RATIO}×: ${met(ratio >= TARGET_RATIO)}).`);
    console.log(`Without the timestamp round trip: ${bb.ms.toFixed(1)} ms per licence (target ≤ ${TARGET_MS_WITHOUT_TIMESTAMP} ms: ${met(bb.ms <= TARGET_MS_WITHOUT_TIMESTAMP)}); ${(b.ms / bb.ms).toFixed(2)}× faster than P12Signer.`);
    console.log(`Signing alone: ${lt.sign.toFixed(2)} ms B-LT (timestamp ${(lt.sign - bb.sign).toFixed(2)} ms of it), ${bb.sign.toFixed(2)} ms B-B + DSS, ${b.sign.toFixed(2)} ms P12Signer.`);
  } finally {
    tsaLocal.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
