import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { diffDefinitions, type WorkflowDiff } from '@bizportal/engine';
import { WorkflowVersions } from '../workflow-versions.service';

type VersionDiff = WorkflowDiff & { slug: string; from: number; to: number };

export class DiffWorkflowVersionsQuery extends Query<VersionDiff> {
  constructor(
    readonly slug: string,
    readonly from: number,
    readonly to: number,
  ) {
    super();
  }
}

/** What changes between two versions: states, transitions, meta, fees, form, documents, processing days. */
@QueryHandler(DiffWorkflowVersionsQuery)
export class DiffWorkflowVersionsHandler implements IQueryHandler<DiffWorkflowVersionsQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute({ slug, from, to }: DiffWorkflowVersionsQuery): Promise<VersionDiff> {
    const [a, b] = await Promise.all([this.versions.version(slug, from), this.versions.version(slug, to)]);
    return { slug, from, to, ...diffDefinitions(a.definition, b.definition) };
  }
}
