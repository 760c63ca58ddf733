import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { bangkokDateKey, canonicalJson, formatBaht } from '@bizportal/common';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { TransactionRunner } from '@bizportal/database';
import { ApplicationStore, CatalogueService, type ApplicationEntity } from '@bizportal/licensing';
import { botBarcodeString, isRef2, ref1OfTrackingNumber, ref2OfInvoice, thaiQrBillPayment, trackingNumberOfRef1, type BillReference } from './bill-references';
import { renderBillSlipPdf } from './bill-slip-pdf';
import { parseBillStatement } from './bill-statement';
import { Billers } from './billers';
import { BillPaymentImportEntity, BillPaymentLineEntity, InvoiceEntity, PaymentEntity, type BillLineHoldReason, type BillerEntity, type HoldReason } from './entities';
import { GatewayUnavailableError } from './omise-gateway';
import { PaymentErrors } from './payment-errors';
import { PaymentRecords } from './payment-records';
import { PaymentRecovery } from './payment-recovery';
import { GATEWAY_MINIMUM_SATANG } from './payment-settings';
import { HOLD_REASONS } from './payment-timeline';
import { amountInThaiWords } from './receipts';
import { SettlePayment } from './settle-payment';

/** The due date printed on a slip: this many days after the fee was raised (a later payment is still matched). */
export const BILL_DUE_DAYS = 30;
/** Who imports statements and enters bill payments: officers and the head of the office. */
const IMPORTERS = ['officer', 'head_of_office'];
/** A counter entry and a statement line are the same payment when refs and amount agree and the times are this close. */
const SAME_PAYMENT_WINDOW_MS = 5 * 60_000;
/** Lines matched together: read in bulk, written in one transaction. */
const MATCH_CHUNK = 500;
/** Rows per INSERT (17 columns: far below SQLite's and PostgreSQL's parameter limits). */
const INSERT_ROWS = 100;

export const BILL_HOLD_REASONS: Record<BillLineHoldReason, { th: string; en: string }> = {
  ...HOLD_REASONS,
  unknown_reference: { th: 'เลขที่อ้างอิงไม่ตรงกับคำขอหรือค่าธรรมเนียมใด', en: 'the references match no application or fee' },
  other_office: { th: 'เลขที่อ้างอิงเป็นของคำขอของสำนักงานอื่น', en: 'the references name another office’s application' },
};

export type LineResult = 'settled' | 'held' | 'already_imported';

/** One bill payment as the bank reported it (a statement's detail record, or the office's counter entry). */
interface ReportedPayment {
  lineNumber: number;
  ref1: string;
  ref2: string;
  amountSatang: number;
  paidAt: Date;
  bankCode: string;
  bankReference: string;
  payerName: string | null;
  /** What makes it this payment and no other (hashed into `line_key`). */
  identity: string;
}

/** A payment's hold reason as a line's (bill payments are in baht: a currency mismatch cannot happen, it reads as review). */
const lineReason = (reason: HoldReason | null): BillLineHoldReason => (reason === null || reason === 'currency_mismatch' ? 'review' : reason);

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Bill payment: the slip of an application's open fee, and its settlement from what the bank reports. Rules:
 * - Ref1 names the application, Ref2 its fee (bill-references.ts). A line settles the fee when both match an open fee
 *   of an application of the importing office awaiting payment, for exactly its amount: the same PAYMENT_SUCCEEDED
 *   as an online payment (receipt, next step), with the bank's time and reference in its data; open online payments
 *   of the fee are closed at the gateway first (if the gateway cannot be reached the fee is settled anyway: a QR paid
 *   later is a second payment of a paid fee, refunded automatically).
 * - A second payment of a paid fee, a wrong amount, a fee no longer due or already held becomes a held payment
 *   (SettlePayment.hold: the held-payments page, the timeline, the applicant told). References that match nothing,
 *   or another office's application, are kept as held lines of the importing office (listed on its bill payment
 *   page); no application is touched.
 * - Every line has an identity (`line_key`, unique): a line imported again is `already_imported` and nothing more
 *   happens, unless its matching was cut short (a crash), which importing again finishes. A counter entry and the
 *   statement line of the same payment (same refs and amount, times within 5 minutes) count once.
 */
@Injectable()
export class BillPayments {
  private readonly logger = new Logger(BillPayments.name);

  constructor(
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(BillPaymentImportEntity) private readonly imports: Repository<BillPaymentImportEntity>,
    @InjectRepository(BillPaymentLineEntity) private readonly lines: Repository<BillPaymentLineEntity>,
    private readonly applications: ApplicationStore,
    private readonly catalogue: CatalogueService,
    private readonly identity: UserDirectory,
    private readonly billers: Billers,
    private readonly records: PaymentRecords,
    private readonly recovery: PaymentRecovery,
    private readonly settlement: SettlePayment,
    private readonly transactions: TransactionRunner,
  ) {}

  // ---- the slip ----

  private async bill(user: AuthenticatedUser, applicationId: string) {
    const app = await this.applications.load(applicationId, user);
    const invoice = await this.records.openInvoice(app, app.applicantId === user.id ? 'applicant' : 'office');
    const biller = await this.billers.ofAgency(app.agencyId);
    if (!biller) throw PaymentErrors.create('BILL_PAYMENT_NOT_OFFERED', {}, { agencyId: app.agencyId });
    const ref: BillReference = { billerId: `${biller.taxId}${biller.suffix}`, ref1: ref1OfTrackingNumber(app.trackingNumber), ref2: ref2OfInvoice(invoice.id), amountSatang: invoice.amountSatang };
    const dueAt = new Date(invoice.createdAt.getTime() + BILL_DUE_DAYS * 86_400_000);
    return { app, invoice, biller, ref, dueAt };
  }

  async slip(user: AuthenticatedUser, applicationId: string) {
    const { app, invoice, biller, ref, dueAt } = await this.bill(user, applicationId);
    const agency = await this.identity.findAgency(biller.agencyId);
    return {
      billerId: ref.billerId,
      taxId: biller.taxId,
      suffix: biller.suffix,
      biller: { th: agency?.nameTh ?? biller.agencyId, en: agency?.nameEn ?? biller.agencyId },
      ref1: ref.ref1,
      ref2: ref.ref2,
      amountSatang: ref.amountSatang,
      amountText: formatBaht(ref.amountSatang),
      dueDate: bangkokDateKey(dueAt),
      barcode: botBarcodeString(ref),
      qrPayload: thaiQrBillPayment(ref),
      pdf: `/api/v1/applications/${app.id}/bill-payment/slip.pdf`,
      onlineMinimumSatang: GATEWAY_MINIMUM_SATANG,
      onlinePossible: invoice.amountSatang >= GATEWAY_MINIMUM_SATANG,
    };
  }

  async slipPdf(user: AuthenticatedUser, applicationId: string): Promise<{ pdf: Buffer; trackingNumber: string }> {
    const { app, ref, dueAt, biller } = await this.bill(user, applicationId);
    const [agency, payer, workflow] = await Promise.all([this.identity.findAgency(biller.agencyId), this.identity.findUser(app.applicantId), this.catalogue.workflow(app.licenceType, app.workflowVersion)]);
    const pdf = await renderBillSlipPdf({
      ...ref,
      taxId: biller.taxId,
      suffix: biller.suffix,
      agencyName: { th: agency?.nameTh ?? biller.agencyId, en: agency?.nameEn ?? biller.agencyId },
      payerName: payer?.displayNameTh ?? app.applicantId,
      licenceName: workflow.definition.name,
      trackingNumber: app.trackingNumber,
      dueAt,
      amountWordsTh: amountInThaiWords(ref.amountSatang),
      issuedAt: new Date(),
    });
    return { pdf, trackingNumber: app.trackingNumber };
  }

  // ---- what the bank reports ----

  private async importerBiller(user: AuthenticatedUser): Promise<BillerEntity> {
    const biller = user.roles.some((r) => IMPORTERS.includes(r)) ? await this.billers.ofAgency(user.agencyId) : null;
    if (!biller) throw PaymentErrors.create('BILL_PAYMENT_STAFF_ONLY');
    return biller;
  }

  async biller(user: AuthenticatedUser) {
    const biller = await this.importerBiller(user);
    return { billerId: `${biller.taxId}${biller.suffix}`, taxId: biller.taxId, suffix: biller.suffix, bankCode: biller.bankCode, accountNumber: biller.accountNumber };
  }

  /** Imports the bank's statement file: checked whole first (a bad file writes nothing), then matched line by line. */
  async importStatement(user: AuthenticatedUser, file: Buffer, fileName: string | null) {
    const mine = await this.importerBiller(user);
    const statement = parseBillStatement(file, bangkokDateKey(new Date()));
    const { bankCode, accountNumber } = statement.header;
    const biller = await this.billers.byAccount(bankCode, accountNumber);
    if (!biller) throw PaymentErrors.create('BILL_STATEMENT_BILLER_UNKNOWN', { line: 1, bankCode, accountNumber }, { line: 1, bankCode, accountNumber });
    if (biller.agencyId !== mine.agencyId) throw PaymentErrors.create('BILL_STATEMENT_OTHER_OFFICE', { line: 1, bankCode, accountNumber }, { line: 1 });
    const reported: ReportedPayment[] = statement.details.map((d) => ({
      lineNumber: d.line,
      ref1: d.ref1,
      ref2: d.ref2,
      amountSatang: d.amountSatang,
      paidAt: d.paidAt,
      bankCode,
      bankReference: `${bankCode}/${d.branch}/${d.teller}/${bangkokDateKey(d.paidAt)}`,
      payerName: d.customerName || null,
      identity: `statement|${d.identity}`,
    }));
    return this.run(user, mine.agencyId, { source: 'statement', fileName, fileSha256: sha256(file), statementDate: statement.header.effectiveDate, totalSatang: statement.totalSatang }, reported);
  }

  /** One bill payment the office saw in the bank's web statement, typed in: the same matching as a file's line. */
  async counterEntry(user: AuthenticatedUser, entry: { ref1: string; ref2: string; amountSatang: number; paidAt: string; bankCode: string; bankReference: string; payerName?: string }) {
    const mine = await this.importerBiller(user);
    const paidAt = new Date(entry.paidAt);
    const now = Date.now();
    if (Number.isNaN(paidAt.getTime()) || paidAt.getTime() > now + 60_000 || paidAt.getTime() < now - 366 * 86_400_000) {
      throw PaymentErrors.create('BILL_ENTRY_PAID_AT_INVALID', {}, [{ field: 'paidAt', problem: 'must not be in the future nor more than a year ago' }]);
    }
    const bankReference = entry.bankReference.trim();
    const reported: ReportedPayment = {
      lineNumber: 1,
      ref1: entry.ref1,
      ref2: entry.ref2,
      amountSatang: entry.amountSatang,
      paidAt,
      bankCode: entry.bankCode,
      bankReference,
      payerName: entry.payerName?.trim() || null,
      identity: `counter|${mine.agencyId}|${entry.bankCode}|${bankReference}`,
    };
    const fileSha256 = sha256(canonicalJson({ ...entry, bankReference }));
    return this.run(user, mine.agencyId, { source: 'counter', fileName: null, fileSha256, statementDate: null, totalSatang: entry.amountSatang }, [reported]);
  }

  private async run(user: AuthenticatedUser, agencyId: string, meta: Pick<BillPaymentImportEntity, 'source' | 'fileName' | 'fileSha256' | 'statementDate' | 'totalSatang'>, reported: ReportedPayment[]) {
    const started = new Date();
    const record = Object.assign(new BillPaymentImportEntity(), {
      id: randomUUID(),
      agencyId,
      ...meta,
      lineCount: reported.length,
      settled: 0,
      held: 0,
      alreadyImported: 0,
      importedBy: user.id,
      importedAt: started,
      finishedAt: null as Date | null,
    });
    await this.imports.insert(record);
    const results: { line: BillPaymentLineEntity; result: LineResult }[] = [];
    const seen = new Map<string, BillPaymentLineEntity>();
    for (let from = 0; from < reported.length; from += MATCH_CHUNK) {
      for (const outcome of await this.matchChunk(user, record, reported.slice(from, from + MATCH_CHUNK), seen)) {
        results.push(outcome);
        if (outcome.result === 'settled') record.settled++;
        else if (outcome.result === 'held') record.held++;
        else record.alreadyImported++;
      }
    }
    record.finishedAt = new Date();
    await this.imports.update({ id: record.id }, { settled: record.settled, held: record.held, alreadyImported: record.alreadyImported, finishedAt: record.finishedAt });
    this.logger.log(`Bill payment import ${record.id} (${record.source}, ${reported.length} lines): ${record.settled} settled, ${record.held} held, ${record.alreadyImported} already imported`);
    return this.importView(record, await this.lineViews(results.map((r) => ({ ...r.line, result: r.result }))));
  }

  /**
   * Matches a run of reported payments, each once. Read in bulk: the lines already recorded (by key), the
   * applications their Ref1s name, those applications' fees, earlier lines of the same refs (twins). Written in bulk,
   * one transaction: the new lines, final at once when nothing is to be paid (unknown refs, another office's), else
   * `pending`. Then per payable line its payment row and its settlement (each its own transaction, as online payments
   * are settled), the lines' outcomes written together at the end. A crash in between leaves lines `pending`, with
   * their payment rows keyed by the line (`billpay:{lineKey}`): importing again finds that row and finishes the line.
   */
  private async matchChunk(user: AuthenticatedUser, record: BillPaymentImportEntity, chunk: ReportedPayment[], seen: Map<string, BillPaymentLineEntity>): Promise<{ line: BillPaymentLineEntity; result: LineResult }[]> {
    const keyed = chunk.map((payment) => ({ payment, lineKey: sha256(payment.identity) }));
    const recorded = new Map((await this.lines.findBy({ lineKey: In(keyed.map((k) => k.lineKey)) })).map((l) => [l.lineKey, l]));
    const trackingNumbers = [...new Set(keyed.map((k) => trackingNumberOfRef1(k.payment.ref1)).filter((t): t is string => t !== null))];
    const apps = new Map((trackingNumbers.length ? await this.applications.find({ where: { trackingNumber: In(trackingNumbers) } }) : []).map((a) => [a.trackingNumber, a]));
    const ours = [...apps.values()].filter((a) => a.agencyId === record.agencyId).map((a) => a.id);
    const invoicesOf = new Map<string, InvoiceEntity[]>();
    for (const invoice of ours.length ? await this.invoices.findBy({ applicationId: In(ours) }) : []) invoicesOf.set(invoice.applicationId, [...(invoicesOf.get(invoice.applicationId) ?? []), invoice]);
    const twins = await this.lines.find({ where: { agencyId: record.agencyId, ref1: In([...new Set(chunk.map((c) => c.ref1))]), outcome: In(['settled', 'held']) } });
    const paired = new Set<string>();

    type Step = { payment: ReportedPayment; line: BillPaymentLineEntity; result?: LineResult; app?: ApplicationEntity; invoice?: InvoiceEntity; final?: Partial<BillPaymentLineEntity> };
    const steps: Step[] = [];
    const fresh: BillPaymentLineEntity[] = [];
    for (const { payment, lineKey } of keyed) {
      const known = recorded.get(lineKey) ?? seen.get(lineKey);
      // The same line twice in one file, or a line recorded before and finished: nothing more happens.
      if (known && (known.outcome !== 'pending' || seen.has(lineKey))) {
        steps.push({ payment, line: known, result: 'already_imported' });
        continue;
      }
      const trackingNumber = trackingNumberOfRef1(payment.ref1);
      const app = trackingNumber ? apps.get(trackingNumber) : undefined;
      const invoice = app && app.agencyId === record.agencyId && isRef2(payment.ref2) ? (invoicesOf.get(app.id) ?? []).find((i) => ref2OfInvoice(i.id) === payment.ref2) : undefined;
      // Money in this office's account for another office's fee: kept here; the other application is not touched or named.
      const final: Partial<BillPaymentLineEntity> = !app
        ? { outcome: 'held', holdReason: 'unknown_reference' }
        : app.agencyId !== record.agencyId
          ? { outcome: 'held', holdReason: 'other_office' }
          : !invoice
            ? { outcome: 'held', holdReason: 'unknown_reference', applicationId: app.id }
            : {};
      const line =
        known ??
        Object.assign(new BillPaymentLineEntity(), {
          id: randomUUID(),
          lineKey,
          importId: record.id,
          lineNumber: payment.lineNumber,
          agencyId: record.agencyId,
          ref1: payment.ref1,
          ref2: payment.ref2,
          amountSatang: payment.amountSatang,
          paidAt: payment.paidAt,
          bankCode: payment.bankCode,
          bankReference: payment.bankReference.slice(0, 60),
          payerName: payment.payerName?.slice(0, 100) ?? null,
          outcome: 'pending' as const,
          holdReason: null,
          applicationId: null,
          paymentId: null,
          createdAt: new Date(),
          ...final,
        });
      if (!known) fresh.push(line);
      seen.set(lineKey, line);
      steps.push({ payment, line, app, invoice, ...(final.outcome ? { result: 'held' as const, final } : {}) });
    }
    if (fresh.length > 0 && !(await this.insertLines(fresh))) {
      // Some of these lines were recorded meanwhile by a concurrent import: one by one, the unique key decides.
      for (const step of steps.filter((st) => fresh.includes(st.line))) {
        try {
          await this.lines.insert(step.line);
        } catch (error) {
          const other = await this.lines.findOneBy({ lineKey: step.line.lineKey });
          if (!other) throw error;
          Object.assign(step, { line: other, result: 'already_imported' as const, invoice: undefined });
          seen.set(other.lineKey, other);
        }
      }
    }
    // A held line that was pending (a crash before its outcome) gets its outcome now.
    const finished: { line: BillPaymentLineEntity; fields: Partial<BillPaymentLineEntity> }[] = steps
      .filter((st) => st.result === 'held' && !fresh.includes(st.line) && st.line.outcome === 'pending')
      .map((st) => ({ line: st.line, fields: st.final! }));

    for (const step of steps) {
      if (step.result || !step.app || !step.invoice) continue;
      const { payment: reported, line } = step;
      const twin = this.twinOf(line, reported, twins);
      const fields: Partial<BillPaymentLineEntity> = await (async () => {
        if (twin && !paired.has(twin.paymentId!) && (await this.isUnpairedTwin(twin, reported))) {
          paired.add(twin.paymentId!); // outcomes are written at the end of the run of lines: a second line cannot pair with it
          return { outcome: twin.outcome, holdReason: twin.holdReason, applicationId: twin.applicationId, paymentId: twin.paymentId };
        }
        // Read again now: an earlier line of this run (or a webhook meanwhile) may have paid this fee.
        const app = await this.applications.getById(step.app!.id);
        const invoice = await this.invoices.findOneByOrFail({ id: step.invoice!.id });
        const { payment } = await this.records.createPaymentRow(invoice, 'billpay', `billpay:${line.lineKey}`, user.id, new Date(), { agencyId: app.agencyId, amountSatang: reported.amountSatang });
        const held = await this.settle(app, invoice, payment, reported);
        return { applicationId: app.id, paymentId: payment.id, outcome: held === null ? 'settled' : 'held', holdReason: held };
      })();
      step.result = fields.paymentId && twin && fields.paymentId === twin.paymentId ? 'already_imported' : fields.outcome === 'settled' ? 'settled' : 'held';
      finished.push({ line, fields });
    }
    if (finished.length > 0) {
      await this.transactions.run(async (manager) => {
        for (const { line, fields } of finished) await manager.update(BillPaymentLineEntity, { id: line.id }, fields);
      });
      for (const { line, fields } of finished) Object.assign(line, fields);
    }
    return steps.map((st) => ({ line: st.line, result: st.result! }));
  }

  /** Writes new lines in one transaction; false (nothing written) when one of their keys is taken. */
  private async insertLines(fresh: BillPaymentLineEntity[]): Promise<boolean> {
    try {
      await this.transactions.run(async (manager) => {
        for (let i = 0; i < fresh.length; i += INSERT_ROWS) await manager.insert(BillPaymentLineEntity, fresh.slice(i, i + INSERT_ROWS));
      });
      return true;
    } catch (error) {
      const taken = await this.lines.countBy({ lineKey: In(fresh.map((l) => l.lineKey)) });
      if (taken === 0) throw error;
      return false;
    }
  }

  /**
   * A statement line whose payment the office already entered by hand (or the other way round): same refs and amount,
   * paid within 5 minutes of each other, from the other source (`twins`: the office's finished lines of these Ref1s).
   */
  private twinOf(line: BillPaymentLineEntity, reported: ReportedPayment, twins: BillPaymentLineEntity[]): BillPaymentLineEntity | null {
    return (
      twins.find(
        (c) =>
          c.id !== line.id &&
          c.paymentId !== null &&
          c.ref1 === reported.ref1 &&
          c.ref2 === reported.ref2 &&
          c.amountSatang === reported.amountSatang &&
          Math.abs(c.paidAt.getTime() - reported.paidAt.getTime()) <= SAME_PAYMENT_WINDOW_MS,
      ) ?? null
    );
  }

  /** The twin came from the other source and no other line is paired with its payment yet. */
  private async isUnpairedTwin(candidate: BillPaymentLineEntity, reported: ReportedPayment): Promise<boolean> {
    const fromCounter = reported.identity.startsWith('counter|');
    const candidateImport = await this.imports.findOneBy({ id: candidate.importId });
    if (!candidateImport || (candidateImport.source === 'counter') === fromCounter) return false;
    return (await this.lines.countBy({ paymentId: candidate.paymentId! })) === 1;
  }

  /** Settles the fee (null) or holds the money, saying why. */
  private async settle(app: ApplicationEntity, invoice: InvoiceEntity, payment: PaymentEntity, reported: ReportedPayment): Promise<BillLineHoldReason | null> {
    const current = await this.payments.findOneByOrFail({ id: payment.id });
    if (current.appliedAt || current.status === 'successful') return null;
    if (['held', 'refunding', 'refunded'].includes(current.status)) return lineReason(current.holdReason);
    const amount = formatBaht(reported.amountSatang);
    let hold: [HoldReason, string] | null =
      invoice.status === 'paid'
        ? ['fee_already_paid', `the fee was already paid; bill payment ${reported.bankReference} of ${amount} is a second payment`]
        : invoice.status === 'cancelled' || app.status !== 'awaiting_payment'
          ? ['not_awaiting_payment', `the application is '${app.status}', not awaiting payment`]
          : invoice.status === 'held'
            ? ['review', 'another payment of this fee is held for the office']
            : reported.amountSatang !== invoice.amountSatang
              ? ['amount_mismatch', `bill payment of ${reported.amountSatang} satang differs from the fee's ${invoice.amountSatang}`]
              : null;
    if (!hold) {
      try {
        const paidOnline = await this.recovery.closeOpen(invoice);
        if (paidOnline) hold = ['fee_already_paid', `the fee was paid online (${paidOnline.method}) before the bill payment was matched`];
      } catch (error) {
        if (!(error instanceof GatewayUnavailableError)) throw error;
        this.logger.warn(`Open online payments of invoice ${invoice.id} not closed (${error.reason}); the bill payment settles the fee`);
      }
    }
    if (hold) {
      await this.settlement.hold(current, reported.amountSatang, invoice, hold[0], hold[1]);
    } else {
      await this.settlement.apply(current, 'PAYMENT_SUCCEEDED', null, { paidAt: reported.paidAt, bankReference: reported.bankReference });
    }
    const after = await this.payments.findOneByOrFail({ id: payment.id });
    if (after.status === 'successful') return null;
    return lineReason(after.holdReason);
  }

  // ---- what the office reads ----

  async list(user: AuthenticatedUser) {
    const mine = await this.importerBiller(user);
    const records = await this.imports.find({ where: { agencyId: mine.agencyId }, order: { importedAt: 'DESC' }, take: 100 });
    const users = new Map((await this.identity.findUsers(records.map((r) => r.importedBy))).map((u) => [u.id, u]));
    const unmatched = await this.lines.find({ where: { agencyId: mine.agencyId, outcome: 'held', paymentId: IsNull() }, order: { createdAt: 'DESC' }, take: 200 });
    return {
      imports: records.map((r) => this.importSummary(r, users.get(r.importedBy)?.displayNameTh ?? r.importedBy)),
      unmatched: await this.lineViews(unmatched.map((l) => ({ ...l, result: 'held' as const }))),
    };
  }

  async detail(user: AuthenticatedUser, importId: string) {
    const mine = await this.importerBiller(user);
    const record = await this.imports.findOneBy({ id: importId, agencyId: mine.agencyId });
    if (!record) throw PaymentErrors.create('BILL_IMPORT_NOT_FOUND', { id: importId });
    const lines = await this.lines.find({ where: { importId }, order: { lineNumber: 'ASC' } });
    return this.importView(record, await this.lineViews(lines.map((l) => ({ ...l, result: l.outcome === 'settled' ? ('settled' as const) : ('held' as const) }))));
  }

  private importSummary(r: BillPaymentImportEntity, importedByName: string) {
    return {
      id: r.id,
      source: r.source,
      fileName: r.fileName,
      fileSha256: r.fileSha256,
      statementDate: r.statementDate,
      lineCount: r.lineCount,
      settled: r.settled,
      held: r.held,
      alreadyImported: r.alreadyImported,
      totalSatang: r.totalSatang,
      totalText: formatBaht(r.totalSatang),
      importedBy: { id: r.importedBy, displayName: importedByName },
      importedAt: r.importedAt,
      finishedAt: r.finishedAt,
    };
  }

  private async importView(record: BillPaymentImportEntity, lines: Awaited<ReturnType<BillPayments['lineViews']>>) {
    const by = await this.identity.findUser(record.importedBy);
    return { ...this.importSummary(record, by?.displayNameTh ?? record.importedBy), lines };
  }

  private async lineViews(lines: (BillPaymentLineEntity & { result: LineResult })[]) {
    const apps = new Map((await this.applications.findByIds([...new Set(lines.map((l) => l.applicationId).filter((id): id is string => !!id))])).map((a) => [a.id, a]));
    return lines.map((l) => {
      const app = l.applicationId ? apps.get(l.applicationId) : undefined;
      return {
        lineNumber: l.lineNumber,
        result: l.result,
        outcome: l.outcome,
        ref1: l.ref1,
        ref2: l.ref2,
        amountSatang: l.amountSatang,
        amountText: formatBaht(l.amountSatang),
        paidAt: l.paidAt,
        bankCode: l.bankCode,
        bankReference: l.bankReference,
        payerName: l.payerName,
        holdReason: l.holdReason,
        holdReasonText: l.holdReason ? BILL_HOLD_REASONS[l.holdReason] : null,
        application: app ? { id: app.id, trackingNumber: app.trackingNumber } : null,
        paymentId: l.paymentId,
      };
    });
  }
}
