import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate, parseBarcode } from 'promptparse';
import { DomainError } from '@bizportal/common';
import { botBarcodeString, isRef2, luhnCheckDigit, ref1OfTrackingNumber, ref2OfInvoice, thaiQrBillPayment, trackingNumberOfRef1 } from './bill-references';
import { parseBillStatement, RECORD_LENGTH, writeBillStatement } from './bill-statement';

const FIXTURE = join(__dirname, '__fixtures__', 'bill-statement-256.txt');
const TODAY = '2026-12-10';

function refusal(file: Buffer): { code: string; details: unknown; message: string } {
  try {
    parseBillStatement(file, TODAY);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details, message: error.message };
    throw error;
  }
  throw new Error('the file was accepted');
}

/** Replaces columns from..to (1-based) of a line (1-based) with text. */
function patch(file: Buffer, line: number, from: number, text: string): Buffer {
  const copy = Buffer.from(file);
  copy.write(text, (line - 1) * (RECORD_LENGTH + 2) + from - 1, 'latin1');
  return copy;
}

describe('bill payment references', () => {
  it('Ref1 carries the tracking number with a Luhn check digit, and only ours come back', () => {
    const ref1 = ref1OfTrackingNumber('BP2569-0ABC12XZ');
    expect(ref1).toMatch(/^2569\d{14}$/);
    expect(trackingNumberOfRef1(ref1)).toBe('BP2569-0ABC12XZ');
    expect(trackingNumberOfRef1(`${ref1.slice(0, -1)}${(Number(ref1.slice(-1)) + 1) % 10}`)).toBeNull();
    expect(trackingNumberOfRef1('12345')).toBeNull();
    expect(luhnCheckDigit('7992739871')).toBe(3); // the textbook example
  });

  it('Ref2 names the invoice with a check digit', () => {
    const ref2 = ref2OfInvoice('0f1e2d3c-0000-4000-8000-000000000000');
    expect(ref2).toBe(`0253635900${luhnCheckDigit('0253635900')}`);
    expect(isRef2(ref2)).toBe(true);
    expect(isRef2(`${ref2.slice(0, -1)}${(Number(ref2.slice(-1)) + 1) % 10}`)).toBe(false);
  });

  it('makes the BOT barcode string and the Thai QR tag 30 payload that the parsers read back', () => {
    const ref = { billerId: '099400016520300', ref1: ref1OfTrackingNumber('BP2569-0ABC12XZ'), ref2: '02536359007', amountSatang: 1050 };
    expect(botBarcodeString(ref)).toBe(`|099400016520300\r${ref.ref1}\r02536359007\r1050`);
    expect(parseBarcode(botBarcodeString(ref))).toMatchObject({ billerId: ref.billerId, ref1: ref.ref1, ref2: ref.ref2, amount: 10.5 });
    expect(validate.billPayment(thaiQrBillPayment(ref))).toEqual({ billerId: ref.billerId, ref1: ref.ref1, ref2: ref.ref2, amount: 10.5 });
  });
});

describe('the 256-byte bill payment statement', () => {
  it('reads the fixture: header, details in Bangkok time with Thai names (TIS-620), trailer totals', () => {
    const statement = parseBillStatement(readFileSync(FIXTURE), TODAY);
    expect(statement.header).toEqual({ bankCode: '006', accountNumber: '9000000001', companyName: 'สำนักงานเขตคลองเตย', effectiveDate: '2026-12-09' });
    expect(statement.details).toHaveLength(2);
    expect(statement.details[0]).toMatchObject({ line: 2, customerName: 'นายสมชาย ใจดี', ref1: '256900000000000013', ref2: '02536359007', amountSatang: 1000, branch: '0123', teller: '0007', transactionCode: 'CSH' });
    expect(statement.details[0].paidAt.toISOString()).toBe('2026-12-09T03:15:30.000Z');
    expect(statement.totalSatang).toBe(3000);
  });

  it('writes what it reads', () => {
    const file = writeBillStatement({
      bankCode: '006',
      accountNumber: '9000000001',
      companyName: 'สำนักงานเขตคลองเตย',
      effectiveDate: '2026-12-09',
      details: [{ paidAt: new Date('2026-12-09T03:15:30Z'), customerName: 'นายสมชาย ใจดี', ref1: '256900000000000013', ref2: '02536359007', branch: '0123', teller: '0007', amountSatang: 1000 }],
    });
    expect(file.length).toBe(3 * (RECORD_LENGTH + 2));
    expect(parseBillStatement(file, TODAY).details[0]).toMatchObject({ ref1: '256900000000000013', amountSatang: 1000, customerName: 'นายสมชาย ใจดี' });
  });

  it('refuses a bad file whole, naming the line and what is wrong', () => {
    const good = readFileSync(FIXTURE);
    expect(refusal(Buffer.alloc(0)).code).toBe('BILL_STATEMENT_EMPTY');
    const short = Buffer.concat([good.subarray(0, RECORD_LENGTH + 2), good.subarray(RECORD_LENGTH + 2, 2 * RECORD_LENGTH + 1), good.subarray(2 * RECORD_LENGTH + 2)]);
    expect(refusal(short)).toMatchObject({ code: 'BILL_STATEMENT_LINE_LENGTH', details: { line: 2, length: 255 } });
    const utf8 = Buffer.concat([good.subarray(0, RECORD_LENGTH + 2), Buffer.from(`${'D000002'}${'x'.repeat(20)}ชื่อ${' '.repeat(RECORD_LENGTH - 31)}\r\n`, 'utf8'), good.subarray(2 * (RECORD_LENGTH + 2))]);
    expect(refusal(utf8).message).toMatch(/Line 2 .*UTF-8/);
    expect(refusal(patch(good, 1, 1, 'X'))).toMatchObject({ code: 'BILL_STATEMENT_RECORD_TYPE', details: { line: 1, found: 'X' } });
    expect(refusal(patch(good, 3, 1, 'T'))).toMatchObject({ code: 'BILL_STATEMENT_RECORD_TYPE', details: { line: 3, expected: 'D' } });
    expect(refusal(patch(good, 3, 2, '000009'))).toMatchObject({ code: 'BILL_STATEMENT_FIELD_INVALID', details: { line: 3, field: 'sequence number' } });
    expect(refusal(patch(good, 2, 21, '31022026'))).toMatchObject({ code: 'BILL_STATEMENT_DATE_INVALID', details: { line: 2, field: 'payment date', columns: [21, 28] } });
    expect(refusal(patch(good, 2, 29, '246000'))).toMatchObject({ code: 'BILL_STATEMENT_DATE_INVALID', details: { line: 2, field: 'payment time' } });
    expect(refusal(patch(good, 1, 61, '11122026'))).toMatchObject({ code: 'BILL_STATEMENT_DATE_INVALID', details: { line: 1, field: 'effective date' } });
    expect(refusal(patch(good, 3, 164, '00000000020.0'))).toMatchObject({ code: 'BILL_STATEMENT_AMOUNT_INVALID', details: { line: 3, field: 'amount', columns: [164, 176] } });
    expect(refusal(patch(good, 3, 164, '0000000000000'))).toMatchObject({ code: 'BILL_STATEMENT_AMOUNT_INVALID', details: { line: 3 } });
    expect(refusal(patch(good, 3, 153, 'D'))).toMatchObject({ code: 'BILL_STATEMENT_FIELD_INVALID', details: { line: 3, field: 'kind of transaction' } });
    expect(refusal(patch(good, 2, 11, '9000000002'))).toMatchObject({ code: 'BILL_STATEMENT_FIELD_INVALID', details: { line: 2, field: 'company account' } });
    expect(refusal(patch(good, 2, 85, 'ab                  '))).toMatchObject({ code: 'BILL_STATEMENT_FIELD_INVALID', details: { line: 2, field: 'Ref1' } });
    expect(refusal(patch(good, 4, 53, '000003'))).toMatchObject({ code: 'BILL_STATEMENT_TRAILER_MISMATCH', details: { line: 4, field: 'total credit count', stated: 3, counted: 2 } });
    expect(refusal(patch(good, 4, 40, '0000000002999'))).toMatchObject({ code: 'BILL_STATEMENT_TRAILER_MISMATCH', details: { field: 'total credit amount', stated: 2999, counted: 3000 } });
    // Cut short: the trailer is missing.
    expect(refusal(good.subarray(0, 3 * (RECORD_LENGTH + 2)))).toMatchObject({ code: 'BILL_STATEMENT_RECORD_TYPE', details: { line: 3, expected: 'T' } });
  });
});
