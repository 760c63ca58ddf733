import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export const COMPLAINT_CATEGORIES = ['hygiene', 'noise', 'safety', 'unlicensed-activity', 'nuisance', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** received → accepted (or dismissed, the end) → inspected → closed with an outcome. */
export const COMPLAINT_STATUSES = ['received', 'dismissed', 'accepted', 'inspected', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_OUTCOMES = ['no_action', 'warning', 'suspension', 'revocation'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** A complaint about licensed premises: the licence it names, its office, who made it, and where it stands. */
@Entity('complaints')
export class ComplaintEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** The public reference, e.g. RC-2569-7K3M9Q2P. */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'licence_number', type: 'varchar', length: 80 })
  licenceNumber: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  /** The licence's issuing office, which handles the complaint. */
  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  /** The licence's application, whose workflow suspends or revokes it. */
  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'complainant_id', type: 'varchar', length: 64 })
  complainantId: string;

  /** The holder is not told who complained; the office always knows. */
  @Column({ name: 'anonymous_to_holder', type: 'boolean' })
  anonymousToHolder: boolean;

  @Column({ type: 'varchar', length: 40 })
  category: ComplaintCategory;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  status: ComplaintStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: ComplaintOutcome | null;

  /** YYYY-MM-DD, for a warning. */
  @Column({ name: 'warning_deadline', type: 'varchar', length: 10, nullable: true })
  warningDeadline: string | null;

  @Column({ name: 'holder_response', type: 'text', nullable: true })
  holderResponse: string | null;

  @Column({ name: 'holder_responded_at', type: timestampColumnType(), nullable: true })
  holderRespondedAt: Date | null;

  /** YYYY-MM in Bangkok, the month it was made. */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt: Date;

  /** Optimistic lock: each change names the version it read. */
  @Column({ type: 'integer' })
  version: number;
}

export type ComplaintSide = 'complainant' | 'office' | 'holder';

/** One entry of a complaint's history. */
@Entity('complaint_events')
export class ComplaintEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'complaint_id', type: 'varchar', length: 64 })
  complaintId: string;

  @Column({ type: 'integer' })
  seq: number;

  /** FILED, ACCEPTED, DISMISSED, INSPECTED, CLOSED, HOLDER_RESPONDED. */
  @Column({ type: 'varchar', length: 30 })
  type: string;

  /** The status after it. */
  @Column({ type: 'varchar', length: 20 })
  status: ComplaintStatus;

  @Column({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId: string;

  @Column({ name: 'actor_side', type: 'varchar', length: 12 })
  actorSide: ComplaintSide;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'simple-json', nullable: true })
  data: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

/** A photo the complainant attached; its bytes live in the document store. Unattached until the complaint names it. */
@Entity('complaint_photos')
export class ComplaintPhotoEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'complaint_id', type: 'varchar', length: 64, nullable: true })
  complaintId: string | null;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy: string;

  @Column({ name: 'content_type', type: 'varchar', length: 32 })
  contentType: 'image/jpeg' | 'image/png';

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 255 })
  storageKey: string;

  @Column({ name: 'uploaded_at', type: timestampColumnType() })
  uploadedAt: Date;
}
