/* eslint-disable @typescript-eslint/no-explicit-any -- simple-json columns hold arbitrary JSON */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { WorkflowDefinition } from '@bizportal/engine';
import type { BusinessTypeContent } from './business-type-rules';

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

  /** The rest of the business entry: description, quiz, sources, notes. */
  @Column({ type: 'simple-json' })
  details: Record<string, any>;

  /**
   * The published version the finder and the Smart Quiz answer from (names, licences and details above
   * are a copy of it, written in the same transaction as its publication); 0 while the type's first
   * version is still a draft, which the public routes do not know.
   */
  @Column({ name: 'current_version', type: 'integer', default: 0 })
  currentVersion: number;
}

/** A version of a business type: drafts are edited (revision counts the edits), published ones never change. */
@Entity('business_type_versions')
export class BusinessTypeVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'business_slug', type: 'varchar', length: 80 })
  businessSlug: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'simple-json' })
  content: BusinessTypeContent;

  /** SHA-256 of the content's canonical JSON. */
  @Column({ type: 'varchar', length: 64 })
  checksum: string;

  /** 1 when drafted, + 1 per saved edit; an edit or publication naming another revision is refused. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  /** Who drafted it (username); `workflows/ files` for versions seeded from businesses.json. */
  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  createdBy: string;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 100 })
  updatedBy: string;

  @Column({ name: 'published_at', type: timestampColumnType(), nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 100, nullable: true })
  publishedBy: string | null;
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

