/**
 * Where `authorize_uri` leads the payer (no API key: a browser follows it).
 * - A 3-D Secure card charge: a GET authenticates at once (`?result=failed` declines), as before.
 * - A redirect source (mobile banking, TrueMoney, Rabbit LINE Pay): a small page, Thai first, where a tester approves
 *   or declines; the answer (a form POST) completes the charge (`charge.complete` webhook) and sends the browser on to
 *   the charge's `return_uri` (303).
 */
import type { ChargeOutcomes } from './charge-outcomes';
import { sourceFlow } from './charge-record';
import { badRequest, notFound } from './errors';
import { formatSatang } from './promptpay';
import { ID, type HandlerResult, type Route, route } from './router';
import { SOURCE_TYPES } from './sources';
import type { MockStore } from './store';
import { FAILURE_MESSAGES } from './test-cards';
import type { ChargeRecord, Json } from './types';

const STATUS_TEXT: Readonly<Record<string, string>> = {
  pending: 'รอการอนุมัติ / pending',
  successful: 'ชำระสำเร็จ / successful',
  failed: 'ไม่สำเร็จ / failed',
  expired: 'หมดอายุ / expired',
  reversed: 'ยกเลิกแล้ว / reversed',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** ฿1,234.50 from satang. */
function baht(satang: number): string {
  const [whole, fraction] = formatSatang(satang).split('.');
  return `฿${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

export class AuthorizePage {
  constructor(
    private readonly store: MockStore,
    private readonly outcomes: ChargeOutcomes,
  ) {}

  routes(): Route[] {
    return [
      route('GET', `/payments/${ID}/authorize`, 'none', (ctx) => this.show(ctx.params[0], ctx.query)),
      route('POST', `/payments/${ID}/authorize`, 'none', (ctx) => this.decide(ctx.params[0], ctx.body)),
    ];
  }

  private chargeOf(paymentId: string): ChargeRecord {
    const chargeId = this.store.state.payments[paymentId];
    if (!chargeId) throw notFound('payment', paymentId);
    return this.store.charge(chargeId);
  }

  private show(paymentId: string, query: URLSearchParams): HandlerResult {
    const charge = this.chargeOf(paymentId);
    if (sourceFlow(this.store, charge.id) !== null) return this.page(charge);
    // 3-D Secure: authenticated on arrival unless asked to fail.
    if (charge.status === 'pending' && charge.authorized !== true) {
      if (query.get('result') === 'failed') {
        this.outcomes.complete(charge.id, 'failed', { code: 'failed_processing', message: FAILURE_MESSAGES.failed_processing });
      } else {
        charge.authenticated_by = '3DS';
        this.outcomes.complete(charge.id, this.outcomes.successEnd(charge.id));
      }
    }
    return this.back(charge);
  }

  private decide(paymentId: string, body: Json): HandlerResult {
    const charge = this.chargeOf(paymentId);
    if (sourceFlow(this.store, charge.id) === null) throw badRequest('only source payments are decided with a form; 3-D Secure is a GET');
    const decision = body.decision;
    if (decision !== 'approve' && decision !== 'decline') throw badRequest('decision must be approve or decline');
    // A second answer (a double click, the back button) changes nothing: the first one stands.
    if (charge.status === 'pending') {
      if (decision === 'approve') this.outcomes.complete(charge.id, 'successful');
      else this.outcomes.complete(charge.id, 'failed', { code: 'payment_rejected', message: FAILURE_MESSAGES.payment_rejected });
    }
    return this.back(charge, 303);
  }

  /** To the merchant's return_uri, or a line saying how the charge ended. */
  private back(charge: ChargeRecord, status = 302): HandlerResult {
    if (typeof charge.return_uri === 'string' && charge.return_uri) return { redirect: charge.return_uri, status };
    const text = `<p>รายการ ${escapeHtml(charge.id)}: ${escapeHtml(STATUS_TEXT[charge.status] ?? charge.status)}</p>`;
    return { raw: { contentType: 'text/html; charset=utf-8', body: document('ผลการชำระเงิน (ทดสอบ) / Payment result (test)', text) } };
  }

  private page(charge: ChargeRecord): HandlerResult {
    const sourceId = this.store.state.chargeSources[charge.id];
    const source = this.store.state.sources[sourceId];
    const type = String(source.type);
    const label = SOURCE_TYPES[type]?.label ?? type;
    const rows = [
      ['ช่องทาง / Method', `${label} (${type})`],
      ['จำนวนเงิน / Amount', baht(charge.amount)],
      ['รายการ / Charge', charge.id],
      ['สถานะ / Status', STATUS_TEXT[charge.status] ?? charge.status],
      ...(typeof source.phone_number === 'string' ? [['เบอร์โทรศัพท์ / Phone number', source.phone_number]] : []),
    ];
    const table = `<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
    const actions =
      charge.status === 'pending'
        ? `<form method="post"><input type="hidden" name="decision" value="approve"><button type="submit">อนุมัติ / Approve</button></form>` +
          `<form method="post"><input type="hidden" name="decision" value="decline"><button type="submit" class="decline">ปฏิเสธ / Decline</button></form>`
        : typeof charge.return_uri === 'string' && charge.return_uri
          ? `<p><a href="${escapeHtml(charge.return_uri)}">กลับไปที่ร้านค้า / Back to the merchant</a></p>`
          : '';
    const note = '<p class="note">เกตเวย์ทดสอบ omise-mock: ไม่มีการโอนเงินจริง / omise-mock test gateway: no money moves.</p>';
    return { raw: { contentType: 'text/html; charset=utf-8', body: document('อนุมัติการชำระเงิน (ทดสอบ) / Approve a test payment', table + actions + note) } };
  }
}

function document(title: string, body: string): string {
  return (
    '<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)} — omise-mock</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}h1{font-size:1.5rem}' +
    'dt{font-weight:600}dd{margin:0 0 .5rem}form{display:inline-block;margin:.5rem .5rem 0 0}' +
    'button{font-size:1rem;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#00703c;color:#fff;cursor:pointer}' +
    'button.decline{background:#d4351c}button:focus{outline:3px solid #fd0;outline-offset:0}.note{color:#505a5f;margin-top:1.5rem}</style>' +
    `</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>\n`
  );
}
