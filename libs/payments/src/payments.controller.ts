import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as A } from '@bizportal/licensing';
import { OmiseGateway } from './omise-gateway';
import { PaymentErrors as P } from './payment-errors';
import { CounterPaymentDto, StartPaymentDto } from './payments.dto';
import { CounterPayment } from './counter-payment';
import { PaymentQueries } from './payment-queries';
import { ReconcilePayments } from './reconcile-payments';
import { SettlePayment } from './settle-payment';
import { StartPayment } from './start-payment';
import { renderReceiptPdf } from './receipt-pdf';
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
  ) {}

  @Post('applications/:id/payments')
  @Access.roles(['applicant'], 'application-owner')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND, P.code.ONLY_APPLICANT_PAYS_ONLINE, P.code.CARD_TOKEN_REQUIRED, P.code.NOT_AWAITING_PAYMENT, P.code.NO_OPEN_FEE, P.code.PAYMENT_ALREADY_OPEN, P.code.PAYMENT_FAILED, P.code.PAYMENT_REFUSED_BY_GATEWAY, P.code.PAYMENT_GATEWAY_UNAVAILABLE, P.code.PAYMENT_GATEWAY_BAD_RESPONSE)
  @ApiOperation({ summary: 'Pay the fee by PromptPay QR or card / ชำระค่าธรรมเนียม' })
  start(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: StartPaymentDto) {
    return this.starting.start(user, id, { method: body.method, cardToken: body.card?.token });
  }

  @Access.signedIn('application')
  @Get('applications/:id/payments')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND)
  @ApiOperation({ summary: 'Fees, payments and receipts of an application / รายการชำระเงินและใบเสร็จ' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.queries.listForApplication(user, id);
  }

  @Post('applications/:id/payments/counter')
  @Access.roles(['officer', 'approver'], 'application-office')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND, P.code.COUNTER_STAFF_ONLY, P.code.NOT_AWAITING_PAYMENT, P.code.NO_OPEN_FEE, P.code.COUNTER_AMOUNT_MISMATCH)
  @ApiOperation({ summary: 'Record a fee paid in cash at the office / บันทึกการชำระเงินที่สำนักงาน' })
  counter(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: CounterPaymentDto) {
    return this.counterPayments.record(user, id, body);
  }

  @Access.signedIn('application')
  @Get('payments/:id/qr')
  @ApiErrors(P.code.PAYMENT_NOT_FOUND, P.code.PAYMENT_HAS_NO_QR)
  @ApiOperation({ summary: 'The PromptPay QR code of a payment (SVG) / คิวอาร์โค้ดพร้อมเพย์' })
  async qr(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const payment = await this.queries.paymentVisibleTo(user, id);
    if (!payment.qrDownloadUri) throw P.create('PAYMENT_HAS_NO_QR');
    const document = await this.gateway.downloadDocument(payment.qrDownloadUri);
    res.type(document.contentType);
    return new StreamableFile(document.body);
  }

  @Access.public('public-record')
  @Get('payments/:id/return')
  @ApiErrors(P.code.PAYMENT_NOT_FOUND, P.code.PAYMENT_CHECK_UNAVAILABLE)
  @ApiOperation({ summary: 'Where the card issuer sends the payer back after 3-D Secure / กลับจากการยืนยันตัวตนบัตร' })
  async returnFrom3ds(@Param('id', uuid) id: string) {
    return this.settlement.afterReturn(id);
  }

  @Access.signedIn('application')
  @Get('receipts/:number/pdf')
  @ApiErrors(P.code.RECEIPT_NOT_FOUND)
  @ApiOperation({ summary: 'An e-receipt as PDF / ใบเสร็จรับเงินอิเล็กทรอนิกส์' })
  async receipt(@CurrentUser() user: AuthenticatedUser, @Param('number') number: string, @Res({ passthrough: true }) res: Response) {
    const { receipt, app, payment, agency, licenceName } = await this.queries.receiptVisibleTo(user, number);
    const pdf = await renderReceiptPdf({
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
  webhook(@Req() req: Request & { rawBody?: Buffer }, @Headers('omise-signature') signature?: string, @Headers('omise-signature-timestamp') timestamp?: string) {
    return this.webhooks.receive(req.rawBody, { signature, timestamp });
  }

  @Post('payments/reconcile')
  @HttpCode(200)
  @Access.roles(['auditor'], 'none')
  @ApiOperation({ summary: 'Compare payments with the gateway and repair missed webhooks / กระทบยอดการชำระเงิน' })
  reconcile() {
    return this.reconciliation.run();
  }
}
