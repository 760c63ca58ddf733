import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, registerDecorator, type ValidationOptions } from 'class-validator';
import { PageLimit } from '@bizportal/common';
import { hasVisibleCharacter } from '@bizportal/engine';

export const COMMENT_MAX_LENGTH = 1000;

/** C0 and C1 control characters (tab and carriage return included), except the line feed. */
const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;

function check(name: string, test: (v: string) => boolean, options: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({ name, target: target.constructor, propertyName: property as string, options, validator: { validate: (v: unknown) => typeof v !== 'string' || test(v) } });
}

export class RateServiceDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 4, description: '1 ไม่พอใจมาก / very dissatisfied … 5 พอใจมาก / very satisfied' })
  @IsInt({ message: 'score: ต้องเป็นจำนวนเต็ม 1–5 / must be a whole number from 1 to 5' })
  @Min(1, { message: 'score: ต้องเป็นจำนวนเต็ม 1–5 / must be a whole number from 1 to 5' })
  @Max(5, { message: 'score: ต้องเป็นจำนวนเต็ม 1–5 / must be a whole number from 1 to 5' })
  score: number;

  @ApiPropertyOptional({
    maxLength: COMMENT_MAX_LENGTH,
    description: `Optional, trimmed (CRLF stored as LF), at most ${COMMENT_MAX_LENGTH} characters, no control character but the line feed; empty is no comment. Read only by the applicant and her office`,
    example: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน / The officer explained clearly',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : value))
  @IsString({ message: 'comment: ต้องเป็นตัวอักษร / must be text' })
  @MaxLength(COMMENT_MAX_LENGTH, { message: `comment: ยาวได้ไม่เกิน ${COMMENT_MAX_LENGTH} ตัวอักษร / may be at most ${COMMENT_MAX_LENGTH} characters` })
  @check('noControlCharacters', (v) => !CONTROL_CHARACTER.test(v), { message: 'comment: มีอักขระควบคุมซึ่งไม่อนุญาต (ยกเว้นการขึ้นบรรทัดใหม่) / contains a control character (only line breaks are allowed)' })
  @check('visibleOrEmpty', (v) => v === '' || hasVisibleCharacter(v), { message: 'comment: ต้องมีตัวอักษรที่มองเห็นได้ หรือเว้นว่างไว้ / must contain a visible character, or be left empty' })
  comment?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'must be a month written YYYY-MM, e.g. 2026-12';

export class SatisfactionStatisticsQueryDto {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (Bangkok), YYYY-MM; default 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: `from ${MONTH_MESSAGE}` })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (Bangkok), YYYY-MM; default the current month. At most 24 months in all' })
  @IsOptional()
  @Matches(MONTH, { message: `to ${MONTH_MESSAGE}` })
  to?: string;

  @ApiPropertyOptional({ example: 'food-premises-permit', description: 'Only this licence type' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'licenceType must be a licence type’s slug' })
  @MaxLength(80)
  licenceType?: string;

  @ApiPropertyOptional({ example: 'bma-khlong-toei', description: 'Only this office' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { message: 'office must be an office id' })
  office?: string;
}

export class SatisfactionCellsQueryDto extends SatisfactionStatisticsQueryDto {
  @PageLimit({ max: 1000, default: 500, description: 'Cells per page' })
  limit?: number;

  @ApiPropertyOptional({ example: '2026-11|food-premises-permit|bma-khlong-toei', description: 'The previous page’s `nextAfter`: the cells after this month|licence type|office' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])\|[a-z0-9]+(-[a-z0-9]+)*\|[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { message: 'after must be a page’s nextAfter (month|licence type|office)' })
  @MaxLength(160)
  after?: string;
}

export class OfficeRatingsQueryDto {
  @PageLimit({ max: 100, default: 50 })
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The id of the last rating of the previous page (its `nextBefore`)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  before?: string;
}
