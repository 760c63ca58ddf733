import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LicenceErrors } from './licence-errors';
import { Access, ApiErrors, CurrentUser, RateLimit, type AuthenticatedUser } from '@bizportal/identity';
import { LicencesService } from './licences.service';
import { RequestErrors } from '@bizportal/common';

/** Uploaded PDFs larger than this are refused before they are read. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

@ApiTags('licences')
@Controller()
export class LicencesController {
  constructor(private readonly licences: LicencesService) {}

  @Access.signedIn('self')
  @Get('licences')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My licences / ใบอนุญาตของฉัน' })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.licences.mine(user);
  }

  @Access.signedIn('licence')
  @ApiErrors(LicenceErrors.code.LICENCE_NOT_FOUND)
  @Get('licences/:number')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A licence (holder, issuing office, auditors); the number URL-encoded / ใบอนุญาต' })
  describe(@CurrentUser() user: AuthenticatedUser, @Param('number') number: string) {
    return this.licences.describe(user, number);
  }

  @Access.signedIn('licence')
  @ApiErrors(LicenceErrors.code.LICENCE_NOT_FOUND, LicenceErrors.code.LICENCE_NOT_ISSUED_YET)
  @Get('licences/:number/pdf')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed PDF e-licence / ใบอนุญาตอิเล็กทรอนิกส์' })
  async pdf(@CurrentUser() user: AuthenticatedUser, @Param('number') number: string, @Res({ passthrough: true }) res: Response) {
    const { pdf, number: issued } = await this.licences.pdf(user, number);
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="licence-${issued.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Access.public('public-record')
  @ApiErrors(LicenceErrors.code.LICENCE_NUMBER_UNKNOWN)
  @Get('verify/:number')
  @ApiOperation({ summary: 'Public check of a licence by its number (the QR code) / ตรวจสอบใบอนุญาต' })
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
  verifyUpload(@UploadedFile() file: { buffer: Buffer } | undefined) {
    if (!file) throw LicenceErrors.create('VERIFY_FILE_MISSING', {}, [{ field: 'file', problem: 'is required' }]);
    return this.licences.verifyUpload(file.buffer);
  }
}
