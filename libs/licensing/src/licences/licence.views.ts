import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedText } from '@bizportal/common';

/** What the licence and verification routes answer. */
export class LicenceTypeRefView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;
  @ApiProperty({ type: LocalizedText })
  name!: LocalizedText;
}

export class LicenceIssuerView {
  @ApiProperty({ example: 'bma-khlong-toei' })
  id!: string;
  @ApiProperty({ type: LocalizedText, nullable: true })
  name!: LocalizedText | null;
}

export class ThaiTextView {
  @ApiProperty({ example: '5 ธันวาคม 2569 – 4 ธันวาคม 2570', description: 'Buddhist-era dates' })
  th!: string;
}

export class LicenceHolderView {
  @ApiPropertyOptional({ enum: ['person', 'juristic'], description: 'Not in the public verification' })
  type?: string;
  @ApiPropertyOptional({ description: 'The account of a person, the registration number of a company; not in the public verification' })
  id?: string;
  @ApiPropertyOptional({ example: 'นายสมชาย ใจดี', description: 'Not in the public verification' })
  name?: string;
  @ApiPropertyOptional({ example: 'น******* ใ**', description: 'The public verification’s masked name' })
  maskedName?: string;
}

export class LicenceSummaryView {
  @ApiProperty({ example: 'BMA-KHLONG-TOEI/2569/000001' })
  number!: string;
  @ApiProperty({ enum: ['valid', 'pending', 'suspended', 'revoked', 'expired', 'superseded'], enumName: 'LicenceStatus' })
  status!: string;
  @ApiProperty({ type: LocalizedText })
  statusLabel!: LocalizedText;
  @ApiProperty({ type: String, nullable: true })
  statusReason!: string | null;
  @ApiProperty({ type: LicenceTypeRefView })
  licenceType!: LicenceTypeRefView;
  @ApiProperty({ type: LicenceIssuerView })
  issuer!: LicenceIssuerView;
  @ApiProperty({ type: String, format: 'date-time' })
  issuedAt!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  validFrom!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  validUntil!: string | null;
  @ApiProperty({ type: ThaiTextView })
  validity!: ThaiTextView;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the signed PDF' })
  pdfSha256!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Subject of the signing certificate' })
  signer!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The licence this one renews or amends' })
  continues!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The licence that renews or replaces this one' })
  continuedBy!: string | null;
  @ApiProperty({ type: LicenceHolderView })
  holder!: LicenceHolderView;
}

export class LicenceView extends LicenceSummaryView {
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;
}

export class VerifyChecksView {
  @ApiProperty() isPdf!: boolean;
  @ApiProperty() signed!: boolean;
  @ApiProperty() coversWholeFile!: boolean;
  @ApiProperty() documentIntact!: boolean;
  @ApiProperty() signatureVerifies!: boolean;
  @ApiProperty() certificateTrusted!: boolean;
  @ApiProperty() certificateValidAtSigning!: boolean;
  @ApiProperty() matchesIssuedRecord!: boolean;
}

export class SignerCertificateView {
  @ApiProperty() subject!: string;
  @ApiProperty() commonName!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty() serialNumber!: string;
  @ApiProperty({ format: 'date-time' }) validFrom!: string;
  @ApiProperty({ format: 'date-time' }) validTo!: string;
  @ApiProperty({ description: 'SHA-256 of the certificate' }) sha256!: string;
}

export class SignatureTimestampView {
  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-05T18:30:00.000Z', description: 'The time the TSA gives (genTime), ISO 8601 UTC' })
  time!: string;
  @ApiProperty({ type: LocalizedText, description: 'The same time in Bangkok for people, the Thai date in the Buddhist era', example: { th: '6 ธันวาคม 2569 เวลา 01:30:00 น.', en: '6 December 2026, 01:30:00 (Bangkok time)' } })
  bangkok!: LocalizedText;
  @ApiProperty({ description: "The timestamp's TSA signature holds, covers this signature and its certificate chains to a trust anchor" })
  trusted!: boolean;
  @ApiProperty({ type: String, nullable: true, description: "Subject of the TSA's certificate" })
  tsa!: string | null;
}

export class PadesView {
  @ApiProperty({ enum: ['B-LT', 'B-T', 'B-B', 'none'], enumName: 'PadesLevel', description: 'The PAdES baseline level reached (ETSI EN 319 142-1)' })
  level!: 'B-LT' | 'B-T' | 'B-B' | 'none';
  @ApiProperty({ type: LocalizedText, example: { th: 'PAdES B-LT: ลายมือชื่อพร้อมตราประทับเวลาและข้อมูลสำหรับตรวจสอบระยะยาว', en: 'PAdES B-LT: signature with a timestamp and long-term validation data' } })
  label!: LocalizedText;
  @ApiProperty({ type: String, nullable: true, description: 'Why the next level up is not reached (English)' })
  shortOf!: string | null;
  @ApiProperty({ type: SignatureTimestampView, nullable: true })
  timestamp!: SignatureTimestampView | null;
}

export class VerifyUploadView {
  @ApiProperty()
  valid!: boolean;
  @ApiProperty({ example: 'valid', description: 'valid, a problem of the file (not-a-pdf, no-signature, malformed-signature, truncated, appended-data, digest-mismatch, signature-invalid, untrusted-certificate, certificate-expired, certificate-revoked), not-issued-by-us, or licence-<status>' })
  verdict!: string;
  @ApiProperty()
  message!: string;
  @ApiProperty({ type: VerifyChecksView })
  checks!: VerifyChecksView;
  @ApiProperty({ description: 'SHA-256 of the uploaded file' })
  sha256!: string;
  @ApiProperty({ type: SignerCertificateView, nullable: true })
  signer!: SignerCertificateView | null;
  @ApiProperty({ type: LicenceSummaryView, nullable: true, description: 'The issued record the file matches (public view)' })
  licence!: LicenceSummaryView | null;
  @ApiProperty({ type: PadesView, nullable: true, description: 'The PAdES level and signature timestamp, when the signature verified' })
  pades!: PadesView | null;
}
