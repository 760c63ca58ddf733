import { ApiProperty } from '@nestjs/swagger';
import { AgencyRef, LocalizedText } from '@bizportal/common';
import { LOCAL_OFFICE_KIND_IDS } from '../areas/local-office-kinds';

export class OfficeKindView {
  @ApiProperty({ enum: LOCAL_OFFICE_KIND_IDS, nullable: true, type: String })
  id!: string | null;
  @ApiProperty({ type: LocalizedText, nullable: true })
  label!: LocalizedText | null;
}

export class OfficeSummaryView {
  @ApiProperty({ example: 'chiang-mai-city' })
  id!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ type: OfficeKindView })
  kind!: OfficeKindView;
  @ApiProperty({ type: AgencyRef, description: 'The province (id = DOPA code)' })
  province!: AgencyRef;
  @ApiProperty({ description: 'Onboarded through this API (false: seeded from workflows/areas.json)' })
  onboarded!: boolean;
  @ApiProperty({ example: 12 })
  subdistrictCount!: number;
  @ApiProperty({ example: 3, description: 'Accounts of the office' })
  staffCount!: number;
  @ApiProperty({ example: 1, description: 'Invitations neither accepted nor revoked' })
  pendingInvitations!: number;
}

export class OfficeListView {
  @ApiProperty({ type: [OfficeSummaryView] })
  items!: OfficeSummaryView[];
  @ApiProperty({ type: String, nullable: true, description: 'Give as `after` for the next page; null on the last' })
  nextAfter!: string | null;
}

export class ServedSubdistrictView {
  @ApiProperty({ example: '500101' })
  code!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ type: AgencyRef, description: 'Its district (id = DOPA code)' })
  district!: AgencyRef;
  @ApiProperty({ type: String, nullable: true, description: 'Who gave it to the office through this API; null when seeded from the file' })
  assignedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  assignedAt!: string | null;
}

export class OfficeStaffView {
  @ApiProperty()
  id!: string;
  @ApiProperty()
  username!: string;
  @ApiProperty({ type: LocalizedText })
  displayName!: LocalizedText;
  @ApiProperty({ type: [String], example: ['officer'] })
  roles!: string[];
}

export class StaffInvitationView {
  @ApiProperty()
  id!: string;
  @ApiProperty({ example: 'chiang-mai-city' })
  agencyId!: string;
  @ApiProperty({ example: 'X-XXXX-XXXXX-23-3', description: 'The national ID with all but its last three digits hidden' })
  nationalIdMasked!: string;
  @ApiProperty({ type: [String], example: ['officer'] })
  roles!: string[];
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked'] })
  status!: 'pending' | 'accepted' | 'revoked';
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ description: 'The administrator who invited' })
  createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acceptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The account that accepted it' })
  acceptedUserId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: string | null;
}

export class OfficeDetailView extends OfficeSummaryView {
  @ApiProperty({ type: [ServedSubdistrictView], description: 'By code' })
  subdistricts!: ServedSubdistrictView[];
  @ApiProperty({ type: [OfficeStaffView], description: 'By username' })
  staff!: OfficeStaffView[];
  @ApiProperty({ type: [StaffInvitationView], description: 'Newest first' })
  invitations!: StaffInvitationView[];
}
