import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class DevLoginDto {
  @ApiProperty({ example: 'somchai', description: 'A demo username from GET /api/v1/auth/dev-users' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[a-z0-9._-]+$/, { message: 'username may contain only lower-case letters, digits, dot, dash and underscore' })
  username: string;
}
