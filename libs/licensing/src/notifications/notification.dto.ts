import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageLimit } from '@bizportal/common';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ description: 'Only those the caller has not read' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread: ต้องเป็น true หรือ false / must be true or false' })
  unread?: boolean;

  @PageLimit({ max: 100, default: 50 })
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The id of the last notification of the previous page: the next page is older than it' })
  @IsOptional()
  @IsUUID('4', { message: 'before: ต้องเป็นรหัสการแจ้งเตือน / must be a notification id' })
  before?: string;
}

export class EmailPreferenceDto {
  @ApiProperty()
  @IsDefined({ message: 'email.enabled: จำเป็น / is required' })
  @IsBoolean({ message: 'email.enabled: ต้องเป็น true หรือ false / must be true or false' })
  enabled: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'email', maxLength: 254 })
  @IsOptional()
  @IsString({ message: 'email.address: ต้องเป็นข้อความ / must be text' })
  @MaxLength(254, { message: 'email.address: ยาวได้ไม่เกิน 254 ตัวอักษร / at most 254 characters' })
  address: string | null;
}

export class SmsPreferenceDto {
  @ApiProperty()
  @IsDefined({ message: 'sms.enabled: จำเป็น / is required' })
  @IsBoolean({ message: 'sms.enabled: ต้องเป็น true หรือ false / must be true or false' })
  enabled: boolean;

  @ApiProperty({ type: String, nullable: true, example: '081-234-5678', description: 'A Thai mobile number (0[689] and 8 digits, or +66…); stored as E.164' })
  @IsOptional()
  @IsString({ message: 'sms.phone: ต้องเป็นข้อความ / must be text' })
  @MaxLength(20, { message: 'sms.phone: ยาวได้ไม่เกิน 20 ตัวอักษร / at most 20 characters' })
  phone: string | null;
}

export class NotificationPreferencesDto {
  @ApiProperty({ enum: ['th', 'en'] })
  @IsIn(['th', 'en'], { message: 'language: ต้องเป็น th หรือ en / must be th or en' })
  language: 'th' | 'en';

  @ApiProperty({ type: EmailPreferenceDto })
  @IsDefined({ message: 'email: จำเป็น / is required' })
  @ValidateNested()
  @Type(() => EmailPreferenceDto)
  email: EmailPreferenceDto;

  @ApiProperty({ type: SmsPreferenceDto })
  @IsDefined({ message: 'sms: จำเป็น / is required' })
  @ValidateNested()
  @Type(() => SmsPreferenceDto)
  sms: SmsPreferenceDto;
}
