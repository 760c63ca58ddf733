import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import type { QuizAnswers } from './quiz';

export class QuizAnswersDto {
  @ApiProperty({
    description: 'Question id → option id, or a list of option ids where the question takes several (see GET /businesses/:slug)',
    example: { q1: 'q1-a', q5: 'q5-b' },
  })
  @IsObject({ message: 'answers must be an object of question id → option id(s)' })
  answers: QuizAnswers;
}

export class SearchLicenceTypesDto {
  @ApiPropertyOptional({ description: 'Part of a Thai or English name; Thai needs no word spaces', example: 'สุรา' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class WorkflowFormatDto {
  @ApiPropertyOptional({ enum: ['json', 'mermaid'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'mermaid'], { message: 'format must be json or mermaid' })
  format?: 'json' | 'mermaid';
}

export class LicenceTypeVersionDto {
  @ApiPropertyOptional({ example: 1, description: "A published version (an application's own, `licenceType.workflowVersion`); the current one when left out" })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be a version number' })
  @Min(1, { message: 'version must be a version number' })
  version?: number;
}
