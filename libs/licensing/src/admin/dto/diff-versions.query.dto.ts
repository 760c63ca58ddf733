import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

export class DiffVersionsQueryDto {
  @ApiProperty({ example: 1, description: 'The version to compare from' })
  @Type(() => Number)
  @IsInt({ message: 'from must be a version number' })
  @Min(1)
  from: number;

  @ApiProperty({ example: 2, description: 'The version to compare to' })
  @Type(() => Number)
  @IsInt({ message: 'to must be a version number' })
  @Min(1)
  to: number;
}
