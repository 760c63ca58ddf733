import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationPaymentsView, HeldPaymentsView, PaymentGatewayView, PaymentReturnView, PaymentView, ReconcileView, WebhookReceiptView } from './payments.views';
import type { Request, Response } from 'express';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as A } from '@bizportal/licensing';
import { OmiseGateway } from './omise-gateway';
import { GATEWAY_MINIMUM_SATANG } from './payment-settings';
import { PaymentErrors as P } from './payment-errors';
import { AcceptHeldPaymentDto, CounterPaymentDto, RefundHeldPaymentDto, StartPaymentDto } from './payments.dto';
import { HeldPayments } from './held-payments';
import { CounterPayment } from './counter-payment';
import { PaymentQueries } from './payment-queries';
import { ReconcilePayments } from './reconcile-payments';
import { SettlePayment } from './settle-payment';
import { StartPayment } from './start-payment';
import { SignedReceipts } from './signed-receipts';
import { WebhookService } from './webhook.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('payments')
@ApiBearerAuth()
@Controller()
export class PaymentsController {
  constructor(
    private readonly starting: StartPayment,
    private readonly counterPayments: CounterPayment,
    private readonly settlement: SettlePayment,
    private readonly reconciliation: ReconcilePayments,
    private readonly queries: PaymentQueries,
    private readonly webhooks: WebhookService,
    private readonly gateway: OmiseGateway,
    private readonly held: HeldPayments,
    private readonly signedReceipts: SignedReceipts,
  ) {}

  @Post('applications/:id/payments')
  @Access.roles(['applicant'], 'application-owner')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND, P.code.ONLY_APPLICANT_PAYS_ONLINE, P.code.CARD_TOKEN_REQUIRED, P.code.NOT_AWAITING_PAYMENT, P.code.NO_OPEN_FEE, P.code.PAYMENT_HELD_FOR_REVIEW, P.code.AMOUNT_BELOW_GATEWAY_MINIMUM, P.code.PAYMENT_ALREADY_OPEN, P.code.PAYMENT_FAILED, P.code.PAYMENT_REFUSED_BY_GATEWAY, P.code.PAYMENT_GATEWAY_UNAVAILABLE, P.code.PAYMENT_GATEWAY_BAD_RESPONSE)
  @ApiOperation({
    summary: 'Pay the fee by PromptPay QR or card / ชำระค่าธรรมเนียม',
    description: 'A fee below the gateway minimum (20 THB) is refused with 422 AMOUNT_BELOW_GATEWAY_MINIMUM: it is paid by bill payment (GET /applications/{id}/bill-payment) or at the office counter.',
  })
  @ApiCreatedResponse({ type: PaymentView, description: 'The payment (a double click returns the same one)' })
  start(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: StartPaymentDto) {
    return this.starting.start(user, id, { method: body.method, cardToken: body.card?.token });
  }

  @Access.signedIn('application')
  @Get('applications/:id/payments')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND)
  @ApiOperation({ summary: 'Fees, payments and receipts of an application / รายการชำระเงินและใบเสร็จ' })
  @ApiOkResponse({ type: ApplicationPaymentsView })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.queries.listForApplication(user, id);
  }

  @Post('applications/:id/payments/counter')
  @Access.roles(['officer', 'approver'], 'application-office')
  @ApiErrors(
    A.code.APPLICATION_NOT_FOUND,
    P.code.COUNTER_STAFF_ONLY,
    P.code.NOT_AWAITING_PAYMENT,
    P.code.NO_OPEN_FEE,
    P.code.COUNTER_PAYMENT_HELD_FOR_REVIEW,
    P.code.COUNTER_AMOUNT_MISMATCH,
    P.code.COUNTER_RECEIPT_NUMBER_USED,
    P.code.COUNTER_PAID_ONLINE_MEANWHILE,
    P.code.COUNTER_GATEWAY_UNAVAILABLE,
  )
  @ApiOperation({
    summary: 'Record a fee paid in cash at the office / บันทึกการชำระเงินที่สำนักงาน',
    description:
      "The office's paper receipt number is unique within the office (the same number for the same fee returns the same payment). Open online payments of the fee are closed at the gateway first; if the gateway says the fee was paid online meanwhile, the cash is not recorded (409 COUNTER_PAID_ONLINE_MEANWHILE).",
  })
  @ApiCreatedResponse({ type: PaymentView })
  counter(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: CounterPaymentDto) {
    return this.counterPayments.record(user, id, body);
  }

  @Get('held-payments')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'own-office')
  @ApiOperation({ summary: "Money held for the caller's office to refund or accept / เงินที่พักไว้รอเจ้าหน้าที่ดำเนินการ" })
  @ApiOkResponse({ type: HeldPaymentsView, description: 'Held payments and refunds under way, oldest first (at most 500)' })
  heldPayments(@CurrentUser() user: AuthenticatedUser) {
    return this.held.list(user);
  }

  @Post('payments/:id/refund')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'head_of_office'], 'application-office')
  @ApiErrors(P.code.HELD_PAYMENT_NOT_FOUND, P.code.HELD_PAYMENT_NOT_HELD, P.code.HELD_PAYMENT_REFUND_REFERENCE_REQUIRED, P.code.PAYMENT_REFUND_REFUSED)
  @ApiOperation({
    summary: 'Refund held money / คืนเงินที่พักไว้',
    description:
      "Through the gateway's refunds API (status `refunded`, or `refunding` while the gateway cannot be reached: reconciliation finishes it). Money the gateway never saw needs the office's refundReference. The fee opens again, the applicant is notified and the timeline records it.",
  })
  @ApiOkResponse({ type: PaymentView })
  refund(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: RefundHeldPaymentDto) {
    return this.held.refund(user, id, body);
  }

  @Post('payments/:id/accept')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'head_of_office'], 'application-office')
  @ApiErrors(P.code.HELD_PAYMENT_NOT_FOUND, P.code.HELD_PAYMENT_NOT_HELD, P.code.HELD_PAYMENT_CANNOT_BE_ACCEPTED)
  @ApiOperation({
    summary: 'Accept held money as the fee / รับเงินที่พักไว้เป็นค่าธรรมเนียม',
    description: 'Only while the application awaits payment, its fee is unpaid and the money is in baht: PAYMENT_SUCCEEDED with who accepted it and why, and a receipt for the amount received.',
  })
  @ApiOkResponse({ type: PaymentView })
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: AcceptHeldPaymentDto) {
    return this.held.accept(user, id, body);
  }

  @Access.signedIn('application')
  @Get('payments/:id/qr')
  @ApiErrors(P.code.PAYMENT_NOT_FOUND, P.code.PAYMENT_HAS_NO_QR)
  @ApiOperation({ summary: 'The PromptPay QR code of a payment (SVG) / คิวอาร์โค้ดพร้อมเพย์' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The PromptPay QR code', content: { 'image/svg+xml': { schema: { type: 'string', format: 'binary' } } } })
  async qr(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const payment = await this.queries.paymentVisibleTo(user, id);
    if (!payment.qrDownloadUri) throw P.create('PAYMENT_HAS_NO_QR');
    const document = await this.gateway.downloadDocument(payment.qrDownloadUri);
    res.type(document.contentType);
    return new StreamableFile(document.body);
  }

  @Access.public('none')
  @Get('payments/gateway')
  @ApiOperation({ summary: "What a browser needs to tokenise a card at the gateway's vault: public key, vault origin, the smallest amount / ข้อมูลสำหรับชำระด้วยบัตร" })
  @ApiOkResponse({ type: PaymentGatewayView })
  gatewayForBrowsers(): PaymentGatewayView {
    return { publicKey: this.gateway.publicKey, vaultUrl: this.gateway.browserVaultOrigin, minimumAmountSatang: GATEWAY_MINIMUM_SATANG, currency: 'THB' };
  }

  @Access.public('public-record')
  @Get('payments/:id/return')
  @ApiErrors(P.code.PAYMENT_NOT_FOUND, P.code.PAYMENT_CHECK_UNAVAILABLE)
  @ApiOperation({ summary: 'Where the card issuer sends the payer back after 3-D Secure: a browser (Accept: text/html) is sent on to the web app at /payment-return / กลับจากการยืนยันตัวตนบัตร' })
  @ApiOkResponse({ type: PaymentReturnView })
  @ApiResponse({ status: 303, description: 'A browser (Accept: text/html): to the web app at /payment-return?payment=<id>' })
  async returnFrom3ds(@Param('id', uuid) id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const result = await this.settlement.afterReturn(id);
    // The payer's browser lands on the web app, which takes her back to the payment page to show the outcome
    // (the address names only the payment: this route is public). API clients get JSON.
    if (req.accepts(['json', 'html']) === 'html') {
      res.redirect(303, `/payment-return?payment=${result.paymentId}`);
      return;
    }
    return result;
  }

  @Access.signedIn('application')
  @Get('receipts/:number/pdf')
  @ApiErrors(P.code.RECEIPT_NOT_FOUND, P.code.RECEIPT_SIGNING_UNAVAILABLE)
  @ApiOperation({
    summary: 'An e-receipt as PDF / ใบเสร็จรับเงินอิเล็กทรอนิกส์',
    description: "Signed with the agency's key at PAdES B-LT (timestamp and validation data) when first downloaded; later downloads get the same file. Dated in Bangkok time.",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The signed e-receipt (inline)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async receipt(@CurrentUser() user: AuthenticatedUser, @Param('number') number: string, @Res({ passthrough: true }) res: Response) {
    const { receipt, app, payment, agency, licenceName } = await this.queries.receiptVisibleTo(user, number);
    const pdf = await this.signedReceipts.pdf(receipt.id, {
      receiptNumber: receipt.receiptNumber,
      agencyName: agency ? { th: agency.nameTh, en: agency.nameEn } : { th: receipt.agencyId, en: receipt.agencyId },
      issuedAt: receipt.issuedAt,
      payerName: receipt.payerName,
      licenceName,
      trackingNumber: app.trackingNumber,
      amountSatang: receipt.amountSatang,
      amountWordsTh: receipt.amountWordsTh,
      method: receipt.method,
      reference: payment.chargeId ?? payment.officeReceiptNumber,
    });
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="receipt-${receipt.sequence}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Access.public('gateway-signature')
  @Post('payments/omise/webhook')
  @HttpCode(200)
  @ApiErrors(P.code.WEBHOOK_SIGNATURE_MISSING, P.code.WEBHOOK_SIGNATURE_STALE, P.code.WEBHOOK_SIGNATURE_MISMATCH, P.code.WEBHOOK_BODY_NOT_JSON, P.code.WEBHOOK_NOT_AN_EVENT, P.code.WEBHOOK_CHARGE_UNAVAILABLE)
  @ApiOperation({ summary: 'Omise webhook (signed) / รับแจ้งผลการชำระเงินจาก Omise' })
  @ApiHeader({ name: 'Omise-Signature', required: false, description: 'HMAC-SHA256 of timestamp.body, hex; comma-separated during key rotation' })
  @ApiHeader({ name: 'Omise-Signature-Timestamp', required: false, description: 'Unix seconds; stale ones are refused' })
  @ApiBody({ description: 'An Omise event, as Omise sends it (the signature covers the exact bytes)', schema: { type: 'object', additionalProperties: true } })
  @ApiOkResponse({ type: WebhookReceiptView })
  webhook(@Req() req: Request & { rawBody?: Buffer }, @Headers('omise-signature') signature?: string, @Headers('omise-signature-timestamp') timestamp?: string) {
    return this.webhooks.receive(req.rawBody, { signature, timestamp });
  }

  @Post('payments/reconcile')
  @HttpCode(200)
  @Access.roles(['auditor'], 'none')
  @ApiErrors(P.code.PAYMENT_CHECK_UNAVAILABLE)
  @ApiOperation({ summary: 'Compare payments with the gateway and repair missed webhooks / กระทบยอดการชำระเงิน' })
  @ApiOkResponse({ type: ReconcileView })
  reconcile() {
    return this.reconciliation.run();
  }
}
