/* eslint-disable @typescript-eslint/no-explicit-any -- simple-json columns hold arbitrary JSON */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { WorkflowDefinition } from '@bizportal/engine';

@Entity('businesses')
export class BusinessEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ name: 'name_th', type: 'varchar', length: 300 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300 })
  nameEn: string;

  /** Slugs of the licence types this business may need. */
  @Column({ type: 'simple-json' })
  licences: string[];

  /** The rest of the business entry (sources, notes, later the quiz). */
  @Column({ type: 'simple-json' })
  details: Record<string, any>;
}

@Entity('licence_types')
export class LicenceTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ name: 'name_th', type: 'varchar', length: 500 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 500 })
  nameEn: string;

  @Column({ name: 'agency_level', type: 'varchar', length: 20 })
  agencyLevel: string;

  /** The published workflow version new applications start on. */
  @Column({ name: 'current_version', type: 'integer' })
  currentVersion: number;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

@Entity('workflow_definitions')
export class WorkflowDefinitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'simple-json' })
  definition: WorkflowDefinition;

  /** SHA-256 of the definition's canonical JSON. */
  @Column({ type: 'varchar', length: 64 })
  checksum: string;

  @Column({ name: 'published_at', type: timestampColumnType(), nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 100, nullable: true })
  publishedBy: string | null;

  /** Who drafted the version (username); null for versions seeded from `workflows/` files, drafted by their publisher. */
  @Column({ name: 'created_by', type: 'varchar', length: 100, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

