import { ApiProperty } from '@nestjs/swagger';
import { FREE_FORM, LocalizedText } from '@bizportal/common';

/** What the migration routes answer (issue 14): the plan of a dry run, a run's summary, and its report. */
const ACTOR_KINDS = { enum: ['applicant', 'office', 'signer', 'payment', 'system', 'anyone', 'workflow_admin', 'auditor'], enumName: 'MigrationActorKind', isArray: true };
const OUTCOMES = { enum: ['pending', 'moved', 'refused', 'skipped'], enumName: 'MigrationOutcome' };

export class MigrationRefusalView {
  @ApiProperty({ example: 'MIGRATION_TARGET_DATA_MISSING' })
  code!: string;
  @ApiProperty({ description: 'Thai / English' })
  message!: string;
  @ApiProperty({
    ...FREE_FORM,
    description:
      '{state, ways: [{from, event, missing}]}: per way into the target state, what the application lacks: {kind: history, event} an event in its history, {kind: effect, effect} an effect recorded (a fee invoice, issuance), {kind: condition, guard} a guard on the application, {kind: kind, kinds} another kind of request, {kind: state, state} a state it could not have been in',
  })
  details!: Record<string, unknown>;
}

export class MigrationPlanItemView {
  @ApiProperty()
  applicationId!: string;
  @ApiProperty({ example: 'BP2569-0000123' })
  trackingNumber!: string;
  @ApiProperty({ type: String, nullable: true })
  agencyId!: string | null;
  @ApiProperty({ example: 'consideration' })
  fromState!: string;
  @ApiProperty({ example: 'consideration' })
  toState!: string;
  @ApiProperty({ description: 'The application version read; a real run moves it only if it is still at this version' })
  version!: number;
  @ApiProperty({ type: MigrationRefusalView, nullable: true, description: 'Why it would not be moved; null when it would' })
  refusal!: MigrationRefusalView | null;
}

export class MigrationStateView {
  @ApiProperty()
  fromState!: string;
  @ApiProperty({ type: LocalizedText })
  fromLabel!: LocalizedText;
  @ApiProperty()
  toState!: string;
  @ApiProperty({ type: LocalizedText, nullable: true, description: 'Null when the target version has no such state' })
  toLabel!: LocalizedText | null;
  @ApiProperty({ description: 'Live applications in the source state that the plan takes' })
  applications!: number;
  @ApiProperty({ ...ACTOR_KINDS, description: 'Who the source state waits for, derived from who may send the events taking it forward' })
  fromActors!: string[];
  @ApiProperty({ ...ACTOR_KINDS, description: 'Who the target state waits for' })
  toActors!: string[];
  @ApiProperty({ description: 'The target waits for another kind of actor (allowed only when listed in allowActorChange)' })
  actorChange!: boolean;
  @ApiProperty({ type: Number, nullable: true })
  fromSlaDays!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The due date is recomputed with these working days' })
  toSlaDays!: number | null;
}

export class MigrationPlanCountsView {
  @ApiProperty({ description: 'Live applications matching the plan' })
  applications!: number;
  @ApiProperty()
  movable!: number;
  @ApiProperty()
  refused!: number;
}

export class MigrationPlanView {
  @ApiProperty({ enum: [true] })
  dryRun!: true;
  @ApiProperty({ example: 'food-premises-permit' })
  licenceType!: string;
  @ApiProperty()
  fromVersion!: number;
  @ApiProperty()
  toVersion!: number;
  @ApiProperty({ type: MigrationPlanCountsView })
  counts!: MigrationPlanCountsView;
  @ApiProperty({ type: [MigrationStateView], description: 'Each mapped source state, and each source state holding applications' })
  states!: MigrationStateView[];
  @ApiProperty({ type: [MigrationPlanItemView], description: 'Oldest first' })
  applications!: MigrationPlanItemView[];
}

export class MigrationRequesterView {
  @ApiProperty()
  id!: string;
  @ApiProperty()
  username!: string;
}

export class MigrationView {
  @ApiProperty()
  id!: string;
  @ApiProperty()
  licenceType!: string;
  @ApiProperty()
  fromVersion!: number;
  @ApiProperty()
  toVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  stateMapping!: Record<string, string>;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The filter as sent' })
  filter!: Record<string, unknown> | null;
  @ApiProperty({ type: [String] })
  allowActorChange!: string[];
  @ApiProperty()
  skipRefused!: boolean;
  @ApiProperty({ enum: ['running', 'completed'], enumName: 'MigrationStatus' })
  status!: string;
  @ApiProperty({ description: 'Applications in the plan' })
  total!: number;
  @ApiProperty()
  moved!: number;
  @ApiProperty({ description: 'Lacking what the target state needs (recorded at the start with skipRefused), or refused by a participant' })
  refused!: number;
  @ApiProperty({ description: 'Moved by someone else after the plan was made: left as they are' })
  skipped!: number;
  @ApiProperty({ description: 'Not handled yet' })
  pending!: number;
  @ApiProperty({ description: 'Batches committed' })
  batches!: number;
  @ApiProperty({ description: 'Times another process took the run over after the one running it stopped' })
  resumed!: number;
  @ApiProperty({ type: MigrationRequesterView })
  requestedBy!: MigrationRequesterView;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the running process last committed a batch' })
  heartbeatAt!: string | null;
}

export class MigrationItemView {
  @ApiProperty()
  applicationId!: string;
  @ApiProperty()
  trackingNumber!: string;
  @ApiProperty()
  fromState!: string;
  @ApiProperty()
  toState!: string;
  @ApiProperty()
  plannedVersion!: number;
  @ApiProperty(OUTCOMES)
  outcome!: string;
  @ApiProperty({ type: String, nullable: true, example: 'MIGRATION_APPLICATION_MOVED' })
  code!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Thai / English' })
  message!: string | null;
  @ApiProperty({ ...FREE_FORM, nullable: true })
  details!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'The MIGRATED history row' })
  eventId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  doneAt!: string | null;
}

export class MigrationReportView extends MigrationView {
  @ApiProperty({ type: [MigrationItemView], description: 'Each application in plan order, with its outcome' })
  items!: MigrationItemView[];
}
