import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** The three kinds of content accepted, always as detected from the bytes. */
export type DocumentContentType = 'application/pdf' | 'image/jpeg' | 'image/png';

/**
 * One uploaded document of an application. Uploading a code again supersedes the current row (it is kept,
 * with who replaced it and when); at most one row per application and code is current (a partial unique index).
 */
@Entity('application_documents')
export class ApplicationDocumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  /** A document code of the application's licence type (its `documents` list). */
  @Column({ type: 'varchar', length: 80 })
  code: string;

  /** The name the applicant's file had, cleaned of paths and control characters. */
  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ name: 'content_type', type: 'varchar', length: 32 })
  contentType: DocumentContentType;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Where the bytes are in the document store (local disk or S3-compatible). */
  @Column({ name: 'storage_key', type: 'varchar', length: 255 })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy: string;

  @Column({ name: 'uploaded_at', type: timestampColumnType() })
  uploadedAt: Date;

  @Column({ name: 'superseded_at', type: timestampColumnType(), nullable: true })
  supersededAt: Date | null;

  /** The document that replaced this one. */
  @Column({ name: 'superseded_by', type: 'varchar', length: 64, nullable: true })
  supersededBy: string | null;
}
