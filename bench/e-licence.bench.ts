/**
 * Signed e-licences per second: our pipeline (render + placeholder + CMS signed with Node's native
 * crypto, key parsed once) against the plain @signpdf pipeline (the same render + placeholder, then
 * `new P12Signer(p12Buffer)` per licence and `SignPdf.sign`, as @signpdf's documentation shows),
 * measured in the same run, in alternating order, over several rounds; medians are quoted.
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
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import {
  DEVELOPMENT_P12_PASSPHRASE,
  LicenceSigner,
  developmentSigningFiles,
  issueSignedLicence,
  renderLicencePdf,
  sampleLicenceDocument,
  verifySignedPdf,
} from '@bizportal/e-licence';
import { median } from './stats';

const COUNT = Number(process.env.BENCH_ELICENCE_COUNT ?? 30);
const ROUNDS = Number(process.env.BENCH_ELICENCE_ROUNDS ?? 5);
const TARGET_RATIO = 2.5;
const TARGET_MS = 40;

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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-elicence-bench-'));
  try {
    const signer = LicenceSigner.development(dir);
    const p12 = readFileSync(developmentSigningFiles(dir).signingP12);
    const signPdf = new SignPdf();
    let serial = 0;

    /** Ours: issueSignedLicence = renderLicencePdf + LicenceSigner.sign (sync, native RSA). */
    const ours = async (): Promise<{ pdf: Buffer; t: Timing }> => {
      const doc = licence(serial++);
      const t0 = performance.now();
      const signingTime = new Date();
      const unsigned = await renderLicencePdf(doc, { signingTime });
      const t1 = performance.now();
      const pdf = signer.sign(unsigned, signingTime);
      createHash('sha256').update(pdf).digest('hex'); // issueSignedLicence also hashes the result
      const t2 = performance.now();
      return { pdf, t: { total: t2 - t0, render: t1 - t0, sign: t2 - t1 } };
    };
    /** Baseline: the same render, then @signpdf's P12Signer (parses the P12 and signs RSA in JS). */
    const baseline = async (): Promise<{ pdf: Buffer; t: Timing }> => {
      const doc = licence(serial++);
      const t0 = performance.now();
      const signingTime = new Date();
      const unsigned = await renderLicencePdf(doc, { signingTime });
      const t1 = performance.now();
      const pdf = await signPdf.sign(unsigned, new P12Signer(p12, { passphrase: DEVELOPMENT_P12_PASSPHRASE }), signingTime);
      createHash('sha256').update(pdf).digest('hex');
      const t2 = performance.now();
      return { pdf, t: { total: t2 - t0, render: t1 - t0, sign: t2 - t1 } };
    };

    // Both pipelines must produce PDFs that verify, or the comparison means nothing.
    const anchors = [signer.trustAnchorPem];
    const checkOurs = verifySignedPdf((await ours()).pdf, anchors);
    const checkBaseline = verifySignedPdf((await baseline()).pdf, anchors);
    const checkIssued = verifySignedPdf((await issueSignedLicence(licence(serial++), signer)).pdf, anchors);
    if (!checkOurs.valid || !checkBaseline.valid || !checkIssued.valid) {
      throw new Error(`verification failed: ours ${checkOurs.verdict}, baseline ${checkBaseline.verdict}, issueSignedLicence ${checkIssued.verdict}`);
    }
    console.log(`Signed attributes — ours: ${checkOurs.signedAttributes!.join(', ')}; P12Signer: ${checkBaseline.signedAttributes!.join(', ')}`);

    const runRound = async (pipeline: typeof ours) => {
      const timings: Timing[] = [];
      const start = performance.now();
      for (let i = 0; i < COUNT; i++) timings.push((await pipeline()).t);
      return {
        msPerLicence: (performance.now() - start) / COUNT,
        render: median(timings.map((t) => t.render)),
        sign: median(timings.map((t) => t.sign)),
      };
    };

    await runRound(ours); // warm-up (JIT, font parsing caches)
    await runRound(baseline);
    const results = { ours: [] as Awaited<ReturnType<typeof runRound>>[], baseline: [] as Awaited<ReturnType<typeof runRound>>[] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: (keyof typeof results)[] = round % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
      for (const name of order) results[name].push(await runRound(name === 'ours' ? ours : baseline));
      const [o, b] = [results.ours[round], results.baseline[round]];
      console.log(`round ${round + 1}/${ROUNDS}: ours ${o.msPerLicence.toFixed(1)} ms, P12Signer ${b.msPerLicence.toFixed(1)} ms per licence`);
    }

    const summary = (name: keyof typeof results) => ({
      ms: median(results[name].map((r) => r.msPerLicence)),
      render: median(results[name].map((r) => r.render)),
      sign: median(results[name].map((r) => r.sign)),
    });
    const o = summary('ours');
    const b = summary('baseline');
    const ratio = b.ms / o.ms;
    const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(44) : c.padStart(12))).join(' | ')} |`;
    console.log(`\nSigned licences, ${COUNT} per pipeline per round, ${ROUNDS} rounds (medians), Node ${process.version}`);
    console.log(row(['pipeline', 'ms/licence', 'licences/s', 'render ms', 'sign ms']));
    console.log(row(['-'.repeat(44), '-'.repeat(12), '-'.repeat(12), '-'.repeat(12), '-'.repeat(12)]));
    console.log(row(['ours: render + placeholder + native CMS', o.ms.toFixed(1), (1000 / o.ms).toFixed(1), o.render.toFixed(1), o.sign.toFixed(2)]));
    console.log(row(['@signpdf: render + placeholder + P12Signer', b.ms.toFixed(1), (1000 / b.ms).toFixed(1), b.render.toFixed(1), b.sign.toFixed(2)]));
    console.log(`\nRatio: ours is ${ratio.toFixed(2)}× faster (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}); ` + `${o.ms.toFixed(1)} ms per licence (target ≤ ${TARGET_MS} ms: ${o.ms <= TARGET_MS ? 'met' : 'MISSED'}).`);
    console.log(`Signing alone: ${o.sign.toFixed(2)} ms native vs ${b.sign.toFixed(2)} ms P12Signer (${(b.sign / o.sign).toFixed(0)}×).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
