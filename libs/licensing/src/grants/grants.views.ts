import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';

/** What the grants routes answer (checked against real answers by test/openapi-responses.e2e-spec.ts). */
export class GrantPrincipalView {
  @ApiProperty({ enum: ['person', 'juristic'] })
  type!: 'person' | 'juristic';
  @ApiProperty({ example: '0105560012342', description: 'National ID (person) or registration number (juristic)' })
  id!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class GrantAgentView {
  @ApiProperty({ example: '1101400567898' })
  nationalId!: string;
  @ApiProperty({ type: LocalizedText, description: 'As the civil registry named her when the grant was made' })
  name!: LocalizedText;
}

export class GrantLicenceTypeView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class GrantView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: GrantPrincipalView })
  principal!: GrantPrincipalView;
  @ApiProperty({ type: GrantAgentView })
  agent!: GrantAgentView;
  @ApiProperty({ description: 'It covers every licence type (licenceTypes is then empty)' })
  allLicenceTypes!: boolean;
  @ApiProperty({ type: [GrantLicenceTypeView] })
  licenceTypes!: GrantLicenceTypeView[];
  @ApiProperty({ example: '2027-06-30', description: 'The last day it runs, Bangkok, inclusive' })
  validUntil!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The instant it ends (midnight in Bangkok after validUntil)' })
  endsAt!: string;
  @ApiProperty({ enum: ['active', 'revoked', 'expired'], description: 'Now: in force, revoked, or past its date' })
  status!: 'active' | 'revoked' | 'expired';
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  revokeReason!: string | null;
  @ApiProperty({ enum: ['principal', 'agent'], description: 'Which side of it the caller is on' })
  youAre!: 'principal' | 'agent';
}

export class GrantListView {
  @ApiProperty({ type: [GrantView], description: 'Grants she made, for herself or a company she directs, newest first' })
  given!: GrantView[];
  @ApiProperty({ type: [GrantView], description: 'Grants she holds as an agent, newest first' })
  held!: GrantView[];
}

export class GrantPersonView {
  @ApiProperty({ example: 'user-wanee' })
  id!: string;
  @ApiProperty({ type: LocalizedText, nullable: true })
  name!: LocalizedText | null;
}

export class GrantHistoryEntryView {
  @ApiProperty({ enum: ['granted', 'revoked', 'expired'], description: '`expired`: set aside, past its date, when a new grant to the same agent was made' })
  type!: 'granted' | 'revoked' | 'expired';
  @ApiProperty({ type: String, format: 'date-time' })
  at!: string;
  @ApiProperty({ type: GrantPersonView })
  by!: GrantPersonView;
  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

export class GrantDetailView extends GrantView {
  @ApiProperty({ type: GrantPersonView, description: 'Who made it: the person, or the company’s authorised director' })
  grantedBy!: GrantPersonView;
  @ApiProperty({ type: [GrantHistoryEntryView], description: 'Oldest first' })
  history!: GrantHistoryEntryView[];
}
