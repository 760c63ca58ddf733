import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { AssignmentService } from './assignments.service';
import { GetWorkQueueQuery } from './get-work-queue.handler';
import { AssignApplicationDto, ReassignDto, WorkQueueQueryDto } from './work-queue.dto';
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
  ) {}

  @Get()
  @Access.roles(['officer', 'approver', 'head_of_office'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.WORK_QUEUE_STAFF_ONLY, WorkQueueErrors.code.WORK_QUEUE_FILTER_CONFLICT)
  @ApiOperation({ summary: 'My office’s applications waiting for my role (the head of office: the whole office), oldest deadline first / งานรอดำเนินการ' })
  queue(@CurrentUser() user: AuthenticatedUser, @Query() filter: WorkQueueQueryDto) {
    return this.queries.execute(new GetWorkQueueQuery(user, filter));
  }

  @Post('reassign')
  @HttpCode(200)
  @Access.roles(['head_of_office'], 'own-office')
  @ApiErrors(WorkQueueErrors.code.ONLY_HEAD_MAY_ASSIGN, WorkQueueErrors.code.ASSIGNEE_NOT_IN_OFFICE, WorkQueueErrors.code.REASSIGN_REFUSED, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Hand several applications to one staff member, all or none / มอบหมายงานหลายรายการ' })
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
  @Access.roles(['officer', 'approver'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, WorkQueueErrors.code.NOT_WAITING_FOR_YOUR_ROLE, WorkQueueErrors.code.ALREADY_HELD, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Take an application waiting for my role / รับเรื่อง' })
  claim(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.claim(user, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'head_of_office'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, WorkQueueErrors.code.ONLY_HOLDER_OR_HEAD_MAY_RELEASE, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Give an application back to the office queue (its holder or the head of office) / คืนเรื่อง' })
  release(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.release(user, id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Access.roles(['head_of_office'], 'application-office')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND, WorkQueueErrors.code.ONLY_HEAD_MAY_ASSIGN, WorkQueueErrors.code.NOT_WAITING_FOR_STAFF, WorkQueueErrors.code.ASSIGNEE_NOT_IN_OFFICE, WorkQueueErrors.code.ASSIGNEE_LACKS_ROLE, WorkQueueErrors.code.ASSIGNMENT_CHANGED_CONCURRENTLY)
  @ApiOperation({ summary: 'Assign an application to a staff member of the office / มอบหมายงาน' })
  assign(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: AssignApplicationDto) {
    return this.assignments.assign(user, id, body.userId);
  }

  @Access.signedIn('application')
  @ApiErrors(ApplicationErrors.code.APPLICATION_NOT_FOUND)
  @Get(':id/assignments')
  @ApiOperation({ summary: 'Who held the application, when / ประวัติการมอบหมายงาน' })
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.history(user, id);
  }
}
