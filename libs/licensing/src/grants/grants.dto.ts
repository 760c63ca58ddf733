import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, registerDecorator, ValidateIf, ValidateNested, type ValidationOptions } from 'class-validator';
import { juristicRegistrationNumberProblem, thaiNationalIdProblem } from '@bizportal/common';
import { hasVisibleCharacter } from '@bizportal/engine';
import { isCalendarDate } from './grant-dates';

export const REVOKE_REASON_MAX_LENGTH = 500;
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/u;

function check(name: string, problemOf: (value: unknown, dto: object) => string | null, options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown, args) => problemOf(value, args!.object) === null,
        defaultMessage: (args) => `${args!.property}: ${problemOf(args!.value, args!.object) ?? 'is not valid'}`,
      },
    });
}

/** The principal: the signed-in citizen herself, or a juristic person she is an authorised director of. */
export class GrantPrincipalDto {
  @ApiProperty({ enum: ['person', 'juristic'], example: 'juristic' })
  @IsIn(['person', 'juristic'], { message: 'principal.type must be person or juristic' })
  type: 'person' | 'juristic';

  @ApiPropertyOptional({ example: '0105560012342', description: 'For juristic: the 13-digit registration number (DBD)' })
  @ValidateIf((o: GrantPrincipalDto) => o.type === 'juristic' || o.registrationNumber !== undefined)
  @check('principalRegistrationNumber', (value, dto) =>
    (dto as GrantPrincipalDto).type !== 'juristic' ? 'is only for principal.type juristic' : value === undefined || value === null ? 'is required when principal.type is juristic' : juristicRegistrationNumberProblem(value),
  )
  registrationNumber?: string;
}

export class CreateGrantDto {
  @ApiPropertyOptional({ type: GrantPrincipalDto, description: 'Who grants: herself (`{"type": "person"}`, the default) or a company she directs' })
  @IsOptional()
  @IsObject({ message: 'principal must be an object: {"type": "person"} or {"type": "juristic", "registrationNumber": "…"}' })
  @ValidateNested()
  @Type(() => GrantPrincipalDto)
  principal?: GrantPrincipalDto;

  @ApiProperty({ example: '1101400567898', description: 'The agent’s 13-digit national ID; the civil registry gives her name' })
  @check('agentNationalId', (value) => thaiNationalIdProblem(value))
  agentNationalId: string;

  @ApiPropertyOptional({ type: [String], example: ['food-premises-permit'], description: 'Slugs of the licence types it covers; leave out with allLicenceTypes' })
  @IsOptional()
  @IsArray({ message: 'licenceTypes must be a list of licence type slugs' })
  @ArrayMaxSize(100, { message: 'licenceTypes: at most 100' })
  @IsString({ each: true, message: 'licenceTypes: each must be a licence type slug' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'licenceTypes: each must be a licence type slug' })
  @MaxLength(80, { each: true, message: 'licenceTypes: each must be a licence type slug' })
  licenceTypes?: string[];

  @ApiPropertyOptional({ example: false, description: 'It covers every licence type (then name none)' })
  @IsOptional()
  @IsBoolean({ message: 'allLicenceTypes must be true or false' })
  allLicenceTypes?: boolean;

  @ApiProperty({ example: '2027-06-30', description: 'The last day it runs (Bangkok, inclusive), YYYY-MM-DD: today at the earliest, one year ahead at the latest' })
  @check('validUntil', (value) => (isCalendarDate(value) ? null : 'must be a date written YYYY-MM-DD, e.g. 2027-06-30'))
  validUntil: string;
}

export class RevokeGrantDto {
  @ApiProperty({ maxLength: REVOKE_REASON_MAX_LENGTH, example: 'เปลี่ยนสำนักงานบัญชี / We changed accounting firms', description: 'Why, in a few words (trimmed, 1–500 characters, no control characters); the agent and the principal see it' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @check('reason', (value) =>
    typeof value !== 'string'
      ? 'ต้องระบุเหตุผล / is required'
      : !hasVisibleCharacter(value)
        ? 'ต้องระบุเหตุผล / is required'
        : value.length > REVOKE_REASON_MAX_LENGTH
          ? `ยาวได้ไม่เกิน ${REVOKE_REASON_MAX_LENGTH} ตัวอักษร / may be at most ${REVOKE_REASON_MAX_LENGTH} characters`
          : CONTROL_CHARACTER.test(value)
            ? 'มีอักขระควบคุมซึ่งไม่อนุญาต / contains a control character'
            : null,
  )
  reason: string;
}
