import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ApiErrors, CurrentUser, RateLimit, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { DocumentErrors as D, DocumentUploadInterceptor, type UploadedDocumentFile } from '../documents';
import { StatisticsErrors, monthRange } from '../statistics';
import { ComplaintErrors as C } from './complaints-errors';
import { AnswerComplaintDto, ComplaintStatisticsQueryDto, DecideComplaintDto, FileComplaintDto, FindLicenceQueryDto, OfficeComplaintsQueryDto, RecordComplaintInspectionDto, TriageComplaintDto } from './complaints.dto';
import { ComplaintsService } from './complaints.service';
import { ComplaintLicenceListView, ComplaintListView, ComplaintPhotoView, ComplaintStatisticsView, ComplaintView, PublicComplaintView } from './complaints.views';

const uuid = new ParseUUIDPipe({ version: '4' });

const UPLOAD_PHOTO_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'JPEG or PNG, at most DOCUMENT_MAX_BYTES; the type is detected from the content' } },
  },
};

@ApiTags('complaints')
@Controller()
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Get('complaints/licences')
  @Access.signedIn('public-record')
  @ApiErrors(C.code.COMPLAINT_SEARCH_INVALID, C.code.COMPLAINT_LICENCE_NOT_FOUND)
  @ApiOkResponse({ type: ComplaintLicenceListView })
  @ApiOperation({ summary: 'Find the licence a complaint is about, by number or premises address / ค้นหาใบอนุญาตที่จะร้องเรียน' })
  findLicences(@Query() query: FindLicenceQueryDto): Promise<ComplaintLicenceListView> {
    return this.complaints.findLicences(query);
  }

  @Post('complaints/photos')
  @Access.roles(['applicant'], 'self')
  @RateLimit('complaint')
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_PHOTO_BODY)
  @ApiCreatedResponse({ type: ComplaintPhotoView })
  @ApiErrors(D.code.DOCUMENT_FILE_MISSING, D.code.DOCUMENT_UPLOAD_INVALID, D.code.DOCUMENT_EMPTY, D.code.DOCUMENT_TOO_LARGE, D.code.DOCUMENT_TYPE_NOT_ALLOWED, C.code.COMPLAINT_PHOTO_TYPE_NOT_ALLOWED, D.code.DOCUMENT_POLYGLOT, D.code.DOCUMENT_CONTENT_UNAVAILABLE)
  @ApiOperation({ summary: 'Upload a photo for a complaint about to be made / อัปโหลดรูปถ่ายประกอบเรื่องร้องเรียน' })
  uploadPhoto(@CurrentUser() user: AuthenticatedUser, @UploadedFile() file?: UploadedDocumentFile): Promise<ComplaintPhotoView> {
    return this.complaints.uploadPhoto(user, file);
  }

  @Post('complaints')
  @Access.roles(['applicant'], 'self')
  @RateLimit('complaint')
  @ApiCreatedResponse({ type: ComplaintView })
  @ApiErrors(C.code.COMPLAINT_LICENCE_NOT_FOUND, C.code.COMPLAINT_OWN_LICENCE, C.code.COMPLAINT_PHOTOS_INVALID)
  @ApiOperation({ summary: 'Complain about licensed premises / แจ้งเรื่องร้องเรียน' })
  file(@CurrentUser() user: AuthenticatedUser, @Body() body: FileComplaintDto): Promise<ComplaintView> {
    return this.complaints.file(user, body);
  }

  @Get('complaints/mine')
  @Access.roles(['applicant'], 'self')
  @ApiOkResponse({ type: ComplaintListView })
  @ApiOperation({ summary: 'Complaints I made, and those accepted about licences I hold / เรื่องร้องเรียนของฉัน' })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<ComplaintListView> {
    return this.complaints.mine(user);
  }

  @Get('complaints/office')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'own-office')
  @ApiOkResponse({ type: ComplaintListView })
  @ApiOperation({ summary: 'Complaints about licences my office issued, newest first / เรื่องร้องเรียนของหน่วยงาน' })
  ofOffice(@CurrentUser() user: AuthenticatedUser, @Query() query: OfficeComplaintsQueryDto): Promise<ComplaintListView> {
    return this.complaints.ofOffice(user, query.status);
  }

  @Get('complaints/:id')
  @Access.signedIn('complaint')
  @ApiOkResponse({ type: ComplaintView })
  @ApiErrors(C.code.COMPLAINT_NOT_FOUND)
  @ApiOperation({ summary: 'One complaint, as the caller may see it / เรื่องร้องเรียน' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<ComplaintView> {
    return this.complaints.get(user, id);
  }

  @Get('complaints/:id/photos/:photoId')
  @Access.signedIn('complaint')
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The photo, with its detected Content-Type', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(C.code.COMPLAINT_NOT_FOUND, C.code.COMPLAINT_PHOTO_NOT_FOUND, D.code.DOCUMENT_CONTENT_UNAVAILABLE, D.code.DOCUMENT_INTEGRITY_FAILED)
  @ApiOperation({ summary: 'One photo of a complaint (not for the holder) / รูปถ่ายประกอบเรื่องร้องเรียน' })
  async photo(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Param('photoId', uuid) photoId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { photo, content } = await this.complaints.photo(user, id, photoId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'self'");
    return new StreamableFile(content, { type: photo.contentType, length: content.length, disposition: 'inline' });
  }

  @Post('complaints/:id/triage')
  @Access.roles(['officer', 'head_of_office'], 'complaint')
  @ApiCreatedResponse({ type: ComplaintView })
  @ApiErrors(C.code.COMPLAINT_NOT_FOUND, C.code.COMPLAINT_OFFICE_ONLY, C.code.COMPLAINT_ACTION_NOT_ALLOWED, C.code.COMPLAINT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Accept or dismiss a complaint, with the reason / คัดกรองเรื่องร้องเรียน' })
  triage(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: TriageComplaintDto): Promise<ComplaintView> {
    return this.complaints.triage(user, id, body.decision, body.note, body.expectedVersion);
  }

  @Post('complaints/:id/inspection')
  @Access.roles(['officer', 'head_of_office'], 'complaint')
  @ApiCreatedResponse({ type: ComplaintView })
  @ApiErrors(C.code.COMPLAINT_NOT_FOUND, C.code.COMPLAINT_OFFICE_ONLY, C.code.COMPLAINT_ACTION_NOT_ALLOWED, C.code.COMPLAINT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Record the inspection of the premises / บันทึกผลการตรวจสถานที่ตามเรื่องร้องเรียน' })
  inspection(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: RecordComplaintInspectionDto): Promise<ComplaintView> {
    return this.complaints.recordInspection(user, id, body.inspectedOn, body.findings, body.expectedVersion);
  }

  @Post('complaints/:id/outcome')
  @Access.roles(['officer', 'approver', 'head_of_office'], 'complaint')
  @ApiCreatedResponse({ type: ComplaintView })
  @ApiErrors(
    C.code.COMPLAINT_NOT_FOUND,
    C.code.COMPLAINT_OFFICE_ONLY,
    C.code.COMPLAINT_APPROVER_ONLY,
    C.code.COMPLAINT_ACTION_NOT_ALLOWED,
    C.code.COMPLAINT_WARNING_DEADLINE_INVALID,
    C.code.COMPLAINT_LICENCE_NOT_OPERATING,
    C.code.COMPLAINT_CHANGED_CONCURRENTLY,
    E.code.EVENT_FORBIDDEN,
    E.code.EVENT_NOT_ACCEPTED,
    E.code.APPLICATION_CHANGED_CONCURRENTLY,
  )
  @ApiOperation({ summary: 'Record the outcome: no action, a warning, or the licence’s suspension or revocation / บันทึกผลการพิจารณาเรื่องร้องเรียน' })
  outcome(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: DecideComplaintDto): Promise<ComplaintView> {
    return this.complaints.decide(user, id, body);
  }

  @Post('complaints/:id/response')
  @Access.roles(['applicant'], 'complaint')
  @ApiCreatedResponse({ type: ComplaintView })
  @ApiErrors(C.code.COMPLAINT_NOT_FOUND, C.code.COMPLAINT_HOLDER_ONLY, C.code.COMPLAINT_RESPONSE_NOT_OPEN, C.code.COMPLAINT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'The licence holder’s answer to a complaint, once / คำชี้แจงของผู้รับใบอนุญาต' })
  answer(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: AnswerComplaintDto): Promise<ComplaintView> {
    return this.complaints.answer(user, id, body.text);
  }

  @Get('complaint-status/:reference')
  @Access.public('public-record')
  @RateLimit('verify')
  @ApiOkResponse({ type: PublicComplaintView })
  @ApiErrors(C.code.COMPLAINT_NOT_FOUND)
  @ApiOperation({ summary: 'Where a complaint stands, by its reference, without personal data / สถานะเรื่องร้องเรียน' })
  status(@Param('reference') reference: string): Promise<PublicComplaintView> {
    return this.complaints.publicStatus(reference);
  }

  @Get('statistics/complaints')
  @Access.public('none')
  @ApiOkResponse({ type: ComplaintStatisticsView })
  @ApiErrors(StatisticsErrors.code.STATISTICS_MONTH_RANGE_INVALID, StatisticsErrors.code.STATISTICS_MONTH_RANGE_TOO_LONG)
  @ApiOperation({
    summary: 'Complaints made per period, by status, outcome and office (open data) / สถิติเรื่องร้องเรียน',
    description: 'Counts of the complaints made in the months (Bangkok), by where they stand now and by outcome, overall and per office. No names, descriptions or licence numbers.',
  })
  statistics(@Query() query: ComplaintStatisticsQueryDto): Promise<ComplaintStatisticsView> {
    return this.complaints.statistics(monthRange(query.from, query.to));
  }
}
