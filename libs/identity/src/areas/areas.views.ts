import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgencyRef, LocalizedText } from '@bizportal/common';

/** GET /areas: an area and its children. */
export class AreaItemView {
  @ApiProperty({ example: '103301', description: 'DOPA code: 2 digits a province, 4 a district, 6 a subdistrict' })
  code!: string;
  @ApiProperty({ enum: ['province', 'district', 'subdistrict'] })
  level!: string;
  @ApiProperty({ type: String, nullable: true, example: '1033' })
  parentCode!: string | null;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiPropertyOptional({ description: 'Provinces: whether their districts and subdistricts are listed here' })
  areasListed?: boolean;
  @ApiPropertyOptional({ type: [String], example: ['10110'], description: 'Subdistricts' })
  postcodes?: string[];
  @ApiPropertyOptional({ type: AgencyRef, nullable: true, description: 'Subdistricts: the local office serving it, or null' })
  localOffice?: AgencyRef | null;
}

export class AreasView {
  @ApiProperty({ type: AreaItemView, nullable: true, description: 'The area asked about; null for the provinces' })
  parent!: AreaItemView | null;
  @ApiProperty({ type: [AreaItemView] })
  items!: AreaItemView[];
}
