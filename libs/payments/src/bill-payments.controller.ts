import { Body, Controller, Get, HttpException, HttpStatus, Injectable, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as A } from '@bizportal/licensing';
import { BillPayments } from './bill-payments';
import { BillerAccountView, BillImportsView, BillImportView, BillSlipView } from './bill-payments.views';
import { PaymentErrors as P } from './payment-errors';
import { BillCounterEntryDto } from './payments.dto';

const uuid = new ParseUUIDPipe({ version: '4' });
/** 8 MB: about 31,000 records of 258 bytes, a month of a busy office's bill payments. */
export const BILL_STATEMENT_MAX_BYTES = 8 * 1024 * 1024;

/** multer (memory) for the part `file`, at most 8 MB; its refusals become the statement's codes. */
@Injectable()
export class BillStatementUpload implements NestInterceptor {
  private readonly multer = new (FileInterceptor('file', { limits: { fileSize: BILL_STATEMENT_MAX_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 1024 }, defParamCharset: 'utf8' }))();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return (await this.multer.intercept(context, next)) as Observable<unknown>;
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) throw P.create('BILL_STATEMENT_TOO_LARGE', { limit: '8 MB' }, { limitBytes: BILL_STATEMENT_MAX_BYTES });
      throw P.create('BILL_STATEMENT_FILE_REQUIRED', {}, { detail: error instanceof Error ? error.message : String(error) });
    }
  }
}

const STATEMENT_ERRORS = [
  P.code.BILL_PAYMENT_STAFF_ONLY,
  P.code.BILL_STATEMENT_FILE_REQUIRED,
  P.code.BILL_STATEMENT_TOO_LARGE,
  P.code.BILL_STATEMENT_EMPTY,
  P.code.BILL_STATEMENT_LINE_LENGTH,
  P.code.BILL_STATEMENT_RECORD_TYPE,
  P.code.BILL_STATEMENT_FIELD_INVALID,
  P.code.BILL_STATEMENT_DATE_INVALID,
  P.code.BILL_STATEMENT_AMOUNT_INVALID,
  P.code.BILL_STATEMENT_TRAILER_MISMATCH,
  P.code.BILL_STATEMENT_BILLER_UNKNOWN,
  P.code.BILL_STATEMENT_OTHER_OFFICE,
];

@ApiTags('bill payments')
@ApiBearerAuth()
@Controller()
export class BillPaymentsController {
  constructor(private readonly bills: BillPayments) {}

  @Get('applications/:id/bill-payment')
  @Access.signedIn('application')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND, P.code.NOT_AWAITING_PAYMENT, P.code.NO_OPEN_FEE, P.code.PAYMENT_HELD_FOR_REVIEW, P.code.COUNTER_PAYMENT_HELD_FOR_REVIEW, P.code.BILL_PAYMENT_NOT_OFFERED)
  @ApiOperation({ summary: 'Bill payment of the open fee: biller, Ref1, Ref2, amount, due date, barcode and QR / ชำระผ่านเคาน์เตอร์ธนาคาร', description: 'Offered for any fee, and the only online-visible way for fees below the gateway minimum.' })
  @ApiOkResponse({ type: BillSlipView })
  slip(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.bills.slip(user, id);
  }

  @Get('applications/:id/bill-payment/slip.pdf')
  @Access.signedIn('application')
  @ApiErrors(A.code.APPLICATION_NOT_FOUND, P.code.NOT_AWAITING_PAYMENT, P.code.NO_OPEN_FEE, P.code.PAYMENT_HELD_FOR_REVIEW, P.code.COUNTER_PAYMENT_HELD_FOR_REVIEW, P.code.BILL_PAYMENT_NOT_OFFERED)
  @ApiOperation({ summary: 'The bill payment slip (PDF, Code 128 barcode and Thai QR tag 30) / ใบแจ้งการชำระเงิน' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The slip', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async slipPdf(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const { pdf, trackingNumber } = await this.bills.slipPdf(user, id);
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="bill-payment-${trackingNumber}.pdf"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf);
  }

  @Get('bill-payments')
  @Access.roles(['officer', 'head_of_office'], 'own-office')
  @ApiErrors(P.code.BILL_PAYMENT_STAFF_ONLY)
  @ApiOperation({ summary: "The office's statement imports and counter entries, and money whose references match nothing / ประวัติการนำเข้ารายการรับชำระ" })
  @ApiOkResponse({ type: BillImportsView })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.bills.list(user);
  }

  @Get('bill-payments/biller')
  @Access.roles(['officer', 'head_of_office'], 'own-office')
  @ApiErrors(P.code.BILL_PAYMENT_STAFF_ONLY)
  @ApiOperation({ summary: "The caller's office as a biller: biller ID and the bank account its statements name / บัญชีรับชำระของสำนักงาน" })
  @ApiOkResponse({ type: BillerAccountView })
  biller(@CurrentUser() user: AuthenticatedUser) {
    return this.bills.biller(user);
  }

  @Get('bill-payments/imports/:id')
  @Access.roles(['officer', 'head_of_office'], 'own-office')
  @ApiErrors(P.code.BILL_PAYMENT_STAFF_ONLY, P.code.BILL_IMPORT_NOT_FOUND)
  @ApiOperation({ summary: 'One import with the lines first imported by it / รายละเอียดการนำเข้า' })
  @ApiOkResponse({ type: BillImportView })
  detail(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.bills.detail(user, id);
  }

  @Post('bill-payments/statements')
  @Access.roles(['officer', 'head_of_office'], 'own-office')
  @UseInterceptors(BillStatementUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The bank’s 256-byte bill payment statement (TIS-620), at most 8 MB' } } } })
  @ApiErrors(...STATEMENT_ERRORS)
  @ApiOperation({
    summary: "Import the bank's bill payment statement / นำเข้าไฟล์รายการรับชำระจากธนาคาร",
    description:
      "The 256-byte H/D/T layout of docs/architecture.md (section 8). Every line is checked first: a bad file is refused whole, naming its line, and nothing is written. Then each payment is matched by Ref1/Ref2: settled, held, or already imported (idempotent by each line's identity).",
  })
  @ApiCreatedResponse({ type: BillImportView })
  importStatement(@CurrentUser() user: AuthenticatedUser, @UploadedFile() file?: { buffer: Buffer; originalname: string }) {
    if (!file) throw P.create('BILL_STATEMENT_FILE_REQUIRED');
    return this.bills.importStatement(user, file.buffer, file.originalname?.slice(0, 200) || null);
  }

  @Post('bill-payments/counter-entries')
  @Access.roles(['officer', 'head_of_office'], 'own-office')
  @ApiErrors(P.code.BILL_PAYMENT_STAFF_ONLY, P.code.BILL_ENTRY_PAID_AT_INVALID)
  @ApiOperation({ summary: "Enter one bill payment seen in the bank's web statement / บันทึกรายการรับชำระจากธนาคารทีละรายการ", description: 'The same matching as a statement line; the same bank reference entered again is already imported.' })
  @ApiCreatedResponse({ type: BillImportView })
  counterEntry(@CurrentUser() user: AuthenticatedUser, @Body() body: BillCounterEntryDto) {
    return this.bills.counterEntry(user, body);
  }
}
