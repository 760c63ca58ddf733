import { ApiProperty } from '@nestjs/swagger';
import { HEARING_STANCES, type HearingStance, type HearingStatus } from './hearing.entities';

export class HearingTextView {
  @ApiProperty()
  th: string;
  @ApiProperty()
  en: string;
}

export class HearingAreaView {
  @ApiProperty()
  code: string;
  @ApiProperty({ type: HearingTextView })
  name: HearingTextView;
}

export class HearingLicenceTypeView {
  @ApiProperty()
  slug: string;
  @ApiProperty({ type: HearingTextView })
  name: HearingTextView;
}

export class HearingProposerView {
  @ApiProperty({ enum: ['company', 'person'] })
  kind: 'company' | 'person';
  @ApiProperty({ description: 'A company’s registered name; for a person, the business name from the form (never a national ID or home address)' })
  name: string;
}

export class HearingPremisesView {
  @ApiProperty()
  address: string;
  @ApiProperty({ type: HearingAreaView })
  subdistrict: HearingAreaView;
  @ApiProperty({ type: HearingAreaView })
  district: HearingAreaView;
  @ApiProperty({ type: HearingAreaView })
  province: HearingAreaView;
}

export class HearingSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'PH-2569-000123' })
  reference: string;
  @ApiProperty({ type: HearingLicenceTypeView })
  licenceType: HearingLicenceTypeView;
  @ApiProperty({ type: HearingProposerView })
  proposer: HearingProposerView;
  @ApiProperty()
  businessName: string;
  @ApiProperty({ type: HearingPremisesView })
  premises: HearingPremisesView;
  @ApiProperty({ format: 'date-time' })
  opensAt: string;
  @ApiProperty({ format: 'date-time', description: 'The end of the Bangkok day `days` calendar days after opening' })
  closesAt: string;
  @ApiProperty({ enum: ['open', 'closed', 'concluded'] })
  status: HearingStatus;
  @ApiProperty()
  commentCount: number;
  @ApiProperty({ description: 'Calendar days the hearing stays open (the licence type’s setting)' })
  days: number;
}

export class HearingListView {
  @ApiProperty({ type: [HearingSummaryView] })
  items: HearingSummaryView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` for the next page; null on the last' })
  nextBefore: string | null;
}

export class HearingDocumentView {
  @ApiProperty()
  id: string;
  @ApiProperty({ type: HearingTextView })
  label: HearingTextView;
  @ApiProperty()
  fileName: string;
  @ApiProperty()
  url: string;
}

export class HearingPhotoView {
  @ApiProperty()
  id: string;
  @ApiProperty()
  url: string;
}

export class HearingHiddenView {
  @ApiProperty()
  reason: string;
  @ApiProperty({ format: 'date-time' })
  hiddenAt: string;
}

export class HearingCommenterView {
  @ApiProperty({ type: String, nullable: true })
  name: string | null;
}

export class HearingCommentView {
  @ApiProperty()
  id: string;
  @ApiProperty({ description: '1-based, in posting order' })
  number: number;
  @ApiProperty({ enum: HEARING_STANCES })
  stance: HearingStance;
  @ApiProperty({ type: String, nullable: true, description: 'null when hidden (the office’s view keeps it)' })
  text: string | null;
  @ApiProperty({ type: [HearingPhotoView], description: 'Empty when hidden (the office’s view keeps them)' })
  photos: HearingPhotoView[];
  @ApiProperty({ format: 'date-time' })
  postedAt: string;
  @ApiProperty({ type: HearingHiddenView, nullable: true })
  hidden: HearingHiddenView | null;
  @ApiProperty({ type: HearingCommenterView, required: false, description: 'The office’s view only' })
  commenter?: HearingCommenterView;
}

export class HearingAnswerView {
  @ApiProperty()
  id: string;
  @ApiProperty({ type: [Number] })
  commentNumbers: number[];
  @ApiProperty()
  text: string;
  @ApiProperty({ format: 'date-time' })
  answeredAt: string;
}

export class HearingCountsView {
  @ApiProperty()
  support: number;
  @ApiProperty()
  oppose: number;
  @ApiProperty()
  neutral: number;
  @ApiProperty()
  hidden: number;
}

export class HearingLetterView {
  @ApiProperty()
  licenceNumber: string;
  @ApiProperty()
  verifyUrl: string;
}

export class HearingResultView {
  @ApiProperty()
  summary: string;
  @ApiProperty({ type: [String] })
  points: string[];
  @ApiProperty({ type: HearingCountsView, description: 'Visible comments by stance, and the hidden ones apart' })
  counts: HearingCountsView;
  @ApiProperty({ format: 'date-time' })
  concludedAt: string;
  @ApiProperty({ type: HearingLetterView, nullable: true, description: 'The signed result letter once issued' })
  letter: HearingLetterView | null;
}

export class HearingView extends HearingSummaryView {
  @ApiProperty()
  notice: string;
  @ApiProperty({ type: [HearingDocumentView] })
  documents: HearingDocumentView[];
  @ApiProperty({ type: [HearingCommentView] })
  comments: HearingCommentView[];
  @ApiProperty({ type: [HearingAnswerView] })
  answers: HearingAnswerView[];
  @ApiProperty({ type: HearingResultView, nullable: true })
  result: HearingResultView | null;
  @ApiProperty({ description: 'True only while the hearing is open' })
  canComment: boolean;
  @ApiProperty({ format: 'uuid', required: false, description: 'The office’s and the applicant’s views only' })
  applicationId?: string;
}

export class HearingCreatedView {
  @ApiProperty()
  id: string;
}

export class HearingCommentCreatedView {
  @ApiProperty()
  id: string;
  @ApiProperty()
  number: number;
}

export class HearingFollowView {
  @ApiProperty({ type: HearingAreaView })
  subdistrict: HearingAreaView;
  @ApiProperty({ type: HearingAreaView })
  district: HearingAreaView;
  @ApiProperty({ type: HearingAreaView })
  province: HearingAreaView;
  @ApiProperty({ format: 'date-time' })
  followedAt: string;
}
