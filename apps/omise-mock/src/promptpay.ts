/** PromptPay (Thai QR Payment, EMVCo merchant-presented) payloads, as printed in the QR of a PromptPay charge. */

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), 4 upper-case hex digits. */
export function crc16CcittFalse(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** One EMVCo tag-length-value field (length in characters, two digits). */
export function emvField(tag: string, value: string): string {
  if (!/^\d{2}$/.test(tag)) throw new Error(`EMV tag must be two digits: ${tag}`);
  if (value.length === 0 || value.length > 99) throw new Error(`EMV field ${tag} must hold 1–99 characters`);
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

/** Splits a TLV string into fields (top level only; parse a field's value again for its sub-fields). */
export function parseEmvFields(payload: string): Array<{ tag: string; value: string }> {
  const fields: Array<{ tag: string; value: string }> = [];
  let i = 0;
  while (i < payload.length) {
    const tag = payload.slice(i, i + 2);
    const length = Number(payload.slice(i + 2, i + 4));
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(payload.slice(i + 2, i + 4)) || i + 4 + length > payload.length) {
      throw new Error(`malformed EMV payload at position ${i}`);
    }
    fields.push({ tag, value: payload.slice(i + 4, i + 4 + length) });
    i += 4 + length;
  }
  return fields;
}

/** True when the payload ends with tag 63 (length 04) holding the CRC of everything before its value. */
export function verifyEmvCrc(payload: string): boolean {
  if (!/6304[0-9A-F]{4}$/.test(payload)) return false;
  return crc16CcittFalse(payload.slice(0, -4)) === payload.slice(-4);
}

export const PROMPTPAY_BILL_PAYMENT_AID = 'A000000677010112';

/**
 * The biller ID used when none is configured: a made-up tax ID (0999999999991, check digit valid, no such taxpayer)
 * and suffix 00. Set the merchant's own with OMISE_LOCAL_PROMPTPAY_ID (standalone) or `promptPayBillerId`.
 */
export const DEVELOPMENT_PROMPTPAY_BILLER_ID = '099999999999100';

/** The Thai tax ID's check digit (13th) from its first 12 digits: (11 − Σ dᵢ·(13 − i) mod 11) mod 10. */
export function thaiTaxIdCheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return String((11 - (sum % 11)) % 10);
}

/** Why `billerId` cannot be a PromptPay biller ID (15 digits: a tax ID with a valid check digit, a 2-digit suffix), or null. */
export function promptPayBillerIdProblem(billerId: string): string | null {
  if (!/^\d{15}$/.test(billerId)) return 'a PromptPay biller ID is 15 digits: the 13-digit tax ID and a 2-digit suffix';
  if (/^0{13}/.test(billerId)) return 'a PromptPay biller ID needs a real tax ID, not zeros';
  if (thaiTaxIdCheckDigit(billerId) !== billerId[12]) return `the tax ID ${billerId.slice(0, 13)} in the biller ID has a wrong check digit`;
  return null;
}

export interface PromptPayBillPayment {
  /** 15 digits: the biller's 13-digit tax ID and a 2-digit suffix. */
  billerId: string;
  /** Reference 1: up to 20 upper-case letters and digits. */
  reference1: string;
  reference2?: string;
  /** In satang; omitted for an open amount. */
  amount?: number;
  merchantName?: string;
  /** Point of initiation 12 (dynamic, one payment) or 11 (static, reusable). Default dynamic. */
  dynamic?: boolean;
}

/** satang → "1234.50" without floating point. */
export function formatSatang(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`amount must be a non-negative integer (satang): ${amount}`);
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

/**
 * Thai QR Payment "bill payment" (tag 30) payload: 00 format "01", 01 initiation 12/11, 30 {00 AID A000000677010112,
 * 01 biller ID, 02 reference 1, 03 reference 2}, 53 currency 764, 54 amount, 58 country TH, 59 merchant name,
 * 63 CRC-16/CCITT-FALSE over everything up to and including "6304".
 */
export function buildPromptPayBillPaymentPayload(input: PromptPayBillPayment): string {
  if (!/^\d{15}$/.test(input.billerId)) throw new Error('biller ID must be 15 digits (tax ID + suffix)');
  const referencePattern = /^[0-9A-Z]{1,20}$/;
  if (!referencePattern.test(input.reference1)) throw new Error('reference 1 must be 1–20 upper-case letters or digits');
  if (input.reference2 !== undefined && !referencePattern.test(input.reference2)) {
    throw new Error('reference 2 must be 1–20 upper-case letters or digits');
  }
  const merchant =
    emvField('00', PROMPTPAY_BILL_PAYMENT_AID) +
    emvField('01', input.billerId) +
    emvField('02', input.reference1) +
    (input.reference2 !== undefined ? emvField('03', input.reference2) : '');
  let payload =
    emvField('00', '01') +
    emvField('01', input.dynamic === false ? '11' : '12') +
    emvField('30', merchant) +
    emvField('53', '764') +
    (input.amount !== undefined ? emvField('54', formatSatang(input.amount)) : '') +
    emvField('58', 'TH');
  if (input.merchantName !== undefined) {
    if (!/^[\x20-\x7e]{1,25}$/.test(input.merchantName)) throw new Error('merchant name must be 1–25 ASCII characters');
    payload += emvField('59', input.merchantName);
  }
  payload += '6304';
  return payload + crc16CcittFalse(payload);
}
