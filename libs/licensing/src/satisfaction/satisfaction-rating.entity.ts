import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/**
 * An applicant's rating of the service once her application is done (`satisfaction_ratings`, owned by the
 * satisfaction module): one per application, with the application's licence type, office and the Bangkok month
 * it was given, so that the public statistics group ratings without reading applications or personal data.
 * The comment is personal data: only the applicant and her office's officers and head read it.
 */
@Entity('satisfaction_ratings')
export class SatisfactionRatingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 64, unique: true })
  applicationId: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  /** YYYY-MM, Bangkok. */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  /** 1 (very dissatisfied) to 5 (very satisfied). */
  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'rated_at', type: timestampColumnType() })
  ratedAt: Date;
}
