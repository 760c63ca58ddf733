import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Min, ValidateNested, registerDecorator, type ValidationOptions } from 'class-validator';

/** At most this many applications named in one plan's filter. */
export const MAX_FILTER_IDS = 10_000;

/** An object of 1–200 entries whose keys and values are state names (1–80 characters). */
function IsStateMapping(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isStateMapping',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'stateMapping must be an object of 1 to 200 entries {fromState: toState}, each a state name of 1 to 80 characters', ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          const name = (s: unknown) => typeof s === 'string' && s.length >= 1 && s.length <= 80;
          return entries.length >= 1 && entries.length <= 200 && entries.every(([k, v]) => name(k) && name(v));
        },
      },
    });
}

export class MigrationFilterDto {
  @ApiPropertyOptional({ type: [String], description: `Only these applications (at most ${MAX_FILTER_IDS})` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FILTER_IDS)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  applicationIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Only applications routed to these offices' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  agencyIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Only applications in these states of the source version' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  states?: string[];
}

export class StartMigrationDto {
  @ApiProperty({ example: 1, description: 'The published version the applications are on' })
  @IsInt()
  @Min(1)
  fromVersion: number;

  @ApiProperty({ example: 2, description: 'The published version they move to' })
  @IsInt()
  @Min(1)
  toVersion: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { submitted: 'submitted', checking: 'checking', consideration: 'consideration' },
    description: 'For each source state holding live applications, the state of the target version it goes to',
  })
  @IsStateMapping()
  stateMapping: Record<string, string>;

  @ApiPropertyOptional({ type: MigrationFilterDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MigrationFilterDto)
  filter?: MigrationFilterDto;

  @ApiPropertyOptional({ description: 'Only compute and return the plan; nothing is stored or moved', default: false })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Target states that may wait for another kind of actor than their source state' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  allowActorChange?: string[];

  @ApiPropertyOptional({
    description: 'Run even though some applications lack what their target state needs: they are recorded as refused and stay where they are',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  skipRefused?: boolean;
}

export class MigrationReportQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'moved', 'refused', 'skipped'], description: "Only the applications with this outcome" })
  @IsOptional()
  @IsIn(['pending', 'moved', 'refused', 'skipped'])
  outcome?: 'pending' | 'moved' | 'refused' | 'skipped';
}
