import { PaymentErrors } from './payment-errors';

/**
 * The bank's bill payment statement, 256-byte fixed-width records (the "Bill Payment / Teller Payment" text file
 * Thai banks send their billers each day). Every record is exactly 256 bytes (TIS-620: one byte per character, so a
 * Thai name keeps the columns), ended by CR LF or LF; one H header first, D details, one T trailer last. Columns are
 * 1-based and inclusive; numbers are right-aligned with zeros, text left-aligned with spaces; dates DDMMYYYY in
 * the Christian era, times HHMMSS, Bangkok time; amounts in satang (11 digits of baht and 2 of satang, no point).
 *
 * H  1 record type "H" | 2-7 sequence 000001 | 8-10 bank code | 11-20 company (biller) account | 21-60 company name |
 *    61-68 effective date | 69-76 service code | 77-256 spaces
 * D  1 "D" | 2-7 sequence | 8-10 bank code | 11-20 company account | 21-28 payment date | 29-34 payment time |
 *    35-84 customer name | 85-104 Ref1 | 105-124 Ref2 | 125-144 Ref3 | 145-148 branch | 149-152 teller |
 *    153 kind "C" (credit) | 154-156 transaction code (CSH, CHQ, TRF, ATM, INT…) | 157-163 cheque no. |
 *    164-176 amount | 177-179 cheque bank code | 180-256 spaces
 * T  1 "T" | 2-7 sequence | 8-10 bank code | 11-20 company account | 21-33 total debit amount | 34-39 debit count |
 *    40-52 total credit amount | 53-58 credit count | 59-256 spaces
 *
 * Sequence numbers run 1, 2, 3… over all records. Every record names the header's bank and account. A debit
 * (kind "D", the bank's correction of an earlier credit) is refused: the office settles corrections by hand.
 */
export const RECORD_LENGTH = 256;

export interface StatementHeader {
  bankCode: string;
  accountNumber: string;
  companyName: string;
  effectiveDate: string; // YYYY-MM-DD
}

export interface StatementDetail {
  line: number;
  sequence: number;
  paidAt: Date;
  customerName: string;
  ref1: string;
  ref2: string;
  ref3: string;
  branch: string;
  teller: string;
  transactionCode: string;
  chequeNumber: string;
  amountSatang: number;
  /** The record without its sequence number: the same payment in a resent file has the same identity. */
  identity: string;
}

export interface BillStatement {
  header: StatementHeader;
  details: StatementDetail[];
  totalSatang: number;
}

type Field = [name: string, from: number, to: number];
const F = {
  type: ['record type', 1, 1],
  sequence: ['sequence number', 2, 7],
  bankCode: ['bank code', 8, 10],
  account: ['company account', 11, 20],
  companyName: ['company name', 21, 60],
  effectiveDate: ['effective date', 61, 68],
  paymentDate: ['payment date', 21, 28],
  paymentTime: ['payment time', 29, 34],
  customerName: ['customer name', 35, 84],
  ref1: ['Ref1', 85, 104],
  ref2: ['Ref2', 105, 124],
  ref3: ['Ref3', 125, 144],
  branch: ['branch', 145, 148],
  teller: ['teller', 149, 152],
  kind: ['kind of transaction', 153, 153],
  transactionCode: ['transaction code', 154, 156],
  chequeNumber: ['cheque number', 157, 163],
  amount: ['amount', 164, 176],
  debitAmount: ['total debit amount', 21, 33],
  debitCount: ['total debit count', 34, 39],
  creditAmount: ['total credit amount', 40, 52],
  creditCount: ['total credit count', 53, 58],
} satisfies Record<string, Field>;

const tis620 = new TextDecoder('windows-874');

class Record256 {
  constructor(
    readonly line: number,
    readonly bytes: Buffer,
  ) {}

  raw(field: Field): string {
    return tis620.decode(this.bytes.subarray(field[1] - 1, field[2]));
  }

  text(field: Field): string {
    return this.raw(field).trimEnd();
  }

  fail(code: 'BILL_STATEMENT_FIELD_INVALID' | 'BILL_STATEMENT_DATE_INVALID' | 'BILL_STATEMENT_AMOUNT_INVALID', field: Field, problem: string, problemTh: string): never {
    const value = this.raw(field);
    throw PaymentErrors.create(code, { line: this.line, field: field[0], columns: `${field[1]}-${field[2]}`, value: value.trim(), problem, problemTh }, { line: this.line, field: field[0], columns: [field[1], field[2]], value, problem });
  }

  digits(field: Field): string {
    const value = this.raw(field);
    if (!/^\d+$/.test(value)) this.fail('BILL_STATEMENT_FIELD_INVALID', field, `must be ${field[2] - field[1] + 1} digits`, `ต้องเป็นตัวเลข ${field[2] - field[1] + 1} หลัก`);
    return value;
  }

  amount(field: Field): number {
    const value = this.raw(field);
    if (!/^\d{13}$/.test(value)) this.fail('BILL_STATEMENT_AMOUNT_INVALID', field, 'must be 13 digits of satang, zero-padded', 'ต้องเป็นตัวเลข 13 หลักในหน่วยสตางค์');
    const satang = Number(value);
    if (!Number.isSafeInteger(satang) || satang > 2_147_483_647) this.fail('BILL_STATEMENT_AMOUNT_INVALID', field, 'is too large', 'มากเกินไป');
    return satang;
  }

  date(field: Field): string {
    const value = this.raw(field);
    const m = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
    const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
    const parsed = m ? new Date(`${iso}T00:00:00Z`) : null;
    if (!m || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso || Number(m[3]) < 2000) {
      this.fail('BILL_STATEMENT_DATE_INVALID', field, 'is not a date DDMMYYYY (Christian era)', 'ต้องเป็นวันที่ DDMMYYYY ปีคริสต์ศักราช');
    }
    return iso;
  }

  time(field: Field): string {
    const value = this.raw(field);
    const m = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3]) > 59) this.fail('BILL_STATEMENT_DATE_INVALID', field, 'is not a time HHMMSS', 'ต้องเป็นเวลา HHMMSS');
    return `${m![1]}:${m![2]}:${m![3]}`;
  }
}

/** Splits the file into records (CR LF or LF; a last line ending is optional), each checked for its length. */
function records(file: Buffer): Record256[] {
  const out: Record256[] = [];
  let start = 0;
  let line = 0;
  while (start < file.length) {
    let end = file.indexOf(0x0a, start);
    const next = end === -1 ? file.length : end + 1;
    if (end === -1) end = file.length;
    const bytes = file.subarray(start, end > start && file[end - 1] === 0x0d ? end - 1 : end);
    line++;
    if (bytes.length !== RECORD_LENGTH) {
      const utf8 = bytes.length > RECORD_LENGTH && /[\u0E00-\u0E7F]/.test(bytes.toString('utf8'));
      throw PaymentErrors.create(
        'BILL_STATEMENT_LINE_LENGTH',
        { line, length: bytes.length, hint: utf8 ? ': this line looks UTF-8, the bank’s file is TIS-620' : '' },
        { line, length: bytes.length, expected: RECORD_LENGTH },
      );
    }
    out.push(new Record256(line, bytes));
    start = next;
  }
  return out;
}

function recordType(record: Record256, expected: 'H' | 'D' | 'T', expectedText: string): void {
  const found = record.raw(F.type);
  if (found !== expected) throw PaymentErrors.create('BILL_STATEMENT_RECORD_TYPE', { line: record.line, found, expected: expectedText }, { line: record.line, found, expected });
}

/**
 * Reads and checks the whole file; the first problem refuses it (nothing is imported), naming its line.
 * `today` is the Bangkok date (YYYY-MM-DD): no payment or statement may be dated after it.
 */
export function parseBillStatement(file: Buffer, today: string): BillStatement {
  if (file.length === 0 || /^\s*$/.test(file.toString('latin1'))) throw PaymentErrors.create('BILL_STATEMENT_EMPTY');
  const all = records(file);
  const [head, ...rest] = all;
  recordType(head, 'H', '“H” (header) on the first line');
  if (rest.length === 0) throw PaymentErrors.create('BILL_STATEMENT_RECORD_TYPE', { line: 1, found: 'end of file', expected: '“T” (trailer) on the last line' }, { line: 1, expected: 'T' });
  const trailer = rest.pop()!;
  for (const record of [head, ...rest, trailer]) {
    const sequence = Number(record.digits(F.sequence));
    if (sequence !== record.line) record.fail('BILL_STATEMENT_FIELD_INVALID', F.sequence, `is ${sequence}, expected ${record.line} (records are numbered 1, 2, 3…)`, `เป็น ${sequence} แต่ต้องเป็น ${record.line}`);
  }
  const header: StatementHeader = {
    bankCode: head.digits(F.bankCode),
    accountNumber: head.digits(F.account),
    companyName: head.text(F.companyName),
    effectiveDate: head.date(F.effectiveDate),
  };
  if (header.effectiveDate > today) head.fail('BILL_STATEMENT_DATE_INVALID', F.effectiveDate, `is after today (${today})`, 'เป็นวันในอนาคต');
  const sameAccount = (record: Record256) => {
    if (record.raw(F.bankCode) !== header.bankCode) record.fail('BILL_STATEMENT_FIELD_INVALID', F.bankCode, `differs from the header’s ${header.bankCode}`, `ไม่ตรงกับระเบียนส่วนหัว (${header.bankCode})`);
    if (record.raw(F.account) !== header.accountNumber) record.fail('BILL_STATEMENT_FIELD_INVALID', F.account, `differs from the header’s ${header.accountNumber}`, `ไม่ตรงกับระเบียนส่วนหัว (${header.accountNumber})`);
  };
  const details: StatementDetail[] = [];
  let totalSatang = 0;
  for (const record of rest) {
    recordType(record, 'D', '“D” (detail) between the header and the trailer');
    sameAccount(record);
    const date = record.date(F.paymentDate);
    const time = record.time(F.paymentTime);
    if (date > header.effectiveDate) record.fail('BILL_STATEMENT_DATE_INVALID', F.paymentDate, `is after the statement’s effective date ${header.effectiveDate}`, 'อยู่หลังวันที่ของไฟล์');
    const ref1 = record.text(F.ref1).trim();
    if (!/^[0-9A-Z]{1,20}$/.test(ref1)) record.fail('BILL_STATEMENT_FIELD_INVALID', F.ref1, 'must be 1–20 digits or capital letters', 'ต้องเป็นตัวเลขหรืออักษรภาษาอังกฤษตัวใหญ่ 1–20 ตัว');
    const ref2 = record.text(F.ref2).trim();
    if (!/^[0-9A-Z]{0,20}$/.test(ref2)) record.fail('BILL_STATEMENT_FIELD_INVALID', F.ref2, 'must be up to 20 digits or capital letters', 'ต้องเป็นตัวเลขหรืออักษรภาษาอังกฤษตัวใหญ่ไม่เกิน 20 ตัว');
    const kind = record.raw(F.kind);
    if (kind !== 'C') record.fail('BILL_STATEMENT_FIELD_INVALID', F.kind, kind === 'D' ? 'is a debit (a correction by the bank): settle corrections by hand' : 'must be C (credit)', kind === 'D' ? 'เป็นรายการหักบัญชี (แก้ไขรายการ) กรุณาดำเนินการเอง' : 'ต้องเป็น C');
    const amountSatang = record.amount(F.amount);
    if (amountSatang === 0) record.fail('BILL_STATEMENT_AMOUNT_INVALID', F.amount, 'is zero', 'เป็นศูนย์');
    totalSatang += amountSatang;
    details.push({
      line: record.line,
      sequence: record.line,
      // Bangkok time has no daylight saving: +07:00 all year.
      paidAt: new Date(`${date}T${time}+07:00`),
      customerName: record.text(F.customerName).trim(),
      ref1,
      ref2,
      ref3: record.text(F.ref3).trim(),
      branch: record.text(F.branch).trim(),
      teller: record.text(F.teller).trim(),
      transactionCode: record.text(F.transactionCode).trim(),
      chequeNumber: record.text(F.chequeNumber).trim(),
      amountSatang,
      identity: `${record.bytes.subarray(7, 256).toString('latin1')}`,
    });
  }
  recordType(trailer, 'T', '“T” (trailer) on the last line');
  sameAccount(trailer);
  const checks: [Field, number][] = [
    [F.debitAmount, 0],
    [F.debitCount, 0],
    [F.creditAmount, totalSatang],
    [F.creditCount, details.length],
  ];
  for (const [field, counted] of checks) {
    const stated = field === F.debitAmount || field === F.creditAmount ? trailer.amount(field) : Number(trailer.digits(field));
    if (stated !== counted) {
      throw PaymentErrors.create('BILL_STATEMENT_TRAILER_MISMATCH', { line: trailer.line, field: field[0], stated, counted }, { line: trailer.line, field: field[0], columns: [field[1], field[2]], stated, counted });
    }
  }
  return { header, details, totalSatang };
}

/** Writes a statement in the same layout (the tests' fixtures and the benchmark's file). */
export function writeBillStatement(statement: {
  bankCode: string;
  accountNumber: string;
  companyName: string;
  effectiveDate: string;
  details: { paidAt: Date; customerName?: string; ref1: string; ref2: string; ref3?: string; branch?: string; teller?: string; kind?: string; transactionCode?: string; amountSatang: number }[];
  trailer?: { creditAmount?: number; creditCount?: number };
}): Buffer {
  const encoder = (text: string, width: number) => {
    const bytes = Buffer.alloc(width, 0x20);
    for (let i = 0, j = 0; i < text.length && j < width; i++, j++) {
      const code = text.charCodeAt(i);
      bytes[j] = code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e00 + 0xa0 : code;
    }
    return bytes;
  };
  const num = (value: number, width: number) => String(value).padStart(width, '0');
  const dmy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;
  const bangkok = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString();
  const lines: Buffer[] = [];
  const record = (parts: string[], thaiName?: { at: number; text: string; width: number }) => {
    const bytes = encoder(parts.join(''), RECORD_LENGTH);
    if (thaiName) encoder(thaiName.text, thaiName.width).copy(bytes, thaiName.at);
    lines.push(bytes);
  };
  const seq = () => num(lines.length + 1, 6);
  const account = `${statement.bankCode}${statement.accountNumber}`;
  record(['H', seq(), account, ' '.repeat(40), dmy(statement.effectiveDate), 'BILLPAY '], { at: 20, text: statement.companyName, width: 40 });
  let total = 0;
  for (const d of statement.details) {
    const at = bangkok(d.paidAt);
    total += d.amountSatang;
    record(
      [
        'D',
        seq(),
        account,
        dmy(at.slice(0, 10)),
        at.slice(11, 19).replace(/:/g, ''),
        ' '.repeat(50),
        d.ref1.padEnd(20),
        d.ref2.padEnd(20),
        (d.ref3 ?? '').padEnd(20),
        (d.branch ?? '0001').padEnd(4),
        (d.teller ?? '0001').padEnd(4),
        d.kind ?? 'C',
        (d.transactionCode ?? 'CSH').padEnd(3),
        ' '.repeat(7),
        num(d.amountSatang, 13),
        '   ',
      ],
      { at: 34, text: d.customerName ?? '', width: 50 },
    );
  }
  record(['T', seq(), account, num(0, 13), num(0, 6), num(statement.trailer?.creditAmount ?? total, 13), num(statement.trailer?.creditCount ?? statement.details.length, 6)]);
  return Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\r\n')]));
}
