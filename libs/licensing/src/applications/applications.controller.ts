import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { CreateApplicationCommand } from './commands/create-application.handler';
import { SendApplicationEventCommand } from './commands/send-application-event.handler';
import { UpdateApplicationFormCommand } from './commands/update-application-form.handler';
import { CreateApplicationDto } from './dto/create-application.dto';
import { ListApplicationsQueryDto } from './dto/list-applications.query.dto';
import { SendEventDto } from './dto/send-event.dto';
import { UpdateApplicationFormDto } from './dto/update-application-form.dto';
import { GetApplicationQuery } from './queries/get-application.handler';
import { GetTimelineQuery } from './queries/get-timeline.handler';
import { ListApplicationsQuery } from './queries/list-applications.handler';
import { TrackApplicationQuery } from './queries/track-application.handler';

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
  @ApiOperation({ summary: 'Start an application (a draft) / สร้างคำขอ' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateApplicationDto) {
    return this.commands.execute(new CreateApplicationCommand(user, body));
  }

  @Access.signedIn('application-list')
  @Get()
  @ApiOperation({ summary: 'My applications, or my office’s / รายการคำขอ' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() filter: ListApplicationsQueryDto) {
    return this.queries.execute(new ListApplicationsQuery(user, filter));
  }

  @Access.signedIn('application')
  @Get(':id')
  @ApiOperation({ summary: 'One application / รายละเอียดคำขอ' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.queries.execute(new GetApplicationQuery(user, id));
  }

  @Patch(':id')
  @Access.roles(['applicant'], 'application-owner')
  @ApiOperation({ summary: 'Change the form or confirm the government data while a draft or waiting for documents / แก้ไขแบบคำขอ ยืนยันข้อมูล' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: UpdateApplicationFormDto) {
    return this.commands.execute(new UpdateApplicationFormCommand(user, id, body.form ?? {}, body.expectedVersion, body.confirmApplicantData === true));
  }

  @Access.signedIn('application-step')
  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a workflow event (SUBMIT, ACCEPT, APPROVE, …) / ดำเนินการกับคำขอ' })
  send(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: SendEventDto) {
    return this.commands.execute(new SendApplicationEventCommand(user, id, body));
  }

  @Access.signedIn('application')
  @Get(':id/timeline')
  @ApiOperation({ summary: 'Every step of the application / ประวัติการดำเนินการ' })
  timeline(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.queries.execute(new GetTimelineQuery(user, id));
  }
}

@ApiTags('tracking')
@Controller('track')
export class TrackingController {
  constructor(private readonly queries: QueryBus) {}

  @Access.public('public-record')
  @Get(':trackingNumber')
  @ApiOperation({ summary: 'Public status by tracking number, no personal data / ติดตามสถานะคำขอ' })
  track(@Param('trackingNumber') trackingNumber: string) {
    return this.queries.execute(new TrackApplicationQuery(trackingNumber));
  }
}
