import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgencyRef, LocalizedText } from '@bizportal/common';
import { ROLES, type Role } from '@bizportal/engine';

/** Response bodies of the auth operations, for the OpenAPI document (the services answer plain objects of these shapes). */

export class AuthenticatedUserDto {
  @ApiProperty({ example: 'user-somchai' })
  id!: string;
  @ApiProperty({ example: 'somchai' })
  username!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['applicant'] })
  roles!: Role[];
  @ApiProperty({ type: String, nullable: true, description: 'The office of staff; null for applicants', example: null })
  agencyId!: string | null;
  @ApiProperty({ description: 'The Thai display name', example: 'นายสมชาย ใจดี' })
  displayName!: string;
}

export class SignedInDto {
  @ApiPropertyOptional({
    description: 'The session token to send as `Authorization: Bearer …`; absent when the session was handed to the browser as its cookie',
  })
  accessToken?: string;
  @ApiProperty({ type: AuthenticatedUserDto })
  user!: AuthenticatedUserDto;
  @ApiProperty({ description: 'When the session ends (ISO 8601)', example: '2026-01-15T10:00:00.000Z' })
  expiresAt!: string;
}

export class DevUserDto {
  @ApiProperty({ description: 'What POST /api/v1/auth/dev-login takes', example: 'somchai' })
  username!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['applicant'] })
  roles!: Role[];
  @ApiProperty({ type: AgencyRef, nullable: true, description: 'The office of staff; null for applicants' })
  agency!: AgencyRef | null;
  @ApiProperty({ type: LocalizedText })
  displayName!: LocalizedText;
}

export class CsrfTokenDto {
  @ApiProperty({ description: 'Send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie' })
  token!: string;
  @ApiProperty({ example: 'X-CSRF-Token' })
  headerName!: string;
}
