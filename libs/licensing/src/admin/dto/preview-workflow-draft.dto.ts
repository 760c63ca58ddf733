import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { WorkflowDefinitionDto } from './workflow-definition.dto';

export class PreviewWorkflowDraftDto extends WorkflowDefinitionDto {
  @ApiPropertyOptional({
    example: 'street-stall-permit',
    description: 'The licence type the draft will be filed under (a new version of it): it must exist, and the definition’s slug must be it. Omit for a new licence type.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  licenceType?: string;
}
