import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { APPLICATION_KINDS, DELIVERY_METHODS, ROLES, type ApplicationKind, type DeliveryMethod, type Role } from '@bizportal/engine';

export class SimulatedActorDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['officer'] })
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `each role must be one of: ${ROLES.join(', ')}` })
  roles: Role[];

  @ApiPropertyOptional({ description: "The sender's office; officers and approvers default to the simulated application's office, others to none", nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  agencyId?: string | null;

  @ApiPropertyOptional({ description: "The sender's user id; an applicant defaults to the simulated application's applicant" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  id?: string;
}

export class SimulatedEventDto {
  @ApiProperty({ example: 'SUBMIT', description: 'An event word; one outside the vocabulary is reported in the result' })
  @IsString()
  @Length(1, 60)
  type: string;

  @ApiProperty({ type: SimulatedActorDto })
  @IsDefined({ message: 'as is required: the roles (and optionally agencyId, id) of whoever sends the event' })
  @ValidateNested()
  @Type(() => SimulatedActorDto)
  as: SimulatedActorDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ example: { result: 'pass' } })
  @IsOptional()
  @IsObject({ message: 'data must be a JSON object' })
  data?: Record<string, unknown>;
}

export class SimulationContextDto {
  @ApiPropertyOptional({ default: true, description: 'Whether the form is complete (the formComplete guard)' })
  @IsOptional()
  @IsBoolean()
  formComplete?: boolean;

  @ApiPropertyOptional({ default: true, description: 'Whether every required document is attached (the documentsComplete guard)' })
  @IsOptional()
  @IsBoolean()
  documentsComplete?: boolean;

  @ApiPropertyOptional({ default: true, description: "Whether every item of the office's open information request is answered (the informationAnswered guard)" })
  @IsOptional()
  @IsBoolean()
  informationAnswered?: boolean;

  @ApiPropertyOptional({ enum: APPLICATION_KINDS, default: 'new' })
  @IsOptional()
  @IsIn(APPLICATION_KINDS, { message: `kind must be one of: ${APPLICATION_KINDS.join(', ')}` })
  kind?: ApplicationKind;

  @ApiPropertyOptional({ enum: DELIVERY_METHODS, default: 'e-licence', description: 'How the applicant chose to receive the licence (the deliveryRecordFits guard)' })
  @IsOptional()
  @IsIn(DELIVERY_METHODS, { message: `deliveryMethod must be one of: ${DELIVERY_METHODS.join(', ')}` })
  deliveryMethod?: DeliveryMethod;

  @ApiPropertyOptional({ default: 'simulated-applicant' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  applicantId?: string;

  @ApiPropertyOptional({ default: 'simulated-office', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  agencyId?: string | null;
}

export class SimulateWorkflowDto {
  @ApiProperty({
    type: [SimulatedEventDto],
    example: [
      { type: 'SUBMIT', as: { roles: ['applicant'] } },
      { type: 'RECEIVE', as: { roles: ['officer'] } },
      { type: 'APPROVE', as: { roles: ['officer'] } },
    ],
  })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SimulatedEventDto)
  events: SimulatedEventDto[];

  @ApiPropertyOptional({ type: SimulationContextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SimulationContextDto)
  context?: SimulationContextDto;
}
