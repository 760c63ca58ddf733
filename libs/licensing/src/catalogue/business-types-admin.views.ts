import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';
import { QuizView } from './catalogue.views';

/** What the business-type administration routes answer (test/openapi-responses.e2e-spec.ts checks real answers). */
const VERSION_STATUS = { enum: ['draft', 'current', 'superseded'], enumName: 'BusinessVersionStatus' };

export class BusinessTypeContentView {
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
  @ApiProperty({ type: LocalizedText, nullable: true })
  description!: LocalizedText | null;
  @ApiProperty({ type: [String], example: ['food-premises-permit'], description: 'Slugs of the licence types such a business may need; a licence without a quiz rule applies to every such business' })
  licences!: string[];
  @ApiProperty({ type: QuizView })
  quiz!: QuizView;
  @ApiPropertyOptional({ example: 'RESTAURANT', description: 'Seeded types only: the Biz Portal group (not edited here)' })
  bizPortalGroup?: string;
  @ApiPropertyOptional({ type: [String], description: 'Seeded types only: the research catalogue sources' })
  sources?: string[];
  @ApiPropertyOptional({ description: 'Seeded types only: the research catalogue notes' })
  notes?: string;
}

export class AdminBusinessTypeView {
  @ApiProperty({ example: 'restaurant' })
  slug!: string;
  @ApiProperty({ type: LocalizedText, description: 'As published, or as the first draft says while none is' })
  name!: LocalizedText;
  @ApiProperty({ type: Number, nullable: true, description: 'The version the finder shows; null while none is published' })
  currentVersion!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The open draft, if any (one at a time)' })
  draftVersion!: number | null;
  @ApiProperty()
  licenceCount!: number;
}

export class BusinessVersionSummaryView {
  @ApiProperty({ example: 'restaurant' })
  slug!: string;
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty(VERSION_STATUS)
  status!: string;
  @ApiProperty({ example: 1, description: 'Counts the saved edits of a draft; send it back when editing or publishing' })
  revision!: number;
  @ApiProperty({ description: 'SHA-256 of the canonical content' })
  checksum!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ example: 'admin' })
  createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;
  @ApiProperty()
  updatedBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  publishedBy!: string | null;
}

export class BusinessVersionView extends BusinessVersionSummaryView {
  @ApiProperty({ type: BusinessTypeContentView })
  content!: BusinessTypeContentView;
}

export class BusinessProblemView {
  @ApiProperty({ example: 'quiz.rules.liquor-sale-licence.conditions.0.question', description: 'The field, as a dotted path into the content' })
  field!: string;
  @ApiProperty({ example: "the rule for 'liquor-sale-licence' names question 'q9', which does not exist" })
  problem!: string;
}

export class BusinessValidationView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty({ description: 'The revision validated' })
  revision!: number;
  @ApiProperty()
  valid!: boolean;
  @ApiProperty({ type: [BusinessProblemView] })
  problems!: BusinessProblemView[];
}

export class PublishedBusinessVersionView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty()
  checksum!: string;
  @ApiProperty({ enum: ['current'] })
  status!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt!: string;
  @ApiProperty()
  publishedBy!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The version the finder showed until now; null for the first' })
  previousVersion!: number | null;
}

export class LocalizedChangeView {
  @ApiProperty({ type: LocalizedText, nullable: true })
  from!: LocalizedText | null;
  @ApiProperty({ type: LocalizedText, nullable: true })
  to!: LocalizedText | null;
}

export class AddedRemovedView {
  @ApiProperty({ type: [String] })
  added!: string[];
  @ApiProperty({ type: [String] })
  removed!: string[];
}

export class ChangedQuestionView {
  @ApiProperty({ example: 'q2' })
  id!: string;
  @ApiProperty({ type: [String], example: ['text', 'options'], description: 'text, multiple, options, position' })
  changes!: string[];
}

export class QuestionChangesView extends AddedRemovedView {
  @ApiProperty({ type: [ChangedQuestionView] })
  changed!: ChangedQuestionView[];
}

export class RuleChangesView extends AddedRemovedView {
  @ApiProperty({ type: [String], description: 'Licence slugs whose rule changed' })
  changed!: string[];
}

export class BusinessTypeDiffView {
  @ApiProperty()
  slug!: string;
  @ApiProperty()
  from!: number;
  @ApiProperty()
  to!: number;
  @ApiProperty({ type: LocalizedChangeView, nullable: true, description: 'Null when unchanged' })
  name!: LocalizedChangeView | null;
  @ApiProperty({ type: LocalizedChangeView, nullable: true, description: 'Null when unchanged' })
  description!: LocalizedChangeView | null;
  @ApiProperty({ type: AddedRemovedView, description: 'Licence slugs' })
  licences!: AddedRemovedView;
  @ApiProperty({ type: QuestionChangesView, description: 'Question ids' })
  questions!: QuestionChangesView;
  @ApiProperty({ type: RuleChangesView, description: 'Rules by licence slug' })
  rules!: RuleChangesView;
  @ApiProperty({ description: 'Whether the two versions have the same content' })
  identical!: boolean;
}
