import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors } from '../access';
import { CurrentUser } from '../auth.decorators';
import type { AuthenticatedUser } from '../authenticated-user';
import { LocalOffices } from './local-offices.service';
import { OfficeErrors } from './office-errors';
import { CreateOfficeDto, InviteStaffDto, OfficesQueryDto, SetSubdistrictsDto } from './offices.dto';
import { OfficeDetailView, OfficeListView, StaffInvitationView } from './offices.views';

const uuid = new ParseUUIDPipe({ version: '4' });
const E = OfficeErrors.code;

/** Onboarding local offices (system administrators): no restart; routing, jurisdictions and area pickers read the database. */
@ApiTags('offices')
@ApiBearerAuth()
@Controller('admin/offices')
export class OfficesController {
  constructor(private readonly offices: LocalOffices) {}

  @Get()
  @Access.roles(['system_admin'], 'none')
  @ApiOkResponse({ type: OfficeListView })
  @ApiOperation({ summary: 'Local offices, by id, with what they serve and their staff counts / หน่วยงานท้องถิ่น' })
  list(@Query() query: OfficesQueryDto) {
    return this.offices.list(query);
  }

  @Post()
  @Access.roles(['system_admin'], 'none')
  @ApiErrors(E.OFFICE_PROVINCE_UNKNOWN, E.OFFICE_ID_TAKEN)
  @ApiCreatedResponse({ type: OfficeDetailView })
  @ApiOperation({ summary: 'Onboard a local office: its agency record / รับหน่วยงานท้องถิ่นเข้าระบบ' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateOfficeDto) {
    return this.offices.create(body, user);
  }

  @Get(':id')
  @Access.roles(['system_admin'], 'none')
  @ApiErrors(E.OFFICE_NOT_FOUND)
  @ApiOkResponse({ type: OfficeDetailView })
  @ApiOperation({ summary: 'A local office: the subdistricts it serves, its staff and invitations / รายละเอียดหน่วยงาน' })
  get(@Param('id') id: string) {
    return this.offices.detail(id);
  }

  @Put(':id/subdistricts')
  @Access.roles(['system_admin'], 'none')
  @ApiErrors(E.OFFICE_NOT_FOUND, E.OFFICE_MANAGED_BY_FILE, E.OFFICE_SUBDISTRICT_UNKNOWN, E.OFFICE_SUBDISTRICT_OUTSIDE_PROVINCE, E.OFFICE_HANDOVER_NOT_SERVED, E.OFFICE_SUBDISTRICT_TAKEN)
  @ApiOkResponse({ type: OfficeDetailView })
  @ApiOperation({ summary: 'Set the subdistricts the office serves; those of another office only when handed over / กำหนดพื้นที่ให้บริการ' })
  setSubdistricts(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: SetSubdistrictsDto) {
    return this.offices.setSubdistricts(id, body, user);
  }

  @Post(':id/invitations')
  @Access.roles(['system_admin'], 'none')
  @ApiErrors(E.STAFF_NATIONAL_ID_INVALID, E.STAFF_ROLE_NOT_ALLOWED, E.OFFICE_NOT_FOUND, E.STAFF_ACCOUNT_HAS_ROLES, E.STAFF_INVITATION_OPEN)
  @ApiCreatedResponse({ type: StaffInvitationView })
  @ApiOperation({ summary: 'Invite a person by national ID with office roles; her first Digital ID sign-in accepts it / เชิญเจ้าหน้าที่' })
  invite(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: InviteStaffDto) {
    return this.offices.invite(id, body, user);
  }

  @Delete(':id/invitations/:invitationId')
  @Access.roles(['system_admin'], 'none')
  @ApiErrors(E.STAFF_INVITATION_NOT_FOUND, E.STAFF_INVITATION_ACCEPTED, E.STAFF_INVITATION_REVOKED)
  @ApiOkResponse({ type: StaffInvitationView, description: 'The invitation, revoked' })
  @ApiOperation({ summary: 'Revoke an invitation not yet accepted / ยกเลิกคำเชิญ' })
  revoke(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('invitationId', uuid) invitationId: string) {
    return this.offices.revoke(id, invitationId, user);
  }
}
