/* eslint-disable @typescript-eslint/no-explicit-any -- simple-json columns hold arbitrary JSON */
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { ApplicationKind, DeliveryMethod, PersistedWorkflowState, Role, Status, StateActor } from '@bizportal/engine';
import type { ApplicantDataSnapshot, HolderType } from './holder';

export interface Premises {
  address: string;
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
}

// The schema is made by the migrations (libs/database); these name the indexes the list pages walk (1766000000000).
@Index('IDX_applications_applicant_list', ['applicantId', 'createdAt', 'id', 'status'])
@Index('IDX_applications_holder_list', ['holderType', 'holderId', 'createdAt', 'id', 'status'])
@Index('IDX_applications_agency_list', ['agencyId', 'createdAt', 'id', 'status'])
@Index('IDX_applications_agent_grant', ['agentGrantId'])
@Entity('applications')
export class ApplicationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'tracking_number', type: 'varchar', length: 24, unique: true })
  trackingNumber: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ name: 'workflow_version', type: 'integer' })
  workflowVersion: number;

  @Column({ type: 'varchar', length: 80, nullable: true })
  business: string | null;

  /** new, renew, amend or cancel, as Biz Portal offers them. */
  @Column({ type: 'varchar', length: 10 })
  kind: ApplicationKind;

  /** The licence a renewal, amendment or cancellation concerns, when this system issued it. */
  @Column({ name: 'previous_licence_number', type: 'varchar', length: 80, nullable: true })
  previousLicenceNumber: string | null;

  /** The bundle it was started in with other licences of one business (`application_bundles`), or null. */
  @Column({ name: 'bundle_id', type: 'varchar', length: 64, nullable: true })
  bundleId: string | null;

  /** The applicant's latest CHOOSE_DELIVERY, kept on the row for the guards; the history holds every choice. */
  @Column({ name: 'delivery_method', type: 'varchar', length: 10, default: 'e-licence' })
  deliveryMethod: DeliveryMethod;

  @Column({ name: 'delivery_address', type: 'varchar', length: 500, nullable: true })
  deliveryAddress: string | null;

  @Column({ name: 'applicant_id', type: 'varchar', length: 64 })
  applicantId: string;

  /**
   * The grant under which an agent filed it (docs/architecture.md section 24): the applicant is then the agent, the
   * holder the grant's principal, and every action of the agent on it checks the grant again. Null when filed by the
   * holder or her director.
   */
  @Column({ name: 'agent_grant_id', type: 'varchar', length: 64, nullable: true })
  agentGrantId: string | null;

  /** Who the application is for: the applicant herself (`person`) or a juristic person she directs. */
  @Column({ name: 'holder_type', type: 'varchar', length: 10, default: 'person' })
  holderType: HolderType;

  /** The holder's national ID or juristic registration number (null only on rows older than data exchange). */
  @Column({ name: 'holder_id', type: 'varchar', length: 13, nullable: true })
  holderId: string | null;

  @Column({ name: 'holder_name_th', type: 'varchar', length: 300, nullable: true })
  holderNameTh: string | null;

  @Column({ name: 'holder_name_en', type: 'varchar', length: 300, nullable: true })
  holderNameEn: string | null;

  /** The government records the application was made from, as fetched (see libs/data-exchange). */
  @Column({ name: 'applicant_data', type: 'simple-json', nullable: true })
  applicantData: ApplicantDataSnapshot | null;

  /** Which connector and registry the holder's record came from, e.g. `fixture:dbd`, `http:dopa`. */
  @Column({ name: 'applicant_data_source', type: 'varchar', length: 80, nullable: true })
  applicantDataSource: string | null;

  @Column({ name: 'applicant_data_fetched_at', type: timestampColumnType(), nullable: true })
  applicantDataFetchedAt: Date | null;

  /** When the applicant confirmed the pre-filled data (`confirmApplicantData: true`), if she has. */
  @Column({ name: 'applicant_data_confirmed_at', type: timestampColumnType(), nullable: true })
  applicantDataConfirmedAt: Date | null;

  @Column({ name: 'agency_id', type: 'varchar', length: 64, nullable: true })
  agencyId: string | null;

  /** The office staff member who holds the application in the work queue (claim/assign); see work-queue/. */
  @Column({ name: 'assigned_to', type: 'varchar', length: 64, nullable: true })
  assignedTo: string | null;

  @Column({ name: 'assigned_at', type: timestampColumnType(), nullable: true })
  assignedAt: Date | null;

  @Column({ type: 'varchar', length: 80 })
  state: string;

  @Column({ type: 'varchar', length: 40 })
  status: Status;

  /** Who acts next (from the state's meta); the work queue reads it. */
  @Column({ name: 'awaiting_actor', type: 'varchar', length: 20, nullable: true })
  awaitingActor: StateActor | null;

  @Column({ name: 'workflow_state', type: 'simple-json' })
  workflowState: PersistedWorkflowState;

  @Column({ type: 'simple-json' })
  form: Record<string, any>;

  @Column({ type: 'simple-json' })
  premises: Premises;

  @Column({ name: 'subdistrict_code', type: 'varchar', length: 6 })
  subdistrictCode: string;

  /** Optimistic lock: every change increments it, and an update names the version it read. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'state_entered_at', type: timestampColumnType() })
  stateEnteredAt: Date;

  @Column({ name: 'due_at', type: timestampColumnType(), nullable: true })
  dueAt: Date | null;

  @Column({ name: 'submitted_at', type: timestampColumnType(), nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt: Date;
}

/** Append-only history; each row's hash covers its content and the previous row's hash. */
@Entity('application_events')
export class ApplicationEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ name: 'from_state', type: 'varchar', length: 80 })
  fromState: string;

  @Column({ name: 'to_state', type: 'varchar', length: 80 })
  toState: string;

  @Column({ type: 'varchar', length: 40 })
  status: Status;

  @Column({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId: string;

  @Column({ name: 'actor_roles', type: 'simple-json' })
  actorRoles: Role[];

  @Column({ name: 'actor_agency_id', type: 'varchar', length: 64, nullable: true })
  actorAgencyId: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'simple-json', nullable: true })
  data: Record<string, any> | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

export type OutboxStatus = 'pending' | 'running' | 'done' | 'failed';

@Entity('outbox')
export class OutboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  /** The history row of the step that recorded the effect; null for an effect no step made (a new message's notification). */
  @Column({ name: 'event_id', type: 'varchar', length: 64, nullable: true })
  eventId: string | null;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'simple-json' })
  params: Record<string, any>;

  @Column({ type: 'varchar', length: 16 })
  status: OutboxStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'available_at', type: timestampColumnType() })
  availableAt: Date;

  @Column({ name: 'claimed_at', type: timestampColumnType(), nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'claimed_by', type: 'varchar', length: 100, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'completed_at', type: timestampColumnType(), nullable: true })
  completedAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}
