import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';
import { APPLICATION_KINDS, STATE_ACTORS, STATUSES } from '@bizportal/engine';

/** What the work-queue and assignment routes answer. */
export class StaffMemberView {
  @ApiProperty({ example: 'user-officer-kt' })
  id!: string;
  @ApiProperty({ example: 'officer.khlongtoei' })
  username!: string;
  @ApiProperty({ type: LocalizedText })
  displayName!: LocalizedText;
}

export class AssignmentStateView {
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;
  @ApiProperty({ example: 'submitted' })
  state!: string;
  @ApiProperty({ type: String, enum: [...STATE_ACTORS], nullable: true, description: 'Who the current state waits for; null when done' })
  awaiting!: string | null;
  @ApiProperty({ type: StaffMemberView, nullable: true })
  assignedTo!: StaffMemberView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  assignedAt!: string | null;
}

export class ReassignResultView {
  @ApiProperty({ type: [AssignmentStateView] })
  items!: AssignmentStateView[];
}

export class AssignmentHistoryEntryView {
  @ApiProperty({ enum: ['claim', 'release', 'assign', 'reassign', 'clear'], example: 'claim' })
  action!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who holds it after the change' })
  userId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who held it before' })
  previousUserId!: string | null;
  @ApiProperty({ description: 'Who made the change (`system:workflow` when a step cleared the holder)' })
  actorId!: string;
  @ApiProperty()
  state!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  at!: string;
}

export class QueueLicenceTypeView {
  @ApiProperty()
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class QueuePremisesView {
  @ApiProperty()
  address!: string;
  @ApiProperty()
  provinceCode!: string;
  @ApiProperty()
  districtCode!: string;
  @ApiProperty()
  subdistrictCode!: string;
}

export class WorkQueueItemView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  trackingNumber!: string;
  @ApiProperty({ enum: APPLICATION_KINDS, enumName: 'ApplicationKind' })
  kind!: string;
  @ApiProperty({ type: QueueLicenceTypeView })
  licenceType!: QueueLicenceTypeView;
  @ApiProperty()
  state!: string;
  @ApiProperty({ type: LocalizedText })
  stateLabel!: LocalizedText;
  @ApiProperty({ enum: Object.keys(STATUSES), enumName: 'ApplicationStatus' })
  status!: string;
  @ApiProperty({ type: String, enum: [...STATE_ACTORS], nullable: true, description: 'Who the current state waits for; null when done' })
  awaiting!: string | null;
  @ApiProperty({ type: QueuePremisesView, nullable: true })
  premises!: QueuePremisesView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the applicant filed it' })
  submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  waitingSince!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Bangkok working days, holidays excluded; negative when behind' })
  workingDaysLeft!: number | null;
  @ApiProperty()
  overdue!: boolean;
  @ApiProperty({ description: 'Not overdue, and due within 2 working days (Bangkok, holidays excluded)' })
  dueSoon!: boolean;
  @ApiProperty({ type: StaffMemberView, nullable: true })
  assignedTo!: StaffMemberView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  assignedAt!: string | null;
}

export class WorkQueueCountsView {
  @ApiProperty({ description: 'Everything in my queue under the other filters (status, licenceType, subdistrict, assignee, kind)' })
  all!: number;
  @ApiProperty({ description: 'Of those, held by me' })
  mine!: number;
  @ApiProperty({ description: 'Of those, held by nobody' })
  unassigned!: number;
  @ApiProperty({ description: 'Of those, past their due date' })
  overdue!: number;
  @ApiProperty({ description: 'Of those, due soon (not overdue)' })
  dueSoon!: number;
}

export class WorkQueueView {
  @ApiProperty({ type: [WorkQueueItemView], description: 'Oldest due first (no due date last), then oldest created, then id' })
  items!: WorkQueueItemView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
  @ApiProperty({ type: WorkQueueCountsView, description: 'A count per tab, ignoring the tab filters (mine, unassigned, overdue, dueSoon) and the page' })
  counts!: WorkQueueCountsView;
}

export class OfficeStaffView {
  @ApiProperty({ example: 'user-officer-kt' })
  id!: string;
  @ApiProperty({ example: 'officer.khlongtoei' })
  username!: string;
  @ApiProperty({ type: LocalizedText })
  displayName!: LocalizedText;
  @ApiProperty({ type: [String], example: ['officer'] })
  roles!: string[];
  @ApiProperty({ description: 'Applications of the office waiting for staff that this person holds' })
  held!: number;
}

export class SavedFilterView {
  @ApiProperty({ required: false })
  mine?: boolean;
  @ApiProperty({ required: false })
  unassigned?: boolean;
  @ApiProperty({ required: false })
  overdue?: boolean;
  @ApiProperty({ required: false })
  dueSoon?: boolean;
  @ApiProperty({ required: false, enum: Object.keys(STATUSES), enumName: 'ApplicationStatus' })
  status?: string;
  @ApiProperty({ required: false })
  licenceType?: string;
  @ApiProperty({ required: false })
  subdistrict?: string;
  @ApiProperty({ required: false })
  assignee?: string;
  @ApiProperty({ required: false, enum: APPLICATION_KINDS, enumName: 'ApplicationKind' })
  kind?: string;
}

export class SavedWorkQueueView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: SavedFilterView, description: 'Pass its fields as the query of GET /work-queue' })
  filter!: SavedFilterView;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}

export class DashboardStaffView {
  @ApiProperty({ type: StaffMemberView })
  user!: StaffMemberView;
  @ApiProperty({ type: [String], example: ['officer'] })
  roles!: string[];
  @ApiProperty({ description: 'Open applications held' })
  held!: number;
  @ApiProperty({ description: 'Of those, past their due date' })
  overdue!: number;
  @ApiProperty({ description: 'Of those, due soon' })
  dueSoon!: number;
}

export class DashboardUnassignedView {
  @ApiProperty()
  count!: number;
  @ApiProperty({ description: 'Of those, past their due date' })
  overdue!: number;
}

export class DashboardOverdueItemView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  trackingNumber!: string;
  @ApiProperty({ type: QueueLicenceTypeView })
  licenceType!: QueueLicenceTypeView;
  @ApiProperty({ type: String, format: 'date-time' })
  dueAt!: string;
  @ApiProperty({ type: StaffMemberView, nullable: true })
  assignedTo!: StaffMemberView | null;
}

export class DashboardOverdueView {
  @ApiProperty({ description: 'Open applications of the office waiting for staff, past their due date' })
  count!: number;
  @ApiProperty({ type: [DashboardOverdueItemView], description: 'Up to 10, the longest overdue first' })
  oldest!: DashboardOverdueItemView[];
}

export class DashboardOnTimeView {
  @ApiProperty({ example: 30, description: 'The window: decided in the last this many days' })
  days!: number;
  @ApiProperty({ description: 'Applications of the office first reaching status completed or rejected in the window' })
  completed!: number;
  @ApiProperty({ description: 'Of those, every office step (awaiting officer or approver) left no later than its due date' })
  withinTime!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'withinTime / completed, 0 to 1; null when nothing was completed' })
  share!: number | null;
}

export class OfficeDashboardView {
  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt!: string;
  @ApiProperty({ type: [DashboardStaffView] })
  staff!: DashboardStaffView[];
  @ApiProperty({ type: DashboardUnassignedView })
  unassigned!: DashboardUnassignedView;
  @ApiProperty({ type: DashboardOverdueView })
  overdue!: DashboardOverdueView;
  @ApiProperty({ type: [DashboardOnTimeView], description: 'The last 30 and 90 days' })
  onTime!: DashboardOnTimeView[];
  @ApiProperty({ type: String, format: 'date-time', description: 'When the on-time shares were worked out: they are kept up to DASHBOARD_ON_TIME_MAX_AGE_MS (a minute by default) per office' })
  onTimeAsOf!: string;
}
