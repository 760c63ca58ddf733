import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LocalizedText } from '@bizportal/common';

/** The text fields of the multipart upload; the file itself is the part named `file`. */
export class UploadDocumentDto {
  @ApiProperty({ description: "A document code of the application's licence type (GET /licence-types/:slug lists them)", example: 'site-plan' })
  @IsString()
  @MaxLength(80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'code must be a document code such as site-plan' })
  code: string;
}

/** The OpenAPI schema of the multipart body. */
export class DocumentDownloadQueryDto {
  @ApiPropertyOptional({ enum: ['attachment', 'inline'], default: 'attachment', description: '`inline` to show the document in our own page (iframe or img)' })
  @IsOptional()
  @IsIn(['attachment', 'inline'], { message: 'disposition: ต้องเป็น attachment หรือ inline / must be attachment or inline' })
  disposition?: 'attachment' | 'inline';
}

export const UPLOAD_DOCUMENT_BODY = {
  schema: {
    type: 'object',
    required: ['code', 'file'],
    properties: {
      code: { type: 'string', description: "A document code of the application's licence type", example: 'site-plan' },
      file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most DOCUMENT_MAX_BYTES (10 MB by default); the type is detected from the content' },
    },
  },
};

export class DocumentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'site-plan' })
  code: string;
  @ApiProperty({ type: LocalizedText })
  label: LocalizedText;
  @ApiProperty({ description: 'Whether the licence type requires this document before submission' })
  required: boolean;
  @ApiProperty({ description: "The applicant's file name", example: 'site-plan.pdf' })
  filename: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'], description: 'Detected from the content, not from the name or the declared type' })
  contentType: string;
  @ApiProperty({ example: 183422 })
  sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  sha256: string;
  @ApiProperty({ type: String, format: 'date-time' })
  uploadedAt: Date;
  @ApiProperty({ description: 'Account id of who uploaded it' })
  uploadedBy: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'When a later upload of the same code replaced it' })
  supersededAt: Date | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The document that replaced it' })
  supersededBy: string | null;
}

export class DocumentRequirementDto {
  @ApiProperty({ example: 'site-plan' })
  code: string;
  @ApiProperty({ type: LocalizedText })
  label: LocalizedText;
  @ApiProperty()
  required: boolean;
}

export class MissingDocumentDto {
  @ApiProperty({ example: 'site-plan' })
  code: string;
  @ApiProperty({ type: LocalizedText })
  label: LocalizedText;
}

export class DocumentListDto {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;
  @ApiProperty({ description: 'Every required document has a current upload (the documentsComplete guard of SUBMIT and RESUBMIT)' })
  complete: boolean;
  @ApiProperty({ description: 'Whether the caller may upload now (the applicant, while a draft or asked for more information)' })
  canUpload: boolean;
  @ApiProperty({ type: [DocumentDto], description: 'The current document of each code uploaded' })
  documents: DocumentDto[];
  @ApiProperty({ type: [DocumentDto], description: 'Documents replaced by a later upload, kept as history' })
  superseded: DocumentDto[];
  @ApiProperty({ type: [MissingDocumentDto], description: 'Required documents not uploaded yet' })
  missing: MissingDocumentDto[];
  @ApiProperty({ type: [DocumentRequirementDto], description: "The licence type's documents" })
  requirements: DocumentRequirementDto[];
}
