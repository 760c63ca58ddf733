import { ApiProperty } from '@nestjs/swagger';
import { AgencyRef, LocalizedText } from '@bizportal/common';

export class SatisfactionRatingView {
  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  score!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Personal data: only the applicant and her office read it' })
  comment!: string | null;
  @ApiProperty({ type: String, format: 'date-time' })
  ratedAt!: string;
}

export class ApplicationSatisfactionView {
  @ApiProperty({ description: 'Whether the application is finished: submitted, then licence issued or completed, rejected or cancelled' })
  finished!: boolean;
  @ApiProperty({ description: 'Whether the caller may rate now: the applicant herself, finished, not rated yet' })
  canRate!: boolean;
  @ApiProperty({ type: SatisfactionRatingView, nullable: true })
  rating!: SatisfactionRatingView | null;
}

export class OfficeRatingView extends SatisfactionRatingView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;
  @ApiProperty({ example: 'BP2569-2CXRRNT3' })
  trackingNumber!: string;
  @ApiProperty({ example: 'food-premises-permit' })
  licenceType!: string;
}

export class OfficeRatingListView {
  @ApiProperty({ type: [OfficeRatingView], description: 'Newest first' })
  items!: OfficeRatingView[];
  @ApiProperty({ type: String, nullable: true, description: 'Send as `before` for the next page; null on the last' })
  nextBefore!: string | null;
}

export class ScoreCountView {
  @ApiProperty({ minimum: 1, maximum: 5 })
  score!: number;
  @ApiProperty()
  count!: number;
}

export class SatisfactionCellView {
  @ApiProperty({ type: Number, nullable: true, description: 'Ratings given in the month; null when 1–4 (suppressed)' })
  ratings!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 4.25, description: 'Mean score (1–5), two decimals; null when suppressed or no ratings' })
  meanScore!: number | null;
  @ApiProperty({ type: [ScoreCountView], nullable: true, description: 'How many gave each score, 1 to 5; null when suppressed or no ratings' })
  distribution!: ScoreCountView[] | null;
  @ApiProperty({ description: 'True when 1–4 ratings were given: the figures are withheld so that no one’s rating can be told' })
  suppressed!: boolean;
}

export class CompletionCellView {
  @ApiProperty({ type: Number, nullable: true, description: 'Applications started (created) in the month; null when 1–4 (suppressed)' })
  started!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Of those, submitted and now finished (licence issued or completed, rejected, cancelled after submission)' })
  completed!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Of those, never submitted: cancelled as drafts, or drafts unchanged for 30 days or more' })
  abandoned!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The rest: submitted and still running, or drafts changed within 30 days' })
  inProgress!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.6667, description: 'completed / started (GOV.UK’s completion rate), four decimals; null when suppressed or none started' })
  rate!: number | null;
  @ApiProperty({ description: 'True when 1–4 applications were started: the figures are withheld' })
  suppressed!: boolean;
}

export class LicenceTypeRefView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class StatisticsCellView {
  @ApiProperty({ example: '2026-12', description: 'Bangkok month: when the ratings were given, and when the applications were started' })
  month!: string;
  @ApiProperty({ type: LicenceTypeRefView })
  licenceType!: LicenceTypeRefView;
  @ApiProperty({ type: AgencyRef, description: 'The office responsible for the applications' })
  office!: AgencyRef;
  @ApiProperty({ type: SatisfactionCellView })
  satisfaction!: SatisfactionCellView;
  @ApiProperty({ type: CompletionCellView })
  completion!: CompletionCellView;
}

export class SatisfactionPeriodView {
  @ApiProperty({ type: SatisfactionCellView })
  satisfaction!: SatisfactionCellView;
  @ApiProperty({ type: CompletionCellView })
  completion!: CompletionCellView;
}

export class SatisfactionMonthView extends SatisfactionPeriodView {
  @ApiProperty({ example: '2026-12' })
  month!: string;
}

abstract class SatisfactionEnvelope {
  @ApiProperty({ example: '2026-01' })
  from!: string;
  @ApiProperty({ example: '2026-12' })
  to!: string;
  @ApiProperty({ example: 5, description: 'Counts from 1 to one less than this are withheld (null, with `suppressed`)' })
  minimumCellSize!: number;
  @ApiProperty({ example: 30, description: 'A draft unchanged for this many days counts as abandoned' })
  abandonedAfterDays!: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the counts were read (they are kept up to SATISFACTION_STATISTICS_MAX_AGE_MS, ten minutes by default)' })
  generatedAt!: string;
}

export class SatisfactionStatisticsView extends SatisfactionEnvelope {
  @ApiProperty({ type: SatisfactionPeriodView, description: 'The whole period, over the licence types and offices asked for: summed before withholding, then withheld by the same rule' })
  overall!: SatisfactionPeriodView;
  @ApiProperty({ type: [SatisfactionMonthView], description: 'Every month of the period, oldest first, over the licence types and offices asked for' })
  months!: SatisfactionMonthView[];
}

export class SatisfactionCellsView extends SatisfactionEnvelope {
  @ApiProperty({ type: String, nullable: true, example: '2026-11|food-premises-permit|bma-khlong-toei', description: 'Send as `after` for the next page; null on the last' })
  nextAfter!: string | null;
  @ApiProperty({ type: [StatisticsCellView], description: 'One per month, licence type and office with ratings or started applications, by month, then licence type, then office' })
  cells!: StatisticsCellView[];
}
