import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, ValidateIf } from 'class-validator';

/** What the identity provider sends the browser back with (RFC 6749 §4.1.2, RFC 9207 `iss`). */
export class DigitalIdCallbackQuery {
  @ApiPropertyOptional({ description: 'The state the login started with' })
  @IsString({ message: 'state: ต้องระบุ state จากการเริ่มเข้าสู่ระบบ / state is required: start again at /api/v1/auth/digital-id/login' })
  @Length(1, 128, { message: 'state: state ไม่ถูกต้อง / state is not one this portal issued' })
  state: string;

  @ApiPropertyOptional({ description: 'The authorization code (absent when the provider answers with an error)' })
  @ValidateIf((q: DigitalIdCallbackQuery) => q.error === undefined)
  @IsString({ message: 'code: ไม่มีรหัสจาก Digital ID / code is required: the Digital ID provider sent no authorization code' })
  @Length(1, 2048, { message: 'code: รหัสจาก Digital ID ไม่ถูกต้อง / code must be 1 to 2048 characters' })
  code?: string;

  @ApiPropertyOptional({ description: 'The issuer (RFC 9207), checked against the configured one' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  iss?: string;

  @ApiPropertyOptional({ description: 'The provider refused: e.g. access_denied when the citizen cancelled' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  error?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  error_description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  error_uri?: string;

  @ApiPropertyOptional({ description: 'OpenID Connect session management, ignored' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  session_state?: string;
}

/** Where a browser's sign-in starts. */
export class DigitalIdLoginQuery {
  @ApiPropertyOptional({ description: 'A path on this site to return to after signing in (default /), e.g. /applications; never another site', example: '/applications' })
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: 'returnTo: หน้าที่จะกลับไปยาวเกินไป / returnTo must be 1 to 500 characters' })
  returnTo?: string;
}
