import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Equals, IsArray, IsDefined, IsNotEmptyObject, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { LocalizedText } from '@bizportal/common';
import { ApplicantDto } from '../applicant-data';
import { ApplicationSummaryView, PremisesDto, PremisesView } from '../applications';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const BUNDLE_MIN_LICENCES = 2;
export const BUNDLE_MAX_LICENCES = 10;

export class CreateBundleDto {
  @ApiProperty({ example: 'restaurant', description: 'The business type whose Smart Quiz listed the licences' })
  @IsString()
  @Matches(SLUG, { message: 'business must be a business type slug such as restaurant' })
  business: string;

  @ApiProperty({
    type: [String],
    minItems: BUNDLE_MIN_LICENCES,
    maxItems: BUNDLE_MAX_LICENCES,
    example: ['food-premises-permit', 'signboard-tax', 'commercial-registration'],
    description: 'The licences to apply for together, each once, each one the business lists and one that can be applied for here (new) at these premises',
  })
  @IsArray({ message: 'licenceTypes must be a list of licence type slugs' })
  @ArrayMinSize(BUNDLE_MIN_LICENCES, { message: `licenceTypes must name at least ${BUNDLE_MIN_LICENCES} licences (one licence is an ordinary application)` })
  @ArrayMaxSize(BUNDLE_MAX_LICENCES, { message: `licenceTypes may name at most ${BUNDLE_MAX_LICENCES} licences` })
  @ArrayUnique({ message: 'licenceTypes must not name a licence twice' })
  @Matches(SLUG, { each: true, message: 'each of licenceTypes must be a licence type slug such as food-premises-permit' })
  licenceTypes: string[];

  @ApiProperty({ type: PremisesDto, description: 'The premises, shared by every licence of the bundle' })
  @IsDefined({ message: 'premises is required: the address and DOPA codes of the business premises' })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => PremisesDto)
  premises: PremisesDto;

  @ApiPropertyOptional({ type: ApplicantDto, description: 'Who applies, as for POST /applications: herself (default) or a juristic person she directs' })
  @IsOptional()
  @IsObject({ message: 'applicant must be an object: {"type": "person"} or {"type": "juristic", "registrationNumber": "…"}' })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant?: ApplicantDto;

  @ApiPropertyOptional({ example: true, description: 'The applicant confirms the data pre-filled from government records, for every licence of the bundle' })
  @IsOptional()
  @Equals(true, { message: 'confirmApplicantData must be true when given; if the government data is wrong, have it corrected at the registering office (DOPA or DBD)' })
  confirmApplicantData?: true;

  @ApiPropertyOptional({
    description: 'Form fields shared by the licences (businessName, contactPhone, …): each licence whose form declares a field and accepts the value takes it; the rest of each form is filled on its own',
    example: { businessName: 'ครัวคุณแม่', contactPhone: '0812345678' },
  })
  @IsOptional()
  @IsObject({ message: 'form must be a JSON object' })
  form?: Record<string, unknown>;
}

export class BundlePrivacyConsentDto {
  @ApiProperty({ example: '1', description: 'The current privacy notice’s version (GET /policies)' })
  @IsString()
  noticeVersion: string;

  @ApiProperty({ example: true })
  @Equals(true, { message: 'privacyConsent.agreed must be true' })
  agreed: true;
}

export class SubmitBundleDto {
  @ApiProperty({ type: BundlePrivacyConsentDto, description: 'The applicant’s consent to the current privacy notice, given once for every application submitted' })
  @IsDefined({ message: 'privacyConsent is required: {noticeVersion, agreed: true}' })
  @IsObject({ message: 'privacyConsent must be an object: {noticeVersion, agreed: true}' })
  @ValidateNested()
  @Type(() => BundlePrivacyConsentDto)
  privacyConsent: BundlePrivacyConsentDto;
}

export class BundleFeeView {
  @ApiProperty({ example: 'licence' })
  code!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
  @ApiProperty({ example: 200000, description: 'The published amount in satang (the lowest, where the fee depends on the case); the invoice raised when it falls due says what is paid' })
  amountSatang!: number;
}

export class BundleApplicationView extends ApplicationSummaryView {
  @ApiProperty({ type: [BundleFeeView], description: 'The licence’s published fees' })
  fees!: BundleFeeView[];
}

export class BundleHolderView {
  @ApiProperty({ enum: ['person', 'juristic'] })
  type!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class BundleBusinessView {
  @ApiProperty({ example: 'restaurant' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class BundleView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'BN2569-7KQ2M9XD' })
  referenceNumber!: string;
  @ApiProperty({ type: BundleBusinessView })
  business!: BundleBusinessView;
  @ApiProperty({ type: PremisesView })
  premises!: PremisesView;
  @ApiProperty({ type: BundleHolderView })
  holder!: BundleHolderView;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ description: 'How many of its applications are still drafts (POST /bundles/{id}/submit submits them together)' })
  drafts!: number;
  @ApiProperty({ type: [BundleApplicationView], description: 'One application per licence, each with its own workflow, office and timeline' })
  applications!: BundleApplicationView[];
}
