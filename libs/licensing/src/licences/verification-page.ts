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

/** Where a citizen goes next: the web app's verification page, which checks the PDF file itself (signature and register). */
const checkTheFile = `<h2>ตรวจสอบไฟล์ใบอนุญาต<br><small lang="en">Check the licence file</small></h2>
<p>หากมีไฟล์ PDF ของใบอนุญาต ตรวจสอบได้ว่าลายมือชื่ออิเล็กทรอนิกส์ถูกต้องและไฟล์ตรงกับทะเบียน ที่ <a href="/verification">หน้าตรวจสอบใบอนุญาต</a><br>
<small lang="en">If you have the licence PDF, check its electronic signature and that it matches the register on the <a href="/verification">licence verification page</a>.</small></p>`;

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
${checkTheFile}`;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    status = 404;
    body = `<p class="status" style="background:#b00020">ไม่พบใบอนุญาตเลขที่นี้ / No licence has this number</p><p><code>${escapeHtml(number)}</code></p>
<p>โปรดตรวจสอบเลขที่อีกครั้ง<br><small lang="en">Check the number again.</small></p>${checkTheFile}`;
  }
  const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ตรวจสอบใบอนุญาต / Licence verification</title>
<style>@font-face{font-family:Sarabun;font-weight:400;font-display:swap;src:url(/fonts/sarabun-thai-400-normal.woff2) format('woff2');unicode-range:U+0E01-0E5B,U+200C-200D,U+25CC}@font-face{font-family:Sarabun;font-weight:600;font-display:swap;src:url(/fonts/sarabun-thai-600-normal.woff2) format('woff2');unicode-range:U+0E01-0E5B,U+200C-200D,U+25CC}body{font-family:Sarabun,system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;color:#202124}
h2{font-size:1.25rem;margin-top:2rem}a{color:#1a4f9c}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
.status{color:#fff;padding:.75rem 1rem;border-radius:.5rem;font-size:1.2rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #e0e0e0}th{width:40%;font-weight:600}code{word-break:break-all}</style>
</head><body><main><h1>ตรวจสอบใบอนุญาต<br><small lang="en">Licence verification</small></h1>${body}</main></body></html>`;
  return { status, html };
}
