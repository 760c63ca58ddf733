import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { WorkflowVersions } from '../workflow-versions.service';

type VersionSummary = ReturnType<WorkflowVersions['describe']>;

export class ListWorkflowVersionsQuery extends Query<VersionSummary[]> {
  constructor(readonly slug: string) {
    super();
  }
}

/** Every version of a licence type's workflow, oldest first: who drafted and published it, and when. */
@QueryHandler(ListWorkflowVersionsQuery)
export class ListWorkflowVersionsHandler implements IQueryHandler<ListWorkflowVersionsQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute({ slug }: ListWorkflowVersionsQuery): Promise<VersionSummary[]> {
    const type = await this.versions.licenceType(slug);
    const [rows, running] = await Promise.all([
      this.versions.definitions.find({ where: { licenceType: slug }, order: { version: 'ASC' } }),
      this.versions.runningApplications(slug),
    ]);
    const current = rows.find((r) => r.version === type.currentVersion) ?? null;
    return rows.map((row) => this.versions.describe(row, type, current, running.get(row.version) ?? 0));
  }
}
