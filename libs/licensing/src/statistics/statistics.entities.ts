import { Column, Entity, PrimaryColumn } from 'typeorm';
import { binaryColumnType, timestampColumnType } from '@bizportal/database';

/** The value of `licence_type` or `agency_id` in a row that adds up every licence type or every office. */
export const ALL = '*';

/**
 * Monthly figures of one licence type at one office in one Bangkok calendar month, kept up to date by the
 * transition participant in the step's own transaction. Rows with `licence_type = '*'` add up every licence type of
 * an office, rows with `agency_id = '*'` every office of a licence type (the answers across all read those).
 * `received` counts first submissions in the month; `completed`, `rejected` and `withdrawn` the applications that
 * ended so in the month; `durations` is the histogram of the decisions' processing times (JSON: working days →
 * decisions), from which the median and the 90th percentile are exact; `judged` the decisions of a licence type
 * stating its processing days and `on_time` those within them; `paid_*` the successful fee payments per channel.
 */
@Entity('statistics_monthly')
export class StatisticsMonthlyEntity {
  @PrimaryColumn({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  /** YYYY-MM, Bangkok. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'integer' })
  received: number;

  @Column({ type: 'integer' })
  completed: number;

  @Column({ type: 'integer' })
  rejected: number;

  @Column({ type: 'integer' })
  withdrawn: number;

  @Column({ type: 'integer' })
  judged: number;

  @Column({ name: 'on_time', type: 'integer' })
  onTime: number;

  @Column({ name: 'paid_promptpay', type: 'integer' })
  paidPromptpay: number;

  @Column({ name: 'paid_card', type: 'integer' })
  paidCard: number;

  @Column({ name: 'paid_counter', type: 'integer' })
  paidCounter: number;

  @Column({ name: 'paid_billpay', type: 'integer' })
  paidBillpay: number;

  /** JSON object: working days (as a string key) → decisions. */
  @Column({ type: 'text' })
  durations: string;
}

/** Applications submitted and not yet ended, per licence type and office (with the same `'*'` rows as the monthly figures). */
@Entity('statistics_backlog')
export class StatisticsBacklogEntity {
  @PrimaryColumn({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @PrimaryColumn({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ name: 'open', type: 'integer' })
  open: number;
}

/**
 * The processing clock of one submitted application not yet ended: when it was submitted, since when it has been
 * waiting for the applicant (the clock stopped), and the working days it has waited so far. Deleted when it ends.
 */
@Entity('statistics_clocks')
export class StatisticsClockEntity {
  @PrimaryColumn({ name: 'application_id', type: 'varchar', length: 64 })
  applicationId: string;

  @Column({ name: 'licence_type', type: 'varchar', length: 80 })
  licenceType: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 64 })
  agencyId: string;

  @Column({ name: 'submitted_at', type: timestampColumnType() })
  submittedAt: Date;

  @Column({ name: 'paused_since', type: timestampColumnType(), nullable: true })
  pausedSince: Date | null;

  @Column({ name: 'paused_days', type: 'integer' })
  pausedDays: number;
}

/** When the aggregates were last rebuilt from the applications and their history (one row, `aggregates`). */
@Entity('statistics_builds')
export class StatisticsBuildEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ name: 'built_at', type: timestampColumnType() })
  builtAt: Date;

  @Column({ type: 'integer' })
  applications: number;
}

/** One daily open-data snapshot of the monthly figures (suppressed), as served for download. */
@Entity('open_data_snapshots')
export class OpenDataSnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'generated_at', type: timestampColumnType() })
  generatedAt: Date;

  /** The first and last month the snapshot covers (null when there is no figure yet). */
  @Column({ name: 'first_month', type: 'varchar', length: 7, nullable: true })
  firstMonth: string | null;

  @Column({ name: 'last_month', type: 'varchar', length: 7, nullable: true })
  lastMonth: string | null;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  /** The CSV and the JSON, gzip-compressed as they are served (a million applications make tens of megabytes of text). */
  @Column({ name: 'csv_gzip', type: binaryColumnType() })
  csvGzip: Buffer;

  @Column({ name: 'json_gzip', type: binaryColumnType() })
  jsonGzip: Buffer;

  /** SHA-256 of the CSV and JSON bodies. */
  @Column({ type: 'varchar', length: 64 })
  checksum: string;
}
