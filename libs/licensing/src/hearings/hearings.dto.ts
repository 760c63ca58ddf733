import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, registerDecorator } from 'class-validator';
import { hasVisibleCharacter } from '@bizportal/engine';
import { HEARING_STANCES, type HearingStance } from './hearing.entities';

export const COMMENT_MAX_LENGTH = 2000;
export const COMMENT_PHOTOS_MAX = 3;
export const ANSWER_MAX_LENGTH = 5000;

/** C0 and C1 control characters (tab and carriage return included), except the line feed. */
export const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
/** CRLF as LF, then trimmed. */
export const normalizedText = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : value);

/** A visible character and no control character but the line feed (Thai and English message). */
function Readable(field: string): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'readableText',
      target: target.constructor,
      propertyName: property as string,
      options: { message: `${field}: ต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม / must contain visible characters and no control characters` },
      validator: { validate: (v: unknown) => typeof v !== 'string' || (hasVisibleCharacter(v) && !CONTROL_CHARACTER.test(v)) },
    });
}


export class HearingListQueryDto {
  @ApiPropertyOptional({ example: '10', description: 'DOPA province code' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'province: รหัสจังหวัด 2 หลัก / a 2-digit DOPA province code' })
  province?: string;

  @ApiPropertyOptional({ example: '103301', description: 'DOPA subdistrict code' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'subdistrict: รหัสตำบล/แขวง 6 หลัก / a 6-digit DOPA subdistrict code' })
  subdistrict?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed', 'concluded'], description: 'open: taking comments now; closed: no longer taking comments (concluded ones included); concluded: with the office’s summary' })
  @IsOptional()
  @IsIn(['open', 'closed', 'concluded'], { message: 'status: open, closed หรือ concluded / must be open, closed or concluded' })
  status?: 'open' | 'closed' | 'concluded';

  @ApiPropertyOptional({ description: 'The previous page’s nextBefore' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit: ต้องเป็นจำนวนเต็ม 1–100 / must be a whole number 1–100' })
  @Min(1, { message: 'limit: ต้องเป็นจำนวนเต็ม 1–100 / must be a whole number 1–100' })
  @Max(100, { message: 'limit: ต้องเป็นจำนวนเต็ม 1–100 / must be a whole number 1–100' })
  limit?: number;
}

export class HearingFeedQueryDto {
  @ApiPropertyOptional({ example: '10' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'province: รหัสจังหวัด 2 หลัก / a 2-digit DOPA province code' })
  province?: string;

  @ApiPropertyOptional({ example: '103301' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'subdistrict: รหัสตำบล/แขวง 6 หลัก / a 6-digit DOPA subdistrict code' })
  subdistrict?: string;
}

export class PostCommentDto {
  @ApiProperty({ enum: HEARING_STANCES })
  @IsIn([...HEARING_STANCES], { message: 'stance: support, oppose หรือ neutral / must be support, oppose or neutral' })
  stance: HearingStance;

  @ApiProperty({ description: `1–${COMMENT_MAX_LENGTH} characters with a visible one (trimmed, CRLF as LF); empty or invisible-only is 400 COMMENT_EMPTY` })
  @Transform(({ value }) => normalizedText(value))
  @IsString({ message: 'text: ต้องเป็นตัวอักษร / must be text' })
  @MaxLength(COMMENT_MAX_LENGTH * 4, { message: `text: ยาวได้ไม่เกิน ${COMMENT_MAX_LENGTH} ตัวอักษร / may be at most ${COMMENT_MAX_LENGTH} characters` })
  text: string;

  @ApiPropertyOptional({ type: [String], maxItems: COMMENT_PHOTOS_MAX, description: 'Photos uploaded with POST /hearing-comments/photos by the same person, not used yet' })
  @IsOptional()
  @IsArray({ message: 'photoIds: ต้องเป็นรายการ / must be a list' })
  @ArrayMaxSize(COMMENT_PHOTOS_MAX, { message: `photoIds: แนบรูปได้ไม่เกิน ${COMMENT_PHOTOS_MAX} รูป / at most ${COMMENT_PHOTOS_MAX} photos` })
  @IsUUID('4', { each: true, message: 'photoIds: ต้องเป็นรหัสรูปถ่าย / must be photo ids' })
  photoIds?: string[];
}

export class PostAnswerDto {
  @ApiProperty({ type: [String], minItems: 1, description: 'Visible comments of this hearing the answer is for' })
  @IsArray({ message: 'commentIds: ต้องเป็นรายการ / must be a list' })
  @ArrayMinSize(1, { message: 'commentIds: ต้องระบุความคิดเห็นอย่างน้อย 1 รายการ / name at least one comment' })
  @ArrayMaxSize(500)
  @IsUUID('4', { each: true, message: 'commentIds: ต้องเป็นรหัสความคิดเห็น / must be comment ids' })
  commentIds: string[];

  @ApiProperty({ minLength: 1, maxLength: ANSWER_MAX_LENGTH })
  @Transform(({ value }) => normalizedText(value))
  @IsString({ message: 'text: ต้องเป็นตัวอักษร / must be text' })
  @MinLength(1, { message: 'text: ต้องมีข้อความ / is required' })
  @MaxLength(ANSWER_MAX_LENGTH, { message: `text: ยาวได้ไม่เกิน ${ANSWER_MAX_LENGTH} ตัวอักษร / may be at most ${ANSWER_MAX_LENGTH} characters` })
  @Readable('text')
  text: string;
}

export class HideCommentDto {
  @ApiProperty({ minLength: 5, maxLength: 500 })
  @Transform(({ value }) => normalizedText(value))
  @IsString({ message: 'reason: ต้องเป็นตัวอักษร / must be text' })
  @MinLength(5, { message: 'reason: ต้องมีอย่างน้อย 5 ตัวอักษร / must be at least 5 characters' })
  @MaxLength(500, { message: 'reason: ยาวได้ไม่เกิน 500 ตัวอักษร / may be at most 500 characters' })
  @Readable('reason')
  reason: string;
}

export class FollowSubdistrictDto {
  @ApiProperty({ example: '103301', description: 'DOPA subdistrict code' })
  @Matches(/^\d{6}$/, { message: 'subdistrictCode: รหัสตำบล/แขวง 6 หลัก / a 6-digit DOPA subdistrict code' })
  subdistrictCode: string;
}

