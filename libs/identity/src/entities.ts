import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';
import type { Role } from '@bizportal/engine';

/** A local administration office or a provincial / central agency. */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'name_th', type: 'varchar', length: 300 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300 })
  nameEn: string;

  @Column({ type: 'varchar', length: 20 })
  level: 'local' | 'provincial' | 'central';

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  /** Local offices: what kind of local administration it is (LOCAL_OFFICE_KINDS); null for central and provincial agencies. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  kind: string | null;

  /** Who onboarded it through the admin API; null for the agencies and offices seeded from the files. */
  @Column({ name: 'onboarded_by', type: 'varchar', length: 64, nullable: true })
  onboardedBy: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}

/** A subdistrict (DOPA 6-digit code) served by an agency. */
@Entity('agency_areas')
export class AgencyAreaEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @PrimaryColumn({ name: 'subdistrict_code', type: 'varchar', length: 6 })
  subdistrictCode: string;

  /** Who gave it through the admin API, and when; null for rows seeded from workflows/areas.json (the file leaves the others alone). */
  @Column({ name: 'assigned_by', type: 'varchar', length: 64, nullable: true })
  assignedBy?: string | null;

  @Column({ name: 'assigned_at', type: timestampColumnType(), nullable: true })
  assignedAt?: Date | null;
}

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  username: string;

  @Column({ name: 'display_name_th', type: 'varchar', length: 300 })
  displayNameTh: string;

  @Column({ name: 'display_name_en', type: 'varchar', length: 300 })
  displayNameEn: string;

  @Column({ name: 'national_id', type: 'varchar', length: 13, nullable: true })
  nationalId: string | null;

  @Column({ type: 'simple-json' })
  roles: Role[];

  @Column({ name: 'agency_id', type: 'varchar', length: 64, nullable: true })
  agencyId: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}
