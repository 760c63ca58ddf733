import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { CreateApplicationCommand } from './commands/create-application.handler';
import { SendApplicationEventCommand } from './commands/send-application-event.handler';
import { UpdateApplicationFormCommand } from './commands/update-application-form.handler';
import { ApplicationListView, ApplicationView, TimelineView, TrackView } from './dto/application.views';
import { CreateApplicationDto } from './dto/create-application.dto';
import { ListApplicationsQueryDto } from './dto/list-applications.query.dto';
import { SendEventDto } from './dto/send-event.dto';
import { UpdateApplicationFormDto } from './dto/update-application-form.dto';
import { GetAcknowledgementQuery } from './queries/get-acknowledgement.handler';
import { GetApplicationQuery } from './queries/get-application.handler';
import { GetTimelineQuery } from './queries/get-timeline.handler';
import { ListApplicationsQuery } from './queries/list-applications.handler';
import { TrackApplicationQuery } from './queries/track-application.handler';
import { ApplicantDataErrors as D } from '../applicant-data';
import { CatalogueErrors as C } from '../catalogue';
import { ApplicationErrors as E } from '../core';
import { LicenceErrors as L } from '../licences';
import { ReviewEventErrors as R } from './review-event-checks';
import { ConsentErrors as K } from './consent';
import { GrantErrors as G } from '../grants';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access.roles(['applicant'], 'company-authority')
  @ApiErrors(C.code.LICENCE_TYPE_UNKNOWN, C.code.LICENCE_TYPE_NOT_OPEN, C.code.BUSINESS_TYPE_UNKNOWN, C.code.BUSINESS_DOES_NOT_NEED_LICENCE, E.code.PREMISES_AREA_MISMATCH, E.code.KIND_NOT_OFFERED, E.code.FORM_INVALID, E.code.NO_RESPONSIBLE_OFFICE, E.code.NO_LOCAL_OFFICE, L.code.PREVIOUS_LICENCE_NOT_HELD, L.code.PREVIOUS_LICENCE_NOT_FOR_NEW, L.code.PREVIOUS_LICENCE_OTHER_TYPE, L.code.PREVIOUS_LICENCE_NOT_IN_FORCE, L.code.PREVIOUS_LICENCE_HAS_OPEN_REQUEST, L.code.REQUEST_NOT_FOR_HOLDER, D.code.NOT_AUTHORISED_DIRECTOR, D.code.JURISTIC_PERSON_NOT_ACTIVE, D.code.ACCOUNT_HAS_NO_NATIONAL_ID, D.code.ACCOUNT_NOT_IN_CIVIL_REGISTRY, G.code.GRANT_NOT_FOUND, G.code.GRANT_NOT_ACTIVE, G.code.GRANT_NOT_FOR_LICENCE_TYPE)
  @ApiOperation({ summary: 'Start an application (a draft) / สร้างคำขอ' })
  @ApiCreatedResponse({ type: ApplicationView })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateApplicationDto) {
    return this.commands.execute(new CreateApplicationCommand(user, body));
  }

  @Access.signedIn('application-list')
  @ApiErrors(E.code.APPLICATION_LIST_NOT_AVAILABLE, E.code.APPLICATION_LIST_BAD_CURSOR)
  @Get()
  @ApiOperation({
    summary: 'My applications, or my office’s, newest first, a page at a time / รายการคำขอ',
    description: 'Pages follow nextCursor (keyset on creation time and id: no item repeats or goes missing when applications arrive in between). total is exact up to 1,000; beyond that it is 1,000 with totalCapped true. Items are summaries; GET /applications/{id} has the form, premises and available events.',
  })
  @ApiOkResponse({ type: ApplicationListView })
  list(@CurrentUser() user: AuthenticatedUser, @Query() filter: ListApplicationsQueryDto) {
    return this.queries.execute(new ListApplicationsQuery(user, filter));
  }

  @Access.signedIn('application')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, G.code.GRANT_NOT_ACTIVE)
  @Get(':id')
  @ApiOperation({ summary: 'One application / รายละเอียดคำขอ' })
  @ApiOkResponse({ type: ApplicationView })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.queries.execute(new GetApplicationQuery(user, id));
  }

  @Patch(':id')
  @Access.roles(['applicant'], 'application-owner')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, G.code.GRANT_NOT_ACTIVE, E.code.ONLY_APPLICANT_MAY_EDIT, E.code.FORM_NOT_EDITABLE, E.code.APPLICATION_VERSION_STALE, E.code.FORM_INVALID, E.code.APPLICATION_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Change the form or confirm the government data while a draft or waiting for documents / แก้ไขแบบคำขอ ยืนยันข้อมูล' })
  @ApiOkResponse({ type: ApplicationView })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: UpdateApplicationFormDto) {
    return this.commands.execute(new UpdateApplicationFormCommand(user, id, body.form ?? {}, body.expectedVersion, body.confirmApplicantData === true));
  }

  @Access.signedIn('application-step')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, G.code.GRANT_NOT_ACTIVE, E.code.APPLICANT_DATA_NOT_CONFIRMED, E.code.EVENT_INVALID, E.code.EVENT_NOT_ACCEPTED, E.code.EVENT_FORBIDDEN, E.code.EVENT_CONDITION_FAILED, E.code.FORM_INVALID, E.code.APPLICATION_VERSION_STALE, E.code.APPLICATION_CHANGED_CONCURRENTLY, R.code.DELIVERY_TRACKING_NUMBER_INVALID, R.code.INSPECTION_DATE_IN_PAST, R.code.INSPECTION_DATE_TOO_FAR, R.code.INSPECTION_WINDOW_INVALID, R.code.INSPECTION_WINDOW_OUTSIDE_HOURS, R.code.INSPECTION_INSPECTOR_NOT_STAFF, R.code.INFORMATION_REQUEST_DOCUMENT_UNKNOWN, R.code.INSPECTION_PHOTOS_INVALID, L.code.REQUEST_ON_HOLD_LICENCE_SUSPENDED, L.code.REQUEST_LICENCE_REVOKED, K.code.PRIVACY_CONSENT_REQUIRED, K.code.PRIVACY_NOTICE_NOT_CURRENT)
  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a workflow event (SUBMIT, ACCEPT, APPROVE, …) / ดำเนินการกับคำขอ',
    description: 'SUBMIT carries the applicant’s consent to the current privacy notice: `data.privacyConsent {noticeVersion, agreed: true}` (GET /policies names the version); without it the submission is refused and nothing changes.',
  })
  @ApiOkResponse({ type: ApplicationView })
  send(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: SendEventDto) {
    return this.commands.execute(new SendApplicationEventCommand(user, id, body));
  }

  @Access.signedIn('application')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, G.code.GRANT_NOT_ACTIVE)
  @Get(':id/timeline')
  @ApiOperation({ summary: 'Every step of the application / ประวัติการดำเนินการ' })
  @ApiOkResponse({ type: TimelineView })
  timeline(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.queries.execute(new GetTimelineQuery(user, id));
  }

  @Access.signedIn('application')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, E.code.ACKNOWLEDGEMENT_NOT_AVAILABLE)
  @Get(':id/acknowledgement.pdf')
  // The 200 names its own media type; @ApiProduces would also mark the JSON error answers as PDF.
  @ApiOkResponse({ description: 'The acknowledgement of receipt, A4 PDF in Thai with English (unsigned: it is not a licence)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Acknowledgement of receipt of a submitted application, PDF / ใบรับคำขอ' })
  async acknowledgement(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { trackingNumber, pdf } = await this.queries.execute(new GetAcknowledgementQuery(user, id));
    res.type('application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="acknowledgement-${trackingNumber}.pdf"`);
    return new StreamableFile(pdf);
  }
}

@ApiTags('tracking')
@Controller('track')
export class TrackingController {
  constructor(private readonly queries: QueryBus) {}

  @Access.public('public-record')
  @ApiErrors(E.code.TRACKING_NUMBER_NOT_FOUND)
  @Get(':trackingNumber')
  @ApiOperation({ summary: 'Public status by tracking number, no personal data / ติดตามสถานะคำขอ' })
  @ApiOkResponse({ type: TrackView })
  track(@Param('trackingNumber') trackingNumber: string) {
    return this.queries.execute(new TrackApplicationQuery(trackingNumber));
  }
}
