import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { STATUS_NAMES, type Status } from '@bizportal/engine';

export class ListApplicationsQueryDto {
  @ApiPropertyOptional({ enum: STATUS_NAMES })
  @IsOptional()
  @IsIn(STATUS_NAMES, { message: `status must be one of: ${STATUS_NAMES.join(', ')}` })
  status?: Status;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
