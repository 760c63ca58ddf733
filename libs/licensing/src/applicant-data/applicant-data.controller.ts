import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicantDataView } from './applicant-data.dto-views';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { GetApplicantDataQuery } from './get-applicant-data.handler';
import { ApplicantDataErrors } from './applicant-data-errors';

@ApiTags('applicant data')
@ApiBearerAuth()
@Controller('me')
export class ApplicantDataController {
  constructor(private readonly queries: QueryBus) {}

  @Get('applicant-data')
  @Access.roles(['applicant'], 'self')
  @ApiErrors(ApplicantDataErrors.code.ACCOUNT_HAS_NO_NATIONAL_ID, ApplicantDataErrors.code.ACCOUNT_NOT_IN_CIVIL_REGISTRY)
  @ApiOperation({
    summary: 'My data from government data exchange, and the juristic persons I may act for / ข้อมูลผู้ขอจากหน่วยงานรัฐ',
    description: 'Citizen record (DOPA) by the national ID of the signed-in account, and every juristic person (DBD) naming her as an authorised director; each with its source and fetch time. No copies of ID cards or house registrations are needed.',
  })
  @ApiOkResponse({ type: ApplicantDataView })
  get(@CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetApplicantDataQuery(user));
  }
}
