import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** One REQUEST_INFO of the office: its summary comment and when it was closed by the step leaving the state it opened. */
@Entity('information_requests')
export class InformationRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'requested_by', type: 'varchar', length: 64 })
  requestedBy: string;

  @Column({ name: 'requested_at', type: timestampColumnType() })
  requestedAt: Date;

  @Column({ type: 'text' })
  comment: string;

  /** The state REQUEST_INFO led to, where the applicant answers. */
  @Column({ name: 'open_state', type: 'varchar', length: 64 })
  openState: string;

  @Column({ name: 'closed_at', type: timestampColumnType(), nullable: true })
  closedAt: Date | null;
}

export type InformationItemKind = 'document' | 'information';

/** One thing the office asked for: a document (by the licence type's code) or an answer to a question. */
@Entity('information_request_items')
export class InformationRequestItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  kind: InformationItemKind;

  @Column({ name: 'document_code', type: 'varchar', length: 80, nullable: true })
  documentCode: string | null;

  @Column({ type: 'text', nullable: true })
  question: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'answer_text', type: 'text', nullable: true })
  answerText: string | null;

  @Column({ name: 'answered_at', type: timestampColumnType(), nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'answered_by', type: 'varchar', length: 64, nullable: true })
  answeredBy: string | null;
}
