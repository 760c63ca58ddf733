import PDFDocument from 'pdfkit';
import type { TestApp } from './test-app';

/** A small real PDF (pdfkit), one page with the given text. */
export function samplePdf(text = 'เอกสารประกอบคำขอ / supporting document'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info: { Title: 'test document' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

let shared: Promise<Buffer> | undefined;

/** POST one document; the raw supertest answer. */
export async function uploadDocument(t: TestApp, id: string, as: string, code: string, content: Buffer, filename = `${code}.pdf`, contentType = 'application/pdf') {
  return t.http
    .post(`/api/v1/applications/${id}/documents`)
    .auth(await t.login(as), { type: 'bearer' })
    .field('code', code)
    .attach('file', content, { filename, contentType });
}

/** Uploads a PDF for every required document the application still lacks, as its applicant; each must succeed. */
export async function attachRequiredDocuments(t: TestApp, id: string, as = 'somchai'): Promise<string[]> {
  const list = await t.http.get(`/api/v1/applications/${id}/documents`).auth(await t.login(as), { type: 'bearer' });
  if (list.status !== 200) throw new Error(`documents of ${id}: ${list.status} ${JSON.stringify(list.body)}`);
  shared ??= samplePdf();
  const pdf = await shared;
  const codes = (list.body.missing as { code: string }[]).map((m) => m.code);
  for (const code of codes) {
    const res = await uploadDocument(t, id, as, code, pdf);
    if (res.status !== 201) throw new Error(`upload ${code}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return codes;
}
