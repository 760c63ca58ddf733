import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataExchangeErrors as X } from '@bizportal/data-exchange';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataErrors as D } from '../applicant-data';
import { CatalogueErrors as C } from '../catalogue';
import { AgentGrants } from './agent-grants.service';
import { GrantErrors as G } from './grant-errors';
import { CreateGrantDto, RevokeGrantDto } from './grants.dto';
import { GrantDetailView, GrantListView } from './grants.views';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('grants')
@ApiBearerAuth()
@Controller('grants')
export class GrantsController {
  constructor(private readonly grants: AgentGrants) {}

  @Post()
  @Access.roles(['applicant'], 'agent-grant')
  @ApiErrors(G.code.GRANT_VALID_UNTIL_PAST, G.code.GRANT_VALID_UNTIL_TOO_FAR, G.code.GRANT_LICENCE_TYPES_INVALID, G.code.GRANT_AGENT_IS_PRINCIPAL, G.code.GRANT_ALREADY_ACTIVE, C.code.LICENCE_TYPE_UNKNOWN, C.code.LICENCE_TYPE_NOT_OPEN, X.code.NATIONAL_ID_INVALID, X.code.CITIZEN_NOT_FOUND, D.code.NOT_AUTHORISED_DIRECTOR, D.code.JURISTIC_PERSON_NOT_ACTIVE, D.code.ACCOUNT_HAS_NO_NATIONAL_ID, D.code.ACCOUNT_NOT_IN_CIVIL_REGISTRY)
  @ApiOperation({
    summary: 'Grant an agent the right to file and act for me or my company / มอบอำนาจให้ผู้อื่นยื่นคำขอแทน',
    description: 'The principal is the signed-in citizen, or a juristic person naming her as an authorised director. The agent is named by national ID and looked up in the civil registry. One grant in force per principal and agent.',
  })
  @ApiCreatedResponse({ type: GrantDetailView })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateGrantDto): Promise<GrantDetailView> {
    return this.grants.grant(user, body);
  }

  @Get()
  @Access.roles(['applicant'], 'agent-grant')
  @ApiOperation({ summary: 'Grants I made (as a person or a director) and grants I hold as an agent / การมอบอำนาจของฉัน' })
  @ApiOkResponse({ type: GrantListView })
  list(@CurrentUser() user: AuthenticatedUser): Promise<GrantListView> {
    return this.grants.list(user);
  }

  @Get(':id')
  @Access.roles(['applicant'], 'agent-grant')
  @ApiErrors(G.code.GRANT_NOT_FOUND)
  @ApiOperation({ summary: 'One grant with its history / รายละเอียดการมอบอำนาจ' })
  @ApiOkResponse({ type: GrantDetailView })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<GrantDetailView> {
    return this.grants.get(user, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Access.roles(['applicant'], 'agent-grant')
  @ApiErrors(G.code.GRANT_NOT_FOUND, G.code.GRANT_ONLY_PRINCIPAL, G.code.GRANT_ALREADY_REVOKED)
  @ApiOperation({ summary: 'Revoke a grant: the agent is stopped at once / เพิกถอนการมอบอำนาจ' })
  @ApiOkResponse({ type: GrantDetailView })
  revoke(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: RevokeGrantDto): Promise<GrantDetailView> {
    return this.grants.revoke(user, id, body.reason);
  }
}
