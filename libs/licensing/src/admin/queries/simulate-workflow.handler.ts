import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CompiledWorkflow } from '@bizportal/engine';
import { simulateWorkflow, type SimulationInput } from '../workflow-simulation';
import { WorkflowVersions } from '../workflow-versions.service';

type Simulation = ReturnType<typeof simulateWorkflow> & { slug: string; version: number };

export class SimulateWorkflowQuery extends Query<Simulation> {
  constructor(
    readonly slug: string,
    readonly version: number,
    readonly input: SimulationInput,
  ) {
    super();
  }
}

/** Runs events through any version (draft or published) from its initial state; nothing is stored. */
@QueryHandler(SimulateWorkflowQuery)
export class SimulateWorkflowHandler implements IQueryHandler<SimulateWorkflowQuery> {
  constructor(private readonly versions: WorkflowVersions) {}

  async execute({ slug, version, input }: SimulateWorkflowQuery): Promise<Simulation> {
    const row = await this.versions.version(slug, version);
    const { definition, problems } = this.versions.check(row.definition, slug, version);
    if (problems.length > 0) {
      throw this.versions.invalid(slug, version, problems, 'simulate');
    }
    return { slug, version, ...simulateWorkflow(new CompiledWorkflow(definition), input) };
  }
}
