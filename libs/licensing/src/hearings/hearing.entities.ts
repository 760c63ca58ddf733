import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export const HEARING_STANCES = ['support', 'oppose', 'neutral'] as const;
export type HearingStance = (typeof HEARING_STANCES)[number];
export type HearingStatus = 'open' | 'closed' | 'concluded';

/** A document of the application that the office published with the notice (as it was when published). */
export interface PublishedDocument {
  id: string;
  code: string;
  fileName: string;
  contentType: string;
  sha256: string;
}

/** One public hearing of an application (template param `hearing`), made by its OPEN_HEARING step. */
@Entity('hearings')
export class HearingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  /** PH-<Buddhist year>-<6 digits>. */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ name: 'province_code', type: 'varchar', length: 10 })
  provinceCode: string;

  @Column({ name: 'district_code', type: 'varchar', length: 10 })
  districtCode: string;

  @Column({ name: 'subdistrict_code', type: 'varchar', length: 10 })
  subdistrictCode: string;

  @Column({ name: 'premises_address', type: 'text' })
  premisesAddress: string;

  @Column({ name: 'business_name', type: 'varchar', length: 300 })
  businessName: string;

  /** company: the registered name; person: the business name from the form (never her ID or home address). */
  @Column({ name: 'proposer_kind', type: 'varchar', length: 10 })
  proposerKind: 'company' | 'person';

  @Column({ name: 'proposer_name', type: 'varchar', length: 300 })
  proposerName: string;

  @Column({ type: 'text' })
  notice: string;

  @Column({ name: 'published_documents', type: 'simple-json' })
  publishedDocuments: PublishedDocument[];

  @Column({ type: 'integer' })
  days: number;

  @Column({ name: 'opens_at', type: timestampColumnType() })
  opensAt: Date;

  @Column({ name: 'closes_at', type: timestampColumnType() })
  closesAt: Date;

  /** When HEARING_CLOSED was recorded (the job), or the application left the hearing (cancelled, rejected). */
  @Column({ name: 'closed_at', type: timestampColumnType(), nullable: true })
  closedAt: Date | null;

  /** cancelled or rejected when the application ended before the hearing was concluded. */
  @Column({ name: 'ended_by', type: 'varchar', length: 20, nullable: true })
  endedBy: 'cancelled' | 'rejected' | null;

  /** Comments posted so far; bumped first in each comment's transaction, so it also orders them. */
  @Column({ name: 'comment_count', type: 'integer' })
  commentCount: number;

  @Column({ name: 'answers_submitted_at', type: timestampColumnType(), nullable: true })
  answersSubmittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'simple-json', nullable: true })
  points: string[] | null;

  @Column({ name: 'concluded_at', type: timestampColumnType(), nullable: true })
  concludedAt: Date | null;

  @Column({ name: 'opened_by', type: 'varchar', length: 64 })
  openedBy: string;
}

@Entity('hearing_comments')
export class HearingCommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'hearing_id', type: 'varchar', length: 64 })
  hearingId: string;

  /** 1-based, in posting order. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'commenter_id', type: 'varchar', length: 64 })
  commenterId: string;

  @Column({ type: 'varchar', length: 10 })
  stance: HearingStance;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'text_sha256', type: 'varchar', length: 64 })
  textSha256: string;

  @Column({ name: 'posted_at', type: timestampColumnType() })
  postedAt: Date;

  @Column({ name: 'hidden_at', type: timestampColumnType(), nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'varchar', length: 64, nullable: true })
  hiddenBy: string | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}

/** A photo uploaded for a comment not yet posted (unattached, owned by its uploader), then the comment's. */
@Entity('hearing_photos')
export class HearingPhotoEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'comment_id', type: 'varchar', length: 64, nullable: true })
  commentId: string | null;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy: string;

  @Column({ name: 'content_type', type: 'varchar', length: 32 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 255 })
  storageKey: string;

  @Column({ name: 'uploaded_at', type: timestampColumnType() })
  uploadedAt: Date;
}

/** The applicant's answer to one or several comments. */
@Entity('hearing_answers')
export class HearingAnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'hearing_id', type: 'varchar', length: 64 })
  hearingId: string;

  @Column({ name: 'comment_ids', type: 'simple-json' })
  commentIds: string[];

  @Column({ name: 'comment_numbers', type: 'simple-json' })
  commentNumbers: number[];

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'answered_by', type: 'varchar', length: 64 })
  answeredBy: string;

  @Column({ name: 'answered_at', type: timestampColumnType() })
  answeredAt: Date;
}

/** Someone signed in who is told when a hearing opens in a subdistrict. */
@Entity('hearing_follows')
export class HearingFollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @PrimaryColumn({ name: 'subdistrict_code', type: 'varchar', length: 10 })
  subdistrictCode: string;

  @Column({ name: 'followed_at', type: timestampColumnType() })
  followedAt: Date;
}

/** The hearings' numbering per Buddhist year (PH-2569-000001, …), gap-free. */
@Entity('hearing_sequences')
export class HearingSequenceEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}
