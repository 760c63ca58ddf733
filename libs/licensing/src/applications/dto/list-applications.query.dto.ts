import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageLimit } from '@bizportal/common';
import { STATUS_NAMES, type Status } from '@bizportal/engine';

/** The list's total is counted up to this many: an exact count of a big list would read all of it. */
export const LIST_TOTAL_CAP = 1000;

export class ListApplicationsQueryDto {
  @ApiPropertyOptional({ enum: STATUS_NAMES })
  @IsOptional()
  @IsIn(STATUS_NAMES, { message: `status must be one of: ${STATUS_NAMES.join(', ')}` })
  status?: Status;

  @PageLimit({ max: 100, default: 20, description: 'Items per page' })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page, as given (opaque); leave out for the first page' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}
