import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { hasVisibleCharacter } from '@bizportal/engine';
import { COMPLAINT_CATEGORIES, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, type ComplaintCategory, type ComplaintOutcome, type ComplaintStatus } from './complaint.entities';

export const DESCRIPTION_MAX_LENGTH = 2000;
export const NOTE_MAX_LENGTH = 2000;
export const PHOTOS_MAX = 5;

/** C0 and C1 control characters (tab and carriage return included), except the line feed. */
const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : value));

/** Text a person writes: trimmed, at least one visible character, no control character but the line feed. */
function WrittenText(field: string, min: number, max: number): PropertyDecorator {
  const readable: PropertyDecorator = (target, property) =>
    registerDecorator({
      name: 'writtenText',
      target: target.constructor,
      propertyName: property as string,
      options: { message: `${field}: ต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม / must contain visible characters and no control characters` } satisfies ValidationOptions,
      validator: { validate: (v: unknown) => typeof v !== 'string' || (hasVisibleCharacter(v) && !CONTROL_CHARACTER.test(v)) },
    });
  return (target, property) => {
    for (const decorate of [
      trimmed,
      IsString({ message: `${field}: ต้องเป็นตัวอักษร / must be text` }),
      MinLength(min, { message: `${field}: ต้องมีอย่างน้อย ${min} ตัวอักษร / must be at least ${min} characters` }),
      MaxLength(max, { message: `${field}: ยาวได้ไม่เกิน ${max} ตัวอักษร / may be at most ${max} characters` }),
      readable,
    ]) decorate(target, property);
  };
}

export class FindLicenceQueryDto {
  @ApiPropertyOptional({ example: 'BMA-KT/2569/000001', description: 'The licence number, exactly' })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(80, { message: 'number: ยาวได้ไม่เกิน 80 ตัวอักษร / may be at most 80 characters' })
  number?: string;

  @ApiPropertyOptional({ example: 'สุขุมวิท', description: 'Part of the premises address, at least 4 characters; licences in force or suspended, at most 10' })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(200, { message: 'address: ยาวได้ไม่เกิน 200 ตัวอักษร / may be at most 200 characters' })
  address?: string;
}

export class FileComplaintDto {
  @ApiProperty({ example: 'BMA-KT/2569/000001' })
  @trimmed
  @IsString({ message: 'licenceNumber: ต้องเป็นตัวอักษร / must be text' })
  @MinLength(1, { message: 'licenceNumber: ต้องระบุ / is required' })
  @MaxLength(80, { message: 'licenceNumber: ยาวได้ไม่เกิน 80 ตัวอักษร / may be at most 80 characters' })
  licenceNumber: string;

  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  @IsIn(COMPLAINT_CATEGORIES, { message: `category: ต้องเป็นหนึ่งใน ${COMPLAINT_CATEGORIES.join(', ')} / must be one of ${COMPLAINT_CATEGORIES.join(', ')}` })
  category: ComplaintCategory;

  @ApiProperty({ minLength: 10, maxLength: DESCRIPTION_MAX_LENGTH, description: 'What happened, where and when; trimmed, CRLF stored as LF, no control character but the line feed' })
  @WrittenText('description', 10, DESCRIPTION_MAX_LENGTH)
  description: string;

  @ApiProperty({ description: 'true: the holder is not told who complained (the office always knows)' })
  @IsBoolean({ message: 'anonymousToHolder: ต้องเป็น true หรือ false / must be true or false' })
  anonymousToHolder: boolean;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, maxItems: PHOTOS_MAX, description: 'Photos uploaded first with POST /complaints/photos, unused' })
  @IsOptional()
  @IsArray({ message: 'photoIds: ต้องเป็นรายการ / must be a list' })
  @ArrayMaxSize(PHOTOS_MAX, { message: `photoIds: แนบได้ไม่เกิน ${PHOTOS_MAX} รูป / at most ${PHOTOS_MAX} photos` })
  @IsUUID('4', { each: true, message: 'photoIds: ต้องเป็นรหัสรูปถ่าย / must be photo ids' })
  photoIds?: string[];
}

export class TriageComplaintDto {
  @ApiProperty({ enum: ['accept', 'dismiss'] })
  @IsIn(['accept', 'dismiss'], { message: 'decision: ต้องเป็น accept หรือ dismiss / must be accept or dismiss' })
  decision: 'accept' | 'dismiss';

  @ApiProperty({ minLength: 1, maxLength: NOTE_MAX_LENGTH, description: 'Why: shown to the complainant (and, once accepted, to the holder)' })
  @WrittenText('note', 1, NOTE_MAX_LENGTH)
  note: string;

  @ApiPropertyOptional({ description: 'The version read; a stale one is 409' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

export class RecordComplaintInspectionDto {
  @ApiProperty({ format: 'date', example: '2026-12-07', description: 'The day of the inspection, not in the future' })
  @Matches(DATE, { message: 'inspectedOn: ต้องเป็นวันที่ YYYY-MM-DD / must be a date YYYY-MM-DD' })
  inspectedOn: string;

  @ApiProperty({ minLength: 1, maxLength: NOTE_MAX_LENGTH, description: 'What the inspector found' })
  @WrittenText('findings', 1, NOTE_MAX_LENGTH)
  findings: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

export class DecideComplaintDto {
  @ApiProperty({ enum: COMPLAINT_OUTCOMES, description: 'suspension and revocation: an approver of the issuing office; they go through the licence’s workflow (SUSPEND, REVOKE)' })
  @IsIn(COMPLAINT_OUTCOMES, { message: `outcome: ต้องเป็นหนึ่งใน ${COMPLAINT_OUTCOMES.join(', ')} / must be one of ${COMPLAINT_OUTCOMES.join(', ')}` })
  outcome: ComplaintOutcome;

  @ApiProperty({ minLength: 1, maxLength: NOTE_MAX_LENGTH, description: 'The reason, shown to the holder and the complainant, and the licence step’s comment' })
  @WrittenText('note', 1, NOTE_MAX_LENGTH)
  note: string;

  @ApiPropertyOptional({ format: 'date', description: 'warning: the date by which the holder must put it right (required, future, ≤ 180 days)' })
  @IsOptional()
  @Matches(DATE, { message: 'deadline: ต้องเป็นวันที่ YYYY-MM-DD / must be a date YYYY-MM-DD' })
  deadline?: string;

  @ApiPropertyOptional({ format: 'date', description: 'suspension: until when (the SUSPEND step’s data.until); optional' })
  @IsOptional()
  @Matches(DATE, { message: 'suspendedUntil: ต้องเป็นวันที่ YYYY-MM-DD / must be a date YYYY-MM-DD' })
  suspendedUntil?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

export class AnswerComplaintDto {
  @ApiProperty({ minLength: 1, maxLength: DESCRIPTION_MAX_LENGTH, description: 'The holder’s answer, once; read by the office' })
  @WrittenText('text', 1, DESCRIPTION_MAX_LENGTH)
  text: string;
}

export class OfficeComplaintsQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES, { message: `status: ต้องเป็นหนึ่งใน ${COMPLAINT_STATUSES.join(', ')} / must be one of ${COMPLAINT_STATUSES.join(', ')}` })
  status?: ComplaintStatus;
}

export class ComplaintStatisticsQueryDto {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (Bangkok), YYYY-MM; default 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM, e.g. 2026-12' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (Bangkok), YYYY-MM; default the current month; at most 120 months in all' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM, e.g. 2026-12' })
  to?: string;
}
