import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsInt, IsObject, IsOptional, Min, ValidateIf } from 'class-validator';

export class UpdateApplicationFormDto {
  @ApiPropertyOptional({ description: 'Fields to change; a field set to null is removed', example: { seats: 80 } })
  @ValidateIf((dto: UpdateApplicationFormDto) => dto.confirmApplicantData === undefined || dto.form !== undefined)
  @IsObject({ message: 'form must be a JSON object (send form, confirmApplicantData: true, or both)' })
  form?: Record<string, unknown>;

  @ApiPropertyOptional({ example: true, description: 'The applicant confirms the data pre-filled from government records; required before SUBMIT' })
  @IsOptional()
  @Equals(true, { message: 'confirmApplicantData must be true when given; if the government data is wrong, have it corrected at the registering office (DOPA or DBD)' })
  confirmApplicantData?: true;

  @ApiPropertyOptional({ description: 'The version you read; a different current version is a 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
