import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class HolidaysQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Gregorian year; the current year in Bangkok when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number such as 2026 (Gregorian, not Buddhist era)' })
  @Min(2000, { message: 'year must be between 2000 and 2100 (Gregorian, not Buddhist era)' })
  @Max(2100, { message: 'year must be between 2000 and 2100 (Gregorian, not Buddhist era)' })
  year?: number;
}

export class HolidayNameDto {
  @ApiProperty({ example: 'วันหยุดพิเศษ' })
  @IsString()
  @Length(2, 300)
  th: string;

  @ApiProperty({ example: 'Special holiday' })
  @IsString()
  @Length(2, 300)
  en: string;
}

export class CreateHolidayDto {
  @ApiProperty({ example: '2026-12-11', description: 'The date (Bangkok), YYYY-MM-DD' })
  @IsString()
  @Matches(ISO_DATE, { message: 'date must be a calendar date written YYYY-MM-DD, e.g. 2026-12-11' })
  date: string;

  @ApiProperty({ type: HolidayNameDto })
  @IsDefined({ message: 'name is required: {th, en}' })
  @ValidateNested()
  @Type(() => HolidayNameDto)
  name: HolidayNameDto;

  @ApiPropertyOptional({ enum: ['cabinet', 'agency-added'], default: 'agency-added', description: 'cabinet for a special holiday the cabinet declared' })
  @IsOptional()
  @IsIn(['cabinet', 'agency-added'], { message: 'source must be cabinet or agency-added (official holidays come with the calendar)' })
  source?: 'cabinet' | 'agency-added';
}
