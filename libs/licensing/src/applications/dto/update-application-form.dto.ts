import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Min } from 'class-validator';

export class UpdateApplicationFormDto {
  @ApiProperty({ description: 'Fields to change; a field set to null is removed', example: { seats: 80 } })
  @IsObject({ message: 'form must be a JSON object' })
  form: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'The version you read; a different current version is a 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
