import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { WorkflowDefinition } from '@bizportal/engine';
import { WorkflowVersions } from '../workflow-versions.service';

type VersionDetail = ReturnType<WorkflowVersions['describe']> & { definition: WorkflowDefinition; liveByState: Record<string, number> };

export class GetWorkflowVersionQuery extends Query<VersionDetail> {
  constructor(
    readonly slug: string,
    readonly version: number,
  ) {
    super();
  }
}

/** One version with its whole definition (machine expanded), to copy into the next draft, and its live applications per state. */
@QueryHandler(GetWorkflowVersionQuery)
export class GetWorkflowVersionHandler implements IQueryHandler<GetWorkflowVersionQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute({ slug, version }: GetWorkflowVersionQuery): Promise<VersionDetail> {
    const type = await this.versions.licenceType(slug);
    const row = await this.versions.version(slug, version);
    const current = row.version === type.currentVersion ? row : await this.versions.definitions.findOneBy({ licenceType: slug, version: type.currentVersion });
    const running = await this.versions.runningApplications(slug);
    const liveByState = await this.versions.liveByState(slug, version, row.definition.machine);
    return { ...this.versions.describe(row, type, current, running.get(version) ?? 0), definition: row.definition, liveByState };
  }
}
