import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAcknowledgementPdf, type AcknowledgementDocument } from './acknowledgement-pdf';

/** The acknowledgement's text as pdftotext reads it (poppler-utils; .ci/run installs it). */
const dir = mkdtempSync(join(tmpdir(), 'bizportal-ack-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function pdftotext(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr || run.error}`);
  return run.stdout;
}
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const hospital = JSON.parse(readFileSync(join(__dirname, '../../../../workflows/licences/hospital-business-licence.json'), 'utf8'));

const base: AcknowledgementDocument = {
  trackingNumber: 'BP2569-ABCDEFGH',
  kind: 'renew',
  licenceType: hospital.name,
  agency: { th: 'กองสถานพยาบาลและการประกอบโรคศิลปะ กรมสนับสนุนบริการสุขภาพ', en: 'Division of Medical Facilities and Practitioners, Department of Health Service Support' },
  holder: { th: 'บริษัท ครัววาณี จำกัด', en: 'Krua Wanee Company Limited' },
  filedBy: { th: 'นางวาณี ศรีสุข', en: 'Mrs Wanee Srisuk' },
  submittedAt: new Date('2026-11-23T03:05:00Z'),
  processingDays: null,
  completion: { afterIntake: true, expected: null, concluded: true },
  documents: hospital.documents,
  trackingUrl: 'https://bizportal.example.go.th/track/BP2569-ABCDEFGH',
  printedAt: new Date('2026-11-24T10:00:00Z'),
};

describe('renderAcknowledgementPdf', () => {
  it('a long list of documents continues on a second page, headed as such; every document and the footer on each page are read back', async () => {
    const many = { ...base, documents: [...hospital.documents, ...hospital.documents] };
    const pdf = await renderAcknowledgementPdf(many);
    writeFileSync('/tmp/acknowledgement-two-pages.pdf', pdf);
    expect(pages(pdf)).toBe(2);
    const text = pdftotext(pdf, 'many');
    expect(text).toContain('ใบรับคำขอ BP2569-ABCDEFGH (ต่อ) / continued — หน้า 2 / page 2');
    for (const d of hospital.documents as { label: { th: string } }[]) expect(text.split(d.label.th.split(' ')[0]).length - 1).toBeGreaterThanOrEqual(2);
    expect(text.split('มิใช่ใบอนุญาต').length - 1).toBe(2);
  });

  it('says what it can when the catalogue states no processing days and the application is concluded', async () => {
    const text = pdftotext(await renderAcknowledgementPdf(base), 'concluded');
    expect(text).toContain('ไม่ได้กำหนดไว้');
    expect(text).toContain('Not stated for this licence type');
    expect(text).toContain('คำขอนี้ดำเนินการเสร็จสิ้นแล้ว');
    expect(text).toContain('ขอต่ออายุ / Renewal');
    expect(text).toContain('23 พฤศจิกายน 2569 เวลา 10:05 น.');
    expect(text).toContain('23 November 2026 at 10:05');
    expect(text).toContain('ยื่นโดย / filed by นางวาณี ศรีสุข');
  });

  it('an empty document list says so', async () => {
    const text = pdftotext(await renderAcknowledgementPdf({ ...base, documents: [] }), 'none');
    expect(text).toContain('ประเภทใบอนุญาตนี้ไม่ได้กำหนดเอกสารประกอบ');
  });
});
