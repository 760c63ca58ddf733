import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export const MONTH = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'must be a month written YYYY-MM (Gregorian, Bangkok calendar month), e.g. 2026-01';

/** The filters every statistics route takes: licence type, office and a month range (Bangkok calendar months). */
export class StatisticsQueryDto {
  @ApiPropertyOptional({ example: 'food-premises-permit', description: 'Only this licence type (its slug, as GET /licence-types lists it); unknown: 404 STATISTICS_LICENCE_TYPE_UNKNOWN' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'licenceType must be a licence type slug: lower-case letters, digits and dashes' })
  licenceType?: string;

  @ApiPropertyOptional({ example: 'bma-khlong-toei', description: 'Only this office (agency id); unknown: 404 STATISTICS_OFFICE_UNKNOWN' })
  @IsOptional()
  @Matches(/^[a-z0-9]+([-_.][a-z0-9]+)*$/, { message: 'office must be an office id: lower-case letters, digits, dashes, dots or underscores' })
  office?: string;

  @ApiPropertyOptional({ example: '2026-01', description: 'First month (YYYY-MM, Bangkok); 11 months before `to` when omitted' })
  @IsOptional()
  @Matches(MONTH, { message: `from ${MONTH_MESSAGE}` })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (YYYY-MM, Bangkok); the current month when omitted. At most 120 months from `from`.' })
  @IsOptional()
  @Matches(MONTH, { message: `to ${MONTH_MESSAGE}` })
  to?: string;
}
