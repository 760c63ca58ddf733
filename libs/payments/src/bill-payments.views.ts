import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';

/** What the bill payment routes answer. */
export class BillSlipView {
  @ApiProperty({ example: '099400000012300', description: 'Biller ID: tax ID (13) + suffix (2)' })
  billerId!: string;
  @ApiProperty({ example: '0994000000123' })
  taxId!: string;
  @ApiProperty({ example: '00' })
  suffix!: string;
  @ApiProperty({ type: LocalizedText, description: 'The office the money is paid to' })
  biller!: LocalizedText;
  @ApiProperty({ example: '256900000000000013', description: 'Names the application (18 digits, Luhn check digit)' })
  ref1!: string;
  @ApiProperty({ example: '02536359007', description: 'Names the fee (11 digits, Luhn check digit)' })
  ref2!: string;
  @ApiProperty({ example: 1000 })
  amountSatang!: number;
  @ApiProperty({ example: '10.00 บาท' })
  amountText!: string;
  @ApiProperty({ example: '2027-01-08', description: 'Pay by (Bangkok date; printed in the Buddhist era)' })
  dueDate!: string;
  @ApiProperty({ description: 'The BOT cross-bank bill payment barcode string (Code 128 on the slip): |billerId CR ref1 CR ref2 CR satang' })
  barcode!: string;
  @ApiProperty({ description: 'The Thai QR Code Payment payload (EMVCo, tag 30 bill payment)' })
  qrPayload!: string;
  @ApiProperty({ example: '/api/v1/applications/…/bill-payment/slip.pdf' })
  pdf!: string;
  @ApiProperty({ example: 2000, description: 'The online gateway’s smallest amount' })
  onlineMinimumSatang!: number;
  @ApiProperty({ description: 'Whether the fee can also be paid online (PromptPay or card)' })
  onlinePossible!: boolean;
}

export class BillerAccountView {
  @ApiProperty({ example: '099400000012300' })
  billerId!: string;
  @ApiProperty()
  taxId!: string;
  @ApiProperty()
  suffix!: string;
  @ApiProperty({ example: '006', description: 'The bank whose statement names this account' })
  bankCode!: string;
  @ApiProperty({ example: '9900000001' })
  accountNumber!: string;
}

export class BillPersonView {
  @ApiProperty()
  id!: string;
  @ApiProperty()
  displayName!: string;
}

export class BillApplicationRefView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'BP2569-0ABC12XZ' })
  trackingNumber!: string;
}

const HOLD = ['amount_mismatch', 'fee_already_paid', 'not_awaiting_payment', 'review', 'unknown_reference', 'other_office'];

export class BillLineView {
  @ApiProperty({ description: 'The line of the file (1 for a counter entry)' })
  lineNumber!: number;
  @ApiProperty({ enum: ['settled', 'held', 'already_imported'], description: 'What this import did with the line' })
  result!: string;
  @ApiProperty({ enum: ['pending', 'settled', 'held'], description: 'What became of the payment (when it was first imported)' })
  outcome!: string;
  @ApiProperty()
  ref1!: string;
  @ApiProperty()
  ref2!: string;
  @ApiProperty()
  amountSatang!: number;
  @ApiProperty({ example: '10.00 บาท' })
  amountText!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  paidAt!: string;
  @ApiProperty({ example: '006' })
  bankCode!: string;
  @ApiProperty({ description: 'bank/branch/teller/date (statement) or the bank reference entered' })
  bankReference!: string;
  @ApiProperty({ type: String, nullable: true })
  payerName!: string | null;
  @ApiProperty({ enum: HOLD, nullable: true, type: String })
  holdReason!: string | null;
  @ApiProperty({ type: LocalizedText, nullable: true })
  holdReasonText!: LocalizedText | null;
  @ApiProperty({ type: BillApplicationRefView, nullable: true, description: 'The application of this office the references name' })
  application!: BillApplicationRefView | null;
  @ApiProperty({ type: String, nullable: true, description: 'The payment row (settled, or held on the held-payments page)' })
  paymentId!: string | null;
}

export class BillImportSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: ['statement', 'counter'] })
  source!: string;
  @ApiProperty({ type: String, nullable: true })
  fileName!: string | null;
  @ApiProperty({ description: 'SHA-256 of the file (of the entry for a counter entry)' })
  fileSha256!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-09', description: "The statement's effective date" })
  statementDate!: string | null;
  @ApiProperty()
  lineCount!: number;
  @ApiProperty()
  settled!: number;
  @ApiProperty()
  held!: number;
  @ApiProperty()
  alreadyImported!: number;
  @ApiProperty()
  totalSatang!: number;
  @ApiProperty()
  totalText!: string;
  @ApiProperty({ type: BillPersonView })
  importedBy!: BillPersonView;
  @ApiProperty({ type: String, format: 'date-time' })
  importedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null if matching was cut short: import the file again to finish it' })
  finishedAt!: string | null;
}

export class BillImportView extends BillImportSummaryView {
  @ApiProperty({ type: [BillLineView] })
  lines!: BillLineView[];
}

export class BillImportsView {
  @ApiProperty({ type: [BillImportSummaryView], description: 'Newest first, at most 100' })
  imports!: BillImportSummaryView[];
  @ApiProperty({ type: [BillLineView], description: 'Money held with references that match no fee of this office (at most 200)' })
  unmatched!: BillLineView[];
}
