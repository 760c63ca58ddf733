import { ApiProperty } from '@nestjs/swagger';

export const UPLOAD_INSPECTION_PHOTO_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'JPEG or PNG, at most DOCUMENT_MAX_BYTES; the type is detected from the content' } },
  },
};

export class InspectionPhotoDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png'] })
  mediaType: 'image/jpeg' | 'image/png';
  @ApiProperty()
  sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex' })
  sha256: string;
  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;
}

export class InspectionPhotoRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  sha256: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png'] })
  mediaType: 'image/jpeg' | 'image/png';
}

export class InspectionNameDto {
  @ApiProperty()
  th: string;
  @ApiProperty()
  en: string;
}

export class InspectionPersonDto {
  @ApiProperty()
  id: string;
  @ApiProperty({ type: InspectionNameDto, nullable: true })
  displayName: InspectionNameDto | null;
}

export class InspectionWindowDto {
  @ApiProperty({ example: '09:00' })
  from: string;
  @ApiProperty({ example: '12:00' })
  to: string;
}

export class InspectionFindingDto {
  @ApiProperty()
  item: string;
  @ApiProperty()
  ok: boolean;
  @ApiProperty({ type: String, nullable: true })
  note: string | null;
}

export class InspectionDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was scheduled; null for a result recorded without a schedule' })
  scheduledAt: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;
  @ApiProperty({ type: InspectionWindowDto, nullable: true, description: 'Null in history from before windows were recorded' })
  window: InspectionWindowDto | null;
  @ApiProperty({ type: InspectionPersonDto, nullable: true })
  inspector: InspectionPersonDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The schedule’s notes' })
  notes: string | null;
  @ApiProperty({ type: String, enum: ['pass', 'fail'], nullable: true, description: 'Null until the result is recorded' })
  result: 'pass' | 'fail' | null;
  @ApiProperty({ type: InspectionFindingDto, isArray: true, nullable: true })
  findings: InspectionFindingDto[] | null;
  @ApiProperty({ type: String, nullable: true, description: 'The result’s notes' })
  resultNotes: string | null;
  @ApiProperty({ type: InspectionPhotoRefDto, isArray: true })
  photos: InspectionPhotoRefDto[];
  @ApiProperty({ type: InspectionPersonDto, nullable: true })
  recordedBy: InspectionPersonDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  recordedAt: string | null;
}
