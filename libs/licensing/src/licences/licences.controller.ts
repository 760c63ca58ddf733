import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LicenceSummaryView, LicenceView, VerifyUploadView } from './licence.views';
import type { Response } from 'express';
import { LicenceErrors } from './licence-errors';
import { Access, ApiErrors, CurrentUser, RateLimit, type AuthenticatedUser } from '@bizportal/identity';
import { LicencePreview } from './licence-preview';
import { LicencesService } from './licences.service';
import { ApplicationErrors } from '../core';
import { RequestErrors } from '@bizportal/common';

/** Uploaded PDFs larger than this are refused before they are read. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('licences')
@Controller()
export class LicencesController {
  constructor(
    private readonly licences: LicencesService,
    private readonly previews: LicencePreview,
  ) {}

  @Access.signedIn('self')
  @Get('licences')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My licences / ใบอนุญาตของฉัน' })
  @ApiOkResponse({ type: [LicenceSummaryView] })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.licences.mine(user);
  }

  @Access.signedIn('licence')
  @ApiErrors(LicenceErrors.code.LICENCE_NOT_FOUND)
  @Get('licences/:number')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A licence (holder, issuing office, auditors); the number URL-encoded / ใบอนุญาต' })
  @ApiOkResponse({ type: LicenceView })
  describe(@CurrentUser() user: AuthenticatedUser, @Param('number') number: string) {
    return this.licences.describe(user, number);
  }

  @Access.signedIn('licence')
  @ApiErrors(LicenceErrors.code.LICENCE_NOT_FOUND, LicenceErrors.code.LICENCE_NOT_ISSUED_YET)
  @Get('licences/:number/pdf')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed PDF e-licence / ใบอนุญาตอิเล็กทรอนิกส์' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The signed PDF (attachment)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@CurrentUser() user: AuthenticatedUser, @Param('number') number: string, @Res({ passthrough: true }) res: Response) {
    const { pdf, number: issued } = await this.licences.pdf(user, number);
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="licence-${issued.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, LicenceErrors.code.LICENCE_PREVIEW_NOT_AVAILABLE)
  @Get('applications/:id/licence-preview.pdf')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Preview of the e-licence while it waits for the authorised signer (staff of its office) / ตัวอย่างใบอนุญาตก่อนลงนาม',
    description:
      'The licence as it will be issued, rendered by the e-licence renderer, marked as a preview in Thai and English, its number to be assigned, without QR code or signature. Only while the application waits for the signer (APPROVE_SIGNATURE); otherwise 409 LICENCE_PREVIEW_NOT_AVAILABLE.',
  })
  // The 200 names its own media type; @ApiProduces would also mark the JSON error answers as PDF.
  @ApiOkResponse({ description: 'The unsigned preview, A4 PDF in Thai with English', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async preview(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const { trackingNumber, pdf } = await this.previews.render(user, id);
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="licence-preview-${trackingNumber.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf);
  }

  @Access.public('public-record')
  @ApiErrors(LicenceErrors.code.LICENCE_NUMBER_UNKNOWN)
  @Get('verify/:number')
  @ApiOperation({ summary: 'Public check of a licence by its number (the QR code) / ตรวจสอบใบอนุญาต' })
  @ApiOkResponse({ type: LicenceSummaryView, description: 'The public view: the holder’s name masked' })
  verifyNumber(@Param('number') number: string) {
    return this.licences.verifyNumber(number);
  }

  @Access.public('public-record')
  @RateLimit('verify')
  @ApiErrors(LicenceErrors.code.VERIFY_FILE_MISSING, RequestErrors.code.PAYLOAD_TOO_LARGE)
  @Post('verify')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Public check of an uploaded licence PDF: signature, certificate and record / ตรวจสอบไฟล์ใบอนุญาต' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The licence PDF (at most 10 MB)' } } } })
  @ApiOkResponse({ type: VerifyUploadView })
  verifyUpload(@UploadedFile() file: { buffer: Buffer } | undefined) {
    if (!file) throw LicenceErrors.create('VERIFY_FILE_MISSING', {}, [{ field: 'file', problem: 'is required' }]);
    return this.licences.verifyUpload(file.buffer);
  }
}
