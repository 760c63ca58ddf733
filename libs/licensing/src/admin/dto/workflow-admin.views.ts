import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FREE_FORM, LocalizedText } from '@bizportal/common';

/** What the workflow administration routes answer. */
const VERSION_STATUS = { enum: ['draft', 'published', 'superseded', 'current'], enumName: 'WorkflowVersionStatus' };

export class AdminLicenceTypeView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ enum: ['local', 'provincial', 'central'] })
  agencyLevel!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The version new applications start on; null while none is published' })
  currentVersion!: number | null;
  @ApiProperty()
  latestVersion!: number;
  @ApiProperty()
  drafts!: number;
}

export class WorkflowVersionSummaryView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty({ description: 'SHA-256 of the canonical definition' })
  checksum!: string;
  @ApiProperty(VERSION_STATUS)
  status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  publishedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty()
  createdBy!: string;
  @ApiProperty({ description: 'Applications still running on this version' })
  runningApplications!: number;
}

export class WorkflowVersionView extends WorkflowVersionSummaryView {
  @ApiProperty({ ...FREE_FORM, description: 'The whole workflow definition (as a licence file in workflows/licences)' })
  definition!: Record<string, unknown>;
}

export class DefinitionProblemView {
  @ApiProperty({ example: 'food-premises-permit@2' })
  file!: string;
  @ApiPropertyOptional({ example: 'inspection' })
  state?: string;
  @ApiProperty()
  problem!: string;
}

export class DraftVersionView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty()
  checksum!: string;
  @ApiProperty(VERSION_STATUS)
  status!: string;
  @ApiProperty({ type: [DefinitionProblemView], description: 'Always empty: an invalid definition is refused with 422' })
  problems!: DefinitionProblemView[];
}

export class PublishedVersionView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty()
  checksum!: string;
  @ApiProperty(VERSION_STATUS)
  status!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt!: string;
  @ApiProperty()
  publishedBy!: string;
  @ApiProperty({ type: Number, nullable: true })
  previousVersion!: number | null;
}

export class ValidationResultView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty()
  valid!: boolean;
  @ApiProperty({ type: [DefinitionProblemView] })
  problems!: DefinitionProblemView[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Problems by state' })
  byState!: Record<string, string[]>;
  @ApiProperty({ type: [String], description: 'Problems of no one state' })
  general!: string[];
}

export class SimulationResultView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty({ ...FREE_FORM, description: 'The simulated application’s facts' })
  context!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM, description: '{state, status, label, effects} at the start' })
  initial!: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: { ...FREE_FORM }, description: 'Each event: index, event, as, from, ok, to, status, label, effects, done, and refusal when refused' })
  steps!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, description: '{state, status, label, done} at the end' })
  final!: Record<string, unknown>;
  @ApiProperty()
  accepted!: number;
  @ApiProperty()
  refused!: number;
}

export class ChangeListView {
  @ApiProperty({ type: 'array', items: {} })
  added!: unknown[];
  @ApiProperty({ type: 'array', items: {} })
  removed!: unknown[];
  @ApiProperty({ type: 'array', items: {} })
  changed!: unknown[];
}

export class WorkflowDiffView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  from!: number;
  @ApiProperty()
  to!: number;
  @ApiProperty()
  identical!: boolean;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The initial state’s change, if any' })
  initial!: Record<string, unknown> | null;
  @ApiProperty({ type: ChangeListView })
  states!: ChangeListView;
  @ApiProperty({ type: ChangeListView })
  fees!: ChangeListView;
  @ApiProperty({ type: ChangeListView })
  documents!: ChangeListView;
  @ApiProperty({ type: 'array', items: {} })
  form!: unknown[];
  @ApiProperty({ ...FREE_FORM, nullable: true })
  processingDays!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: {} })
  other!: unknown[];
  @ApiProperty({ type: [String], description: 'The changes in words' })
  summary!: string[];
}
