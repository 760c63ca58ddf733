import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { hasVisibleCharacter } from '@bizportal/engine';

export const ANSWER_MAX_LENGTH = 2000;

/** C0 and C1 control characters (tab and carriage return included), except the line feed. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;

function Check(name: string, validate: (v: unknown) => boolean, options: ValidationOptions): PropertyDecorator {
  return (target, property) => registerDecorator({ name, target: target.constructor, propertyName: property as string, options, validator: { validate } });
}

export class AnswerInformationItemDto {
  @ApiProperty({
    description: `The answer, 1–${ANSWER_MAX_LENGTH} characters after trimming, with something visible; line breaks allowed (CRLF stored as LF), other control characters not`,
    minLength: 1,
    maxLength: ANSWER_MAX_LENGTH,
    example: 'ร้านเปิดเวลา 07:00–21:00 น. ทุกวัน / Open 07:00–21:00 every day',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : value))
  @IsString({ message: 'text: คำตอบต้องเป็นตัวอักษร / the answer must be text' })
  @MinLength(1, { message: 'text: คำตอบต้องไม่ว่าง / the answer must not be empty' })
  @MaxLength(ANSWER_MAX_LENGTH, { message: `text: คำตอบยาวได้ไม่เกิน ${ANSWER_MAX_LENGTH} ตัวอักษร / the answer may be at most ${ANSWER_MAX_LENGTH} characters` })
  @Check('visibleText', (v) => typeof v === 'string' && hasVisibleCharacter(v), { message: 'text: คำตอบต้องมีตัวอักษรที่มองเห็นได้ / the answer must contain a visible character' })
  @Check('noControlCharacters', (v) => typeof v === 'string' && !CONTROL_CHARACTER.test(v), {
    message: 'text: คำตอบมีอักขระควบคุมซึ่งไม่อนุญาต (ยกเว้นการขึ้นบรรทัดใหม่) / the answer contains a control character (only line breaks are allowed)',
  })
  text: string;
}

export class InformationLabelDto {
  @ApiProperty({ example: 'แผนผังแสดงที่ตั้งสถานประกอบการ' })
  th: string;

  @ApiProperty({ example: 'Site plan of the premises' })
  en: string;
}

export class InformationRequesterDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ type: InformationLabelDto, nullable: true, description: 'The staff member’s name; null if the account is gone' })
  displayName: InformationLabelDto | null;
}

export class InformationItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['document', 'information'] })
  kind: 'document' | 'information';

  @ApiProperty({ type: String, nullable: true, description: 'The licence type’s document code (document items)' })
  documentCode: string | null;

  @ApiProperty({ type: InformationLabelDto, nullable: true, description: 'The document’s label (document items)' })
  label: InformationLabelDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'What the office asks (information items)' })
  question: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the office asks' })
  reason: string | null;

  @ApiProperty({ description: 'A document item: a current upload of its code after the request; an information item: an answer' })
  answered: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The applicant’s answer (information items)' })
  answerText: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The upload that answers a document item' })
  documentId: string | null;
}

export class InformationRequestDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ type: InformationRequesterDto })
  requestedBy: InformationRequesterDto;

  @ApiProperty({ description: 'The office’s summary (the REQUEST_INFO comment)' })
  comment: string;

  @ApiProperty({ description: 'Still waiting for the applicant (closed by RESUBMIT, REJECT or CANCEL)' })
  open: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: InformationItemDto, isArray: true })
  items: InformationItemDto[];
}
