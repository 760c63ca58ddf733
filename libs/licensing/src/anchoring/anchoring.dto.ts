import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageLimit } from '@bizportal/common';
import { ISO_DATE } from '../holidays';

const DATE_MESSAGE = 'must be a date written YYYY-MM-DD, e.g. 2026-12-01';

export class ListHistoryAnchorsQueryDto {
  @PageLimit({ max: 100, default: 30 })
  limit?: number;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Only anchors of dates before this one (the previous page’s `nextBefore`)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `before ${DATE_MESSAGE}` })
  before?: string;
}

export class HistoryProofQueryDto {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'The anchor’s date; the newest anchor holding the application when omitted' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `date ${DATE_MESSAGE}` })
  date?: string;
}

