import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AreaLevel = 'province' | 'district' | 'subdistrict';

/** A province (2-digit DOPA code), district (4 digits) or subdistrict (6 digits). */
@Entity('areas')
export class AreaEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 12 })
  level: AreaLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @Column({ name: 'name_th', type: 'varchar', length: 200 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  /** Postcodes of a subdistrict; null for provinces and districts. */
  @Column({ type: 'simple-json', nullable: true })
  postcodes: string[] | null;
}
