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
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { checking: 3, consideration: 1 }, description: "Applications on this version per state the machine does not end in (a licence in force included; states with none left out): what a migration has to map" })
  liveByState!: Record<string, number>;
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

/** The studio's diagram of a draft (`POST /admin/workflow-editor/preview`). */
export class GraphStateView {
  @ApiProperty({ example: 'inspection' })
  id!: string;
  @ApiProperty({ type: LocalizedText, nullable: true, description: 'Null while the state has no label yet' })
  label!: LocalizedText | null;
  @ApiProperty({ type: String, nullable: true, example: 'inspection' })
  status!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'officer', description: 'Who is expected to act in this state' })
  actor!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 5 })
  slaDays!: number | null;
  @ApiProperty()
  final!: boolean;
  @ApiProperty()
  initial!: boolean;
}

export class GraphTransitionView {
  @ApiProperty({ example: 'inspection:RECORD_INSPECTION:0', description: 'from:EVENT:branch, stable between redraws' })
  id!: string;
  @ApiProperty({ example: 'inspection' })
  from!: string;
  @ApiProperty({ example: 'consideration', description: 'The state it leads to (the same state for an event that keeps it)' })
  to!: string;
  @ApiProperty({ example: 'RECORD_INSPECTION' })
  event!: string;
  @ApiProperty({ type: [String], example: ['officer'], description: 'Roles that may send it' })
  senders!: string[];
  @ApiProperty({ type: [String], example: ['result = pass'] })
  conditions!: string[];
  @ApiProperty({ type: [String], example: ['isResponsibleOffice', 'dataEquals'] })
  guards!: string[];
  @ApiProperty({ type: [String], example: ['notify'] })
  actions!: string[];
  @ApiProperty({ ...FREE_FORM, example: { result: 'pass' }, description: 'Event data the branch needs (its dataEquals guards: field → value)' })
  data!: Record<string, unknown>;
  @ApiProperty({ description: 'The target names no state' })
  dangling!: boolean;
}

export class WorkflowGraphView {
  @ApiProperty({ type: String, nullable: true })
  initial!: string | null;
  @ApiProperty({ type: [GraphStateView] })
  states!: GraphStateView[];
  @ApiProperty({ type: [GraphTransitionView] })
  transitions!: GraphTransitionView[];
}

export class DraftPreviewView {
  @ApiProperty({ description: 'Whether storing this draft would be accepted' })
  valid!: boolean;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The definition as it would run (template expanded); null when the template could not be expanded' })
  definition!: Record<string, unknown> | null;
  @ApiProperty({ type: [DefinitionProblemView] })
  problems!: DefinitionProblemView[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Problems by state' })
  byState!: Record<string, string[]>;
  @ApiProperty({ type: [String], description: 'Problems of no one state' })
  general!: string[];
  @ApiProperty({ type: WorkflowGraphView })
  graph!: WorkflowGraphView;
}

/** What the definition editor completes and explains (`GET /admin/workflow-editor/vocabulary`). */
export class GuardHelpView {
  @ApiProperty({ example: 'isResponsibleOffice' })
  name!: string;
  @ApiProperty({ enum: ['actor', 'context', 'event', 'composite'], description: 'actor: who may send; context: the application is ready; event: the data chooses a branch' })
  kind!: string;
  @ApiProperty()
  description!: string;
  @ApiProperty({ ...FREE_FORM, description: 'JSON Schema of the guard’s params' })
  paramsSchema!: Record<string, unknown>;
}

export class ActionHelpView {
  @ApiProperty({ example: 'requestPayment' })
  name!: string;
  @ApiProperty({ example: 'request-payment', description: 'The effect recorded in the outbox' })
  effect!: string;
  @ApiProperty()
  description!: string;
  @ApiProperty({ ...FREE_FORM })
  paramsSchema!: Record<string, unknown>;
}

export class EventHelpView {
  @ApiProperty({ example: 'RECORD_INSPECTION' })
  type!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
  @ApiProperty({ description: 'The event must carry a visible comment' })
  commentRequired!: boolean;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'JSON Schema of the event’s data; null when it carries none' })
  dataSchema!: Record<string, unknown> | null;
}

export class TemplateHelpView {
  @ApiProperty({ example: 'licence' })
  name!: string;
  @ApiProperty()
  description!: string;
  @ApiProperty({ ...FREE_FORM, description: 'JSON Schema of machine.params for this template' })
  paramsSchema!: Record<string, unknown>;
}

export class StatusHelpView {
  @ApiProperty({ example: 'inspection' })
  status!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
}

export class CatalogueAgencyView {
  @ApiProperty({ example: 'dbd', description: 'What a definition names as `agency.code`' })
  code!: string;
  @ApiProperty({ enum: ['local', 'provincial', 'central'], enumName: 'AgencyLevel' })
  level!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class EditorVocabularyView {
  @ApiProperty({ type: [GuardHelpView] })
  guards!: GuardHelpView[];
  @ApiProperty({ type: [ActionHelpView] })
  actions!: ActionHelpView[];
  @ApiProperty({ type: [EventHelpView] })
  events!: EventHelpView[];
  @ApiProperty({ type: [TemplateHelpView] })
  templates!: TemplateHelpView[];
  @ApiProperty({ type: [StatusHelpView] })
  statuses!: StatusHelpView[];
  @ApiProperty({ type: [String], description: 'Who may be expected to act in a state (meta.actor)' })
  actors!: string[];
  @ApiProperty({ type: [String], description: 'Roles a guard may name' })
  roles!: string[];
  @ApiProperty({ type: [CatalogueAgencyView], description: 'The agencies a definition may name (workflows/agencies.json); local licences go to the office serving the premises' })
  agencies!: CatalogueAgencyView[];
}
