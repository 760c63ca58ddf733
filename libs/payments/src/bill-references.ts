import { generate } from 'promptparse';

/**
 * The references of a bill payment, digits only so that every bank's counter and app takes them:
 * - Ref1 names the application: the Buddhist year of its tracking number (4 digits), its 8 Crockford base-32
 *   characters as a 13-digit number, and a Luhn check digit: 18 digits (BP2569-0ABC1234 → 2569…).
 * - Ref2 names the fee (invoice): the first 32 bits of its id as a 10-digit number and a Luhn check digit: 11 digits.
 * A reference typed wrong fails its check digit and is held as unknown, never paid to another application.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TRACKING = /^BP(\d{4})-([0-9A-HJKMNP-TV-Z]{8})$/;

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function withCheckDigit(digits: string): string {
  return `${digits}${luhnCheckDigit(digits)}`;
}

function checked(ref: string, length: number): string | null {
  if (!new RegExp(`^\\d{${length}}$`).test(ref)) return null;
  const body = ref.slice(0, -1);
  return luhnCheckDigit(body) === Number(ref.slice(-1)) ? body : null;
}

export function ref1OfTrackingNumber(trackingNumber: string): string {
  const match = TRACKING.exec(trackingNumber);
  if (!match) throw new Error(`Not a tracking number: ${trackingNumber}`);
  let value = 0n;
  for (const ch of match[2]) value = value * 32n + BigInt(CROCKFORD.indexOf(ch));
  return withCheckDigit(`${match[1]}${value.toString().padStart(13, '0')}`);
}

/** The tracking number a Ref1 names, or null when it is not one of ours (length, digits or check digit). */
export function trackingNumberOfRef1(ref1: string): string | null {
  const body = checked(ref1, 18);
  if (!body) return null;
  let value = BigInt(body.slice(4));
  if (value >= 32n ** 8n) return null;
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(value % 32n)] + code;
    value /= 32n;
  }
  return `BP${body.slice(0, 4)}-${code}`;
}

export function ref2OfInvoice(invoiceId: string): string {
  const hex = invoiceId.replace(/-/g, '').slice(0, 8);
  if (!/^[0-9a-f]{8}$/i.test(hex)) throw new Error(`Not an invoice id: ${invoiceId}`);
  return withCheckDigit(String(parseInt(hex, 16)).padStart(10, '0'));
}

/** Whether a Ref2 passes its check digit (a wrong one cannot name any fee). */
export function isRef2(ref2: string): boolean {
  return checked(ref2, 11) !== null;
}

export interface BillReference {
  /** Tax ID (13) + suffix (2). */
  billerId: string;
  ref1: string;
  ref2: string;
  amountSatang: number;
}

/**
 * The Bank of Thailand's cross-bank bill payment barcode string (Code 128 on the slip):
 * `|` + biller ID + CR + Ref1 + CR + Ref2 + CR + the amount in satang, no decimal point.
 */
export function botBarcodeString(ref: BillReference): string {
  return generate.botBarcode({ billerId: ref.billerId, ref1: ref.ref1, ref2: ref.ref2, amount: ref.amountSatang / 100 });
}

/** The Thai QR Code Payment cross-bank bill payment payload (EMVCo merchant-presented, tag 30, with the amount). */
export function thaiQrBillPayment(ref: BillReference): string {
  return generate.billPayment({ billerId: ref.billerId, ref1: ref.ref1, ref2: ref.ref2, amount: ref.amountSatang / 100 });
}
