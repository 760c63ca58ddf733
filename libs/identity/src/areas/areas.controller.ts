import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Access, ApiErrors } from '../access';
import { IdentityErrors } from '../identity-errors';
import { AreasService } from './areas.service';
import { AreasView } from './areas.views';

export class AreasQueryDto {
  @ApiPropertyOptional({ example: '1033', description: 'A province code (its districts) or a district code (its subdistricts); none for the provinces' })
  @IsOptional()
  @Matches(/^(\d{2}|\d{4})$/, { message: 'parent must be a 2-digit province code or a 4-digit district code (subdistricts have no sub-areas)' })
  parent?: string;
}

@ApiTags('areas')
@Controller('areas')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @Access.public('none')
  @Get()
  @ApiErrors(IdentityErrors.code.AREA_NOT_FOUND)
  @ApiOkResponse({ type: AreasView })
  @ApiOperation({ summary: 'Provinces, a province’s districts or a district’s subdistricts (DOPA codes), with the local office serving each subdistrict / พื้นที่' })
  list(@Query() query: AreasQueryDto) {
    return this.areas.children(query.parent);
  }
}
