import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { DocumentErrors as D } from './document-errors';
import { DocumentUploadInterceptor } from './document-upload.interceptor';
import { DocumentDownloadQueryDto, DocumentDto, DocumentListDto, UPLOAD_DOCUMENT_BODY, UploadDocumentDto } from './documents.dto';
import { DocumentsService, type UploadedDocumentFile } from './documents.service';

const uuid = new ParseUUIDPipe({ version: '4' });

/** `attachment` (or `inline`) with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987), so Thai names survive. */
export function contentDisposition(filename: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller('applications/:id/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @Access.roles(['applicant'], 'application-owner')
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_DOCUMENT_BODY)
  @ApiCreatedResponse({ type: DocumentDto })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, D.code.ONLY_APPLICANT_MAY_UPLOAD, D.code.DOCUMENT_CODE_UNKNOWN, D.code.DOCUMENTS_NOT_EDITABLE, D.code.DOCUMENT_FILE_MISSING, D.code.DOCUMENT_UPLOAD_INVALID, D.code.DOCUMENT_EMPTY, D.code.DOCUMENT_TOO_LARGE, D.code.DOCUMENT_TYPE_NOT_ALLOWED, D.code.DOCUMENT_ACTIVE_CONTENT, D.code.DOCUMENT_NOT_CHECKABLE, D.code.DOCUMENT_POLYGLOT, D.code.DOCUMENT_CONTENT_UNAVAILABLE)
  @ApiOperation({ summary: 'Upload (or replace) one document of the application / แนบเอกสารประกอบคำขอ' })
  upload(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: UploadDocumentDto, @UploadedFile() file?: UploadedDocumentFile) {
    return this.documents.upload(user, id, body.code, file);
  }

  @Get()
  @Access.signedIn('application')
  @ApiOkResponse({ type: DocumentListDto })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND)
  @ApiOperation({ summary: 'The documents of the application and those still missing / รายการเอกสารประกอบคำขอ' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.documents.list(user, id);
  }

  @Get(':documentId')
  @Access.signedIn('application')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({
    description:
      "The document as uploaded, with its detected Content-Type; `Content-Disposition: attachment` unless `disposition=inline`, which our own pages may show in an iframe or img (CSP `frame-ancestors 'self'`)",
    schema: { type: 'string', format: 'binary' },
  })
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, D.code.DOCUMENT_NOT_FOUND, D.code.DOCUMENT_CONTENT_UNAVAILABLE, D.code.DOCUMENT_INTEGRITY_FAILED)
  @ApiOperation({ summary: 'Download one document / ดาวน์โหลดเอกสาร' })
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('documentId', uuid) documentId: string,
    @Query() query: DocumentDownloadQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { document, content } = await this.documents.read(user, id, documentId);
    const disposition = query.disposition ?? 'attachment';
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    if (disposition === 'inline') {
      // Shown inside our own page: nothing may run or load from it, and only our origin may frame it.
      res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'");
    }
    return new StreamableFile(content, { type: document.contentType, length: content.length, disposition: contentDisposition(document.filename, disposition) });
  }
}
