import { Column, Entity, PrimaryColumn } from 'typeorm';
import { binaryColumnType, timestampColumnType } from '@bizportal/database';
import type { ComputedFeeLine } from '@bizportal/engine';

/** `cancelled`: the request was closed before it was paid (its licence was revoked); it is not collected. */
export type InvoiceStatus = 'open' | 'paid' | 'held' | 'cancelled';

/** A fee due on an application, raised by the workflow's `request-payment` effect. */
@Entity('invoices')
export class InvoiceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  /** One invoice per effect: running the effect twice cannot bill twice. */
  @Column({ name: 'outbox_id', type: 'varchar', length: 64, unique: true })
  outboxId: string;

  @Column({ name: 'fee_code', type: 'varchar', length: 40 })
  feeCode: string;

  @Column({ name: 'amount_satang', type: 'integer' })
  amountSatang: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 10 })
  status: InvoiceStatus;

  /** The lines as computed when the fee was raised, each with how it was computed; null on invoices raised before fee lines. */
  @Column({ type: 'simple-json', nullable: true })
  lines: ComputedFeeLine[] | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'paid_at', type: timestampColumnType(), nullable: true })
  paidAt: Date | null;
}

/** `billpay`: a bank's cross-bank bill payment (slip, barcode or QR at a bank counter or app), settled from its statement or the office's entry. */
export type PaymentMethod = 'promptpay' | 'card' | 'counter' | 'billpay';
/**
 * `creating` while the gateway is asked; `error` when it could not be reached (nothing was paid);
 * `held` when money arrived that cannot pay the fee as it is (an officer refunds or accepts it);
 * `refunding` while its refund is asked of the gateway, `refunded` once the money went back.
 */
export type PaymentStatus = 'creating' | 'pending' | 'successful' | 'failed' | 'expired' | 'error' | 'held' | 'refunding' | 'refunded';

/** Why money was held (stable codes the API and the pages explain). */
export type HoldReason = 'amount_mismatch' | 'currency_mismatch' | 'fee_already_paid' | 'not_awaiting_payment' | 'review';
export type PaymentResolution = 'refunded' | 'accepted';

@Entity('payments')
export class PaymentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'invoice_id', type: 'varchar', length: 64 })
  invoiceId: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ type: 'varchar', length: 10 })
  method: PaymentMethod;

  @Column({ type: 'varchar', length: 10 })
  status: PaymentStatus;

  @Column({ name: 'amount_satang', type: 'integer' })
  amountSatang: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** Our own key: the same invoice, method and attempt never create a second charge. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ name: 'charge_id', type: 'varchar', length: 64, nullable: true, unique: true })
  chargeId: string | null;

  /**
   * One of several fees paid with one charge (a bundle's "pay together"): the shared charge's own idempotency key, in
   * its metadata as `sharedChargeKey`. Such a row keeps `charge_id` null (unique per row); settling the charge pays
   * every row with this key, each with its own amount and receipt.
   */
  @Column({ name: 'shared_charge_key', type: 'varchar', length: 200, nullable: true })
  sharedChargeKey: string | null;

  @Column({ name: 'qr_download_uri', type: 'text', nullable: true })
  qrDownloadUri: string | null;

  @Column({ name: 'authorize_uri', type: 'text', nullable: true })
  authorizeUri: string | null;

  @Column({ name: 'expires_at', type: timestampColumnType(), nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'paid_at', type: timestampColumnType(), nullable: true })
  paidAt: Date | null;

  @Column({ name: 'failure_code', type: 'varchar', length: 80, nullable: true })
  failureCode: string | null;

  @Column({ name: 'failure_message', type: 'text', nullable: true })
  failureMessage: string | null;

  /** When this payment's outcome was sent to the application; set once, in the same transaction as the event. */
  @Column({ name: 'applied_at', type: timestampColumnType(), nullable: true })
  appliedAt: Date | null;

  /** The office's own paper receipt number (counter payments): unique per office with `agencyId`. */
  @Column({ name: 'office_receipt_number', type: 'varchar', length: 60, nullable: true })
  officeReceiptNumber: string | null;

  /** The office the fee is paid to (the application's), copied so that receipt numbers are unique per office. */
  @Column({ name: 'agency_id', type: 'varchar', length: 64, nullable: true })
  agencyId: string | null;

  @Column({ name: 'hold_reason', type: 'varchar', length: 40, nullable: true })
  holdReason: HoldReason | null;

  @Column({ name: 'held_at', type: timestampColumnType(), nullable: true })
  heldAt: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  resolution: PaymentResolution | null;

  @Column({ name: 'resolution_reason', type: 'text', nullable: true })
  resolutionReason: string | null;

  /** The officer who resolved it, or 'system' for a duplicate refunded automatically. */
  @Column({ name: 'resolved_by', type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: timestampColumnType(), nullable: true })
  resolvedAt: Date | null;

  /** The gateway's refund (`rfnd_…`). */
  @Column({ name: 'refund_id', type: 'varchar', length: 64, nullable: true })
  refundId: string | null;

  /** Money the gateway never saw (counter): the office's own reference of how it paid the money back. */
  @Column({ name: 'refund_reference', type: 'varchar', length: 80, nullable: true })
  refundReference: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt: Date;
}

/** An e-receipt: numbered per agency and Thai fiscal year (October to September, Buddhist era). */
@Entity('receipts')
export class ReceiptEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'receipt_number', type: 'varchar', length: 80, unique: true })
  receiptNumber: string;

  @Column({ name: 'payment_id', type: 'varchar', length: 64, unique: true })
  paymentId: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear: number;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ name: 'amount_satang', type: 'integer' })
  amountSatang: number;

  @Column({ name: 'amount_words_th', type: 'text' })
  amountWordsTh: string;

  @Column({ name: 'payer_name', type: 'varchar', length: 300 })
  payerName: string;

  @Column({ type: 'varchar', length: 10 })
  method: PaymentMethod;

  @Column({ name: 'issued_at', type: timestampColumnType() })
  issuedAt: Date;

  /** The signed PDF (PAdES B-LT), made when the receipt is first downloaded; null until then. */
  @Column({ type: binaryColumnType(), nullable: true, select: false })
  pdf?: Buffer | null;

  @Column({ name: 'pdf_sha256', type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;
}

@Entity('receipt_sequences')
export class ReceiptSequenceEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' })
  fiscalYear: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}

/** Gateway events already handled: a webhook delivered three times is handled once. */
@Entity('gateway_events')
export class GatewayEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'charge_id', type: 'varchar', length: 64, nullable: true })
  chargeId: string | null;

  @Column({ type: 'varchar', length: 40 })
  outcome: string;

  @Column({ name: 'received_at', type: timestampColumnType() })
  receivedAt: Date;
}

/**
 * An office as a biller of the Bank of Thailand's cross-bank bill payment: its biller ID is the tax ID (13 digits)
 * and a suffix (2 digits); the bank account the payments reach (bank code and account number) names it in the
 * bank's statement file.
 */
@Entity('billers')
export class BillerEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ name: 'tax_id', type: 'varchar', length: 13 })
  taxId: string;

  @Column({ type: 'varchar', length: 2 })
  suffix: string;

  @Column({ name: 'bank_code', type: 'varchar', length: 3 })
  bankCode: string;

  @Column({ name: 'account_number', type: 'varchar', length: 10 })
  accountNumber: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

export type BillImportSource = 'statement' | 'counter';

/** One statement file imported, or one bill payment the office entered by hand: who, when, what came of it. */
@Entity('bill_payment_imports')
export class BillPaymentImportEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ type: 'varchar', length: 10 })
  source: BillImportSource;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  /** SHA-256 of the file's bytes (of the entry's canonical JSON for a counter entry). */
  @Column({ name: 'file_sha256', type: 'varchar', length: 64 })
  fileSha256: string;

  @Column({ name: 'statement_date', type: 'varchar', length: 10, nullable: true })
  statementDate: string | null;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount: number;

  @Column({ type: 'integer' })
  settled: number;

  @Column({ type: 'integer' })
  held: number;

  @Column({ name: 'already_imported', type: 'integer' })
  alreadyImported: number;

  @Column({ name: 'total_satang', type: 'integer' })
  totalSatang: number;

  @Column({ name: 'imported_by', type: 'varchar', length: 64 })
  importedBy: string;

  @Column({ name: 'imported_at', type: timestampColumnType() })
  importedAt: Date;

  /** When every line was matched (null while the import runs, or if it was cut short: importing again resumes it). */
  @Column({ name: 'finished_at', type: timestampColumnType(), nullable: true })
  finishedAt: Date | null;
}

/** `settled`: paid the fee; `held`: money kept for the office (a payment row, or no application matched). */
export type BillLineOutcome = 'pending' | 'settled' | 'held';
export type BillLineHoldReason = 'amount_mismatch' | 'fee_already_paid' | 'not_awaiting_payment' | 'review' | 'unknown_reference' | 'other_office';

/** One bill payment as the bank reported it; `line_key` (unique) is its identity, so it is matched once. */
@Entity('bill_payment_lines')
export class BillPaymentLineEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** SHA-256 over the bank's fields that identify the payment (statement) or the office and bank reference (counter). */
  @Column({ name: 'line_key', type: 'varchar', length: 64, unique: true })
  lineKey: string;

  @Column({ name: 'import_id', type: 'varchar', length: 64 })
  importId: string;

  @Column({ name: 'line_number', type: 'integer' })
  lineNumber: number;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ type: 'varchar', length: 20 })
  ref1: string;

  @Column({ type: 'varchar', length: 20 })
  ref2: string;

  @Column({ name: 'amount_satang', type: 'integer' })
  amountSatang: number;

  @Column({ name: 'paid_at', type: timestampColumnType() })
  paidAt: Date;

  @Column({ name: 'bank_code', type: 'varchar', length: 3 })
  bankCode: string;

  /** Branch/teller (statement) or the bank's reference the office typed (counter). */
  @Column({ name: 'bank_reference', type: 'varchar', length: 60 })
  bankReference: string;

  @Column({ name: 'payer_name', type: 'varchar', length: 100, nullable: true })
  payerName: string | null;

  @Column({ type: 'varchar', length: 10 })
  outcome: BillLineOutcome;

  @Column({ name: 'hold_reason', type: 'varchar', length: 40, nullable: true })
  holdReason: BillLineHoldReason | null;

  @Column({ name: 'application_id', type: 'varchar', length: 64, nullable: true })
  applicationId: string | null;

  @Column({ name: 'payment_id', type: 'varchar', length: 64, nullable: true })
  paymentId: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

export const PAYMENT_ENTITIES = [InvoiceEntity, PaymentEntity, ReceiptEntity, ReceiptSequenceEntity, GatewayEventEntity, BillerEntity, BillPaymentImportEntity, BillPaymentLineEntity];
