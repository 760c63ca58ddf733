import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors as E } from '../core';
import { SatisfactionErrors as S } from './satisfaction-errors';
import { OfficeRatingsQueryDto, RateServiceDto, SatisfactionCellsQueryDto, SatisfactionStatisticsQueryDto } from './satisfaction.dto';
import { Satisfaction } from './satisfaction.service';
import { ApplicationSatisfactionView, OfficeRatingListView, SatisfactionCellsView, SatisfactionRatingView, SatisfactionStatisticsView } from './satisfaction.views';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('satisfaction')
@ApiBearerAuth()
@Controller()
export class SatisfactionController {
  constructor(private readonly satisfaction: Satisfaction) {}

  @Access.roles(['applicant'], 'application-owner')
  @Post('applications/:id/satisfaction')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, S.code.SATISFACTION_ONLY_APPLICANT, S.code.SATISFACTION_NOT_FINISHED, S.code.SATISFACTION_ALREADY_GIVEN)
  @ApiCreatedResponse({ type: SatisfactionRatingView, description: 'The rating as stored; it cannot be changed or given again' })
  @ApiOperation({ summary: 'Rate the service once the application is finished, once / ประเมินความพึงพอใจต่อบริการ' })
  rate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: RateServiceDto): Promise<SatisfactionRatingView> {
    return this.satisfaction.rate(id, user, body.score, body.comment);
  }

  @Access.roles(['applicant', 'officer', 'head_of_office'], 'application-feedback')
  @Get('applications/:id/satisfaction')
  @ApiErrors(E.code.APPLICATION_NOT_FOUND, S.code.SATISFACTION_NOT_YOURS)
  @ApiOkResponse({ type: ApplicationSatisfactionView })
  @ApiOperation({ summary: 'The application’s rating, and whether the applicant may rate / ผลการประเมินความพึงพอใจของคำขอ' })
  forApplication(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<ApplicationSatisfactionView> {
    return this.satisfaction.forApplication(id, user);
  }

  @Access.roles(['officer', 'head_of_office'], 'own-office')
  @Get('satisfaction/office')
  @ApiErrors(S.code.SATISFACTION_CURSOR_INVALID)
  @ApiOkResponse({ type: OfficeRatingListView })
  @ApiOperation({ summary: 'My office’s ratings with their comments, newest first / ผลการประเมินความพึงพอใจของสำนักงาน' })
  ofOffice(@CurrentUser() user: AuthenticatedUser, @Query() query: OfficeRatingsQueryDto): Promise<OfficeRatingListView> {
    return this.satisfaction.ofOffice(user, query.limit ?? 50, query.before);
  }
}

@ApiTags('statistics')
@Controller('statistics')
export class SatisfactionStatisticsController {
  constructor(private readonly satisfaction: Satisfaction) {}

  @Access.public('none')
  @Get('satisfaction')
  @ApiErrors(S.code.STATISTICS_PERIOD_INVALID)
  @ApiOkResponse({ type: SatisfactionStatisticsView })
  @ApiOperation({
    summary: 'Satisfaction and completion rate of the period and of each month (open data) / สถิติความพึงพอใจและอัตราการดำเนินการสำเร็จ',
    description:
      'Over the licence types and offices asked for: ratings (count, mean, distribution 1–5) by the month they were given; the completion rate (completed / started, GOV.UK) of the applications started in the month. Counts of 1–4 are withheld (null, `suppressed`). No comments, no personal data. The breakdown per licence type and office is `/statistics/satisfaction/cells`.',
  })
  statistics(@Query() query: SatisfactionStatisticsQueryDto): Promise<SatisfactionStatisticsView> {
    return this.satisfaction.statistics(query);
  }

  @Access.public('none')
  @Get('satisfaction/cells')
  @ApiErrors(S.code.STATISTICS_PERIOD_INVALID)
  @ApiOkResponse({ type: SatisfactionCellsView })
  @ApiOperation({
    summary: 'Satisfaction and completion rate per month, licence type and office (open data) / สถิติความพึงพอใจแยกตามเดือน ประเภทใบอนุญาต และหน่วยงาน',
    description:
      'One cell per month, licence type and office with ratings or started applications, by month, licence type and office, a page at a time (`limit`, then `after` = the previous page’s `nextAfter`); counts of 1–4 withheld (null, `suppressed`). No comments, no personal data.',
  })
  cells(@Query() query: SatisfactionCellsQueryDto): Promise<SatisfactionCellsView> {
    return this.satisfaction.cells(query, query.limit ?? 500, query.after);
  }
}
