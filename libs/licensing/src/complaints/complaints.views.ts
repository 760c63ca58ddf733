import { ApiProperty } from '@nestjs/swagger';
import { COMPLAINT_CATEGORIES, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, type ComplaintCategory, type ComplaintOutcome, type ComplaintSide, type ComplaintStatus } from './complaint.entities';

export class ComplaintTextView {
  @ApiProperty()
  th: string;
  @ApiProperty()
  en: string;
}

export class ComplaintNamedView {
  @ApiProperty()
  id: string;
  @ApiProperty({ type: ComplaintTextView, nullable: true })
  name: ComplaintTextView | null;
}

export class ComplaintLicenceTypeView {
  @ApiProperty()
  slug: string;
  @ApiProperty({ type: ComplaintTextView })
  name: ComplaintTextView;
}

/** A licence someone may complain about, as anyone may learn it from verification, with its premises address. */
export class ComplaintLicenceView {
  @ApiProperty()
  number: string;
  @ApiProperty({ enum: ['valid', 'suspended'] })
  status: string;
  @ApiProperty({ type: ComplaintTextView })
  statusLabel: ComplaintTextView;
  @ApiProperty({ type: ComplaintLicenceTypeView })
  licenceType: ComplaintLicenceTypeView;
  @ApiProperty({ type: ComplaintNamedView })
  issuer: ComplaintNamedView;
  @ApiProperty({ description: 'The premises address' })
  address: string;
  @ApiProperty({ description: 'The holder’s name, masked as on verification' })
  holderMaskedName: string;
}

export class ComplaintLicenceListView {
  @ApiProperty({ type: ComplaintLicenceView, isArray: true })
  items: ComplaintLicenceView[];
}

export class ComplaintPhotoView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png'] })
  mediaType: 'image/jpeg' | 'image/png';
  @ApiProperty()
  sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex' })
  sha256: string;
}

export class ComplaintEventView {
  @ApiProperty({ enum: ['FILED', 'ACCEPTED', 'DISMISSED', 'INSPECTED', 'CLOSED', 'HOLDER_RESPONDED'] })
  type: string;
  @ApiProperty({ type: ComplaintTextView })
  label: ComplaintTextView;
  @ApiProperty({ enum: COMPLAINT_STATUSES })
  status: ComplaintStatus;
  @ApiProperty({ enum: ['complainant', 'office', 'holder'] })
  side: ComplaintSide;
  @ApiProperty({ type: ComplaintTextView, nullable: true, description: 'Who, for the office and auditors; null for others' })
  actorName: ComplaintTextView | null;
  @ApiProperty({ type: String, nullable: true })
  note: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'INSPECTED: the day of the inspection' })
  inspectedOn: string | null;
  @ApiProperty({ enum: COMPLAINT_OUTCOMES, nullable: true, description: 'CLOSED: the outcome' })
  outcome: ComplaintOutcome | null;
  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** Where a complaint stands: its category, status and outcome with their labels (every view of one carries them). */
export class ComplaintStandingView {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  category: ComplaintCategory;
  @ApiProperty({ type: ComplaintTextView })
  categoryLabel: ComplaintTextView;
  @ApiProperty({ enum: COMPLAINT_STATUSES })
  status: ComplaintStatus;
  @ApiProperty({ type: ComplaintTextView })
  statusLabel: ComplaintTextView;
  @ApiProperty({ enum: COMPLAINT_OUTCOMES, nullable: true })
  outcome: ComplaintOutcome | null;
  @ApiProperty({ type: ComplaintTextView, nullable: true })
  outcomeLabel: ComplaintTextView | null;
}

export class ComplaintView extends ComplaintStandingView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'RC-2569-7K3M9Q2P' })
  reference: string;
  @ApiProperty({ enum: ['complainant', 'office', 'holder', 'auditor'], description: 'How the caller sees it' })
  viewerSide: 'complainant' | 'office' | 'holder' | 'auditor';
  @ApiProperty({ description: 'The licence number' })
  licenceNumber: string;
  @ApiProperty({ type: ComplaintLicenceTypeView })
  licenceType: ComplaintLicenceTypeView;
  @ApiProperty({ type: ComplaintNamedView })
  office: ComplaintNamedView;
  @ApiProperty()
  description: string;
  @ApiProperty()
  anonymousToHolder: boolean;
  @ApiProperty({ type: ComplaintNamedView, nullable: true, description: 'Null for the holder when the complainant chose to stay anonymous to her' })
  complainant: ComplaintNamedView | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  warningDeadline: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The holder’s answer: for the office, the holder and auditors (null for the complainant)' })
  holderResponse: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  holderRespondedAt: string | null;
  @ApiProperty({ type: ComplaintPhotoView, isArray: true, description: 'For the office, auditors and the complainant (never the holder: a photo’s metadata may place the complainant)' })
  photos: ComplaintPhotoView[];
  @ApiProperty({ type: ComplaintEventView, isArray: true, description: 'Oldest first' })
  events: ComplaintEventView[];
  @ApiProperty({ type: String, isArray: true, enum: ['accept', 'dismiss', 'record-inspection', 'no_action', 'warning', 'suspension', 'revocation', 'respond'] })
  availableActions: string[];
  @ApiProperty()
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ComplaintSummaryView extends ComplaintStandingView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  reference: string;
  @ApiProperty({ enum: ['complainant', 'office', 'holder'] })
  side: 'complainant' | 'office' | 'holder';
  @ApiProperty()
  licenceNumber: string;
  @ApiProperty({ type: ComplaintLicenceTypeView })
  licenceType: ComplaintLicenceTypeView;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ComplaintListView {
  @ApiProperty({ type: ComplaintSummaryView, isArray: true, description: 'Newest first, at most 200' })
  items: ComplaintSummaryView[];
}

export class ComplaintStepView {
  @ApiProperty({ enum: COMPLAINT_STATUSES })
  status: ComplaintStatus;
  @ApiProperty({ type: ComplaintTextView })
  label: ComplaintTextView;
  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** What anyone may learn from a complaint's reference: no names, no description, no notes. */
export class PublicComplaintView extends ComplaintStandingView {
  @ApiProperty()
  reference: string;
  @ApiProperty()
  licenceNumber: string;
  @ApiProperty({ type: ComplaintLicenceTypeView })
  licenceType: ComplaintLicenceTypeView;
  @ApiProperty({ type: ComplaintNamedView })
  office: ComplaintNamedView;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  warningDeadline: string | null;
  @ApiProperty({ format: 'date-time' })
  filedAt: string;
  @ApiProperty({ type: ComplaintStepView, isArray: true, description: 'Each change of status, oldest first' })
  steps: ComplaintStepView[];
}

export class ComplaintCountView {
  @ApiProperty()
  key: string;
  @ApiProperty({ type: ComplaintTextView })
  label: ComplaintTextView;
  @ApiProperty()
  count: number;
}

export class ComplaintOfficeCountsView {
  @ApiProperty({ type: ComplaintNamedView })
  office: ComplaintNamedView;
  @ApiProperty()
  received: number;
  @ApiProperty({ type: ComplaintCountView, isArray: true })
  byStatus: ComplaintCountView[];
  @ApiProperty({ type: ComplaintCountView, isArray: true })
  byOutcome: ComplaintCountView[];
}

export class ComplaintPeriodView {
  @ApiProperty({ example: '2026-01' })
  from: string;
  @ApiProperty({ example: '2026-12' })
  to: string;
}

export class ComplaintStatisticsView {
  @ApiProperty({ type: ComplaintPeriodView })
  period: ComplaintPeriodView;
  @ApiProperty({ description: 'Complaints made in the period' })
  received: number;
  @ApiProperty({ type: ComplaintCountView, isArray: true, description: 'Where they stand now, every status' })
  byStatus: ComplaintCountView[];
  @ApiProperty({ type: ComplaintCountView, isArray: true, description: 'Outcomes of the closed ones, every outcome' })
  byOutcome: ComplaintCountView[];
  @ApiProperty({ type: ComplaintOfficeCountsView, isArray: true, description: 'Offices with complaints in the period' })
  offices: ComplaintOfficeCountsView[];
  @ApiProperty({ format: 'date-time' })
  generatedAt: string;
}
