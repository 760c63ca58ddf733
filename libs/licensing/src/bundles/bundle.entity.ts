import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { HolderType, Premises } from '../core';

/**
 * Several licences of one business applied for together (`application_bundles`, owned by the bundles module): what
 * they share, entered once. Each licence is an ordinary application naming the bundle in `applications.bundle_id`,
 * with its own form, documents, workflow, office and timeline.
 */
@Entity('application_bundles')
export class BundleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** `BN2569-XXXXXXXX`, given to the applicant as the bundle's number. */
  @Column({ name: 'reference_number', type: 'varchar', length: 24, unique: true })
  referenceNumber: string;

  @Column({ name: 'applicant_id', type: 'varchar', length: 64 })
  applicantId: string;

  @Column({ name: 'holder_type', type: 'varchar', length: 10 })
  holderType: HolderType;

  /** The holder's national ID or juristic registration number, as on each of its applications. */
  @Column({ name: 'holder_id', type: 'varchar', length: 13 })
  holderId: string;

  /** The business type whose Smart Quiz listed the licences. */
  @Column({ type: 'varchar', length: 80 })
  business: string;

  @Column({ type: 'simple-json' })
  premises: Premises;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}
