import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseBarcode, validate } from 'promptparse';
import { PaymentEntity, ReconcilePayments, parseBillStatement, ref1OfTrackingNumber, writeBillStatement } from '@bizportal/payments';
import { drive } from './support/flows';
import { attachRequiredDocuments } from './support/documents';
import { startPaymentApp } from './support/payment-gateway';
import { scanPdf } from './pdf-tools/codes';
import { sampleForm } from './support/sample-form';
import { COMPLETE_FOOD_FORM, KHLONG_TOEI_PREMISES } from './support/test-app';

describe('Bill payment: slip, statement import, counter entry, matching', () => {
  let s: Awaited<ReturnType<typeof startPaymentApp>>;
  beforeAll(async () => {
    s = await startPaymentApp();
  });
  afterAll(() => s.close());

  const as = (username: string) => s.bearer(username);
  const get = async (path: string, username = 'somchai') => s.t.http.get(`/api/v1${path}`).set(await as(username));
  const post = async (path: string, body: Record<string, unknown>, username: string) => s.t.http.post(`/api/v1${path}`).set(await as(username)).send(body);
  const upload = async (file: Buffer, username = 'officer.khlongtoei', name = 'KTB-20261209.txt') =>
    s.t.http.post('/api/v1/bill-payments/statements').set(await as(username)).attach('file', file, { filename: name, contentType: 'text/plain' });
  const status = async (id: string) => (await get(`/applications/${id}`)).body.status as string;
  const slipOf = async (id: string) => (await get(`/applications/${id}/bill-payment`)).body as { billerId: string; ref1: string; ref2: string; amountSatang: number };
  const writes = async () => ({
    imports: await s.t.count('bill_payment_imports'),
    lines: await s.t.count('bill_payment_lines'),
    payments: await s.t.count('payments'),
    events: await s.t.count('application_events'),
  });
  let account: { bankCode: string; accountNumber: string };
  const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const statement = (details: Parameters<typeof writeBillStatement>[0]['details'], extra: Partial<Parameters<typeof writeBillStatement>[0]> = {}) =>
    writeBillStatement({ ...account, companyName: 'สำนักงานเขตคลองเตย', effectiveDate: today(), details, ...extra });
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
  const db = () => s.t.app.get(DataSource);

  beforeAll(async () => {
    const biller = await get('/bill-payments/biller', 'officer.khlongtoei');
    expect(biller.status).toBe(200);
    account = { bankCode: biller.body.bankCode, accountNumber: biller.body.accountNumber };
  });

  /** A building permit (fee 10 THB, below the gateway's 20 THB) awaiting payment at Khlong Toei. */
  async function buildingPermitAwaitingPayment() {
    const schema = (await get('/licence-types/building-permit/workflow')).body.form ?? (await get('/licence-types/building-permit')).body.form;
    const res = await post('/applications', { licenceType: 'building-permit', business: 'restaurant', premises: KHLONG_TOEI_PREMISES, form: sampleForm(schema), confirmApplicantData: true }, 'somchai');
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    await attachRequiredDocuments(s.t, res.body.id);
    await drive(s.t, res.body.id, [
      { as: 'somchai', type: 'SUBMIT' },
      { as: 'officer.khlongtoei', type: 'RECEIVE' },
      { as: 'officer.khlongtoei', type: 'ACCEPT' },
      { as: 'approver.khlongtoei', type: 'APPROVE', data: { feeAmountSatang: 1000, feeReason: 'อาคารขนาดเล็ก / a small building' } },
    ]);
    expect(await status(res.body.id)).toBe('awaiting_payment');
    return res.body as { id: string; trackingNumber: string };
  }

  it('refuses an online payment below the gateway minimum and offers bill payment; the slip carries a Code 128 BOT barcode and a Thai QR tag 30 that read back', async () => {
    const app = await buildingPermitAwaitingPayment();
    const before = await s.t.count('payments', `application_id = '${app.id}'`);
    const online = await post(`/applications/${app.id}/payments`, { method: 'promptpay' }, 'somchai');
    expect(online.status).toBe(422);
    expect(online.body.code).toBe('AMOUNT_BELOW_GATEWAY_MINIMUM');
    expect(online.body.message).toMatch(/bill payment/);
    expect(online.body.details).toMatchObject({ amountSatang: 1000, minimumAmountSatang: 2000, payInstead: ['billpay', 'counter'] });
    expect(await s.t.count('payments', `application_id = '${app.id}'`)).toBe(before);

    const slip = await get(`/applications/${app.id}/bill-payment`);
    expect(slip.status).toBe(200);
    expect(slip.body).toMatchObject({ ref1: ref1OfTrackingNumber(app.trackingNumber), amountSatang: 1000, amountText: '10.00 บาท', onlinePossible: false });
    expect(slip.body.billerId).toMatch(/^\d{15}$/);
    expect(slip.body.barcode).toBe(`|${slip.body.billerId}\r${slip.body.ref1}\r${slip.body.ref2}\r1000`);

    const pdf = await s.t.http.get(`/api/v1/applications/${app.id}/bill-payment/slip.pdf`).set(await as('somchai')).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.body }).toString();
    expect(text).toContain('ใบแจ้งการชำระเงิน');
    expect(text).toContain(slip.body.ref1);
    expect(text).toContain('10.00 บาท');
    expect(text).toMatch(/25\d\d/); // the due date in the Buddhist era
    const codes = scanPdf(pdf.body);
    expect(codes).toHaveLength(2);
    const barcode = codes.find((c) => c.startsWith('|'));
    const qr = codes.find((c) => c.startsWith('000201'));
    expect(barcode).toBe(slip.body.barcode);
    expect(parseBarcode(barcode!)).toMatchObject({ billerId: slip.body.billerId, ref1: slip.body.ref1, ref2: slip.body.ref2, amount: 10 });
    expect(validate.billPayment(qr!)).toEqual({ billerId: slip.body.billerId, ref1: slip.body.ref1, ref2: slip.body.ref2, amount: 10 });

    // The office of the application reads it too; another office and a stranger do not.
    expect((await get(`/applications/${app.id}/bill-payment`, 'officer.khlongtoei')).status).toBe(200);
    expect((await get(`/applications/${app.id}/bill-payment`, 'officer.pathumwan')).status).toBe(404);
    expect((await get(`/applications/${app.id}/bill-payment`, 'suda')).status).toBe(404);
  });

  it('settles a fee from the bank statement as an online payment would (receipt, next step); the same file again settles nothing twice', async () => {
    const small = await buildingPermitAwaitingPayment();
    const food = await s.awaitingPayment();
    const qr = await post(`/applications/${food.id}/payments`, { method: 'promptpay' }, 'somchai');
    expect(qr.status).toBe(201);
    const [a, b] = [await slipOf(small.id), await slipOf(food.id)];
    const file = statement([
      { paidAt: minutesAgo(30), customerName: 'นายสมชาย ใจดี', ref1: a.ref1, ref2: a.ref2, amountSatang: 1000, branch: '0123', teller: '0007' },
      { paidAt: minutesAgo(20), customerName: 'นายสมชาย ใจดี', ref1: b.ref1, ref2: b.ref2, amountSatang: 200000, transactionCode: 'TRF' },
    ]);
    const first = await upload(file);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ source: 'statement', lineCount: 2, settled: 2, held: 0, alreadyImported: 0, totalSatang: 201000, fileName: 'KTB-20261209.txt' });
    expect(first.body.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.body.lines.map((l: { result: string }) => l.result)).toEqual(['settled', 'settled']);
    for (const app of [small, food]) expect(['issuing', 'completed']).toContain(await status(app.id));
    const payments = (await get(`/applications/${food.id}/payments`)).body;
    expect(payments.receipts).toHaveLength(1);
    expect(payments.payments.find((p: { method: string }) => p.method === 'billpay')).toMatchObject({ status: 'successful', amountSatang: 200000 });
    // The open PromptPay QR was closed at the gateway, so it cannot be paid as well.
    expect(s.chargeOf(qr.body.id).status).toBe('expired');
    const timeline = (await get(`/applications/${small.id}/timeline`)).body.entries as { event: string; data: Record<string, unknown> | null }[];
    expect(timeline.find((e) => e.event === 'PAYMENT_SUCCEEDED')!.data).toMatchObject({ method: 'billpay', amountSatang: 1000, bankReference: expect.stringContaining('/0123/0007/') });

    // The outbox goes on issuing both licences (events of their own): count once it has.
    await s.until(async () => (await status(small.id)) === 'completed' && (await status(food.id)) === 'completed');
    const counts = await writes();
    const again = await upload(file);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ settled: 0, held: 0, alreadyImported: 2 });
    expect(await writes()).toEqual({ ...counts, imports: counts.imports + 1 });
    const history = (await get('/bill-payments', 'head.khlongtoei')).body;
    expect(history.imports.slice(0, 2).map((i: { alreadyImported: number }) => i.alreadyImported)).toEqual([2, 0]);
    expect(history.imports[0].importedBy).toEqual({ id: 'user-officer-kt', displayName: 'นางวิไล ตรวจการ' });
    expect((await get(`/bill-payments/imports/${first.body.id}`, 'officer.khlongtoei')).body.lines).toHaveLength(2);
    expect((await get(`/bill-payments/imports/${first.body.id}`, 'officer.pathumwan')).status).toBe(404);
  });

  it('holds a second payment, a wrong amount and unknown or another office’s references, and loses none of them', async () => {
    const paid = await buildingPermitAwaitingPayment();
    const wrong = await buildingPermitAwaitingPayment();
    const [p, w] = [await slipOf(paid.id), await slipOf(wrong.id)];
    const settle = await upload(statement([{ paidAt: minutesAgo(50), ref1: p.ref1, ref2: p.ref2, amountSatang: 1000 }]));
    expect(settle.body.settled).toBe(1);
    // An application of Pathum Wan, whose references reach Khlong Toei's account.
    const other = await s.t.http.post('/api/v1/applications').set(await as('suda')).send({ licenceType: 'food-premises-permit', business: 'restaurant', premises: { address: '1 ถนนพระราม 1 แขวงรองเมือง เขตปทุมวัน กรุงเทพมหานคร 10330', provinceCode: '10', districtCode: '1007', subdistrictCode: '100701' }, form: COMPLETE_FOOD_FORM, confirmApplicantData: true });
    expect(other.status).toBe(201);
    const otherRef1 = ref1OfTrackingNumber(other.body.trackingNumber);

    const file = statement([
      { paidAt: minutesAgo(40), ref1: p.ref1, ref2: p.ref2, amountSatang: 1000, teller: '0002' },
      { paidAt: minutesAgo(35), ref1: w.ref1, ref2: w.ref2, amountSatang: 1500 },
      { paidAt: minutesAgo(30), ref1: '256900000000000013', ref2: '12345678903', amountSatang: 700 },
      { paidAt: minutesAgo(25), ref1: otherRef1, ref2: '00000000000', amountSatang: 200000 },
    ]);
    const res = await upload(file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ settled: 0, held: 4, alreadyImported: 0 });
    expect(res.body.lines.map((l: { holdReason: string }) => l.holdReason)).toEqual(['fee_already_paid', 'amount_mismatch', 'unknown_reference', 'other_office']);
    expect(res.body.lines[3].application).toBeNull();
    expect(await status(wrong.id)).toBe('awaiting_payment');
    // The first two are held payments the office refunds or accepts; the applicant was told.
    const held = (await get('/held-payments', 'officer.khlongtoei')).body.items as { application: { id: string }; method: string; hold: { reason: string }; needsRefundReference: boolean }[];
    expect(held.find((h) => h.application.id === paid.id)).toMatchObject({ method: 'billpay', hold: { reason: 'fee_already_paid' }, needsRefundReference: true });
    expect(held.find((h) => h.application.id === wrong.id)).toMatchObject({ method: 'billpay', hold: { reason: 'amount_mismatch' } });
    await s.until(async () => (await s.t.count('notifications', `application_id = '${wrong.id}' AND template = 'payment-held'`)) === 1); // the outbox delivers it
    // The other two are listed as unmatched money on the office's page.
    const unmatched = (await get('/bill-payments', 'officer.khlongtoei')).body.unmatched as { ref1: string; amountSatang: number }[];
    expect(unmatched.map((u) => u.amountSatang)).toEqual(expect.arrayContaining([700, 200000]));
    // Another office cannot settle this office's references: Pathum Wan's statement is refused.
    expect((await get(`/applications/${other.body.id}`, 'suda')).body.status).toBe('draft');
    const pathumWan = (await get('/bill-payments/biller', 'officer.pathumwan')).body;
    const foreign = writeBillStatement({ bankCode: pathumWan.bankCode, accountNumber: pathumWan.accountNumber, companyName: 'Pathum Wan', effectiveDate: today(), details: [{ paidAt: minutesAgo(10), ref1: w.ref1, ref2: w.ref2, amountSatang: 1000 }] });
    const counts = await writes();
    const refused = await upload(foreign, 'officer.khlongtoei');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('BILL_STATEMENT_OTHER_OFFICE');
    const viaPathumWan = await upload(foreign, 'officer.pathumwan');
    expect(viaPathumWan.status).toBe(201);
    expect(viaPathumWan.body.lines[0]).toMatchObject({ result: 'held', holdReason: 'other_office', application: null });
    expect(await status(wrong.id)).toBe('awaiting_payment');
    expect((await writes()).payments).toBe(counts.payments);
  });

  it('in one file: the same fee paid twice settles once and holds the second; a line repeated in the file counts once', async () => {
    const app = await buildingPermitAwaitingPayment();
    const ref = await slipOf(app.id);
    const first = { paidAt: minutesAgo(20), ref1: ref.ref1, ref2: ref.ref2, amountSatang: 1000, teller: '0007' };
    const res = await upload(statement([first, { ...first, paidAt: minutesAgo(15), teller: '0008' }, first]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ settled: 1, held: 1, alreadyImported: 1 });
    expect(res.body.lines.map((l: { result: string; holdReason: string | null }) => [l.result, l.holdReason])).toEqual([
      ['settled', null],
      ['held', 'fee_already_paid'],
      ['already_imported', null],
    ]);
    expect(await s.t.count('payments', `application_id = '${app.id}' AND method = 'billpay'`)).toBe(2);
    expect(await s.t.count('bill_payment_lines', `application_id = '${app.id}'`)).toBe(2);
  });

  it('a bill payment row left mid-way by a crashed import is not the gateway’s: starting PromptPay leaves it alone, and importing again settles it', async () => {
    const food = await s.awaitingPayment();
    const slip = await slipOf(food.id);
    const file = statement([{ paidAt: minutesAgo(30), ref1: slip.ref1, ref2: slip.ref2, amountSatang: 200000 }]);
    // What the import had written when its process died: the line's payment row, still `creating`, long past the gateway timeout.
    const identity = parseBillStatement(file, today()).details[0].identity;
    const invoiceId = (await db().query(`SELECT id FROM invoices WHERE application_id = '${food.id}' AND status = 'open'`))[0].id as string;
    const crashedId = randomUUID();
    const long = minutesAgo(15);
    await db().getRepository(PaymentEntity).insert({
      id: crashedId, invoiceId, applicationId: food.id, method: 'billpay', status: 'creating', amountSatang: 200000, currency: 'THB',
      idempotencyKey: `billpay:${createHash('sha256').update(`statement|${identity}`).digest('hex')}:billpay`,
      createdBy: 'user-officer-kt', createdAt: long, updatedAt: long,
    });

    const qr = await post(`/applications/${food.id}/payments`, { method: 'promptpay' }, 'somchai');
    expect(qr.status).toBe(201);
    expect(qr.body.method).toBe('promptpay');
    const crashed = () => db().getRepository(PaymentEntity).findOneByOrFail({ id: crashedId });
    expect(await crashed()).toMatchObject({ status: 'creating', failureCode: null });
    // Reconciliation does not touch it either.
    await s.t.app.get(ReconcilePayments).run();
    expect((await crashed()).status).toBe('creating');

    const again = await upload(file);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ settled: 1, held: 0 });
    expect(again.body.lines[0].paymentId).toBe(crashedId);
    expect(await crashed()).toMatchObject({ status: 'successful' });
    expect(await s.t.count('payments', `application_id = '${food.id}' AND method = 'billpay'`)).toBe(1);
    expect(s.chargeOf(qr.body.id).status).toBe('expired');
  });

  it('refuses each kind of bad file whole, naming the line, with nothing written', async () => {
    const app = await buildingPermitAwaitingPayment();
    const ref = await slipOf(app.id);
    const good = statement([
      { paidAt: minutesAgo(30), ref1: ref.ref1, ref2: ref.ref2, amountSatang: 1000 },
      { paidAt: minutesAgo(20), ref1: ref.ref1, ref2: ref.ref2, amountSatang: 1000 },
    ]);
    const patch = (line: number, column: number, text: string) => {
      const copy = Buffer.from(good);
      copy.write(text, (line - 1) * 258 + column - 1, 'latin1');
      return copy;
    };
    const unknownAccount = writeBillStatement({ bankCode: '014', accountNumber: '1234567890', companyName: 'x', effectiveDate: today(), details: [{ paidAt: minutesAgo(5), ref1: ref.ref1, ref2: ref.ref2, amountSatang: 1000 }] });
    const cases: [Buffer, number, string, number | undefined][] = [
      [Buffer.concat([good.subarray(0, 258), good.subarray(259)]), 422, 'BILL_STATEMENT_LINE_LENGTH', 2],
      [patch(2, 1, 'X'), 422, 'BILL_STATEMENT_RECORD_TYPE', 2],
      [patch(3, 21, '30022026'), 422, 'BILL_STATEMENT_DATE_INVALID', 3],
      [patch(2, 164, '00000000010.0'), 422, 'BILL_STATEMENT_AMOUNT_INVALID', 2],
      [patch(4, 53, '000001'), 422, 'BILL_STATEMENT_TRAILER_MISMATCH', 4],
      [patch(4, 40, '0000000003000'), 422, 'BILL_STATEMENT_TRAILER_MISMATCH', 4],
      [good.subarray(0, 3 * 258), 422, 'BILL_STATEMENT_RECORD_TYPE', 3],
      [unknownAccount, 422, 'BILL_STATEMENT_BILLER_UNKNOWN', 1],
      [Buffer.alloc(0), 400, 'BILL_STATEMENT_EMPTY', undefined],
    ];
    const counts = await writes();
    for (const [file, code, name, line] of cases) {
      const res = await upload(file);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: code, code: name });
      if (line) expect(res.body.details).toMatchObject({ line });
      if (line) expect(res.body.message).toMatch(new RegExp(`(Line|บรรทัดที่) ${line}`));
    }
    const none = await s.t.http.post('/api/v1/bill-payments/statements').set(await as('officer.khlongtoei')).field('note', 'x');
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('BILL_STATEMENT_FILE_REQUIRED');
    const huge = await upload(Buffer.alloc(8 * 1024 * 1024 + 10, 0x20));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('BILL_STATEMENT_TOO_LARGE');
    expect(await writes()).toEqual(counts);
    expect(await status(app.id)).toBe('awaiting_payment');
  });

  it('settles by the office’s counter entry through the same matching; the statement line of the same payment later counts once', async () => {
    const app = await buildingPermitAwaitingPayment();
    const ref = await slipOf(app.id);
    const paidAt = minutesAgo(15);
    const entry = { ref1: ref.ref1, ref2: ref.ref2, amountSatang: 1000, paidAt: paidAt.toISOString(), bankCode: '006', bankReference: 'FT2569120900123', payerName: 'นายสมชาย ใจดี' };
    const res = await post('/bill-payments/counter-entries', entry, 'officer.khlongtoei');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: 'counter', settled: 1, lines: [{ result: 'settled', bankReference: 'FT2569120900123', application: { id: app.id } }] });
    expect(['issuing', 'completed']).toContain(await status(app.id));
    const again = await post('/bill-payments/counter-entries', entry, 'head.khlongtoei');
    expect(again.body).toMatchObject({ settled: 0, alreadyImported: 1 });
    const later = await upload(statement([{ paidAt: new Date(paidAt.getTime() + 60_000), ref1: ref.ref1, ref2: ref.ref2, amountSatang: 1000 }]));
    expect(later.body).toMatchObject({ settled: 0, held: 0, alreadyImported: 1 });
    expect(await s.t.count('payments', `application_id = '${app.id}' AND method = 'billpay'`)).toBe(1);

    const counts = await writes();
    for (const [body, code] of [
      [{ ...entry, bankReference: 'X-1', paidAt: new Date(Date.now() + 3_600_000).toISOString() }, 'BILL_ENTRY_PAID_AT_INVALID'],
      [{ ...entry, bankReference: 'X-2', amountSatang: 0 }, 'VALIDATION_FAILED'],
      [{ ...entry, bankReference: 'X-3', ref1: 'abc' }, 'VALIDATION_FAILED'],
      [{ ...entry, bankReference: 'X-4', bankCode: '6' }, 'VALIDATION_FAILED'],
    ] as const) {
      const bad = await post('/bill-payments/counter-entries', body, 'officer.khlongtoei');
      expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code });
    }
    expect(await writes()).toEqual(counts);
  });

  it('lets only officers and heads of the office import or enter bill payments', async () => {
    const file = statement([{ paidAt: minutesAgo(5), ref1: '256900000000000013', ref2: '', amountSatang: 100 }]);
    const counts = await writes();
    for (const user of ['somchai', 'approver.khlongtoei', 'auditor']) {
      const res = await upload(file, user);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('ROLE_FORBIDDEN');
      expect((await post('/bill-payments/counter-entries', { ref1: '1', ref2: '', amountSatang: 1, paidAt: new Date().toISOString(), bankCode: '006', bankReference: 'A' }, user)).status).toBe(403);
      expect((await get('/bill-payments', user)).status).toBe(403);
    }
    expect(await writes()).toEqual(counts);
  });
});
