import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AssignmentHistoryEntryView, AssignmentStateView, OfficeDashboardView, OfficeStaffView, ReassignResultView, SavedWorkQueueView, WorkQueueView } from './work-queue.views';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { AssignmentService } from './assignments.service';
import { GetWorkQueueQuery } from './get-work-queue.handler';
import { AssignApplicationDto, ClaimManyDto, CreateWorkQueueViewDto, ReassignDto, WorkQueueQueryDto } from './work-queue.dto';
import { OfficeOverview } from './office-overview.service';
import { SavedViews } from './saved-views.service';
import { ApplicationErrors } from '../core';
import { WorkQueueErrors } from './work-queue-errors';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('work-queue')
@ApiBearerAuth()
@Controller('work-queue')
export class WorkQueueController {
  constructor(
    private readonly queries: QueryBus,
    private readonly assignments: AssignmentService,
    private readonly overview: OfficeOverview,
    private readonly views: SavedViews,
  ) {}

  @Get()
  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY, WorkQueueErrors.code.WORK_QUEUE_FILTER_CONFLICT, WorkQueueErrors.code.WORK_QUEUE_BAD_CURSOR)
  @ApiOperation({
    summary: 'My office’s applications waiting for my role (the head of office: the whole office), oldest deadline first, a page at a time / งานรอดำเนินการ',
    description: 'Pages follow nextCursor (keyset on due date, creation, id: no item repeats or goes missing when applications arrive in between). counts ignores the tab filters (mine, unassigned, overdue, dueSoon) and the page.',
  })
  @ApiOkResponse({ type: WorkQueueView })
  queue(@CurrentUser() user: AuthenticatedUser, @Query() filter: WorkQueueQueryDto) {
    return this.queries.execute(new GetWorkQueueQuery(user, filter));
  }

  @Post('claim')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'signer'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY, WorkQueueErrors.code.CLAIM_REFUSED, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Take several applications waiting for my role, all or none / รับเรื่องหลายรายการ' })
  @ApiOkResponse({ type: ReassignResultView })
  claimMany(@CurrentUser() user: AuthenticatedUser, @Body() body: ClaimManyDto) {
    return this.assignments.claimMany(user, body.applicationIds);
  }

  @Get('staff')
  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY)
  @ApiOperation({ summary: 'Staff of my office with how many open applications each holds (for the assign pickers) / เจ้าหน้าที่ของสำนักงาน' })
  @ApiOkResponse({ type: [OfficeStaffView] })
  staff(@CurrentUser() user: AuthenticatedUser) {
    return this.overview.staff(user);
  }

  @Get('dashboard')
  @Access.roles(['head_of_office'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.ONLY_HEAD_SEES_DASHBOARD, WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY)
  @ApiOperation({ summary: 'The head of office’s view of the office: workload per person, unassigned and overdue work, decisions on time / ภาพรวมสำนักงาน' })
  @ApiOkResponse({ type: OfficeDashboardView })
  dashboard(@CurrentUser() user: AuthenticatedUser) {
    return this.overview.dashboard(user);
  }

  @Get('views')
  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'self')
  @ApiErrors(WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY)
  @ApiOperation({ summary: 'My saved queue views, oldest first / มุมมองที่บันทึกไว้' })
  @ApiOkResponse({ type: [SavedWorkQueueView] })
  listViews(@CurrentUser() user: AuthenticatedUser) {
    return this.views.list(user);
  }

  @Post('views')
  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'self')
  @ApiErrors(
    WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY,
    WorkQueueErrors.code.WORK_QUEUE_VIEW_NAME_INVALID,
    WorkQueueErrors.code.WORK_QUEUE_FILTER_CONFLICT,
    WorkQueueErrors.code.WORK_QUEUE_VIEW_NAME_TAKEN,
    WorkQueueErrors.code.WORK_QUEUE_VIEW_LIMIT,
  )
  @ApiOperation({ summary: 'Save a queue filter under a name (at most 20 per person, names unique) / บันทึกมุมมอง' })
  @ApiCreatedResponse({ type: SavedWorkQueueView })
  createView(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateWorkQueueViewDto) {
    return this.views.create(user, body);
  }

  @Delete('views/:id')
  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'self')
  @ApiErrors(WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY, WorkQueueErrors.code.WORK_QUEUE_VIEW_NOT_FOUND)
  @ApiOperation({ summary: 'Delete one of my saved views (another person’s: 404) / ลบมุมมอง' })
  @ApiOkResponse({ type: SavedWorkQueueView, description: 'The view deleted' })
  deleteView(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.views.remove(user, id);
  }

  @Post('reassign')
  @HttpCode(200)
  @Access.roles(['head_of_office'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.ONLY_HEAD_MAY_ASSIGN, WorkQueueErrors.code.ASSIGNEE_NOT_IN_OFFICE, WorkQueueErrors.code.REASSIGN_REFUSED, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Hand several applications to one staff member, all or none / มอบหมายงานหลายรายการ' })
  @ApiOkResponse({ type: ReassignResultView })
  reassign(@CurrentUser() user: AuthenticatedUser, @Body() body: ReassignDto) {
    return this.assignments.reassign(user, body.applicationIds, body.userId);
  }
}

/** Claiming, releasing and assigning one application (beside the applications routes). */
@ApiTags('work-queue')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationAssignmentController {
  constructor(private readonly assignments: AssignmentService) {}

  @Post(':id/claim')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'signer'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, WorkQueueErrors.code.NOT_WAITING_FOR_YOUR_ROLE, WorkQueueErrors.code.ALREADY_HELD, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Take an application waiting for my role / รับเรื่อง' })
  @ApiOkResponse({ type: AssignmentStateView })
  claim(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.claim(user, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'signer', 'head_of_office'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, WorkQueueErrors.code.ONLY_HOLDER_OR_HEAD_MAY_RELEASE, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Give an application back to the office queue (its holder or the head of office) / คืนเรื่อง' })
  @ApiOkResponse({ type: AssignmentStateView })
  release(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.release(user, id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Access.roles(['head_of_office'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, WorkQueueErrors.code.ONLY_HEAD_MAY_ASSIGN, WorkQueueErrors.code.NOT_WAITING_FOR_STAFF, WorkQueueErrors.code.ASSIGNEE_NOT_IN_OFFICE, WorkQueueErrors.code.ASSIGNEE_LACKS_ROLE, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Assign an application to a staff member of the office / มอบหมายงาน' })
  @ApiOkResponse({ type: AssignmentStateView })
  assign(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: AssignApplicationDto) {
    return this.assignments.assign(user, id, body.userId);
  }

  @Access.signedIn('application')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND)
  @Get(':id/assignments')
  @ApiOperation({ summary: 'Who held the application, when / ประวัติการมอบหมายงาน' })
  @ApiOkResponse({ type: [AssignmentHistoryEntryView] })
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.history(user, id);
  }
}
