import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { BusinessTypeContentView } from './business-types-admin.views';

/**
 * The content is checked by the catalogue's own validator (business-type-rules.ts), shared with
 * workflows/businesses.json, which names each field: 400 BUSINESS_TYPE_CONTENT_INVALID.
 */
const CONTENT = {
  type: BusinessTypeContentView,
  description: 'Names and description in Thai and English, the licences every such business may need, and the Smart Quiz (questions with options, and rules by licence slug)',
  example: {
    name: { th: 'ร้านเบเกอรี่', en: 'Bakery' },
    description: { th: 'ร้านทำและขายขนมอบ', en: 'A shop that bakes and sells pastries' },
    licences: ['food-premises-permit', 'liquor-sale-licence'],
    quiz: {
      questions: [{ id: 'q1', text: { th: 'ขายเครื่องดื่มแอลกอฮอล์หรือไม่', en: 'Do you sell alcohol?' }, multiple: false, options: [{ id: 'q1-a', text: { th: 'ใช่', en: 'Yes' } }, { id: 'q1-b', text: { th: 'ไม่ใช่', en: 'No' } }] }],
      rules: { 'liquor-sale-licence': { mode: 'all', conditions: [{ question: 'q1', answers: ['q1-a'] }] } },
    },
  },
};

export class CreateBusinessTypeDto {
  @ApiProperty({ example: 'bakery', description: 'Lower-case letters, digits and single hyphens, at most 80 characters; cannot change later' })
  @IsDefined({ message: 'slug is required, e.g. bakery' })
  slug: string;

  @ApiProperty(CONTENT)
  @IsDefined({ message: 'content is required: {name, description, licences, quiz}' })
  @IsObject({ message: 'content must be an object {name, description, licences, quiz}' })
  content: Record<string, unknown>;
}

export class EditBusinessVersionDto {
  @ApiProperty({ example: 1, description: 'The revision of the draft this edit starts from (from GET …/versions/:version); another is 409 BUSINESS_DRAFT_CHANGED' })
  @Type(() => Number)
  @IsInt({ message: 'revision must be the draft revision you edited, a whole number' })
  @Min(1)
  revision: number;

  @ApiProperty(CONTENT)
  @IsDefined({ message: 'content is required: {name, description, licences, quiz}' })
  @IsObject({ message: 'content must be an object {name, description, licences, quiz}' })
  content: Record<string, unknown>;
}

export class DraftBusinessVersionDto {
  @ApiPropertyOptional({ example: 1, description: 'The published version to copy; the current one when left out' })
  @IsOptional()
  @IsInt({ message: 'from must be a version number' })
  @Min(1)
  from?: number;
}

export class PublishBusinessVersionDto {
  @ApiPropertyOptional({ example: 3, description: 'The revision the official validated; publishing refuses a draft edited since (409 BUSINESS_DRAFT_CHANGED)' })
  @IsOptional()
  @IsInt({ message: 'revision must be a whole number' })
  @Min(1)
  revision?: number;
}

export class BusinessDiffQueryDto {
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
