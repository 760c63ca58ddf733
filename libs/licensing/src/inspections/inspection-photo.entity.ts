import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** A photo the office took at a site inspection; its bytes live in the document store. Used once by a RECORD_INSPECTION. */
@Entity('inspection_photos')
export class InspectionPhotoEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'content_type', type: 'varchar', length: 32 })
  contentType: 'image/jpeg' | 'image/png';

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 255 })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy: string;

  @Column({ name: 'uploaded_at', type: timestampColumnType() })
  uploadedAt: Date;

  /** When a recorded inspection result named it; a photo is used at most once. */
  @Column({ name: 'used_at', type: timestampColumnType(), nullable: true })
  usedAt: Date | null;
}
