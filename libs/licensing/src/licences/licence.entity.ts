import { Column, Entity, PrimaryColumn } from 'typeorm';
import { binaryColumnType, timestampColumnType } from '@bizportal/database';

export type LicenceStatus = 'issuing' | 'valid' | 'suspended' | 'revoked' | 'expired' | 'superseded';

/** An issued licence: its number, holder, validity and the signed PDF exactly as issued. */
@Entity('licences')
export class LicenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** Unique per agency and Buddhist year: AGENCY/2569/000123. */
  @Column({ type: 'varchar', length: 80, unique: true })
  number: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64, unique: true })
  applicationId: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ name: 'workflow_version', type: 'integer' })
  workflowVersion: number;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  /** Whom the licence belongs to: the person who applied for herself, or the juristic person she applied for. */
  @Column({ name: 'holder_type', type: 'varchar', length: 10, default: 'person' })
  holderType: 'person' | 'juristic';

  /** The person's account id, or the juristic person's registration number. */
  @Column({ name: 'holder_id', type: 'varchar', length: 64 })
  holderId: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 300 })
  holderName: string;

  @Column({ type: 'varchar', length: 12 })
  status: LicenceStatus;

  @Column({ name: 'issued_at', type: timestampColumnType() })
  issuedAt: Date;

  @Column({ name: 'valid_from', type: timestampColumnType() })
  validFrom: Date;

  @Column({ name: 'valid_until', type: timestampColumnType(), nullable: true })
  validUntil: Date | null;

  @Column({ type: binaryColumnType(), nullable: true })
  pdf: Buffer | null;

  @Column({ name: 'pdf_sha256', type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;

  @Column({ name: 'signer_subject', type: 'varchar', length: 300, nullable: true })
  signerSubject: string | null;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_at', type: timestampColumnType(), nullable: true })
  statusChangedAt: Date | null;

  /** The licence this one renews or amends (it continues that licence's validity). */
  @Column({ name: 'previous_number', type: 'varchar', length: 80, nullable: true })
  previousNumber: string | null;

  /** The amended licence that replaced this one. */
  @Column({ name: 'replaced_by', type: 'varchar', length: 80, nullable: true })
  replacedBy: string | null;
}

@Entity('licence_sequences')
export class LicenceSequenceEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}
