import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgencyRef, FREE_FORM, LocalizedText } from '@bizportal/common';
import { APPLICATION_KINDS, ROLES, STATE_ACTORS, STATUSES } from '@bizportal/engine';
import { PrivacyConsentView } from '../consent';
import { LIST_TOTAL_CAP } from './list-applications.query.dto';

/** What the applications routes answer (checked against real answers by test/openapi-responses.e2e-spec.ts). */
const STATUS = { enum: Object.keys(STATUSES), enumName: 'ApplicationStatus' };
const AWAITING = { type: String, enum: [...STATE_ACTORS], nullable: true, description: 'Who the current state waits for; null when done' };

export class ApplicationLicenceTypeView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ example: 1, description: 'The workflow version the application runs on' })
  workflowVersion!: number;
}

export class DeliveryView {
  @ApiProperty({ enum: ['e-licence', 'pickup', 'post'], example: 'e-licence' })
  method!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For delivery by post' })
  address?: string | null;
}

export class FeeRangeView {
  @ApiProperty({ example: 'licence' })
  code!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
  @ApiProperty({ example: 200000 })
  minSatang!: number;
  @ApiProperty({ example: 300000 })
  maxSatang!: number;
}

export class AvailableEventView {
  @ApiProperty({ example: 'SUBMIT' })
  type!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
  @ApiProperty({
    type: FeeRangeView,
    nullable: true,
    description: 'The fee this step raises whose amount the office sets within the range (data.feeAmountSatang with data.feeReason); null when it raises none',
  })
  feeRange!: FeeRangeView | null;
}

export class PersonRefView {
  @ApiProperty({ example: 'user-somchai' })
  id!: string;
  @ApiProperty({ type: LocalizedText, nullable: true })
  displayName!: LocalizedText | null;
}

export class ActingDirectorView {
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class HolderView {
  @ApiProperty({ enum: ['person', 'juristic'] })
  type!: string;
  @ApiProperty({ type: String, nullable: true, description: 'National ID (shown only to those who may see personal data) or registration number' })
  id!: string | null;
  @ApiProperty({ type: LocalizedText, nullable: true })
  name!: LocalizedText | null;
  @ApiProperty({ type: String, nullable: true, example: 'fixture:dopa' })
  dataSource!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  fetchedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt!: string | null;
  @ApiProperty({ type: ActingDirectorView, nullable: true })
  actingDirector!: ActingDirectorView | null;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The juristic person’s record as fetched (as in GET /me/applicant-data `companies`)' })
  juristicPerson!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The applicant’s citizen record as fetched (as in GET /me/applicant-data `citizen`); only for her, the office and auditors' })
  applicantRecord!: Record<string, unknown> | null;
}

export class PremisesView {
  @ApiProperty({ example: '99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110' })
  address!: string;
  @ApiProperty({ example: '10' })
  provinceCode!: string;
  @ApiProperty({ example: '1033' })
  districtCode!: string;
  @ApiProperty({ example: '103301' })
  subdistrictCode!: string;
}

export class FieldProblemView {
  @ApiProperty({ example: 'form.seats' })
  field!: string;
  @ApiProperty({ example: 'is required' })
  problem!: string;
}

/** An application as a list shows it: no form, premises, holder records or available events (GET /applications/{id} has them). */
export class OnBehalfOfPrincipalView {
  @ApiProperty({ enum: ['person', 'juristic'] })
  type!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class OnBehalfOfView {
  @ApiProperty({ format: 'uuid', description: 'The grant it was filed under (GET /grants/{id})' })
  grantId!: string;
  @ApiProperty({ type: LocalizedText, nullable: true, description: 'The agent who filed it' })
  agentName!: LocalizedText | null;
  @ApiProperty({ type: OnBehalfOfPrincipalView, description: 'For whom' })
  principal!: OnBehalfOfPrincipalView;
}

export class ApplicationSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'BP2569-2CXRRNT3' })
  trackingNumber!: string;
  @ApiProperty({ type: ApplicationLicenceTypeView })
  licenceType!: ApplicationLicenceTypeView;
  @ApiProperty({ enum: APPLICATION_KINDS, enumName: 'ApplicationKind' })
  kind!: string;
  @ApiProperty({ example: 'draft' })
  state!: string;
  @ApiProperty({ type: LocalizedText })
  stateLabel!: LocalizedText;
  @ApiProperty(STATUS)
  status!: string;
  @ApiProperty({ type: LocalizedText })
  statusLabel!: LocalizedText;
  @ApiProperty(AWAITING)
  awaiting!: string | null;
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty({ type: PersonRefView, nullable: true })
  applicant!: PersonRefView | null;
  @ApiProperty({ type: () => OnBehalfOfView, nullable: true, description: 'Filed by an agent under a grant (the applicant above is the agent, the holder the principal); null otherwise' })
  onBehalfOf!: OnBehalfOfView | null;
  @ApiProperty({ type: AgencyRef, nullable: true, description: 'The responsible office' })
  agency!: AgencyRef | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt!: string | null;
  @ApiProperty()
  overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'An estimate for the applicant; null for drafts and finished applications' })
  expectedCompletionAt!: string | null;
  @ApiProperty({ type: PersonRefView, nullable: true, description: 'The staff member holding it in the work queue' })
  assignedTo!: PersonRefView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;
}

/** An application in full (GET /applications/{id}): what a list shows of it, and its form, premises, holder, documents' problems and the events the caller may send. */
export class ApplicationView extends ApplicationSummaryView {
  @ApiProperty({ type: String, nullable: true, example: 'restaurant' })
  business!: string | null;
  @ApiProperty({ type: String, nullable: true })
  previousLicenceNumber!: string | null;
  @ApiProperty({ type: DeliveryView })
  delivery!: DeliveryView;
  @ApiProperty({ example: 1, description: 'Send it back as expectedVersion to refuse a stale change' })
  declare version: number;
  @ApiProperty({ type: [AvailableEventView], description: 'The events the caller may send now' })
  availableEvents!: AvailableEventView[];
  @ApiProperty({ type: HolderView })
  holder!: HolderView;
  @ApiProperty({ type: PremisesView, nullable: true })
  premises!: PremisesView | null;
  @ApiProperty({ ...FREE_FORM, description: 'The form, as the licence type’s JSON Schema describes it' })
  form!: Record<string, unknown>;
  @ApiProperty({ type: [FieldProblemView], description: 'What still stops submission (draft or waiting for documents)' })
  formProblems!: FieldProblemView[];
  @ApiProperty({ type: PrivacyConsentView, nullable: true, description: 'The applicant’s consent to the privacy notice, given at submission; null for drafts and applications submitted before consent was recorded' })
  privacyConsent!: PrivacyConsentView | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The public hearing of a licence type that holds one, once the office opened it (GET /hearings/:id); null otherwise' })
  hearingId!: string | null;
}

export class ApplicationListView {
  @ApiProperty({ type: [ApplicationSummaryView], description: 'Newest first (creation time, then id)' })
  items!: ApplicationSummaryView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
  @ApiProperty({ example: 2, description: `How many applications the list holds under the filter, counted up to ${LIST_TOTAL_CAP}` })
  total!: number;
  @ApiProperty({ description: 'true when there are more than total (the count stopped at the cap)' })
  totalCapped!: boolean;
}

export class TimelineCurrentView {
  @ApiProperty()
  state!: string;
  @ApiProperty({ type: LocalizedText })
  stateLabel!: LocalizedText;
  @ApiProperty(STATUS)
  status!: string;
  @ApiProperty({ type: LocalizedText })
  statusLabel!: LocalizedText;
  @ApiProperty(AWAITING)
  awaiting!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  since!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt!: string | null;
  @ApiProperty()
  overdue!: boolean;
}

export class StateRefView {
  @ApiProperty()
  state!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
}

export class StateReachedView extends StateRefView {
  @ApiProperty(STATUS)
  status!: string;
  @ApiProperty({ type: LocalizedText })
  statusLabel!: LocalizedText;
}

export class ActorView {
  @ApiProperty({ example: 'user-somchai' })
  id!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: string[];
  @ApiProperty({ type: String, nullable: true })
  agencyId!: string | null;
}

export class TimelineEntryView {
  @ApiProperty({ example: 1 })
  seq!: number;
  @ApiProperty({ type: String, format: 'date-time' })
  at!: string;
  @ApiProperty({ example: 'SUBMIT' })
  event!: string;
  @ApiProperty({ type: LocalizedText })
  eventLabel!: LocalizedText;
  @ApiProperty({ type: StateRefView })
  from!: StateRefView;
  @ApiProperty({ type: StateReachedView })
  to!: StateReachedView;
  @ApiProperty({ type: ActorView })
  actor!: ActorView;
  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The event’s data (e.g. `licenceNumber` of LICENCE_ISSUED)' })
  data!: Record<string, unknown> | null;
  @ApiProperty({ type: () => OnBehalfOfView, nullable: true, description: 'Sent by an agent under a grant: the actor is the agent, acting for this principal (recorded in the entry’s data)' })
  onBehalfOf!: OnBehalfOfView | null;
  @ApiProperty({ description: 'SHA-256 chaining this entry to the previous one' })
  hash!: string;
}

export class RecordedBreakView {
  @ApiProperty({ enum: ['link', 'anchor'], description: '`link`: a row edited or removed (its hash or link does not match); `anchor`: the history no longer gives the head a published anchor holds (rewritten or cut short)' })
  kind!: string;
  @ApiProperty({ example: 3, description: 'The first entry that does not match (`link`) or the entry the anchor published as head (`anchor`)' })
  seq!: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the nightly check found it' })
  detectedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-01', description: 'The anchor’s date, for an `anchor` break' })
  anchorDate!: string | null;
}

export class TimelineAnchorView {
  @ApiProperty({ example: '2026-12-01', description: 'The newest published anchor holding this application' })
  date!: string;
  @ApiProperty({ example: 5, description: 'The entry whose hash it published as the head' })
  eventSeq!: number;
  @ApiProperty({ description: 'Whether the history recomputed from its rows still gives that head' })
  matches!: boolean;
}

export class IntegrityView {
  @ApiProperty({ description: 'Whether the history is trustworthy: its hash chain intact now, no break ever recorded, and the newest anchor still matching' })
  verified!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'The first entry whose hash or link does not match now (null when the links hold)' })
  brokenAtSeq!: number | null;
  @ApiProperty({ type: [RecordedBreakView], description: 'Breaks the nightly check recorded, oldest first; they stay recorded' })
  recordedBreaks!: RecordedBreakView[];
  @ApiProperty({ type: TimelineAnchorView, nullable: true, description: 'Null until a nightly anchor holds the application' })
  anchor!: TimelineAnchorView | null;
}

export class TimelineView {
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;
  @ApiProperty()
  trackingNumber!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: TimelineCurrentView })
  current!: TimelineCurrentView;
  @ApiProperty({ type: [TimelineEntryView] })
  entries!: TimelineEntryView[];
  @ApiProperty({ type: IntegrityView })
  integrity!: IntegrityView;
}

export class TrackLicenceTypeView {
  @ApiProperty()
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class TrackAgencyView {
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class TrackStepView {
  @ApiProperty({ type: String, format: 'date-time' })
  at!: string;
  @ApiProperty(STATUS)
  status!: string;
  @ApiProperty({ type: LocalizedText })
  statusLabel!: LocalizedText;
  @ApiProperty({ type: LocalizedText })
  stateLabel!: LocalizedText;
}

/** The public status: no personal data. */
export class TrackView {
  @ApiProperty()
  trackingNumber!: string;
  @ApiProperty({ type: TrackLicenceTypeView })
  licenceType!: TrackLicenceTypeView;
  @ApiProperty({ type: TrackAgencyView, nullable: true })
  agency!: TrackAgencyView | null;
  @ApiProperty(STATUS)
  status!: string;
  @ApiProperty({ type: LocalizedText })
  statusLabel!: LocalizedText;
  @ApiProperty({ type: LocalizedText })
  stateLabel!: LocalizedText;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expectedCompletionAt!: string | null;
  @ApiProperty({ type: [TrackStepView] })
  steps!: TrackStepView[];
}
