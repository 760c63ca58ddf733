import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, registerDecorator, ValidateIf } from 'class-validator';
import { juristicRegistrationNumberProblem } from '@bizportal/common';
import type { ApplicantChoice } from './applicant-data.service';

function registrationNumberProblem(dto: ApplicantDto, value: unknown): string | null {
  if (dto.type !== 'juristic') return 'applicant.registrationNumber is only for applicant.type juristic';
  if (value === undefined || value === null) return 'applicant.registrationNumber is required when applicant.type is juristic';
  const problem = juristicRegistrationNumberProblem(value);
  return problem ? `applicant.registrationNumber: ${problem}` : null;
}

/** The registration number of a juristic applicant: 13 digits, starting with 0, check digit right. */
function IsApplicantRegistrationNumber() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isApplicantRegistrationNumber',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args) => registrationNumberProblem(args!.object as ApplicantDto, value) === null,
        defaultMessage: (args) => registrationNumberProblem(args!.object as ApplicantDto, args!.value) ?? 'applicant.registrationNumber is invalid',
      },
    });
}

/** Who applies: the signed-in citizen herself, or a juristic person she is an authorised director of. */
export class ApplicantDto {
  @ApiProperty({ enum: ['person', 'juristic'], example: 'juristic' })
  @IsIn(['person', 'juristic'], { message: 'applicant.type must be person or juristic' })
  type: 'person' | 'juristic';

  @ApiPropertyOptional({ example: '0105560012342', description: 'For juristic: the 13-digit registration number (DBD)' })
  @ValidateIf((o: ApplicantDto) => o.type === 'juristic' || o.registrationNumber !== undefined)
  @IsApplicantRegistrationNumber()
  registrationNumber?: string;
}

export function applicantChoiceOf(dto: ApplicantDto | undefined): ApplicantChoice | undefined {
  if (!dto) return undefined;
  return dto.type === 'juristic' ? { type: 'juristic', registrationNumber: dto.registrationNumber! } : { type: 'person' };
}
