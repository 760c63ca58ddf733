import { Controller, Get, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { DocumentErrors as D, DocumentUploadInterceptor, type UploadedDocumentFile } from '../documents';
import { InspectionErrors as I } from './inspections-errors';
import { InspectionDto, InspectionPhotoDto, UPLOAD_INSPECTION_PHOTO_BODY } from './inspections.dto';
import { InspectionsService } from './inspections.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('applications/:id')
export class InspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Post('inspection-photos')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'application-office')
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_INSPECTION_PHOTO_BODY)
  @ApiCreatedResponse({ type: InspectionPhotoDto })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, I.code.INSPECTION_PHOTO_OFFICE_ONLY, D.code.DOCUMENT_FILE_MISSING, D.code.DOCUMENT_UPLOAD_INVALID, D.code.DOCUMENT_EMPTY, D.code.DOCUMENT_TOO_LARGE, D.code.DOCUMENT_TYPE_NOT_ALLOWED, I.code.INSPECTION_PHOTO_TYPE_NOT_ALLOWED, D.code.DOCUMENT_POLYGLOT, D.code.DOCUMENT_CONTENT_UNAVAILABLE)
  @ApiOperation({ summary: 'Upload a photo of the site inspection / อัปโหลดรูปถ่ายการตรวจสถานที่' })
  upload(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @UploadedFile() file?: UploadedDocumentFile): Promise<InspectionPhotoDto> {
    return this.inspections.upload(user, id, file);
  }

  @Get('inspection-photos/:photoId')
  @Access.signedIn('application')
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The photo, with its detected Content-Type', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, I.code.INSPECTION_PHOTO_NOT_FOUND, D.code.DOCUMENT_CONTENT_UNAVAILABLE, D.code.DOCUMENT_INTEGRITY_FAILED)
  @ApiOperation({ summary: 'One inspection photo / รูปถ่ายการตรวจสถานที่' })
  async photo(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('photoId', uuid) photoId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { photo, content } = await this.inspections.read(user, id, photoId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'self'");
    return new StreamableFile(content, { type: photo.contentType, length: content.length, disposition: 'inline' });
  }

  @Get('inspections')
  @Access.signedIn('application')
  @ApiOkResponse({ type: InspectionDto, isArray: true, description: 'Scheduled inspections and their results, oldest first' })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND)
  @ApiOperation({ summary: 'Site inspections: schedules, results, findings and photos / การตรวจสถานที่' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<InspectionDto[]> {
    return this.inspections.list(user, id);
  }
}
