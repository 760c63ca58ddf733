import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DefinitionProblem } from '@bizportal/engine';
import { WorkflowVersions } from '../workflow-versions.service';

export interface ValidationReport {
  slug: string;
  version: number;
  valid: boolean;
  problems: DefinitionProblem[];
  /** The problems grouped by the state they concern. */
  byState: Record<string, string[]>;
  /** Problems of the definition as a whole (form, fees, initial state, no completed state, …). */
  general: string[];
}

export class ValidateWorkflowVersionQuery extends Query<ValidationReport> {
  constructor(
    readonly slug: string,
    readonly version: number,
  ) {
    super();
  }
}

/** Runs today's validation on a stored version; an invalid one is an answer, not an error. */
@QueryHandler(ValidateWorkflowVersionQuery)
export class ValidateWorkflowVersionHandler implements IQueryHandler<ValidateWorkflowVersionQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute({ slug, version }: ValidateWorkflowVersionQuery): Promise<ValidationReport> {
    const row = await this.versions.version(slug, version);
    const { problems } = this.versions.check(row.definition, slug, version);
    const byState: Record<string, string[]> = {};
    const general: string[] = [];
    for (const p of problems) {
      if (p.state) (byState[p.state] ??= []).push(p.problem);
      else general.push(p.problem);
    }
    return { slug, version, valid: problems.length === 0, problems, byState, general };
  }
}
