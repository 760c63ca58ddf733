import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { APPLICATION_KINDS, type ApplicationKind } from '@bizportal/engine';
import { Equals, registerDecorator } from 'class-validator';
import { ApplicantDto } from '../../applicant-data/applicant.dto';
import { IsDefined, IsIn, IsNotEmptyObject, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class PremisesDto {
  @ApiProperty({ example: '99 ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110' })
  @IsString()
  @Length(5, 500)
  address: string;

  @ApiProperty({ example: '10', description: 'DOPA province code (2 digits)' })
  @Matches(/^\d{2}$/, { message: 'provinceCode must be the 2-digit DOPA province code, e.g. 10 for Bangkok' })
  provinceCode: string;

  @ApiProperty({ example: '1033', description: 'DOPA district code (4 digits)' })
  @Matches(/^\d{4}$/, { message: 'districtCode must be the 4-digit DOPA district code, e.g. 1033 for Khlong Toei' })
  districtCode: string;

  @ApiProperty({ example: '103301', description: 'DOPA subdistrict code (6 digits)' })
  @Matches(/^\d{6}$/, { message: 'subdistrictCode must be the 6-digit DOPA subdistrict code, e.g. 103301' })
  subdistrictCode: string;
}

/** A field that says who applies or what licence is continued, which filing on someone's behalf decides instead. */
function AbsentOnBehalf(message: string): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'absentOnBehalf',
      target: target.constructor,
      propertyName: property as string,
      options: { message },
      validator: { validate: (value: unknown, args) => value === undefined || (args!.object as CreateApplicationDto).onBehalfOf === undefined },
    });
}

/** Filing for someone else: the grant under which the signed-in agent files (docs/architecture.md section 24). */
export class OnBehalfOfDto {
  @ApiProperty({ format: 'uuid', description: 'A grant she holds as an agent (GET /grants, `held`), in force and covering the licence type' })
  @IsUUID('4', { message: 'onBehalfOf.grantId must be the id of a grant you hold' })
  grantId: string;
}

export class CreateApplicationDto {
  @ApiProperty({ example: 'food-premises-permit' })
  @IsString()
  @Matches(SLUG, { message: 'licenceType must be a licence type slug such as food-premises-permit' })
  licenceType: string;

  @ApiPropertyOptional({ enum: APPLICATION_KINDS, default: 'new', description: 'new, renew, amend or cancel, where the licence type offers it' })
  @IsOptional()
  @IsIn(APPLICATION_KINDS, { message: `kind must be one of: ${APPLICATION_KINDS.join(', ')}` })
  kind?: ApplicationKind;

  @ApiPropertyOptional({ example: 'restaurant' })
  @IsOptional()
  @IsString()
  @Matches(SLUG, { message: 'business must be a business type slug such as restaurant' })
  business?: string;

  @ApiPropertyOptional({
    example: 'BMA-KHLONG-TOEI/2569/000123',
    description: 'For renew, amend or cancel: the licence concerned, when this system issued it. Its premises and form are copied in; what you send overrides them.',
  })
  @IsOptional()
  @AbsentOnBehalf('previousLicenceNumber: a renewal, amendment or cancellation is not filed on someone’s behalf yet; its holder files it')
  @Matches(/^[A-Z0-9-]{2,64}\/\d{4}\/\d{6}$/, { message: 'previousLicenceNumber must be a licence number such as BMA-KHLONG-TOEI/2569/000123' })
  previousLicenceNumber?: string;

  @ApiProperty({ type: PremisesDto, description: 'Required unless previousLicenceNumber names a licence whose premises are taken over' })
  @ValidateIf((o: CreateApplicationDto) => o.previousLicenceNumber === undefined || o.premises !== undefined)
  @IsDefined({ message: 'premises is required: the address and DOPA codes of the business premises' })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => PremisesDto)
  premises?: PremisesDto;

  @ApiPropertyOptional({ description: "The licence's form (see GET /licence-types/:slug); may be partial while a draft", example: { businessName: 'ครัวคุณแม่' } })
  @IsOptional()
  @IsObject({ message: 'form must be a JSON object' })
  form?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: ApplicantDto,
    description: 'Who applies: {type: "person"} (default: the signed-in citizen) or {type: "juristic", registrationNumber} for a juristic person she is an authorised director of. Identity and address come from government data exchange, never from uploaded copies.',
  })
  @IsOptional()
  @IsObject({ message: 'applicant must be an object: {"type": "person"} or {"type": "juristic", "registrationNumber": "…"}' })
  @ValidateNested()
  @Type(() => ApplicantDto)
  @AbsentOnBehalf('applicant: when filing on someone’s behalf the application is for the grant’s principal; leave applicant out')
  applicant?: ApplicantDto;

  @ApiPropertyOptional({
    type: OnBehalfOfDto,
    description: 'Filing as an agent: the grant under which she files. The application is then for the grant’s principal (a person or a company), and she is recorded as its agent; leave `applicant` out.',
  })
  @IsOptional()
  @IsObject({ message: 'onBehalfOf must be an object: {"grantId": "…"}' })
  @ValidateNested()
  @Type(() => OnBehalfOfDto)
  onBehalfOf?: OnBehalfOfDto;

  @ApiPropertyOptional({ example: true, description: 'The applicant confirms the data pre-filled from government records (GET /me/applicant-data)' })
  @IsOptional()
  @Equals(true, { message: 'confirmApplicantData must be true when given; if the government data is wrong, have it corrected at the registering office (DOPA or DBD)' })
  confirmApplicantData?: true;
}
