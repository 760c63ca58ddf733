import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches, ValidateIf, registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidThaiNationalId, thaiNationalIdProblem } from '@bizportal/common';

/** A 13-digit Thai national ID whose check digit matches; the message says which of the two failed. */
export function IsThaiNationalId(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isThaiNationalId',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => isValidThaiNationalId(value),
        defaultMessage: (args) => `${args?.property}: ${thaiNationalIdProblem(args?.value)}`,
      },
    });
}

export class DevLoginDto {
  @ApiPropertyOptional({ example: 'somchai', description: 'A demo username from GET /api/v1/auth/dev-users' })
  @ValidateIf((o: DevLoginDto) => o.nationalId === undefined || o.username !== undefined)
  @IsString({ message: 'username or nationalId is required' })
  @Length(1, 100)
  @Matches(/^[a-z0-9._-]+$/, { message: 'username may contain only lower-case letters, digits, dot, dash and underscore' })
  username?: string;

  @ApiPropertyOptional({ example: '1101700230708', description: 'Or the national ID of a demo citizen' })
  @ValidateIf((o: DevLoginDto) => o.nationalId !== undefined)
  @IsThaiNationalId()
  nationalId?: string;

  @ApiPropertyOptional({
    description:
      'true: a browser signs in. The session is set as an httpOnly cookie (SameSite=Lax) and the answer has no accessToken; ' +
      'then GET /api/v1/auth/csrf for the token its writes must send as X-CSRF-Token',
    default: false,
  })
  @IsOptional()
  @IsBoolean({ message: 'cookie must be true or false' })
  cookie?: boolean;
}
