import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsDefined, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { PageLimit } from '@bizportal/common';
import { LOCAL_OFFICE_KIND_IDS } from '../areas/local-office-kinds';

export const OFFICE_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])$/;

export class OfficeNameDto {
  @ApiProperty({ example: 'เทศบาลนครเชียงใหม่' })
  @IsString()
  @Length(2, 300)
  th: string;

  @ApiProperty({ example: 'Chiang Mai City Municipality' })
  @IsString()
  @Length(2, 300)
  en: string;
}

export class CreateOfficeDto {
  @ApiProperty({ example: 'chiang-mai-city', description: 'Lower-case letters, digits and hyphens, 2–64 characters; kept for good' })
  @IsString()
  @Matches(OFFICE_ID, { message: 'id must be 2–64 lower-case letters, digits and inner hyphens, e.g. chiang-mai-city' })
  id: string;

  @ApiProperty({ type: OfficeNameDto })
  @IsDefined({ message: 'name is required: {th, en}' })
  @ValidateNested()
  @Type(() => OfficeNameDto)
  name: OfficeNameDto;

  @ApiProperty({ enum: LOCAL_OFFICE_KIND_IDS, example: 'city_municipality' })
  @IsIn(LOCAL_OFFICE_KIND_IDS, { message: `kind must be one of ${LOCAL_OFFICE_KIND_IDS.join(', ')}` })
  kind: string;

  @ApiProperty({ example: '50', description: 'DOPA province code (2 digits)' })
  @IsString()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a 2-digit DOPA province code, e.g. 50' })
  provinceCode: string;
}

export class OfficesQueryDto {
  @ApiPropertyOptional({ example: '50', description: 'Only the offices of this province' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'province must be a 2-digit DOPA province code' })
  province?: string;

  @PageLimit({ max: 200, default: 50 })
  limit?: number;

  @ApiPropertyOptional({ example: 'bma-khlong-toei', description: 'The previous page’s nextAfter: offices are listed by id' })
  @IsOptional()
  @Matches(OFFICE_ID, { message: 'after must be an office id' })
  after?: string;
}

export class SetSubdistrictsDto {
  @ApiProperty({ type: [String], example: ['500101', '500102'], description: 'Every subdistrict the office serves from now on (DOPA, 6 digits); [] serves none' })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^\d{6}$/, { each: true, message: 'each subdistrict must be a 6-digit DOPA code' })
  subdistricts: string[];

  @ApiPropertyOptional({ type: [String], example: ['500103'], description: 'Those of the list now served by another office, which this office takes over' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^\d{6}$/, { each: true, message: 'each handOver entry must be a 6-digit DOPA code' })
  handOver?: string[];
}

export class InviteStaffDto {
  @ApiProperty({ example: '1509900112233', description: '13-digit Thai national ID (check digit checked)' })
  @IsString()
  nationalId: string;

  @ApiProperty({ type: [String], example: ['officer'], description: 'Office roles: officer, approver, signer, head_of_office' })
  @IsArray()
  @ArrayNotEmpty({ message: 'roles must name at least one role' })
  @ArrayMaxSize(4)
  @IsString({ each: true })
  roles: string[];
}
