import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export type InvoiceStatus = 'open' | 'paid' | 'held';

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

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'paid_at', type: timestampColumnType(), nullable: true })
  paidAt: Date | null;
}

export type PaymentMethod = 'promptpay' | 'card' | 'counter';
/**
 * `creating` while the gateway is asked; `error` when it could not be reached (nothing was paid);
 * `held` when the gateway's amount or currency does not match the invoice (an officer decides).
 */
export type PaymentStatus = 'creating' | 'pending' | 'successful' | 'failed' | 'expired' | 'error' | 'held';

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

  @Column({ name: 'office_receipt_number', type: 'varchar', length: 60, nullable: true })
  officeReceiptNumber: string | null;

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

export const PAYMENT_ENTITIES = [InvoiceEntity, PaymentEntity, ReceiptEntity, ReceiptSequenceEntity, GatewayEventEntity];
