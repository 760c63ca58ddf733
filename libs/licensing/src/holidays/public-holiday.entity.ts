import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

export const HOLIDAY_SOURCES = ['official', 'cabinet', 'agency-added'] as const;
export type HolidaySource = (typeof HOLIDAY_SOURCES)[number];

/** A day government offices are closed (Bangkok date). A removed row stays, so re-seeding does not bring it back. */
@Entity('public_holidays')
export class PublicHolidayEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'name_th', type: 'varchar', length: 300 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300 })
  nameEn: string;

  @Column({ type: 'varchar', length: 16 })
  source: HolidaySource;

  /** Username of the official who added it; null for the seeded calendar. */
  @Column({ name: 'created_by', type: 'varchar', length: 100, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;

  @Column({ name: 'removed_at', type: timestampColumnType(), nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'varchar', length: 100, nullable: true })
  removedBy: string | null;
}
