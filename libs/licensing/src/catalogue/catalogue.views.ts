import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { FREE_FORM, LocalizedText } from '@bizportal/common';
import { APPLICATION_KINDS } from '@bizportal/engine';

/** What the catalogue routes answer (the OpenAPI document's schemas; test/openapi-responses.e2e-spec.ts checks real answers). */
export class BusinessSummaryView {
  @ApiProperty({ example: 'restaurant' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ type: LocalizedText, nullable: true, description: 'What such a business does, when officials wrote it' })
  description!: LocalizedText | null;
  @ApiProperty({ example: 11 })
  licenceCount!: number;
}

export class BusinessLicenceView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText, nullable: true, description: 'Null when the licence cannot be applied for here' })
  name!: LocalizedText | null;
  @ApiProperty()
  availableOnline!: boolean;
}

export class QuizOptionView {
  @ApiProperty({ example: 'q1-a' })
  id!: string;
  @ApiProperty({ type: LocalizedText })
  text!: LocalizedText;
}

export class QuizQuestionView {
  @ApiProperty({ example: 'q1' })
  id!: string;
  @ApiProperty({ type: LocalizedText })
  text!: LocalizedText;
  @ApiProperty({ description: 'Whether several options may be chosen' })
  multiple!: boolean;
  @ApiProperty({ type: [QuizOptionView] })
  options!: QuizOptionView[];
}

export class QuizConditionView {
  @ApiProperty({ example: 'q1' })
  question!: string;
  @ApiProperty({ type: [String], example: ['q1-a'] })
  answers!: string[];
}

export class QuizRuleView {
  @ApiProperty({ enum: ['any', 'all'] })
  mode!: string;
  @ApiProperty({ type: [QuizConditionView] })
  conditions!: QuizConditionView[];
}

export class QuizView {
  @ApiProperty({ type: [QuizQuestionView] })
  questions!: QuizQuestionView[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/QuizRuleView' }, description: 'By licence slug: when the licence is needed' })
  rules!: Record<string, QuizRuleView>;
}

export class BusinessView {
  @ApiProperty({ example: 'restaurant' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ type: LocalizedText, nullable: true })
  description!: LocalizedText | null;
  @ApiProperty({ example: 1, description: 'The published version of the business type shown' })
  version!: number;
  @ApiPropertyOptional({ example: 'RESTAURANT' })
  bizPortalGroup?: string;
  @ApiPropertyOptional({ type: [String] })
  sources?: string[];
  @ApiPropertyOptional()
  notes?: string;
  @ApiPropertyOptional({ type: QuizView, description: 'The Smart Quiz, when the business has one' })
  quiz?: QuizView;
  @ApiProperty({ type: [BusinessLicenceView] })
  licences!: BusinessLicenceView[];
}

export class AgencyOfLicenceView {
  @ApiProperty({ enum: ['local', 'provincial', 'central'] })
  level!: string;
  @ApiPropertyOptional({ type: LocalizedText })
  name?: LocalizedText;
  @ApiPropertyOptional({ example: 'local-administration' })
  code?: string;
}

export class FeeSummaryView {
  @ApiProperty({ example: 'licence' })
  code!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Satang; null when the catalogue states none', example: 200000 })
  amountSatang!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Upper end of a range, satang', example: 300000 })
  maxAmountSatang!: number | null;
  @ApiProperty({ enum: ['at-submission', 'after-approval'] })
  due!: string;
}

export class LateRenewalSurchargeView {
  @ApiProperty({ example: 20, description: 'Percent of the fee per period late' })
  percentPerPeriod!: number;
  @ApiProperty({ enum: ['once', 'month', 'year'], description: 'once: the percentage once, however late; else per started month or year' })
  period!: string;
  @ApiPropertyOptional({ description: 'At most this many periods are charged' })
  maxPeriods?: number;
}

export class FeeView {
  @ApiProperty({ example: 'licence' })
  code!: string;
  @ApiPropertyOptional({ type: LocalizedText })
  label?: LocalizedText;
  @ApiProperty({ type: Number, nullable: true, description: 'Satang', example: 200000 })
  amountSatang!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Satang' })
  maxAmountSatang?: number | null;
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description: 'Several lines on one invoice, each {code, label} with amountSatang (fixed), rule (bands or per unit over a form number) or range (the office sets it); absent: one line from amountSatang/maxAmountSatang',
  })
  lines?: object[];
  @ApiPropertyOptional({ type: LateRenewalSurchargeView, description: 'A surcharge on a renewal filed after the previous licence ended' })
  lateRenewalSurcharge?: LateRenewalSurchargeView;
  @ApiProperty({ enum: ['at-submission', 'after-approval'] })
  due!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  note?: string | null;
}

export class LicenceTypeSummaryView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ example: 'licence' })
  category!: string;
  @ApiProperty({ type: AgencyOfLicenceView })
  agency!: AgencyOfLicenceView;
  @ApiProperty({ enum: APPLICATION_KINDS, enumName: 'ApplicationKind', isArray: true })
  kinds!: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Working days; null when not stated', example: 30 })
  processingDays!: number | null;
  @ApiProperty({ type: LocalizedText })
  processingDaysText!: LocalizedText;
  @ApiProperty({ type: [FeeSummaryView] })
  fees!: object[];
  @ApiProperty({ type: LocalizedText, description: '"not stated" where the catalogue has no fee' })
  feeText!: LocalizedText;
  @ApiProperty({ example: 1 })
  currentVersion!: number;
}

export class QuizLicenceView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ example: 'always', description: 'Why it is needed: always, or the quiz rule that matched' })
  reason!: string;
  @ApiProperty({ description: 'Whether it can be applied for here; when false only slug, reason and a null name are given' })
  availableOnline!: boolean;
  @ApiProperty({ type: LocalizedText, nullable: true })
  name!: LocalizedText | null;
  @ApiPropertyOptional({ example: 'licence' })
  category?: string;
  @ApiPropertyOptional({ type: AgencyOfLicenceView })
  agency?: AgencyOfLicenceView;
  @ApiPropertyOptional({ enum: APPLICATION_KINDS, enumName: 'ApplicationKind', isArray: true })
  kinds?: string[];
  @ApiPropertyOptional({ type: Number, nullable: true })
  processingDays?: number | null;
  @ApiPropertyOptional({ type: LocalizedText })
  processingDaysText?: LocalizedText;
  @ApiPropertyOptional({ type: [FeeSummaryView] })
  fees?: FeeSummaryView[];
  @ApiPropertyOptional({ type: LocalizedText })
  feeText?: LocalizedText;
  @ApiPropertyOptional()
  currentVersion?: number;
}

export class BusinessRefView {
  @ApiProperty({ example: 'restaurant' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class QuizResultView {
  @ApiProperty({ type: BusinessRefView })
  business!: BusinessRefView;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, example: { q1: 'q1-a' } })
  answers!: Record<string, string | string[]>;
  @ApiProperty({ type: [QuizLicenceView] })
  licences!: QuizLicenceView[];
}

export class ValidityView {
  @ApiPropertyOptional()
  years?: number;
  @ApiPropertyOptional()
  months?: number;
  @ApiPropertyOptional()
  note?: string;
}

export class DocumentRequirementView {
  @ApiProperty({ example: 'site-plan' })
  code!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
  @ApiProperty()
  required!: boolean;
}

export class LicenceTypeView extends OmitType(LicenceTypeSummaryView, ['fees'] as const) {
  @ApiProperty({ example: 1, description: 'The published version described (the current one unless ?version= asked for another)' })
  version!: number;
  @ApiProperty({ type: String, nullable: true, example: 'พ.ร.บ. การสาธารณสุข พ.ศ. 2535' })
  legalBasis!: string | null;
  @ApiProperty({ type: ValidityView, nullable: true })
  validity!: ValidityView | null;
  @ApiProperty({ type: [FeeView], description: 'The fees as the definition states them' })
  fees!: object[];
  @ApiProperty({ type: [DocumentRequirementView] })
  documents!: DocumentRequirementView[];
  @ApiProperty({ ...FREE_FORM, description: 'The application form as JSON Schema (draft-07)' })
  form!: Record<string, unknown>;
  @ApiProperty({ type: [String] })
  sources!: string[];
}

export class WorkflowView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty({ ...FREE_FORM, description: 'The workflow statuses with their labels' })
  statuses!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM, description: 'The XState machine: id, initial, states' })
  machine!: Record<string, unknown>;
}
