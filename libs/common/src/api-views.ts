import { ApiProperty } from '@nestjs/swagger';

/** Text in Thai and English, `{th, en}`: the OpenAPI schema `LocalizedText`. */
export class LocalizedText {
  @ApiProperty({ example: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร' })
  th!: string;
  @ApiProperty({ example: 'Food premises permit' })
  en!: string;
}

/** An office or agency by id and name. */
export class AgencyRef {
  @ApiProperty({ example: 'bma-khlong-toei' })
  id!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

/** An object whose keys the document does not fix (a form, a JSON Schema, a record as fetched). */
export const FREE_FORM = { type: 'object', additionalProperties: true } as const;
