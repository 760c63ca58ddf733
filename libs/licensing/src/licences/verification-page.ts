import { NotFoundError } from '@bizportal/common';
import type { LicencesService } from './licences.service';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const COLOURS: Record<string, string> = {
  valid: '#1b7f3b',
  pending: '#1a5fb4',
  suspended: '#b26a00',
  revoked: '#b00020',
  expired: '#5f6368',
  superseded: '#5f6368',
  issuing: '#5f6368',
};

/**
 * The page a licence's QR code opens on a phone (`/verify/<number>`, outside the API): the same
 * facts as GET /api/v1/verify/:number, in Thai and English.
 */
export async function renderVerificationPage(licences: LicencesService, number: string): Promise<{ status: 200 | 404; html: string }> {
  let body: string;
  let status: 200 | 404 = 200;
  try {
    const l = await licences.verifyNumber(number);
    const colour = COLOURS[l.status] ?? '#5f6368';
    const e = escapeHtml;
    const twoLanguages = (name: { th: string; en: string }) => `${e(name.th)}<br><small>${e(name.en)}</small>`;
    // Every value is escaped here, once; the table prints them as they are.
    const rows: [string, string][] = [
      ['เลขที่ใบอนุญาต / Licence No.', e(l.number)],
      ['ประเภท / Licence', twoLanguages(l.licenceType.name)],
      ['ผู้รับใบอนุญาต / Holder', e(l.holder.maskedName)],
      ['ผู้ออกใบอนุญาต / Issuer', l.issuer.name ? twoLanguages(l.issuer.name) : e(l.issuer.id)],
      ['ระยะเวลา / Validity', e(l.validity.th)],
      ['SHA-256 ของไฟล์ / of the PDF', `<code>${e(l.pdfSha256 ?? '')}</code>`],
    ];
    body = `<p class="status" style="background:${colour}">${e(l.statusLabel.th)} / ${e(l.statusLabel.en)}</p>
${l.statusReason ? `<p>${e(l.statusReason)}</p>` : ''}
<table>${rows.map(([label, html]) => `<tr><th>${label}</th><td>${html}</td></tr>`).join('')}</table>
<p><small>ตรวจสอบไฟล์ PDF ได้ที่ POST /api/v1/verify / Check the PDF itself with POST /api/v1/verify</small></p>`;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    status = 404;
    body = `<p class="status" style="background:#b00020">ไม่พบใบอนุญาตเลขที่นี้ / No licence has this number</p><p><code>${escapeHtml(number)}</code></p>`;
  }
  const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ตรวจสอบใบอนุญาต / Licence verification</title>
<style>body{font-family:Sarabun,system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;color:#202124}
.status{color:#fff;padding:.75rem 1rem;border-radius:.5rem;font-size:1.2rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #e0e0e0}th{width:40%;font-weight:600}code{word-break:break-all}</style>
</head><body><h1>ตรวจสอบใบอนุญาต<br><small>Licence verification</small></h1>${body}</body></html>`;
  return { status, html };
}
