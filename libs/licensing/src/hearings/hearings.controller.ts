import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RequestErrors as R } from '@bizportal/common';
import { Access, ApiErrors, CurrentUser, RateLimit, type AuthenticatedUser } from '@bizportal/identity';
import { DocumentErrors as D, DocumentUploadInterceptor, type UploadedDocumentFile } from '../documents';
import { HearingErrors as H } from './hearings-errors';
import { FollowSubdistrictDto, HearingFeedQueryDto, HearingListQueryDto, HideCommentDto, PostAnswerDto, PostCommentDto } from './hearings.dto';
import { HearingOpenData } from './hearing-open-data';
import { HearingsService } from './hearings.service';
import { HearingCommentCreatedView, HearingCreatedView, HearingFollowView, HearingListView, HearingSummaryView, HearingView } from './hearings.views';

const uuid = new ParseUUIDPipe({ version: '4' });
const FILE_HEADERS = (res: Response, cache: string) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', cache);
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'self'");
};
const BINARY = { description: 'The file, with its detected Content-Type', schema: { type: 'string', format: 'binary' } };

@ApiTags('hearings')
@Controller()
export class HearingsController {
  constructor(
    private readonly hearings: HearingsService,
    private readonly openData: HearingOpenData,
  ) {}

  @Get('hearings')
  @Access.public('none')
  @ApiOkResponse({ type: HearingListView })
  @ApiErrors(H.code.HEARING_LIST_BAD_CURSOR)
  @ApiOperation({ summary: 'Public hearings, newest first, by province and subdistrict / รายการการรับฟังความคิดเห็นของประชาชน' })
  list(@Query() query: HearingListQueryDto): Promise<HearingListView> {
    return this.hearings.list(query);
  }

  @Get('hearings/feed.atom')
  @Access.public('none')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'An Atom 1.0 feed, one entry per hearing, newest first', schema: { type: 'string' } })
  @ApiOperation({ summary: 'Atom feed of public hearings / ฟีดการรับฟังความคิดเห็นของประชาชน' })
  feed(@Query() query: HearingFeedQueryDto, @Req() req: Request): Promise<string> {
    return this.openData.atom(query, `${req.protocol}://${req.get('host')}`);
  }

  @Get('hearings/mine')
  @Access.roles(['applicant'], 'self')
  @ApiOkResponse({ type: [HearingSummaryView] })
  @ApiOperation({ summary: 'The hearings of my own applications / การรับฟังความคิดเห็นของคำขอของฉัน' })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<HearingSummaryView[]> {
    return this.hearings.mine(user);
  }

  @Get('hearings/:id')
  @Access.public('public-record')
  @ApiOkResponse({ type: HearingView })
  @ApiErrors(H.code.HEARING_NOT_FOUND)
  @ApiOperation({ summary: 'One public hearing: notice, documents, comments (no names), answers and result / การรับฟังความคิดเห็นของประชาชน' })
  get(@Param('id', uuid) id: string): Promise<HearingView> {
    return this.hearings.publicView(id);
  }

  @Get('hearings/:id/documents/:documentId')
  @Access.public('public-record')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse(BINARY)
  @ApiErrors(H.code.HEARING_FILE_NOT_FOUND, D.code.DOCUMENT_CONTENT_UNAVAILABLE, D.code.DOCUMENT_INTEGRITY_FAILED)
  @ApiOperation({ summary: 'A document the office published with the notice / เอกสารที่เผยแพร่' })
  async document(@Param('id', uuid) id: string, @Param('documentId', uuid) documentId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.hearings.publishedFile(id, documentId);
    FILE_HEADERS(res, 'public, max-age=300');
    return new StreamableFile(file.content, { type: file.contentType, length: file.content.length, disposition: `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}` });
  }

  @Get('hearings/:id/comments/:commentId/photos/:photoId')
  @Access.public('public-record')
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse(BINARY)
  @ApiErrors(H.code.HEARING_FILE_NOT_FOUND, D.code.DOCUMENT_CONTENT_UNAVAILABLE, D.code.DOCUMENT_INTEGRITY_FAILED)
  @ApiOperation({ summary: 'A photo of a visible comment (a hidden comment’s photos are not served) / รูปถ่ายประกอบความคิดเห็น' })
  async photo(@Param('id', uuid) id: string, @Param('commentId', uuid) commentId: string, @Param('photoId', uuid) photoId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.hearings.photo(id, commentId, photoId);
    FILE_HEADERS(res, 'no-cache');
    return new StreamableFile(file.content, { type: file.contentType, length: file.content.length, disposition: 'inline' });
  }

  @Post('hearing-comments/photos')
  @Access.roles(['applicant'], 'self')
  @RateLimit('hearing-comment')
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'JPEG or PNG, at most 5 MB; the type is detected from the content' } } } })
  @ApiCreatedResponse({ type: HearingCreatedView })
  @ApiErrors(D.code.DOCUMENT_FILE_MISSING, D.code.DOCUMENT_UPLOAD_INVALID, D.code.DOCUMENT_EMPTY, D.code.DOCUMENT_TOO_LARGE, H.code.HEARING_PHOTO_TOO_LARGE, H.code.HEARING_PHOTO_TYPE_NOT_ALLOWED, D.code.DOCUMENT_TYPE_NOT_ALLOWED, D.code.DOCUMENT_CONTENT_UNAVAILABLE, R.code.RATE_LIMIT_HEARING_COMMENT)
  @ApiOperation({ summary: 'Upload a photo for a comment about to be posted / อัปโหลดรูปถ่ายประกอบความคิดเห็น' })
  uploadPhoto(@CurrentUser() user: AuthenticatedUser, @UploadedFile() file?: UploadedDocumentFile): Promise<HearingCreatedView> {
    return this.hearings.uploadPhoto(user, file);
  }

  @Post('hearings/:id/comments')
  @Access.roles(['applicant'], 'self')
  @RateLimit('hearing-comment')
  @ApiCreatedResponse({ type: HearingCommentCreatedView })
  @ApiErrors(H.code.HEARING_NOT_FOUND, H.code.HEARING_NOT_OPEN, H.code.COMMENT_EMPTY, H.code.HEARING_COMMENT_LIMIT, R.code.RATE_LIMIT_HEARING_COMMENT)
  @ApiOperation({ summary: 'Comment on an open hearing (Digital ID citizens) / แสดงความคิดเห็น' })
  comment(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: PostCommentDto): Promise<HearingCommentCreatedView> {
    return this.hearings.postComment(user, id, body);
  }

  @Post('hearings/:id/answers')
  @Access.roles(['applicant'], 'hearing')
  @ApiCreatedResponse({ type: HearingCreatedView })
  @ApiErrors(H.code.HEARING_NOT_FOUND, H.code.HEARING_APPLICANT_ONLY, H.code.HEARING_NOT_ANSWERING)
  @ApiOperation({ summary: 'The applicant answers one or several comments / ผู้ประกอบการชี้แจงความคิดเห็น' })
  answer(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: PostAnswerDto): Promise<HearingCreatedView> {
    return this.hearings.postAnswer(user, id, body);
  }

  @Get('hearing-follows')
  @Access.roles(['applicant'], 'self')
  @ApiOkResponse({ type: [HearingFollowView] })
  @ApiOperation({ summary: 'The subdistricts I follow / ตำบลที่ฉันติดตาม' })
  follows(@CurrentUser() user: AuthenticatedUser): Promise<HearingFollowView[]> {
    return this.hearings.followed(user);
  }

  @Post('hearing-follows')
  @Access.roles(['applicant'], 'self')
  @ApiCreatedResponse({ type: HearingFollowView })
  @ApiErrors(H.code.HEARING_AREA_UNKNOWN)
  @ApiOperation({ summary: 'Follow a subdistrict: be told when a hearing opens there / ติดตามตำบล' })
  follow(@CurrentUser() user: AuthenticatedUser, @Body() body: FollowSubdistrictDto): Promise<HearingFollowView> {
    return this.hearings.follow(user, body.subdistrictCode);
  }

  @Delete('hearing-follows/:subdistrictCode')
  @Access.roles(['applicant'], 'self')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'No longer followed' })
  @ApiErrors(H.code.HEARING_FOLLOW_NOT_FOUND)
  @ApiOperation({ summary: 'Stop following a subdistrict / เลิกติดตามตำบล' })
  unfollow(@CurrentUser() user: AuthenticatedUser, @Param('subdistrictCode') code: string): Promise<void> {
    if (!/^\d{6}$/.test(code)) throw R.create('VALIDATION_FAILED', { problems: 'subdistrictCode must be 6 digits' }, [{ field: 'subdistrictCode', problem: 'รหัสตำบล/แขวง 6 หลัก / a 6-digit DOPA subdistrict code' }]);
    return this.hearings.unfollow(user, code);
  }

  @Get('office/hearings/:id')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'hearing')
  @ApiOkResponse({ type: HearingView })
  @ApiErrors(H.code.HEARING_NOT_FOUND)
  @ApiOperation({ summary: 'The office’s view of a hearing: commenters’ names, hidden comments with their text and photos / การรับฟังความคิดเห็น (หน่วยงาน)' })
  officeView(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<HearingView> {
    return this.hearings.officeView(user, id);
  }

  @Get('office/hearings/:id/comments/:commentId/photos/:photoId')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'hearing')
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse(BINARY)
  @ApiErrors(H.code.HEARING_NOT_FOUND, H.code.HEARING_FILE_NOT_FOUND, D.code.DOCUMENT_CONTENT_UNAVAILABLE, D.code.DOCUMENT_INTEGRITY_FAILED)
  @ApiOperation({ summary: 'Any comment’s photo, hidden ones included, for the office / รูปถ่ายประกอบความคิดเห็น (หน่วยงาน)' })
  async officePhoto(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('commentId', uuid) commentId: string,
    @Param('photoId', uuid) photoId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.hearings.photo(id, commentId, photoId, user);
    FILE_HEADERS(res, 'private, no-store');
    return new StreamableFile(file.content, { type: file.contentType, length: file.content.length, disposition: 'inline' });
  }

  @Post('office/hearings/:id/comments/:commentId/hide')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'hearing')
  @HttpCode(200)
  @ApiOkResponse({ type: HearingView })
  @ApiErrors(H.code.HEARING_NOT_FOUND, H.code.HEARING_COMMENT_NOT_FOUND, H.code.COMMENT_ALREADY_HIDDEN)
  @ApiOperation({ summary: 'Hide a comment with the reason; it is never deleted / ซ่อนความคิดเห็น' })
  hide(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Param('commentId', uuid) commentId: string, @Body() body: HideCommentDto): Promise<HearingView> {
    return this.hearings.hideComment(user, id, commentId, body.reason);
  }

  @Get('open-data/hearings.csv')
  @Access.public('none')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every hearing, one row each (UTF-8 with a BOM, RFC 4180); no personal data', schema: { type: 'string' } })
  @ApiOperation({ summary: 'Open data: public hearings (CSV) / ข้อมูลเปิด: การรับฟังความคิดเห็นของประชาชน' })
  async csv(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.setHeader('Content-Disposition', 'attachment; filename="hearings.csv"');
    return this.openData.csv();
  }

  @Get('open-data/hearings.json')
  @Access.public('none')
  @ApiOkResponse({ description: '{dataset, title, generatedAt, license, columns, rows}; no personal data', schema: { type: 'object' } })
  @ApiOperation({ summary: 'Open data: public hearings (JSON) / ข้อมูลเปิด: การรับฟังความคิดเห็นของประชาชน' })
  json(): Promise<Record<string, unknown>> {
    return this.openData.json();
  }
}
