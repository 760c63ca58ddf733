import { ApiProperty } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';

export class PrivacyPurposeView {
  @ApiProperty({ example: 'application-decision' })
  code!: string;
  @ApiProperty({ type: LocalizedText })
  label!: LocalizedText;
}

export class PrivacyNoticeView {
  @ApiProperty({ example: '1', description: 'What SUBMIT sends as data.privacyConsent.noticeVersion (ฉบับที่ 1)' })
  version!: string;
  @ApiProperty({ example: '2026-12-06', description: 'The day it took effect, Bangkok' })
  issuedOn!: string;
  @ApiProperty({ example: '/privacy', description: 'Where its full text is published (the web app)' })
  url!: string;
  @ApiProperty({ type: [PrivacyPurposeView], description: 'The purposes it states: what consent at submission covers' })
  covers!: PrivacyPurposeView[];
}

export class PolicyContactView {
  @ApiProperty({ type: String, nullable: true, example: 'bizportal@example.go.th', description: 'PORTAL_CONTACT_EMAIL: the portal operator’s address for privacy requests and accessibility problems; null when not configured' })
  email!: string | null;
}

export class PoliciesView {
  @ApiProperty({ type: PrivacyNoticeView, description: 'The privacy notice applicants agree to now' })
  privacyNotice!: PrivacyNoticeView;
  @ApiProperty({ type: PolicyContactView })
  contact!: PolicyContactView;
}

/** The consent given at submission, on the application's view. */
export class PrivacyConsentView {
  @ApiProperty({ example: '1' })
  noticeVersion!: string;
  @ApiProperty({ example: '2026-12-06' })
  noticeIssuedOn!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  agreedAt!: string;
  @ApiProperty({ type: [PrivacyPurposeView] })
  covers!: PrivacyPurposeView[];
}
