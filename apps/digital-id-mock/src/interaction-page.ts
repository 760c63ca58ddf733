/** The HTML pages of the local Digital ID provider: choose a demo citizen and allow, or cancel; and errors. Thai first. */
import type { DigitalIdAccount } from './demo-citizens';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const SCOPE_LABELS: Record<string, string> = {
  openid: 'ตัวระบุบัญชี / account identifier',
  pid: 'เลขประจำตัวประชาชน / national ID',
  profile: 'ชื่อ-นามสกุล ภาษาไทยและอังกฤษ วันเกิด / names in Thai and English, date of birth',
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,'Sarabun',sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
h1{font-size:1.4rem}.warn{background:#fff4d6;border:1px solid #e0b84c;padding:.5rem .75rem;border-radius:.4rem}
label.account{display:block;border:1px solid #c9d3de;border-radius:.4rem;padding:.6rem;margin:.4rem 0;cursor:pointer}
.muted{color:#5b6875;font-size:.9rem}button{font-size:1rem;padding:.5rem 1rem;margin:.75rem .5rem 0 0}
</style></head><body>
<p class="warn">ผู้ให้บริการ Digital ID จำลองสำหรับการพัฒนาและทดสอบเท่านั้น ไม่มีการยืนยันตัวตนจริง /
A local Digital ID provider for development and tests only: nobody's identity is really proven.</p>
${body}
</body></html>`;
}

export function signInPage(input: {
  uid: string;
  clientName: string;
  scopes: string[];
  accounts: DigitalIdAccount[];
  /** Already signed in at this provider: only consent is asked. */
  signedInAs?: DigitalIdAccount;
}): string {
  const uid = encodeURIComponent(input.uid);
  const scopes = input.scopes
    .map((s) => `<li>${escapeHtml(SCOPE_LABELS[s] ?? s)}</li>`)
    .join('');
  const who = input.signedInAs
    ? `<p>ลงชื่อเข้าใช้แล้วในนาม / Signed in as <strong>${escapeHtml(`${input.signedInAs.titleTh}${input.signedInAs.givenNameTh} ${input.signedInAs.familyNameTh}`)}</strong></p>`
    : `<fieldset><legend>เลือกผู้ใช้ทดลอง / Choose a demo citizen</legend>
${input.accounts
  .map(
    (a, i) => `<label class="account"><input type="radio" name="account" value="${escapeHtml(a.sub)}"${i === 0 ? ' checked' : ''}>
 <strong>${escapeHtml(`${a.titleTh}${a.givenNameTh} ${a.familyNameTh}`)}</strong> / ${escapeHtml(`${a.titleEn} ${a.givenNameEn} ${a.familyNameEn}`)}
 <br><span class="muted">${escapeHtml(a.pid)} · IAL ${escapeHtml(a.ial)}${a.note ? ` · ${escapeHtml(a.note.th)} / ${escapeHtml(a.note.en)}` : ''}</span></label>`,
  )
  .join('\n')}
</fieldset>`;
  return page(
    'เข้าสู่ระบบด้วย Digital ID / Sign in with Digital ID',
    `<h1>เข้าสู่ระบบด้วย Digital ID / Sign in with Digital ID</h1>
<p><strong>${escapeHtml(input.clientName)}</strong> ขอข้อมูลต่อไปนี้ของท่าน / asks for:</p>
<ul>${scopes}</ul>
<form method="post" action="/interaction/${uid}/login">
${who}
<button type="submit">เข้าสู่ระบบและยินยอม / Sign in and allow</button>
<button type="submit" formaction="/interaction/${uid}/abort">ยกเลิก / Cancel</button>
</form>`,
  );
}

export function errorPage(status: number, error: string, description: string | undefined): string {
  return page(
    'เกิดข้อผิดพลาด / Error',
    `<h1>เกิดข้อผิดพลาด / Error ${escapeHtml(status)}</h1>
<p><code>${escapeHtml(error)}</code>${description ? `: ${escapeHtml(description)}` : ''}</p>
<p>เริ่มเข้าสู่ระบบใหม่จากหน้าระบบอนุญาต / Start the sign-in again from the licensing portal.</p>`,
  );
}
