import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { hasVisibleCharacter } from '@bizportal/engine';

export const MESSAGE_MAX_LENGTH = 2000;

/** C0 and C1 control characters (tab and carriage return included), except the line feed. */
const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;

function Visible(options: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({ name: 'visibleText', target: target.constructor, propertyName: property as string, options, validator: { validate: (v: unknown) => typeof v === 'string' && hasVisibleCharacter(v) } });
}

function NoControlCharacters(options: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({ name: 'noControlCharacters', target: target.constructor, propertyName: property as string, options, validator: { validate: (v: unknown) => typeof v === 'string' && !CONTROL_CHARACTER.test(v) } });
}

export class PostMessageDto {
  @ApiProperty({
    description: `The message, 1–${MESSAGE_MAX_LENGTH} characters after trimming, with something visible; line breaks allowed (CRLF is stored as LF), other control characters not`,
    minLength: 1,
    maxLength: MESSAGE_MAX_LENGTH,
    example: 'ขอสอบถามว่าต้องส่งแผนผังร้านฉบับแก้ไขหรือไม่ / Do I need to send a revised site plan?',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : value))
  @IsString({ message: 'body: ข้อความต้องเป็นตัวอักษร / the message must be text' })
  @MinLength(1, { message: 'body: ข้อความต้องไม่ว่าง / the message must not be empty' })
  @MaxLength(MESSAGE_MAX_LENGTH, { message: `body: ข้อความยาวได้ไม่เกิน ${MESSAGE_MAX_LENGTH} ตัวอักษร / the message may be at most ${MESSAGE_MAX_LENGTH} characters` })
  @Visible({ message: 'body: ข้อความต้องมีตัวอักษรที่มองเห็นได้ / the message must contain a visible character' })
  @NoControlCharacters({ message: 'body: ข้อความมีอักขระควบคุมซึ่งไม่อนุญาต (ยกเว้นการขึ้นบรรทัดใหม่) / the message contains a control character (only line breaks are allowed)' })
  body: string;
}

export class LocalizedNameDto {
  @ApiProperty({ example: 'นายสมชาย ใจดี' })
  th: string;

  @ApiProperty({ example: 'Mr Somchai Jaidee' })
  en: string;
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['applicant', 'office'], description: 'Which side wrote it' })
  authorSide: 'applicant' | 'office';

  @ApiProperty({ type: LocalizedNameDto, description: 'The author’s name as it was when she wrote' })
  authorName: LocalizedNameDto;

  @ApiProperty({ description: 'The text, line breaks as \\n' })
  body: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ description: 'Whether someone of the other side has marked it read' })
  readByOtherSide: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the other side first marked it read' })
  readAt: string | null;
}

export class MessagesMarkedReadDto {
  @ApiProperty({ description: 'How many of the other side’s messages were unread and are now marked read', example: 2 })
  marked: number;
}
