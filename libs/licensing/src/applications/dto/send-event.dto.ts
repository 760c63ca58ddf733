import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES } from '@bizportal/engine';

export class SendEventDto {
  @ApiProperty({ enum: EVENT_TYPES, example: 'SUBMIT' })
  @IsIn(EVENT_TYPES, { message: `type must be one of: ${EVENT_TYPES.join(', ')}` })
  type: string;

  @ApiPropertyOptional({ description: 'A reason or note; required for REJECT and REQUEST_INFO' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Event data, e.g. {"result":"pass"} for RECORD_INSPECTION', example: { result: 'pass' } })
  @IsOptional()
  @IsObject({ message: 'data must be a JSON object' })
  data?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'The version you read; a different current version is a 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
