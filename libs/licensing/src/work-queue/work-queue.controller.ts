import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { AssignmentService } from './assignments.service';
import { GetWorkQueueQuery } from './get-work-queue.handler';
import { AssignApplicationDto, ReassignDto, WorkQueueQueryDto } from './work-queue.dto';

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
  @ApiOperation({ summary: 'My office’s applications waiting for my role (the head of office: the whole office), oldest deadline first / งานรอดำเนินการ' })
  queue(@CurrentUser() user: AuthenticatedUser, @Query() filter: WorkQueueQueryDto) {
    return this.queries.execute(new GetWorkQueueQuery(user, filter));
  }

  @Post('reassign')
  @HttpCode(200)
  @Access.roles(['head_of_office'], 'own-office')
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
  @ApiOperation({ summary: 'Take an application waiting for my role / รับเรื่อง' })
  claim(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.claim(user, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Access.roles(['officer', 'approver', 'head_of_office'], 'application-office')
  @ApiOperation({ summary: 'Give an application back to the office queue (its holder or the head of office) / คืนเรื่อง' })
  release(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.release(user, id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Access.roles(['head_of_office'], 'application-office')
  @ApiOperation({ summary: 'Assign an application to a staff member of the office / มอบหมายงาน' })
  assign(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: AssignApplicationDto) {
    return this.assignments.assign(user, id, body.userId);
  }

  @Access.signedIn('application')
  @Get(':id/assignments')
  @ApiOperation({ summary: 'Who held the application, when / ประวัติการมอบหมายงาน' })
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.assignments.history(user, id);
  }
}
