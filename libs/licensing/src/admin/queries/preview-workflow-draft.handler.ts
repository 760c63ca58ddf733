import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { previewDefinition, type DefinitionProblem, type DraftPreview } from '@bizportal/engine';
import { WorkflowVersions } from '../workflow-versions.service';

export class PreviewWorkflowDraftQuery extends Query<DraftPreview> {
  constructor(
    readonly definition: Record<string, unknown>,
    readonly licenceType?: string,
  ) {
    super();
  }
}

/**
 * A draft as the studio redraws it while an official types: checked exactly as `POST …/versions` would check it
 * (template expanded, validated, the slug matching the licence type it is filed under), with the graph of whatever
 * machine there is. Nothing is stored; an invalid draft is an answer, not an error.
 */
@QueryHandler(PreviewWorkflowDraftQuery)
export class PreviewWorkflowDraftHandler implements IQueryHandler<PreviewWorkflowDraftQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute({ definition, licenceType }: PreviewWorkflowDraftQuery): Promise<DraftPreview> {
    const named = typeof definition.slug === 'string' ? definition.slug : 'draft';
    const file = `${licenceType ?? named}@draft`;
    const extra: DefinitionProblem[] = [];
    if (licenceType !== undefined) {
      await this.versions.licenceType(licenceType);
      if (definition.slug !== undefined && definition.slug !== licenceType) {
        extra.push({ file, problem: `slug '${String(definition.slug)}' does not match the licence type '${licenceType}'` });
      }
    }
    return previewDefinition(definition, file, extra);
  }
}
