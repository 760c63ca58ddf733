import { ApiProperty } from '@nestjs/swagger';
import { AgencyRef, LocalizedText } from '@bizportal/common';

/** What the payment routes answer. */
export class PaymentQrView {
  @ApiProperty({ example: '/api/v1/payments/7954645a-e5c1-4f5b-92aa-41089bc32085/qr', description: 'Where the PromptPay QR code (SVG) is served' })
  svg!: string;
}

export class PaymentFailureView {
  @ApiProperty({ example: 'insufficient_fund' })
  code!: string;
  @ApiProperty({ type: String, nullable: true })
  message!: string | null;
}

const PAYMENT_STATUSES = ['creating', 'pending', 'successful', 'failed', 'expired', 'error', 'held', 'refunding', 'refunded'];

export class PaymentHoldView {
  @ApiProperty({ enum: ['amount_mismatch', 'currency_mismatch', 'fee_already_paid', 'not_awaiting_payment', 'review'], enumName: 'HoldReason' })
  reason!: string;
  @ApiProperty({ type: LocalizedText, description: 'Why, in words' })
  text!: LocalizedText;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  heldAt!: string | null;
}

export class PaymentResolutionView {
  @ApiProperty({ enum: ['refunded', 'accepted'] })
  kind!: string;
  @ApiProperty({ type: String, nullable: true, description: "The officer's reason" })
  reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was done (null while a refund is under way)' })
  resolvedAt!: string | null;
  @ApiProperty({ description: 'A second payment of a paid fee, refunded by the system' })
  automatic!: boolean;
  @ApiProperty({ type: String, nullable: true, description: "The gateway's refund (rfnd_…)" })
  refundId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The office's own reference of a refund made outside the gateway" })
  refundReference!: string | null;
}

export class PaymentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: ['promptpay', 'card', 'counter', 'billpay'], enumName: 'PaymentMethod' })
  method!: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'PaymentStatus' })
  status!: string;
  @ApiProperty({ example: 200000, description: 'Satang (what was received, once the gateway says)' })
  amountSatang!: number;
  @ApiProperty({ example: '2,000.00 บาท' })
  amountText!: string;
  @ApiProperty({ type: PaymentQrView, nullable: true })
  qr!: PaymentQrView | null;
  @ApiProperty({ type: String, nullable: true, description: 'Card: where to send the payer for 3-D Secure' })
  authorizeUri!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  paidAt!: string | null;
  @ApiProperty({ type: PaymentFailureView, nullable: true })
  failure!: PaymentFailureView | null;
  @ApiProperty({ type: String, nullable: true })
  officeReceiptNumber!: string | null;
  @ApiProperty({ type: String, nullable: true })
  chargeId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: PaymentHoldView, nullable: true, description: 'Why the money was held for the office, if it was' })
  hold!: PaymentHoldView | null;
  @ApiProperty({ type: PaymentResolutionView, nullable: true, description: 'How held money was resolved: refunded or accepted as the fee' })
  resolution!: PaymentResolutionView | null;
}

export class HeldPaymentApplicationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'BP-2569-000123' })
  trackingNumber!: string;
  @ApiProperty({ description: 'slug and name {th, en}', example: { slug: 'food-premises-permit', name: { th: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', en: 'Food premises permit' } } })
  licenceType!: { slug: string; name: LocalizedText };
  @ApiProperty({ example: 'awaiting_payment' })
  status!: string;
}

export class LocalizedReasonView {
  @ApiProperty()
  th!: string;
  @ApiProperty()
  en!: string;
}

export class HeldPaymentView extends PaymentView {
  @ApiProperty({ type: HeldPaymentApplicationView })
  application!: HeldPaymentApplicationView;
  @ApiProperty({ example: 200000, description: 'The fee due, in satang' })
  feeSatang!: number;
  @ApiProperty({ example: '2,000.00 บาท' })
  feeText!: string;
  @ApiProperty({ example: 'THB' })
  currency!: string;
  @ApiProperty({ description: 'Whether it may be accepted as the fee now (else only refunded)' })
  canAccept!: boolean;
  @ApiProperty({ type: LocalizedReasonView, nullable: true, description: 'Why it cannot be accepted' })
  acceptRefusal!: LocalizedReasonView | null;
  @ApiProperty({ description: 'The money did not come through the gateway: a refund needs the office’s refundReference' })
  needsRefundReference!: boolean;
}

export class HeldPaymentsView {
  @ApiProperty({ type: [HeldPaymentView] })
  items!: HeldPaymentView[];
}

export class FeeTextView {
  @ApiProperty()
  th!: string;
  @ApiProperty()
  en!: string;
}

export class InvoiceLineView {
  @ApiProperty({ example: 'licence', description: "The line's code (late-renewal: the late-renewal surcharge)" })
  code!: string;
  @ApiProperty({ type: FeeTextView, example: { th: 'ค่าธรรมเนียม', en: 'Fee' } })
  label!: LocalizedReasonView;
  @ApiProperty({ example: 250000, description: 'Satang' })
  amountSatang!: number;
  @ApiProperty({
    type: FeeTextView,
    description: 'How the line was computed',
    example: { th: 'หน่วยงานกำหนด 2,500 บาท ในช่วง 2,000–3,000 บาท เหตุผล: …', en: 'Set by the office at 2,500 THB within 2,000–3,000 THB. Reason: …' },
  })
  computation!: LocalizedReasonView;
}

export class InvoiceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'licence' })
  feeCode!: string;
  @ApiProperty({ example: 200000, description: 'Satang: the sum of the lines' })
  amountSatang!: number;
  @ApiProperty({ example: '2,000.00 บาท' })
  amountText!: string;
  @ApiProperty({ type: [InvoiceLineView], description: 'The lines as computed when the fee was raised (empty on invoices raised before fee lines)' })
  lines!: InvoiceLineView[];
  @ApiProperty({ enum: ['open', 'paid', 'held', 'cancelled'] })
  status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  paidAt!: string | null;
}

export class ReceiptView {
  @ApiProperty({ example: 'BMA-KHLONG-TOEI/2570/000001' })
  receiptNumber!: string;
  @ApiProperty({ example: 200000 })
  amountSatang!: number;
  @ApiProperty({ example: 'สองพันบาทถ้วน' })
  amountWordsTh!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  issuedAt!: string;
  @ApiProperty({ description: 'Where its PDF is served' })
  pdf!: string;
}

export class ApplicationPaymentsView {
  @ApiProperty({ type: [InvoiceView] })
  invoices!: InvoiceView[];
  @ApiProperty({ type: [PaymentView] })
  payments!: PaymentView[];
  @ApiProperty({ type: [ReceiptView] })
  receipts!: ReceiptView[];
}

export class PaymentReturnView {
  @ApiProperty({ format: 'uuid' })
  paymentId!: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'PaymentStatus' })
  status!: string;
  @ApiProperty({ type: LocalizedText })
  message!: LocalizedText;
}

export class WebhookReceiptView {
  @ApiProperty({ enum: [true] })
  received!: boolean;
  @ApiProperty({ enum: ['unknown-charge', 'pending', 'applied', 'already-applied', 'recorded', 'held', 'refunded', 'duplicate', 'ignored'] })
  outcome!: string;
}

export class ReconcileView {
  @ApiProperty({ description: 'Pending payments compared with the gateway' })
  checked!: number;
  @ApiProperty({ description: 'Missed webhooks applied' })
  repaired!: number;
  @ApiProperty({ description: 'Payments past their expiry closed' })
  expired!: number;
  @ApiProperty({ description: "Attempts interrupted before the gateway made a charge (no charge carries their idempotency key), ended so a new one can start" })
  failed!: number;
  @ApiProperty({ description: 'Refunds that a crash or an unreachable gateway had left under way, now done' })
  refunded!: number;
}

export class PaymentGatewayView {
  @ApiProperty({ example: 'pkey_test_5x…', description: 'The public key: it only makes tokens' })
  publicKey!: string;
  @ApiProperty({ example: 'https://vault.omise.co', description: 'Where the browser sends card data for a token (POST {vaultUrl}/tokens); the page CSP allows this origin' })
  vaultUrl!: string;
  @ApiProperty({ example: 2000, description: 'The smallest amount the gateway takes, in satang; smaller fees are paid at the office' })
  minimumAmountSatang!: number;
  @ApiProperty({ example: 'THB' })
  currency!: string;
}

export class BundlePaymentLineView {
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;
  @ApiProperty({ example: 'BP2569-2CXRRNT3' })
  trackingNumber!: string;
  @ApiProperty({ description: 'slug and name {th, en}', example: { slug: 'food-premises-permit', name: { th: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', en: 'Food premises permit' } } })
  licenceType!: { slug: string; name: LocalizedText };
  @ApiProperty({ type: AgencyRef, nullable: true, description: 'The office the fee is paid to, which numbers its receipt' })
  agency!: AgencyRef | null;
  @ApiProperty({ format: 'uuid', description: 'This fee’s own payment row (GET /applications/{id}/payments lists it)' })
  paymentId!: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'PaymentStatus' })
  status!: string;
  @ApiProperty({ example: 200000 })
  amountSatang!: number;
  @ApiProperty({ example: '2,000.00 บาท' })
  amountText!: string;
}

export class BundlePaymentView {
  @ApiProperty({ example: 'bundle:7d1f6a52-0c3e-4f7a-9d2b-5e8c1a4b3f60:3f2a9c1b0d4e5f60:1', description: 'The shared charge’s key (in its metadata as sharedChargeKey)' })
  key!: string;
  @ApiProperty({ enum: ['promptpay'] })
  method!: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'PaymentStatus', description: 'Of the charge as the first fee’s row records it' })
  status!: string;
  @ApiProperty({ example: 225000, description: 'The fees’ total in satang: the one charge' })
  amountSatang!: number;
  @ApiProperty({ example: '2,250.00 บาท' })
  amountText!: string;
  @ApiProperty({ type: PaymentQrView, nullable: true })
  qr!: PaymentQrView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt!: string | null;
  @ApiProperty({ type: [BundlePaymentLineView], description: 'One line per fee, each paid to its own office with its own receipt' })
  lines!: BundlePaymentLineView[];
}
